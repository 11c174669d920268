/** Completion of front-matter values: `status`, `via`, `contact_via`, `to` and `interview`. */
import { findFrontMatter } from '../notes/frontMatter';
import { parseNote } from '../notes/note';
import type { NoteIndex } from '../notes/noteIndex';
import { relativeFrom } from '../shared/paths';
import { CONTACT_MEDIA, LETTER_MEDIA, STATUSES, type Position } from '../shared/types';

export interface CompletionEntry {
  readonly label: string;
  readonly detail?: string;
  /** Replaces the value written so far on the line (from `replaceFrom` to the cursor). */
  readonly insertText: string;
  readonly replaceFrom: number;
}

const STATUS_DETAILS: Record<string, string> = {
  waiting: 'still waiting for their decision (the default)',
  offer: 'they made an offer',
  accepted: 'you accepted an offer',
  rejected: 'they chose someone else',
  withdrawn: 'you withdrew',
};

/** Completions at `position` in `text` (the document `file` in the index), or [] outside a completable value. */
export function frontMatterCompletions(text: string, position: Position, index: NoteIndex, file: string): CompletionEntry[] {
  const block = findFrontMatter(text);
  if (block.kind !== 'yaml' || position.line < block.firstLine || position.line >= block.closingLine) return [];
  const lineText = text.split(/\r?\n/)[position.line] ?? '';
  const before = lineText.slice(0, position.character);
  const m = /^(\s*(?:-\s+)?)([\w-]+):\s*(["']?)([^"'#]*)$/.exec(before);
  if (!m) return [];
  const [, indent, key, , typed] = m;
  const replaceFrom = position.character - typed.length;
  const topLevel = indent.length === 0;
  const entries = (values: readonly string[], details: Record<string, string> = {}) =>
    values.map((v) => ({ label: v, detail: details[v], insertText: v, replaceFrom }));

  const type = typeOf(text);
  if (key === 'status' && topLevel && type === 'interview') return entries(STATUSES, STATUS_DETAILS);
  if (key === 'contact_via' && topLevel && type === 'interview') return entries(CONTACT_MEDIA);
  if (key === 'via' && topLevel && type === 'thank-you') return entries(LETTER_MEDIA);
  if (key === 'via' && !topLevel && type === 'interview') return entries(['phone', 'email', 'mail', 'fax', 'in person']);
  if (key === 'interview' && topLevel && type === 'thank-you') {
    return index.interviews().map((i) => ({
      label: relativeFrom(file, i.file),
      detail: [i.model.company?.value, i.model.role?.value].filter(Boolean).join(' · '),
      insertText: relativeFrom(file, i.file),
      replaceFrom,
    }));
  }
  if (key === 'to' && topLevel && type === 'thank-you') {
    const link = parseNote(text).model;
    const interviewFile = link?.type === 'thank-you' && link.interview ? index.resolveInterviewLink(file, link.interview.value) : undefined;
    const interview = interviewFile ? index.interview(interviewFile) : undefined;
    return (interview?.model.interviewers ?? [])
      .filter((p) => p.name)
      .map((p) => ({ label: p.name!.value, detail: p.title?.value, insertText: p.name!.value, replaceFrom }));
  }
  return [];
}

function typeOf(text: string): string | undefined {
  return /^type:\s*["']?([\w-]+)/m.exec(text.slice(0, 4096))?.[1];
}

/**
 * Completion in front-matter: the values of `status`, `via`, `contact_via`, `to`, `interview`, an
 * interviewer's `salutation` (from their name) and `email` (in the form the note's other addresses
 * use), and the keys `email` and `salutation` in an interviewer's entry.
 */
import { findFrontMatter } from '../notes/frontMatter';
import { isEmailAddress, parseNote, type InterviewNote, type Interviewer } from '../notes/note';
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
  const lines = text.split(/\r?\n/);
  const lineText = lines[position.line] ?? '';
  const before = lineText.slice(0, position.character);
  const m = /^(\s*(?:-\s+)?)([\w-]+):\s*(["']?)([^"'#]*)$/.exec(before);
  if (!m) return interviewerKeyCompletions(text, lines, position, before);
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
  if ((key === 'salutation' || key === 'email') && !topLevel && type === 'interview') {
    const model = parseNote(text).model;
    if (model?.type !== 'interview') return [];
    const person = model.interviewers.find((p) => p.range.start.line <= position.line && position.line <= p.range.end.line);
    const name = person?.name?.value;
    if (!name) return [];
    const values = key === 'salutation' ? salutationsFor(name) : suggestedAddresses(name, model, person);
    return values.map((v) => ({ label: v.label, detail: v.detail, insertText: v.label, replaceFrom }));
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

/** `email:` and `salutation:` as keys, on an empty or half-typed line of an interviewer's entry that does not have them yet. */
function interviewerKeyCompletions(text: string, lines: readonly string[], position: Position, before: string): CompletionEntry[] {
  const m = /^(\s+)(?:-\s+)?([a-z_]*)$/.exec(before);
  if (!m || typeOf(text) !== 'interview') return [];
  // The line is inside the `interviewers:` list: the nearest line above at the left margin is that key.
  let owner: string | undefined;
  for (let line = position.line - 1; line >= 0; line--) {
    const l = lines[line];
    if (/^\S/.test(l)) {
      owner = /^([\w-]+):/.exec(l)?.[1];
      break;
    }
  }
  if (owner !== 'interviewers') return [];
  const model = parseNote(text).model;
  const person = model?.type === 'interview' ? model.interviewers.find((p) => p.range.start.line <= position.line && position.line <= p.range.end.line) : undefined;
  const keys = [
    { key: 'email', detail: 'where Send Letter addresses their letter', has: !!person?.email },
    { key: 'salutation', detail: 'how the greeting addresses them ("Ms. Smith")', has: !!person?.salutation },
  ];
  return keys.filter((k) => !k.has && k.key.startsWith(m[2])).map((k) => ({ label: k.key, detail: k.detail, insertText: `${k.key}: `, replaceFrom: position.character - m[2].length }));
}

const TITLE_WORDS = ['Ms.', 'Mr.', 'Mx.', 'Dr.'];

/** How a greeting may address someone: by title and surname, or by first name. */
function salutationsFor(name: string): { label: string; detail?: string }[] {
  const words = name.trim().split(/\s+/);
  const surname = words[words.length - 1];
  const formal = words.length > 1 ? TITLE_WORDS.map((t) => ({ label: `${t} ${surname}`, detail: 'formal' })) : [];
  return [...formal, { label: words[0], detail: 'first name' }];
}

/** The ways a local part is built from a name, as the other addresses of a note show it. */
const LOCAL_PARTS: readonly { readonly id: string; readonly build: (first: string, last: string) => string }[] = [
  { id: 'first.last', build: (f, l) => `${f}.${l}` },
  { id: 'first_last', build: (f, l) => `${f}_${l}` },
  { id: 'first-last', build: (f, l) => `${f}-${l}` },
  { id: 'firstlast', build: (f, l) => `${f}${l}` },
  { id: 'f.last', build: (f, l) => `${f[0]}.${l}` },
  { id: 'flast', build: (f, l) => `${f[0]}${l}` },
  { id: 'first', build: (f) => f },
  { id: 'last', build: (_f, l) => l },
];

/** A name's first and last word as an address would write them: lower case, accents and punctuation dropped. */
function nameParts(name: string): [string, string] | undefined {
  const words = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/\s+/).map((w) => w.replace(/[^a-z0-9]/g, '')).filter(Boolean);
  return words.length >= 2 ? [words[0], words[words.length - 1]] : undefined;
}

/**
 * Addresses for an interviewer in the form their colleagues' addresses in the note take
 * ("jane.smith@acme.example" beside "Raj Patel" offers "raj.patel@acme.example"); none without
 * such an address to learn from: an address is never guessed from the company's name.
 */
export function suggestedAddresses(name: string, model: InterviewNote, person?: Interviewer): { label: string; detail?: string }[] {
  const colleagues = model.interviewers
    .filter((p) => p !== person && p.name && p.email)
    .map((p) => ({ name: p.name!.value, email: p.email!.value }));
  return addressesLike(name, colleagues);
}

/** The same, from the colleagues' names and addresses as typed (New Interview Note asks them one by one). */
export function addressesLike(name: string, colleagues: readonly { readonly name: string; readonly email?: string }[]): { label: string; detail?: string }[] {
  const mine = nameParts(name);
  if (!mine) return [];
  const out = new Map<string, string>();
  for (const other of colleagues) {
    if (!other.email || !isEmailAddress(other.email)) continue;
    const theirs = nameParts(other.name);
    const [local, domain] = other.email.toLowerCase().split('@');
    if (!theirs) continue;
    const form = LOCAL_PARTS.find((f) => f.build(theirs[0], theirs[1]) === local);
    if (form) out.set(`${form.build(mine[0], mine[1])}@${domain}`, `like ${other.email}`);
  }
  return [...out].map(([label, detail]) => ({ label, detail }));
}

function typeOf(text: string): string | undefined {
  return /^type:\s*["']?([\w-]+)/m.exec(text.slice(0, 4096))?.[1];
}

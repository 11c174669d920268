/**
 * All checks of one document (spec section 4): pure, from its text plus the index, to
 * diagnostics with ranges and fixes. The index is expected to hold this document's current
 * parse (the editor and the CLI both update it before checking).
 */
import { cutToBytes, NOTE_READ_LIMIT } from '../notes/frontMatter';
import { parseNote } from '../notes/note';
import { CheckedDocument, type CheckInput } from './document';
import { checkInterview } from './interviewChecks';
import { checkLetter } from './letterChecks';
import { checkProse } from './proseChecks';
import type { NoteDiagnostic } from './types';

export function checkNote(input: CheckInput): NoteDiagnostic[] {
  // The same first NOTE_READ_LIMIT bytes the index and the CLI read: one limit everywhere, and a huge body never stalls typing.
  const head = cutToBytes(input.text, NOTE_READ_LIMIT);
  const truncated = head.cut || input.truncated === true;
  if (head.cut) input = { ...input, text: head.text };
  const parsed = parseNote(input.text, truncated);
  const doc = new CheckedDocument(input, parsed);
  doc.addProblems(parsed.problems);
  const model = parsed.model;
  if (model?.type === 'interview') checkInterview(doc, model);
  else if (model?.type === 'thank-you') checkLetter(doc, model);
  if (model && parsed.frontMatter) checkProse(doc, model.type === 'thank-you');
  return doc.diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

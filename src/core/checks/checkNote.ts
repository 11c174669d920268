/**
 * All checks of one document (spec section 4): pure, from its text plus the index, to
 * diagnostics with ranges and fixes. The index is expected to hold this document's current
 * parse (the editor and the CLI both update it before checking).
 */
import { parseNote } from '../note';
import { CheckedDocument, type CheckInput } from './document';
import { checkInterview } from './interviewChecks';
import { checkLetter } from './letterChecks';
import { checkProse } from './proseChecks';
import type { NoteDiagnostic } from './types';

export type { CheckInput } from './document';
export { SIMILAR_LETTER_THRESHOLD } from './letterChecks';

/** Prose past this many characters is not checked: no letter is that long, and a huge body must not stall typing. */
export const MAX_CHECKED_CHARS = 512 * 1024;

export function checkNote(input: CheckInput): NoteDiagnostic[] {
  if (input.text.length > MAX_CHECKED_CHARS) input = { ...input, text: input.text.slice(0, MAX_CHECKED_CHARS) };
  const parsed = parseNote(input.text);
  const doc = new CheckedDocument(input, parsed);
  doc.addProblems(parsed.problems);
  const model = parsed.model;
  if (model?.type === 'interview') checkInterview(doc, model);
  else if (model?.type === 'thank-you') checkLetter(doc, model);
  if (model && parsed.frontMatter) checkProse(doc, model.type === 'thank-you');
  return doc.diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

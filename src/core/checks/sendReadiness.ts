/** Before a letter is marked as sent: the error-level problems it still has, as one question. */
import type { NoteDiagnostic } from './types';
import { capitalize } from '../shared/text';

export interface SendQuestion {
  /** "7 placeholders are unfilled and 1 name is wrong or misspelled — mark as sent anyway?" (or "send anyway?") */
  readonly message: string;
  /** The problems, one a line, with their line numbers (at most five, then how many more). */
  readonly detail: string;
}

const count = (one: string, many: string) => (n: number) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/**
 * How each error code is put in the question, in the order they are listed; codes sharing a
 * phrase are counted together, codes not listed as "other errors".
 */
const PHRASES: readonly { readonly codes: readonly string[]; readonly say: (n: number) => string }[] = [
  { codes: ['placeholder'], say: count('placeholder is unfilled', 'placeholders are unfilled') },
  { codes: ['wrong-recipient'], say: count('name is wrong or misspelled', 'names are wrong or misspelled') },
  { codes: ['company-misspelled'], say: count('company name is misspelled', 'company names are misspelled') },
  { codes: ['wrong-company'], say: count('other company is named', 'other companies are named') },
  { codes: ['interview-link-broken'], say: () => 'the link to the interview is broken' },
  { codes: ['front-matter-invalid', 'front-matter-unsafe', 'field-invalid'], say: (n) => `the front-matter has ${n === 1 ? 'an error' : `${n} errors`}` },
  { codes: ['other'], say: count('other error', 'other errors') },
];

const MAX_DETAIL_LINES = 5;

function list(parts: readonly string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * The question to ask before marking a letter as sent (or, with `verb` 'send', before Send Letter
 * hands it to the mail program), or undefined when it has no error-level problem.
 */
export function sendQuestion(diagnostics: readonly (Pick<NoteDiagnostic, 'severity' | 'message' | 'range'> & { readonly code: string })[], verb: 'mark as sent' | 'send' = 'mark as sent'): SendQuestion | undefined {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return undefined;
  const known = new Set(PHRASES.flatMap((p) => p.codes));
  const parts: string[] = [];
  for (const { codes, say } of PHRASES) {
    const n = errors.filter((d) => codes.includes(known.has(d.code) ? d.code : 'other')).length;
    if (n > 0) parts.push(say(n));
  }
  const sentence = list(parts);
  const sorted = [...errors].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const lines = sorted.slice(0, MAX_DETAIL_LINES).map((d) => `Line ${d.range.start.line + 1}: ${d.message}`);
  if (sorted.length > MAX_DETAIL_LINES) lines.push(`…and ${sorted.length - MAX_DETAIL_LINES} more.`);
  return { message: `${capitalize(sentence)} — ${verb} anyway?`, detail: lines.join('\n') };
}

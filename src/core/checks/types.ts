/** Diagnostics: what the checks report, with their fixes. */
import type { ProblemCode, Range, Severity } from '../shared/types';

export type DiagnosticCode =
  | ProblemCode
  | 'decision-date-missing'
  | 'thank-you-overdue'
  | 'thank-you-late'
  | 'follow-up-overdue'
  | 'follow-up-too-soon'
  | 'decision-date-passed'
  | 'spelling'
  | 'confused-word'
  | 'wrong-recipient'
  | 'company-misspelled'
  | 'similar-letters'
  | 'placeholder'
  | 'repeated-word'
  | 'article'
  | 'wrong-company'
  | 'desperate-tone'
  | 'prose-not-checked'
  | 'medium-mismatch'
  | 'interview-link-broken'
  | 'recipient-address-missing';

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

export type Fix =
  | {
      readonly kind: 'edit';
      readonly title: string;
      readonly edits: readonly TextEdit[];
      readonly preferred?: boolean;
      /** For a fix that records something in a note (a writing command): what, for a person ("sent: 2026-12-06"). */
      readonly records?: string;
    }
  /**
   * A fix the editor runs as a command: log a follow-up for this note, add a word to the word
   * list, add the letter's recipient's e-mail address to its interview note or open that note at
   * the recipient (argument: the name).
   */
  | { readonly kind: 'command'; readonly title: string; readonly command: 'logFollowUp' | 'addWord' | 'addRecipientAddress' | 'openRecipient'; readonly argument?: string };

export interface NoteDiagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly fixes: readonly Fix[];
  /** For `spelling`: the word, so suggestions can be computed when a fix is asked for. */
  readonly word?: string;
}

/** Shared data types of the core. Nothing here imports `vscode`. */

/** A local calendar day: whole days since 1970-01-01. Never a moment in time, so never shifted by a time zone. */
export type Day = number & { readonly __calendarDay: unique symbol };

/** 0-based, UTF-16 code units, as in VS Code. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A problem found while reading a note: the parse-level subset of the diagnostic codes. */
export type ProblemCode =
  | 'front-matter-invalid'
  | 'front-matter-unsafe'
  | 'field-missing'
  | 'field-invalid'
  | 'interviewer-incomplete';

export interface Problem {
  readonly code: ProblemCode;
  readonly severity: Severity;
  readonly message: string;
  /** Where it is, when known. */
  readonly range?: Range;
  /** For `field-missing`: the key to add. */
  readonly field?: string;
  /** For `field-invalid`: the value meant, when it is obvious (`Rejected` -> `rejected`). */
  readonly suggestion?: string;
}

export const ACTION_KINDS = [
  'ask-decision-date',
  'record-interviewer',
  'thank-you',
  'alert-references',
  'follow-up-call',
  'follow-up-again',
  'leverage-offer',
  'network',
  'withdraw',
  'keep-searching',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const STATUSES = ['waiting', 'offer', 'accepted', 'rejected', 'withdrawn'] as const;
export type Status = (typeof STATUSES)[number];

export const CONTACT_MEDIA = ['email', 'mail', 'fax', 'phone'] as const;
export type ContactMedium = (typeof CONTACT_MEDIA)[number];

export const LETTER_MEDIA = ['email', 'mail', 'fax'] as const;
export type LetterMedium = (typeof LETTER_MEDIA)[number];

export type ActionState = 'overdue' | 'today' | 'upcoming' | 'undated';

/** One thing the user owes someone, computed from the notes. */
export interface DueAction {
  readonly kind: ActionKind;
  /** Note path relative to the indexed folder, with `/` separators; null for workspace-wide actions. */
  readonly file: string | null;
  readonly company: string | null;
  readonly person: string | null;
  /** A sentence a person understands: what to do, for whom. */
  readonly title: string;
  readonly due: Day | null;
  /** The first day the action makes sense (follow-up-call), else null. */
  readonly opens: Day | null;
  readonly state: ActionState;
  /** Where in the note the action comes from (the interviewer entry, the field...), for "open at line". */
  readonly range?: Range;
  /** The career advice behind the action, for tooltips and calendar descriptions. */
  readonly advice: string;
}

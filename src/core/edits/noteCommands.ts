/**
 * The writing commands (Mark Done, Snooze, Log Follow-Up, Record Outcome, Mark Letter Sent), one
 * edit path shared by the VS Code commands and the CLI verbs: a command becomes front-matter
 * operations, which are planned as minimal byte changes and verified before anyone writes them.
 */
import { formatDay } from '../shared/days';
import { applyChanges, planFrontMatterEdit, type EditOperation, type TextChange } from './frontMatterEdit';
import { isEmailAddress, parseNote, type InterviewNote, type ParsedNote } from '../notes/note';
import { findPerson, samePerson } from '../shared/person';
import { ACTION_KINDS, STATUSES, type ActionKind, type Day, type DueAction, type Status } from '../shared/types';

export type NoteCommand =
  /** Closes an action the way its rule reads: `thank_you_sent` on that interviewer, `references_alerted`, else `done.<kind>`. */
  | { readonly verb: 'mark-done'; readonly kind: ActionKind; readonly person?: string | null; readonly day: Day; /** Record it even when the kind is not open on the note. */ readonly force?: boolean }
  /** Hides an action until a day: `snooze.<kind>`. */
  | { readonly verb: 'snooze'; readonly kind: ActionKind; readonly until: Day; readonly person?: string | null; readonly force?: boolean }
  /** Appends to `follow_ups`. */
  | { readonly verb: 'log'; readonly date: Day; readonly via?: string; readonly note?: string; readonly next?: Day }
  /** Sets `status` and, next to it, `status_date`. */
  | { readonly verb: 'outcome'; readonly status: Status; readonly day: Day }
  /** Sets a letter's `sent`. */
  | { readonly verb: 'sent'; readonly day: Day }
  /** Sets an interviewer's `email` (where Send Letter addresses their letter). */
  | { readonly verb: 'email'; readonly person: string; readonly address: string };

export type CommandPlan =
  | {
      readonly ok: true;
      /** Replacements in the text the plan was made from (no BOM). */
      readonly changes: readonly TextChange[];
      /** The text after the changes. */
      readonly text: string;
      /** What the edit records, for a person: "thank_you_sent: 2026-11-25 on Jane Smith". */
      readonly summary: string;
      /** 'bytes': only the changed value or added lines; 'document': the front-matter was re-printed. */
      readonly method: 'bytes' | 'document';
    }
  | {
      readonly ok: false;
      readonly reason: string;
      /** The kind is not open on the note (the reason says when it would be): `force` records it anyway. */
      readonly notOpen?: boolean;
    };

/** What the schedule says about the note, when the caller knows it (the editor, the CLI); a quick fix planned from the note alone does not. */
export interface PlanContext {
  /** The note's open actions, snoozed ones included (`computeSchedule` with `includeSnoozed`). */
  readonly open?: readonly DueAction[];
}

/** A note or letter larger than this is not edited or sent (the front-matter is at the top; a file this big is not one people write). */
export const EDIT_LIMIT = 16 * 1024 * 1024;

export const FOLLOW_UP_MEDIA = ['phone', 'email', 'mail', 'fax', 'in person'] as const;

type Refusal = { ok: false; reason: string; notOpen?: boolean };
type Operations = { ok: true; operations: EditOperation[]; summary: string } | Refusal;

const refuse = (reason: string): Refusal => ({ ok: false, reason });

/** Nothing to write: the note already records it. */
const already = (recorded: string): Operations => ({ ok: true, operations: [], summary: `already recorded: ${recorded}` });

/** When each kind is open, for a person told that it is not. */
const OPEN_WHEN: Readonly<Record<ActionKind, string>> = {
  'ask-decision-date': 'while the interview is waiting and decision_expected is not set',
  'record-interviewer': 'while an interviewer lacks a name or a title',
  'thank-you': 'for each interviewer not yet thanked (thank_you_sent, or a letter to them marked sent)',
  'alert-references': 'while the interview is waiting, references are listed and references_alerted is not set',
  'follow-up-call': 'while the interview is waiting, no follow-up is logged since the interview and no other interview is accepted',
  'follow-up-again': 'while the interview is waiting after a logged follow-up, and no other interview is accepted',
  'leverage-offer': 'while the interview is waiting and another one has status offer (until a follow-up after that offer)',
  network: 'after a rejection (status: rejected)',
  withdraw: 'while the interview is waiting or an offer, once another interview is accepted',
  'keep-searching': 'while at most one interview is waiting',
};

/** Refuses a kind the schedule does not have open on this note (unless forced); `person` narrows a thank-you. */
function checkOpen(kind: ActionKind, context: PlanContext, force: boolean | undefined, status: string, person?: string): Refusal | undefined {
  if (!context.open || force) return undefined;
  if (context.open.some((a) => a.kind === kind && (person === undefined || a.person === person))) return undefined;
  if (kind === 'thank-you' && person !== undefined) {
    return { ok: false, notOpen: true, reason: `${person} is not owed a thank-you on this note: it is already recorded as sent (a letter to them, or done.thank-you).` };
  }
  return { ok: false, notOpen: true, reason: `${kind} is not open on this note (status: ${status}): it is open ${OPEN_WHEN[kind]}.` };
}

/** Kinds that come back after they are done (see schedule.ts): done again, they take the new day. */
const RECURRING_KINDS: ReadonlySet<ActionKind> = new Set(['follow-up-again', 'leverage-offer']);

/**
 * Plans a command against a note's text (without a BOM). Either the verified changes, or a reason
 * for a person, naming the line when there is one; nothing is ever half done. `parsed`, when
 * given, must be `parseNote(text)` (the checks pass the parse they already have).
 */
export function planNoteCommand(text: string, command: NoteCommand, context: PlanContext = {}, parsed?: ParsedNote): CommandPlan {
  const operations = commandOperations(parsed ?? parseNote(text), command, context);
  if (!operations.ok) return operations;
  if (operations.operations.length === 0) return { ok: true, changes: [], text, summary: operations.summary, method: 'bytes' };
  const plan = planFrontMatterEdit(text, operations.operations);
  if (!plan.ok) return plan;
  return { ok: true, changes: plan.changes, text: applyChanges(text, plan.changes), summary: operations.summary, method: plan.method ?? 'bytes' };
}

function commandOperations(parsed: ParsedNote, command: NoteCommand, context: PlanContext): Operations {
  if (!parsed.frontMatter || !parsed.model) {
    const problem = parsed.problems.find((p) => p.severity === 'error');
    if (problem) return refuse(`${problem.range ? `line ${problem.range.start.line + 1}: ` : ''}${problem.message}`);
    return refuse('The file is not an interview note or a thank-you letter (its front-matter needs "type: interview" or "type: thank-you").');
  }
  const model = parsed.model;
  if (command.verb === 'sent') {
    if (model.type !== 'thank-you') return refuse('Only a thank-you letter (type: thank-you) is marked as sent; for an interviewer thanked without a letter, mark the thank-you done in the interview note.');
    if (model.sent) return already(`sent: ${formatDay(model.sent.value)}`);
    const day = formatDay(command.day);
    return { ok: true, operations: [{ op: 'set', path: ['sent'], value: day }], summary: `sent: ${day}` };
  }
  if (model.type !== 'interview') return refuse('This is a thank-you letter: follow-ups, outcomes and done actions are recorded in its interview note.');

  switch (command.verb) {
    case 'mark-done':
      return markDone(model, command.kind, command.person ?? undefined, formatDay(command.day), context, command.force);
    case 'snooze': {
      const kind = checkKind(command.kind);
      if (!kind.ok) return kind;
      let person: string | undefined;
      if (command.person) {
        const found = findPerson(command.person, interviewerNames(model));
        if (!found.ok) return refuse(found.reason);
        person = command.kind === 'thank-you' ? found.name : undefined;
      }
      const closed = checkOpen(command.kind, context, command.force, statusOf(model), person);
      if (closed) return closed;
      const until = formatDay(command.until);
      return { ok: true, operations: [{ op: 'set', path: ['snooze', command.kind], value: until }], summary: `snooze.${command.kind}: ${until}` };
    }
    case 'log': {
      const item: [string, string][] = [['date', formatDay(command.date)]];
      if (command.via?.trim()) item.push(['via', command.via.trim()]);
      if (command.note?.trim()) item.push(['note', command.note.trim()]);
      if (command.next !== undefined) item.push(['next', formatDay(command.next)]);
      return { ok: true, operations: [{ op: 'append', path: ['follow_ups'], item }], summary: `a follow-up on ${item[0][1]}${command.via ? ` by ${command.via}` : ''}` };
    }
    case 'email':
      return setEmail(model, command.person, command.address.trim());
    case 'outcome': {
      if (!(STATUSES as readonly string[]).includes(command.status)) return refuse(`"${command.status}" is not a status (${STATUSES.join(', ')}).`);
      // The same status again changes nothing: its recorded day (and what is due from it) stays.
      // (A note without `status` is waiting; one with a value that is no status is not "the same".)
      const written = parsed.frontMatter.root.entries.some((e) => e.key === 'status');
      if (model.status?.value === command.status || (!written && command.status === 'waiting')) {
        const since = model.statusDate ? ` since ${formatDay(model.statusDate.value)}` : '';
        return { ok: true, operations: [], summary: `already ${command.status}${since}${model.status ? '' : ' (a note without a status is waiting)'}` };
      }
      const day = formatDay(command.day);
      return {
        ok: true,
        operations: [
          { op: 'set', path: ['status'], value: command.status },
          { op: 'set', path: ['status_date'], value: day, after: 'status' },
        ],
        summary: `status: ${command.status}, status_date: ${day}`,
      };
    }
  }
}

function checkKind(kind: ActionKind): Operations | { ok: true } {
  if (!(ACTION_KINDS as readonly string[]).includes(kind)) return refuse(`"${kind}" is not an action kind (${ACTION_KINDS.join(', ')}).`);
  if (kind === 'keep-searching') return refuse('keep-searching is about your whole search, not one note: it ends when more than one interview is waiting.');
  return { ok: true };
}

function interviewerNames(model: InterviewNote): string[] {
  return model.interviewers.map((p) => p.name?.value).filter((n): n is string => !!n);
}

function setEmail(model: InterviewNote, person: string, address: string): Operations {
  if (!isEmailAddress(address)) return refuse(`"${address}" is not one e-mail address (like jane.smith@example.org).`);
  const found = findPerson(person, interviewerNames(model));
  if (!found.ok) return refuse(found.reason);
  const matches = model.interviewers.filter((p) => p.name && samePerson(p.name.value, found.name));
  if (matches.length > 1) return refuse(`${found.name} is listed more than once under interviewers (lines ${matches.map((p) => p.range.start.line + 1).join(', ')}): keep one entry per person.`);
  const name = matches[0].name!.value;
  if (matches[0].email?.value === address) return already(`email: ${address} on ${name}`);
  return {
    ok: true,
    operations: [{ op: 'set', path: ['interviewers', { where: 'name', equals: name }, 'email'], value: address }],
    summary: `email: ${address} on ${name}`,
  };
}

const statusOf = (model: InterviewNote): string => model.status?.value ?? 'waiting';

function markDone(model: InterviewNote, kind: ActionKind, person: string | undefined, day: string, context: PlanContext, force: boolean | undefined): Operations {
  const valid = checkKind(kind);
  if (!valid.ok) return valid;
  // What is already recorded is never written over: the real date would be lost (a sent letter would turn late).
  if (kind === 'alert-references') {
    if (model.referencesAlerted) return already(`references_alerted: ${formatDay(model.referencesAlerted.value)}`);
    const closed = checkOpen(kind, context, force, statusOf(model));
    if (closed) return closed;
    return { ok: true, operations: [{ op: 'set', path: ['references_alerted'], value: day }], summary: `references_alerted: ${day}` };
  }
  if (kind !== 'thank-you') {
    // A kind that comes back (a newer follow-up, a newer offer) is done again as of this day.
    const recorded = model.done.get(kind);
    if (recorded && !RECURRING_KINDS.has(kind)) return already(`done.${kind}: ${formatDay(recorded.value)}`);
    const closed = checkOpen(kind, context, force, statusOf(model));
    if (closed) return closed;
    return { ok: true, operations: [{ op: 'set', path: ['done', kind], value: day }], summary: `done.${kind}: ${day}` };
  }

  // A thank-you is per interviewer: the one named, or the only one still owed one.
  let name = person;
  if (name === undefined) {
    // Owed: what the schedule has open (a letter marked sent counts), else what the note alone says.
    const owed = context.open
      ? [...new Set(context.open.filter((a) => a.kind === 'thank-you' && a.person !== null).map((a) => a.person!))]
      : model.interviewers.filter((p) => p.name && !p.thankYouSent).map((p) => p.name!.value);
    if (owed.length !== 1) {
      return refuse(owed.length === 0
        ? 'No named interviewer in this note is still owed a thank-you.'
        : `Say which interviewer was thanked: ${owed.join(', ')}.`);
    }
    name = owed[0];
  } else {
    const found = findPerson(name, interviewerNames(model));
    if (!found.ok) return refuse(found.reason);
    name = found.name;
  }
  const matches = model.interviewers.filter((p) => p.name && samePerson(p.name.value, name!));
  if (matches.length > 1) return refuse(`${name} is listed more than once under interviewers (lines ${matches.map((p) => p.range.start.line + 1).join(', ')}): keep one entry per person.`);
  const sent = matches[0].thankYouSent;
  if (sent) return already(`thank_you_sent: ${formatDay(sent.value)} on ${matches[0].name!.value}`);
  const closed = checkOpen(kind, context, force, statusOf(model), name);
  if (closed) return closed;
  return {
    ok: true,
    operations: [{ op: 'set', path: ['interviewers', { where: 'name', equals: name }, 'thank_you_sent'], value: day }],
    summary: `thank_you_sent: ${day} on ${matches[0].name!.value}`,
  };
}

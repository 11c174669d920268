/**
 * The writing commands (Mark Done, Snooze, Log Follow-Up, Record Outcome, Mark Letter Sent), one
 * edit path shared by the VS Code commands and the CLI verbs: a command becomes front-matter
 * operations, which are planned as minimal byte changes and verified before anyone writes them.
 */
import { formatDay } from '../shared/days';
import { applyChanges, planFrontMatterEdit, type EditOperation, type TextChange } from './frontMatterEdit';
import { parseNote, type InterviewNote, type ParsedNote } from '../notes/note';
import { samePerson } from '../shared/person';
import { ACTION_KINDS, STATUSES, type ActionKind, type Day, type Status } from '../shared/types';

export type NoteCommand =
  /** Closes an action the way its rule reads: `thank_you_sent` on that interviewer, `references_alerted`, else `done.<kind>`. */
  | { readonly verb: 'mark-done'; readonly kind: ActionKind; readonly person?: string | null; readonly day: Day }
  /** Hides an action until a day: `snooze.<kind>`. */
  | { readonly verb: 'snooze'; readonly kind: ActionKind; readonly until: Day; readonly person?: string | null }
  /** Appends to `follow_ups`. */
  | { readonly verb: 'log'; readonly date: Day; readonly via?: string; readonly note?: string; readonly next?: Day }
  /** Sets `status` and, next to it, `status_date`. */
  | { readonly verb: 'outcome'; readonly status: Status; readonly day: Day }
  /** Sets a letter's `sent`. */
  | { readonly verb: 'sent'; readonly day: Day };

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
  | { readonly ok: false; readonly reason: string };

export const FOLLOW_UP_MEDIA = ['phone', 'email', 'mail', 'fax', 'in person'] as const;

type Operations = { ok: true; operations: EditOperation[]; summary: string } | { ok: false; reason: string };

const refuse = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

/** Nothing to write: the note already records it. */
const already = (recorded: string): Operations => ({ ok: true, operations: [], summary: `already recorded: ${recorded}` });

/** Kinds that come back after they are done (see schedule.ts): done again, they take the new day. */
const RECURRING_KINDS: ReadonlySet<ActionKind> = new Set(['follow-up-again', 'leverage-offer']);

/**
 * Plans a command against a note's text (without a BOM). Either the verified changes, or a reason
 * for a person, naming the line when there is one; nothing is ever half done. `parsed`, when
 * given, must be `parseNote(text)` (the checks pass the parse they already have).
 */
export function planNoteCommand(text: string, command: NoteCommand, parsed?: ParsedNote): CommandPlan {
  const operations = commandOperations(parsed ?? parseNote(text), command);
  if (!operations.ok) return operations;
  if (operations.operations.length === 0) return { ok: true, changes: [], text, summary: operations.summary, method: 'bytes' };
  const plan = planFrontMatterEdit(text, operations.operations);
  if (!plan.ok) return plan;
  return { ok: true, changes: plan.changes, text: applyChanges(text, plan.changes), summary: operations.summary, method: plan.method ?? 'bytes' };
}

function commandOperations(parsed: ParsedNote, command: NoteCommand): Operations {
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
      return markDone(model, command.kind, command.person ?? undefined, formatDay(command.day));
    case 'snooze': {
      const kind = checkKind(command.kind);
      if (!kind.ok) return kind;
      if (command.person && !model.interviewers.some((p) => p.name && samePerson(p.name.value, command.person!))) {
        return refuse(`${command.person} is not among the interviewers of this note${namesOf(model)}.`);
      }
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
    case 'outcome': {
      if (!(STATUSES as readonly string[]).includes(command.status)) return refuse(`"${command.status}" is not a status (${STATUSES.join(', ')}).`);
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

function namesOf(model: InterviewNote): string {
  const names = model.interviewers.map((p) => p.name?.value).filter((n): n is string => !!n);
  return names.length > 0 ? ` (${names.join(', ')})` : '';
}

function markDone(model: InterviewNote, kind: ActionKind, person: string | undefined, day: string): Operations {
  const valid = checkKind(kind);
  if (!valid.ok) return valid;
  // What is already recorded is never written over: the real date would be lost (a sent letter would turn late).
  if (kind === 'alert-references') {
    if (model.referencesAlerted) return already(`references_alerted: ${formatDay(model.referencesAlerted.value)}`);
    return { ok: true, operations: [{ op: 'set', path: ['references_alerted'], value: day }], summary: `references_alerted: ${day}` };
  }
  if (kind !== 'thank-you') {
    // A kind that comes back (a newer follow-up, a newer offer) is done again as of this day.
    const recorded = model.done.get(kind);
    if (recorded && !RECURRING_KINDS.has(kind)) return already(`done.${kind}: ${formatDay(recorded.value)}`);
    return { ok: true, operations: [{ op: 'set', path: ['done', kind], value: day }], summary: `done.${kind}: ${day}` };
  }

  // A thank-you is per interviewer: the one named, or the only one still owed one.
  let name = person;
  if (name === undefined) {
    const owed = model.interviewers.filter((p) => p.name && !p.thankYouSent);
    if (owed.length !== 1) {
      return refuse(owed.length === 0
        ? 'No named interviewer in this note is still owed a thank-you.'
        : `Say which interviewer was thanked: ${owed.map((p) => p.name!.value).join(', ')}.`);
    }
    name = owed[0].name!.value;
  }
  const matches = model.interviewers.filter((p) => p.name && samePerson(p.name.value, name!));
  if (matches.length === 0) return refuse(`${name} is not among the interviewers of this note${namesOf(model)}.`);
  if (matches.length > 1) return refuse(`${name} is listed more than once under interviewers (lines ${matches.map((p) => p.range.start.line + 1).join(', ')}): keep one entry per person.`);
  const sent = matches[0].thankYouSent;
  if (sent) return already(`thank_you_sent: ${formatDay(sent.value)} for ${matches[0].name!.value}`);
  return {
    ok: true,
    operations: [{ op: 'set', path: ['interviewers', { where: 'name', equals: name }, 'thank_you_sent'], value: day }],
    summary: `thank_you_sent: ${day} for ${matches[0].name!.value}`,
  };
}

/**
 * The writing verbs' arguments (`mark-done`, `snooze`, `log`, `outcome`, `sent`, and `send`'s
 * letter): each builds the NoteCommand the VS Code command would. Loaded only when a writing verb
 * runs, with the date parser it needs.
 */
import { notAfter } from '../core/present/dateInput';
import { dayOfDate, formatDay } from '../core/shared/days';
import { FOLLOW_UP_MEDIA, type NoteCommand } from '../core/edits/noteCommands';
import { ACTION_KINDS, STATUSES, type ActionKind, type Day, type Status } from '../core/shared/types';
import { UsageError, type ParsedArgs } from './args';
import { parseDayFlag } from './dayFlags';

/** Today, or the --today flag read with the date parser (a weekday, "yesterday", "19 Nov"). */
export function today(args: ParsedArgs): Day {
  const now = dayOfDate(new Date());
  return args.flags.has('--today') ? parseDayFlag(args, '--today', now, 'past') : now;
}

export function positionals(args: ParsedArgs, names: readonly string[]): string[] {
  if (args.positional.length !== names.length) throw new UsageError(`expected ${names.map((n) => `<${n}>`).join(' ')}`);
  return args.positional;
}

function kindOf(text: string): ActionKind {
  const kind = text.trim().toLowerCase();
  if (!(ACTION_KINDS as readonly string[]).includes(kind)) throw new UsageError(`"${text}" is not an action kind; use one of ${ACTION_KINDS.join(', ')}`);
  return kind as ActionKind;
}

/** `--via`, in any case ("Phone", "In Person"). */
function viaOf(args: ParsedArgs): string {
  const value = args.flags.get('--via');
  if (typeof value !== 'string') throw new UsageError(`log needs --via ${FOLLOW_UP_MEDIA.join('|')}`);
  const via = FOLLOW_UP_MEDIA.find((m) => m === value.trim().toLowerCase().replace(/\s+/g, ' '));
  if (!via) throw new UsageError(`--via: "${value}" is not a way of contacting them; use one of ${FOLLOW_UP_MEDIA.join(', ')}`);
  return via;
}

function person(args: ParsedArgs): string | undefined {
  const value = args.flags.get('--person');
  return typeof value === 'string' ? value : undefined;
}

/** The writing verbs: each builds the same NoteCommand the VS Code command would. */
export type EditVerb = { readonly valued: readonly string[]; readonly build: (args: ParsedArgs) => [string, NoteCommand] };
// A Map, not an object: `constructor`, `__proto__` or `toString` typed as a verb is an unknown verb, not Object's.
export const EDITS = new Map<string, EditVerb>(Object.entries({
  'mark-done': {
    valued: ['--person', '--today'],
    build: (args) => {
      const [note, kind] = positionals(args, ['note', 'kind']);
      return [note, { verb: 'mark-done', kind: kindOf(kind), person: person(args), day: today(args), force: args.flags.has('--force') }];
    },
  },
  snooze: {
    valued: ['--until', '--person', '--today'],
    build: (args) => {
      const [note, kind] = positionals(args, ['note', 'kind']);
      if (!args.flags.has('--until')) throw new UsageError('snooze needs --until D');
      const until = parseDayFlag(args, '--until', today(args), 'future');
      if (until <= today(args)) throw new UsageError('--until must be after today: snoozing hides an action until that day');
      return [note, { verb: 'snooze', kind: kindOf(kind), until, person: person(args), force: args.flags.has('--force') }];
    },
  },
  log: {
    valued: ['--date', '--via', '--note', '--next', '--today'],
    build: (args) => {
      const [note] = positionals(args, ['note']);
      if (!args.flags.has('--date')) throw new UsageError('log needs --date D');
      const via = viaOf(args);
      const date = parseDayFlag(args, '--date', today(args), 'past', notAfter(today(args), 'A contact you log'));
      const next = args.flags.has('--next')
        ? parseDayFlag(args, '--next', today(args), 'future', (v) => (v.day > date ? undefined : `checking back is after the contact on ${formatDay(date)}`))
        : undefined;
      const text = args.flags.get('--note');
      return [note, { verb: 'log', date, via, note: typeof text === 'string' ? text : undefined, next }];
    },
  },
  outcome: {
    valued: ['--date', '--today'],
    build: (args) => {
      const [note, written] = positionals(args, ['note', 'status']);
      const status = written.trim().toLowerCase();
      if (!(STATUSES as readonly string[]).includes(status)) throw new UsageError(`"${written}" is not a status; use one of ${STATUSES.join(', ')}`);
      const day = args.flags.has('--date') ? parseDayFlag(args, '--date', today(args), 'past', notAfter(today(args), 'The day the outcome came')) : today(args);
      return [note, { verb: 'outcome', status: status as Status, day }];
    },
  },
  sent: {
    valued: ['--date', '--today'],
    build: (args) => {
      const [letter] = positionals(args, ['letter']);
      const day = args.flags.has('--date') ? parseDayFlag(args, '--date', today(args), 'past', notAfter(today(args), 'The day the letter went out')) : today(args);
      return [letter, { verb: 'sent', day }];
    },
  },
} satisfies Record<string, EditVerb>));

/** The `interview-followup` command line, on the same core as the extension. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { notAfter } from './core/present/dateInput';
import { dayOfDate, formatDay } from './core/shared/days';
import { FOLLOW_UP_MEDIA, type NoteCommand } from './core/edits/noteCommands';
import { sendQuestion } from './core/checks/sendReadiness';
import { outcomeConsequence } from './core/present/feedback';
import { actionsForFile, scheduleContext } from './core/schedule/schedule';
import { ACTION_KINDS, STATUSES, type ActionKind, type Day, type Status } from './core/shared/types';
import { parseArgs, UsageError, type ParsedArgs } from './cli/args';
import { checkReport, folderOfNote, formatCheckReport } from './cli/checkCommand';
import { parseDayFlag } from './cli/dayFlags';
import { dueReport, formatDueReport } from './cli/dueCommand';
import { runEdit } from './cli/editCommands';
import { runSend, type SendMode } from './cli/sendCommand';
import { icsExport, writeIcs } from './cli/icsCommand';
import { printable, terminalBlock, terminalJson } from './cli/printable';
import { FileRefusal } from './node/safeFiles';

const USAGE = `Usage:
  interview-followup due   [folder] [--today D] [--json]
  interview-followup check [path ...] [--today D] [--json]
  interview-followup ics   [folder] [--today D] [-o file.ics]
  interview-followup mark-done <note> <kind> [--person NAME] [--today D] [--force] [--dry-run]
  interview-followup snooze    <note> <kind> --until D [--person NAME] [--force] [--dry-run]
  interview-followup log       <note> --date D --via phone|email|mail|fax|"in person" [--note TEXT] [--next D] [--dry-run]
  interview-followup outcome   <note> <waiting|offer|accepted|rejected|withdrawn> [--date D] [--dry-run]
  interview-followup sent      <letter> [--date D] [--force] [--dry-run]
  interview-followup send      <letter> [--eml FILE | --mailto | --text]
  interview-followup --version

due, ics: the folder's notes (default: the current folder), with its .vscode/settings.json.
check: each path with the settings and notes of the nearest folder at or above it that has
  .vscode/settings.json (else the current folder).
The writing verbs make the VS Code commands' edits under the note's lock (<note>.lock), by an
  atomic replace that changes only the bytes of the edit; --dry-run makes every check of the
  real run, prints a unified diff instead of writing, and exits as the real run would. sent
  refuses a letter that still has error-level problems (placeholders, a misspelled name...)
  unless --force. mark-done writes thank_you_sent on that interviewer, references_alerted, or
  done.<kind>; mark-done and snooze refuse a kind that is not open on the note unless --force.
  --person takes a name as written in the note, in any case, or a first or last name only one
  interviewer has.
send prints the letter as plain text (--text, the default) or its mailto: link (--mailto), or
  writes an .eml draft to a new FILE (--eml); it changes no note (sent records it).
Kinds: ${ACTION_KINDS.join(', ')}.
D: YYYY-MM-DD (or today, yesterday, tomorrow, fri, next friday, 19 Nov, in 3 days).
Settings come only from a folder you own that others cannot write to (as git's safe.directory);
  INTERVIEW_FOLLOWUP_SAFE_FOLDERS=dir1:dir2 trusts others (* trusts every folder).
Exit status: 0; 1 when check finds an error or an edit is refused (the file unchanged); 2 for bad usage.
`;

/** The usage lines of one command (all of them for an unknown one), and where the rest is. */
function usageOf(command: string | undefined): string {
  const lines = USAGE.split('\n').filter((line) => command !== undefined && line.startsWith(`  interview-followup ${command} `));
  return lines.length > 0 ? `Usage:\n${lines.join('\n')}\nRun "interview-followup --help" for more.\n` : `\n${USAGE}`;
}

/** The package's version, read from the package.json next to the bundle (dist/) or the compiled sources (out/src/). */
export function version(): string {
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === 'interview-followup' && pkg.version) return pkg.version;
  }
  return 'unknown';
}

function today(args: ParsedArgs): Day {
  const now = dayOfDate(new Date());
  return args.flags.has('--today') ? parseDayFlag(args, '--today', now, 'past') : now;
}

function singleFolder(args: ParsedArgs): string {
  if (args.positional.length > 1) throw new UsageError('give at most one folder');
  return args.positional[0] ?? '.';
}

function positionals(args: ParsedArgs, names: readonly string[]): string[] {
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
type EditVerb = { readonly valued: readonly string[]; readonly build: (args: ParsedArgs) => [string, NoteCommand] };
// A Map, not an object: `constructor`, `__proto__` or `toString` typed as a verb is an unknown verb, not Object's.
const EDITS = new Map<string, EditVerb>(Object.entries({
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

export async function main(argv: readonly string[], out: (text: string) => void, err: (text: string) => void = (t) => process.stderr.write(t)): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'due': {
      const args = parseArgs(rest, ['--today'], ['--json']);
      const report = await dueReport(singleFolder(args), today(args));
      out(args.flags.has('--json') ? terminalJson(report) + '\n' : formatDueReport(report));
      return 0;
    }
    case 'check': {
      const args = parseArgs(rest, ['--today'], ['--json']);
      const report = await checkReport(args.positional, today(args), undefined, warnOnce(err));
      out(args.flags.has('--json') ? terminalJson(report) + '\n' : formatCheckReport(report));
      return report.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
    }
    case 'ics': {
      const args = parseArgs(rest, ['--today', '-o', '--output'], []);
      const { text, events } = await icsExport(singleFolder(args), today(args));
      const target = args.flags.get('-o') ?? args.flags.get('--output');
      if (typeof target === 'string') {
        try {
          writeIcs(target, text);
        } catch (e) {
          if (!(e instanceof FileRefusal)) throw e;
          err(`interview-followup: ${printable(e.message)}\n`);
          return 1;
        }
        err(`interview-followup: wrote ${events} event${events === 1 ? '' : 's'} to ${printable(target)}\n`);
      } else {
        out(text);
      }
      return 0;
    }
    case 'send': {
      const args = parseArgs(rest, ['--eml'], ['--mailto', '--text']);
      const [letter] = positionals(args, ['letter']);
      const eml = args.flags.get('--eml');
      const chosen = [typeof eml === 'string', args.flags.has('--mailto'), args.flags.has('--text')].filter(Boolean).length;
      if (chosen > 1) throw new UsageError('give one of --eml FILE, --mailto, --text');
      const mode: SendMode = typeof eml === 'string' ? { as: 'eml', file: eml } : args.flags.has('--mailto') ? { as: 'mailto' } : { as: 'text' };
      const outcome = await runSend(letter, mode, new Date(), warnOnce(err));
      if (outcome.out) out(outcome.out);
      if (outcome.error) err(outcome.error);
      return outcome.code;
    }
    case '--version':
    case '-v':
      out(`${version()}\n`);
      return 0;
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      out(USAGE);
      return command === undefined ? 2 : 0;
    default: {
      const edit = EDITS.get(command);
      const warn = warnOnce(err);
      if (!edit) throw new UsageError(`unknown command "${command}"`);
      const args = parseArgs(rest, edit.valued, ['--dry-run', ...(['sent', 'mark-done', 'snooze'].includes(command) ? ['--force'] : [])]);
      const [path, noteCommand] = edit.build(args);
      // --dry-run makes every check the real run makes, the guards included, and exits as it would.
      if (command === 'sent' && !args.flags.has('--force')) {
        // As Mark Letter Sent asks first, a letter with error-level problems is not marked without --force.
        const question = sendQuestion((await checkReport([path], today(args), undefined, warn)).diagnostics.map((d) => ({ ...d, range: { start: { line: d.line, character: d.character }, end: { line: d.endLine, character: d.endCharacter } } })));
        if (question) {
          const detail = question.detail.split('\n').map((line) => `  ${printable(line)}`).join('\n');
          err(`${printable(path)}: not changed: ${printable(question.message.replace(/ — mark as sent anyway\?$/, ''))}; run again with --force to mark it sent anyway.\n${detail}\n`);
          return 1;
        }
      }
      let context = {};
      if (noteCommand.verb === 'mark-done' || noteCommand.verb === 'snooze') {
        // As the editor offers only what is open, a kind the schedule does not have open on the note is refused (unless --force).
        const { loaded, key } = await folderOfNote(path, warn);
        if (loaded.index.interview(key)) context = { open: actionsForFile(loaded.index, key, { ...scheduleContext(today(args), loaded.settings), includeSnoozed: true }) };
      }
      const outcome = await runEdit(path, noteCommand, args.flags.has('--dry-run'), { context });
      if (outcome.out) out(outcome.out);
      if (noteCommand.verb === 'outcome' && outcome.code === 0 && /: recorded /.test(outcome.out)) {
        // What follows for the other interviews (an accepted offer: their withdraw actions).
        const { loaded, key } = await folderOfNote(path, warn);
        const consequence = outcomeConsequence(loaded.index, key, noteCommand.status);
        if (consequence) out(`${consequence}\n`);
      }
      if (outcome.error) err(outcome.error);
      return outcome.code;
    }
  }
}

/** Each warning once (a folder passed over is met again when its notes are loaded). */
function warnOnce(err: (text: string) => void): (message: string) => void {
  const seen = new Set<string>();
  return (message) => {
    if (seen.has(message)) return;
    seen.add(message);
    err(`interview-followup: ${printable(message)}\n`);
  };
}

if (require.main === module) {
  // `due | head -1`: the reader has gone; stop quietly, as cat and grep do.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  main(process.argv.slice(2), (text) => process.stdout.write(text)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`interview-followup: ${printable(error.message)}\n${usageOf(process.argv[2])}`);
        process.exitCode = 2;
      } else {
        process.stderr.write(`interview-followup: ${terminalBlock(error instanceof Error ? error.stack ?? error.message : String(error))}\n`);
        process.exitCode = 3;
      }
    },
  );
}

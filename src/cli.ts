/** The `interview-followup` command line, on the same core as the extension. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { notAfter } from './core/present/dateInput';
import { dayOfDate, formatDay } from './core/shared/days';
import { FOLLOW_UP_MEDIA, type NoteCommand } from './core/edits/noteCommands';
import { sendQuestion } from './core/checks/sendReadiness';
import { ACTION_KINDS, STATUSES, type ActionKind, type Day, type Status } from './core/shared/types';
import { parseArgs, UsageError, type ParsedArgs } from './cli/args';
import { checkReport, formatCheckReport } from './cli/checkCommand';
import { parseDayFlag } from './cli/dayFlags';
import { dueReport, formatDueReport } from './cli/dueCommand';
import { runEdit } from './cli/editCommands';
import { runSend, type SendMode } from './cli/sendCommand';
import { icsExport, writeIcs } from './cli/icsCommand';

const USAGE = `Usage:
  interview-followup due   [folder] [--today D] [--json]
  interview-followup check [path ...] [--today D] [--json]
  interview-followup ics   [folder] [--today D] [-o file.ics]
  interview-followup mark-done <note> <kind> [--person NAME] [--today D] [--dry-run]
  interview-followup snooze    <note> <kind> --until D [--person NAME] [--dry-run]
  interview-followup log       <note> --date D --via phone|email|mail|fax|"in person" [--note TEXT] [--next D] [--dry-run]
  interview-followup outcome   <note> <waiting|offer|accepted|rejected|withdrawn> [--date D] [--dry-run]
  interview-followup sent      <letter> [--date D] [--force] [--dry-run]
  interview-followup send      <letter> [--eml FILE | --mailto | --text]
  interview-followup --version

due, ics: the folder's notes (default: the current folder), with its .vscode/settings.json.
check: each path with the settings and notes of the nearest folder at or above it that has
  .vscode/settings.json (else the current folder).
The writing verbs make the VS Code commands' edits in place, touching only the bytes that
  change; --dry-run prints a unified diff instead. sent refuses a letter that still has
  error-level problems (placeholders, a misspelled name...) unless --force. mark-done writes thank_you_sent on that
  interviewer, references_alerted, or done.<kind>.
send prints the letter as plain text (--text, the default) or its mailto: link (--mailto), or
  writes an .eml draft to a new FILE (--eml); it changes no note (sent records it).
Kinds: ${ACTION_KINDS.join(', ')}.
D: YYYY-MM-DD (or today, yesterday, tomorrow, fri, next friday, 19 Nov, in 3 days).
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
  if (!(ACTION_KINDS as readonly string[]).includes(text)) throw new UsageError(`"${text}" is not an action kind; use one of ${ACTION_KINDS.join(', ')}`);
  return text as ActionKind;
}

function person(args: ParsedArgs): string | undefined {
  const value = args.flags.get('--person');
  return typeof value === 'string' ? value : undefined;
}

/** The writing verbs: each builds the same NoteCommand the VS Code command would. */
const EDITS: Record<string, { readonly valued: readonly string[]; readonly build: (args: ParsedArgs) => [string, NoteCommand] }> = {
  'mark-done': {
    valued: ['--person', '--today'],
    build: (args) => {
      const [note, kind] = positionals(args, ['note', 'kind']);
      return [note, { verb: 'mark-done', kind: kindOf(kind), person: person(args), day: today(args) }];
    },
  },
  snooze: {
    valued: ['--until', '--person', '--today'],
    build: (args) => {
      const [note, kind] = positionals(args, ['note', 'kind']);
      if (!args.flags.has('--until')) throw new UsageError('snooze needs --until D');
      const until = parseDayFlag(args, '--until', today(args), 'future');
      if (until <= today(args)) throw new UsageError('--until must be after today: snoozing hides an action until that day');
      return [note, { verb: 'snooze', kind: kindOf(kind), until, person: person(args) }];
    },
  },
  log: {
    valued: ['--date', '--via', '--note', '--next', '--today'],
    build: (args) => {
      const [note] = positionals(args, ['note']);
      if (!args.flags.has('--date')) throw new UsageError('log needs --date D');
      const via = args.flags.get('--via');
      if (typeof via !== 'string' || !(FOLLOW_UP_MEDIA as readonly string[]).includes(via)) throw new UsageError(`log needs --via ${FOLLOW_UP_MEDIA.join('|')}`);
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
      const [note, status] = positionals(args, ['note', 'status']);
      if (!(STATUSES as readonly string[]).includes(status)) throw new UsageError(`"${status}" is not a status; use one of ${STATUSES.join(', ')}`);
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
};

export async function main(argv: readonly string[], out: (text: string) => void, err: (text: string) => void = (t) => process.stderr.write(t)): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'due': {
      const args = parseArgs(rest, ['--today'], ['--json']);
      const report = await dueReport(singleFolder(args), today(args));
      out(args.flags.has('--json') ? JSON.stringify(report, null, 2) + '\n' : formatDueReport(report));
      return 0;
    }
    case 'check': {
      const args = parseArgs(rest, ['--today'], ['--json']);
      const report = await checkReport(args.positional, today(args));
      out(args.flags.has('--json') ? JSON.stringify(report, null, 2) + '\n' : formatCheckReport(report));
      return report.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
    }
    case 'ics': {
      const args = parseArgs(rest, ['--today', '-o', '--output'], []);
      const { text, events } = await icsExport(singleFolder(args), today(args));
      const target = args.flags.get('-o') ?? args.flags.get('--output');
      if (typeof target === 'string') {
        writeIcs(target, text);
        err(`interview-followup: wrote ${events} event${events === 1 ? '' : 's'} to ${target}\n`);
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
      const outcome = await runSend(letter, mode, new Date());
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
      const edit = EDITS[command];
      if (!edit) throw new UsageError(`unknown command "${command}"`);
      const args = parseArgs(rest, edit.valued, ['--dry-run', ...(command === 'sent' ? ['--force'] : [])]);
      const [path, noteCommand] = edit.build(args);
      if (command === 'sent' && !args.flags.has('--force') && !args.flags.has('--dry-run')) {
        // As Mark Letter Sent asks first, a letter with error-level problems is not marked without --force.
        const question = sendQuestion((await checkReport([path], today(args))).diagnostics.map((d) => ({ ...d, range: { start: { line: d.line, character: d.character }, end: { line: d.endLine, character: d.endCharacter } } })));
        if (question) {
          err(`${path}: not changed: ${question.message.replace(/ — mark as sent anyway\?$/, '')}; run again with --force to mark it sent anyway.\n${question.detail.replace(/^/gm, '  ')}\n`);
          return 1;
        }
      }
      const outcome = runEdit(path, noteCommand, args.flags.has('--dry-run'));
      if (outcome.out) out(outcome.out);
      if (outcome.error) err(outcome.error);
      return outcome.code;
    }
  }
}

if (require.main === module) {
  main(process.argv.slice(2), (text) => process.stdout.write(text)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`interview-followup: ${error.message}\n${usageOf(process.argv[2])}`);
        process.exitCode = 2;
      } else {
        process.stderr.write(`interview-followup: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
        process.exitCode = 3;
      }
    },
  );
}

/** The `interview-followup` command line, on the same core as the extension. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dayOfDate, parseDay } from './core/shared/days';
import { ACTION_KINDS, type Day } from './core/shared/types';
import { parseArgs, UsageError, type ParsedArgs } from './cli/args';
import { printable, terminalBlock, terminalJson } from './cli/printable';

// Each command loads only what it needs (import() here is bundled, and evaluated when first run):
// `due` never evaluates the letter checks, the dictionaries' code, the YAML editor or the date parser.

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

/** Today, or the --today flag: a plain YYYY-MM-DD is read at once; anything else ("yesterday", "fri") loads the date parser. */
async function today(args: ParsedArgs): Promise<Day> {
  if (!args.flags.has('--today')) return dayOfDate(new Date());
  const value = args.flags.get('--today');
  const plain = typeof value === 'string' ? parseDay(value) : undefined;
  // Only the plain form of an ordinary year: every other spelling gets the date parser's rules and messages.
  if (plain !== undefined && /^(19[7-9]\d|20\d\d)-\d{2}-\d{2}$/.test(value as string)) return plain;
  return (await import('./cli/editVerbs')).today(args);
}

function singleFolder(args: ParsedArgs): string {
  if (args.positional.length > 1) throw new UsageError('give at most one folder');
  return args.positional[0] ?? '.';
}

/** The writing verbs: their argument rules live with the edit code (cli/editVerbs), loaded only when one runs. */
const EDIT_VERBS = new Set(['mark-done', 'snooze', 'log', 'outcome', 'sent']);

export async function main(argv: readonly string[], out: (text: string) => void, err: (text: string) => void = (t) => process.stderr.write(t)): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'due': {
      const args = parseArgs(rest, ['--today'], ['--json']);
      const { dueReport, formatDueReport } = await import('./cli/dueCommand');
      const report = await dueReport(singleFolder(args), await today(args));
      out(args.flags.has('--json') ? terminalJson(report) + '\n' : formatDueReport(report));
      return 0;
    }
    case 'check': {
      const args = parseArgs(rest, ['--today'], ['--json']);
      const { checkReport, formatCheckReport } = await import('./cli/checkCommand');
      const report = await checkReport(args.positional, await today(args), undefined, warnOnce(err));
      out(args.flags.has('--json') ? terminalJson(report) + '\n' : formatCheckReport(report));
      return report.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
    }
    case 'ics': {
      const args = parseArgs(rest, ['--today', '-o', '--output'], []);
      const [{ icsExport, writeIcs }, { FileRefusal }] = await Promise.all([import('./cli/icsCommand'), import('./node/safeFiles')]);
      const { text, events } = await icsExport(singleFolder(args), await today(args));
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
      const [{ positionals }, { runSend }] = await Promise.all([import('./cli/editVerbs'), import('./cli/sendCommand')]);
      const [letter] = positionals(args, ['letter']);
      const eml = args.flags.get('--eml');
      const chosen = [typeof eml === 'string', args.flags.has('--mailto'), args.flags.has('--text')].filter(Boolean).length;
      if (chosen > 1) throw new UsageError('give one of --eml FILE, --mailto, --text');
      const mode: import('./cli/sendCommand').SendMode = typeof eml === 'string' ? { as: 'eml', file: eml } : args.flags.has('--mailto') ? { as: 'mailto' } : { as: 'text' };
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
      if (!EDIT_VERBS.has(command)) throw new UsageError(`unknown command "${command}"`);
      const [{ EDITS }, { runEdit }, { checkReport, folderOfNote }, { sendQuestion }, { outcomeConsequence }, { actionsForFile, scheduleContext }] = await Promise.all([
        import('./cli/editVerbs'), import('./cli/editCommands'), import('./cli/checkCommand'), import('./core/checks/sendReadiness'),
        import('./core/present/feedback'), import('./core/schedule/schedule'),
      ]);
      const edit = EDITS.get(command)!;
      const warn = warnOnce(err);
      const args = parseArgs(rest, edit.valued, ['--dry-run', ...(['sent', 'mark-done', 'snooze'].includes(command) ? ['--force'] : [])]);
      const day = await today(args);
      const [path, noteCommand] = edit.build(args);
      // --dry-run makes every check the real run makes, the guards included, and exits as it would.
      if (command === 'sent' && !args.flags.has('--force')) {
        // As Mark Letter Sent asks first, a letter with error-level problems is not marked without --force.
        const question = sendQuestion((await checkReport([path], day, undefined, warn)).diagnostics.map((d) => ({ ...d, range: { start: { line: d.line, character: d.character }, end: { line: d.endLine, character: d.endCharacter } } })));
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
        if (loaded.index.interview(key)) context = { open: actionsForFile(loaded.index, key, { ...scheduleContext(day, loaded.settings), includeSnoozed: true }) };
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

/** The `interview-followup` command line, on the same core as the extension. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dayOfDate, parseDay } from './core/shared/days';
import { ACTION_KINDS, type Day } from './core/shared/types';
import { parseArgs, UsageError, type ParsedArgs } from './cli/args';

// Each command loads only what it needs (import() here is bundled, and evaluated when first run):
// `due` never evaluates the letter checks, the dictionaries' code, the YAML editor or the date parser.

const USAGE = `Usage:
  interview-followup due   [folder] [--today D] [--json]
  interview-followup check [path ...] [--today D] [--json]
  interview-followup ics   [folder] [--today D] [-o file.ics]
  interview-followup mark-done <note> <kind> [--person NAME] [--today D] [--dry-run]
  interview-followup snooze    <note> <kind> --until D [--person NAME] [--dry-run]
  interview-followup log       <note> --date D --via phone|email|mail|fax|"in person" [--note TEXT] [--next D] [--dry-run]
  interview-followup outcome   <note> <waiting|offer|accepted|rejected|withdrawn> [--date D] [--dry-run]
  interview-followup sent      <letter> [--date D] [--force] [--dry-run]
  interview-followup --version

due, ics: the folder's notes (default: the current folder), with its .vscode/settings.json.
check: each path with the settings and notes of the nearest folder at or above it that has
  .vscode/settings.json (else the current folder).
The writing verbs make the VS Code commands' edits in place, touching only the bytes that
  change; --dry-run prints a unified diff instead. sent refuses a letter that still has
  error-level problems (placeholders, a misspelled name...) unless --force. mark-done writes thank_you_sent on that
  interviewer, references_alerted, or done.<kind>.
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

/** Today, or the --today flag: a plain YYYY-MM-DD is read at once; anything else ("yesterday", "fri") loads the date parser. */
async function today(args: ParsedArgs): Promise<Day> {
  const value = args.flags.get('--today');
  if (!args.flags.has('--today')) return dayOfDate(new Date());
  const plain = typeof value === 'string' ? parseDay(value) : undefined;
  // Only the plain form of an ordinary year: every other spelling gets the date parser's rules and messages.
  if (plain !== undefined && /^(19[7-9]\d|20\d\d)-\d{2}-\d{2}$/.test(value as string)) return plain;
  return (await import('./cli/editVerbs')).today(args);
}

function singleFolder(args: ParsedArgs): string {
  if (args.positional.length > 1) throw new UsageError('give at most one folder');
  return args.positional[0] ?? '.';
}

/** The writing verbs: their argument rules live with the edit code, loaded only when one runs. */
const EDIT_VERBS = ['mark-done', 'snooze', 'log', 'outcome', 'sent'];

export async function main(argv: readonly string[], out: (text: string) => void, err: (text: string) => void = (t) => process.stderr.write(t)): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'due': {
      const args = parseArgs(rest, ['--today'], ['--json']);
      const { dueReport, formatDueReport } = await import('./cli/dueCommand');
      const report = await dueReport(singleFolder(args), await today(args));
      out(args.flags.has('--json') ? JSON.stringify(report, null, 2) + '\n' : formatDueReport(report));
      return 0;
    }
    case 'check': {
      const args = parseArgs(rest, ['--today'], ['--json']);
      const { checkReport, formatCheckReport } = await import('./cli/checkCommand');
      const report = await checkReport(args.positional, await today(args));
      out(args.flags.has('--json') ? JSON.stringify(report, null, 2) + '\n' : formatCheckReport(report));
      return report.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
    }
    case 'ics': {
      const args = parseArgs(rest, ['--today', '-o', '--output'], []);
      const { icsExport, writeIcs } = await import('./cli/icsCommand');
      const { text, events } = await icsExport(singleFolder(args), await today(args));
      const target = args.flags.get('-o') ?? args.flags.get('--output');
      if (typeof target === 'string') {
        writeIcs(target, text);
        err(`interview-followup: wrote ${events} event${events === 1 ? '' : 's'} to ${target}\n`);
      } else {
        out(text);
      }
      return 0;
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
      if (!EDIT_VERBS.includes(command)) throw new UsageError(`unknown command "${command}"`);
      const [{ EDITS, today: dayOf }, { runEdit }, { checkReport }, { sendQuestion }] = await Promise.all([
        import('./cli/editVerbs'), import('./cli/editCommands'), import('./cli/checkCommand'), import('./core/checks/sendReadiness'),
      ]);
      const edit = EDITS[command];
      const args = parseArgs(rest, edit.valued, ['--dry-run', ...(command === 'sent' ? ['--force'] : [])]);
      const [path, noteCommand] = edit.build(args);
      if (command === 'sent' && !args.flags.has('--force') && !args.flags.has('--dry-run')) {
        // As Mark Letter Sent asks first, a letter with error-level problems is not marked without --force.
        const question = sendQuestion((await checkReport([path], dayOf(args))).diagnostics.map((d) => ({ ...d, range: { start: { line: d.line, character: d.character }, end: { line: d.endLine, character: d.endCharacter } } })));
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

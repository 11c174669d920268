/** Day-valued flags (`--today`, `--date`, `--until`, `--next`): what people type, read by the same parser as the editor's date prompts. */
import { parseDateInput, type DateDirection, type TypedDate } from '../core/present/dateInput';
import type { Day } from '../core/shared/types';
import { UsageError, type ParsedArgs } from './args';

/**
 * @param direction where a bare weekday or a day without a year points: back for "when did it happen", ahead for "until".
 * @param check a rule beyond being a date (a contact logged cannot be after today).
 */
export function parseDayFlag(args: ParsedArgs, flag: string, today: Day, direction: DateDirection, check?: (value: TypedDate) => string | undefined): Day {
  const value = args.flags.get(flag);
  const parsed = typeof value === 'string' ? parseDateInput(value, { today, direction, check }) : undefined;
  if (!parsed?.ok) throw new UsageError(`${flag}: ${parsed ? parsed.message : 'needs a date'}`);
  return parsed.value.day;
}

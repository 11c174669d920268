/**
 * The daily reminder: whether to show one today, and what it says. At most one a day per
 * workspace; the adapter remembers the day it last reminded and shows what this decides.
 */
import type { ReminderSetting } from '../shared/settings';
import type { Day, DueAction } from '../shared/types';

export interface ReminderInput {
  readonly actions: readonly DueAction[];
  readonly today: Day;
  /** The day of the last reminder in this workspace (shown or snoozed), if any. */
  readonly lastReminded: Day | undefined;
  readonly setting: ReminderSetting;
}

export interface Reminder {
  /** "2 follow-ups due today, 1 overdue". */
  readonly message: string;
  readonly dueToday: number;
  readonly overdue: number;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The reminder to show today, or undefined: off, already reminded today, or nothing (overdue) to say. */
export function reminderFor({ actions, today, lastReminded, setting }: ReminderInput): Reminder | undefined {
  if (setting === 'off') return undefined;
  if (lastReminded !== undefined && lastReminded >= today) return undefined;
  const overdue = actions.filter((a) => a.state === 'overdue').length;
  const dueToday = actions.filter((a) => a.state === 'today').length;
  if (overdue === 0 && (setting === 'overdue' || dueToday === 0)) return undefined;
  return { message: reminderMessage(dueToday, overdue, actions), dueToday, overdue };
}

/** One line: the counts, or for a single action what it is. */
function reminderMessage(dueToday: number, overdue: number, actions: readonly DueAction[]): string {
  if (dueToday + overdue === 1) {
    const only = actions.find((a) => a.state === (overdue ? 'overdue' : 'today'))!;
    return `1 follow-up ${overdue ? 'overdue' : 'due today'}: ${only.title}.`;
  }
  if (dueToday > 0 && overdue > 0) return `${plural(dueToday, 'follow-up')} due today, ${overdue} overdue.`;
  if (dueToday > 0) return `${plural(dueToday, 'follow-up')} due today.`;
  return `${plural(overdue, 'follow-up')} overdue.`;
}

/** What the status-bar item says: quiet unless something is due, and a warning only when something is overdue. */
import type { DueAction } from '../shared/types';

export interface StatusSummary {
  readonly visible: boolean;
  /** With codicons, e.g. "$(bell-dot) 3 overdue". */
  readonly text: string;
  readonly tooltip: string;
  /** The warning background: only while something is overdue. */
  readonly warning: boolean;
}

export function statusSummary(actions: readonly DueAction[], hasNotes: boolean): StatusSummary {
  const overdue = actions.filter((a) => a.state === 'overdue').length;
  const dueToday = actions.filter((a) => a.state === 'today').length;
  const tooltip = `Interview Follow-Up: ${overdue} overdue, ${dueToday} due today. Click to see them.`;
  if (!hasNotes || (overdue === 0 && dueToday === 0)) return { visible: false, text: '', tooltip, warning: false };
  if (overdue > 0) return { visible: true, text: `$(bell-dot) ${overdue} overdue`, tooltip, warning: true };
  return { visible: true, text: `$(bell) ${dueToday} due today`, tooltip, warning: false };
}

/** How actions are grouped and labelled for people (tree view, status bar, tables). */
import { addDays, civilFromDay, formatDay, weekday } from './days';
import type { ActionKind, Day, DueAction } from './types';

export type GroupMode = 'due' | 'company';

export interface ActionGroup {
  /** Stable across refreshes, so the tree keeps its expansion state. */
  readonly id: string;
  readonly label: string;
  readonly actions: readonly DueAction[];
}

/** Short enough to read beside the company and due day at the default sidebar width (about 300 px). */
const KIND_LABELS: Readonly<Record<ActionKind, string>> = {
  'ask-decision-date': 'Ask when they decide',
  'record-interviewer': 'Record interviewers',
  'thank-you': 'Thank-you note',
  'alert-references': 'Alert references',
  'follow-up-call': 'Follow-up call',
  'follow-up-again': 'Follow up again',
  'leverage-offer': 'Mention your offer',
  network: 'Ask for referrals',
  'keep-searching': 'Keep searching',
};

/** With the person in it ("Thank Jane Smith"); actions without one (or about several references) by their kind. */
export function actionLabel(action: DueAction): string {
  if (!action.person || action.kind === 'alert-references') return KIND_LABELS[action.kind];
  return action.kind === 'thank-you' ? `Thank ${action.person}` : `${KIND_LABELS[action.kind]}: ${action.person}`;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mon 23 Nov" (with the year when it is not today's year). */
export function shortDate(day: Day, today: Day): string {
  const c = civilFromDay(day);
  const sameYear = civilFromDay(today).year === c.year;
  return `${WEEKDAYS[weekday(day)]} ${c.day} ${MONTHS[c.month - 1]}${sameYear ? '' : ` ${c.year}`}`;
}

/** "today", "tomorrow", "2 days overdue", "Mon 30 Nov", "no date". */
export function dueLabel(action: DueAction, today: Day): string {
  if (action.due === null) return 'no date';
  const diff = action.due - today;
  if (diff === 0) return 'today';
  if (diff === 1) return 'tomorrow';
  if (diff === -1) return '1 day overdue';
  if (diff < 0) return `${-diff} days overdue`;
  return shortDate(action.due, today);
}

/** "Acme Corp · 2 days overdue". */
export function actionDescription(action: DueAction, today: Day): string {
  return [action.company, dueLabel(action, today)].filter(Boolean).join(' · ');
}

/** A tooltip in Markdown: what, when, why. */
export function actionTooltip(action: DueAction, today: Day): string {
  const lines = [`**${action.title}**`, ''];
  if (action.due !== null) lines.push(`Due ${shortDate(action.due, today)} (${formatDay(action.due)}), ${dueLabel(action, today)}.`);
  if (action.opens !== null && action.opens > today) lines.push(`Makes sense from ${shortDate(action.opens, today)} on.`);
  lines.push('', `*${action.advice}*`);
  if (action.file) lines.push('', `\`${action.file}\``);
  return lines.join('\n');
}

const DUE_GROUPS = [
  { id: 'overdue', label: 'Overdue' },
  { id: 'today', label: 'Today' },
  { id: 'week', label: 'This Week' },
  { id: 'later', label: 'Later' },
  { id: 'undated', label: 'Undated' },
] as const;

function dueGroupOf(action: DueAction, today: Day): (typeof DUE_GROUPS)[number]['id'] {
  if (action.state === 'undated' || action.due === null) return 'undated';
  if (action.state === 'overdue') return 'overdue';
  if (action.state === 'today') return 'today';
  return action.due <= addDays(today, 7) ? 'week' : 'later';
}

/** Non-empty groups, each sorted by due day (the input order is kept within a group). */
export function groupActions(actions: readonly DueAction[], today: Day, mode: GroupMode): ActionGroup[] {
  if (mode === 'due') {
    return DUE_GROUPS.map((g) => ({ id: `due:${g.id}`, label: g.label, actions: actions.filter((a) => dueGroupOf(a, today) === g.id) }))
      .filter((g) => g.actions.length > 0);
  }
  const byCompany = new Map<string, DueAction[]>();
  for (const a of actions) {
    const company = a.company ?? '';
    byCompany.set(company, [...(byCompany.get(company) ?? []), a]);
  }
  return [...byCompany.keys()]
    .sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map((company) => ({ id: `company:${company}`, label: company || 'Your search', actions: byCompany.get(company)! }));
}

export function overdueCount(actions: readonly DueAction[]): number {
  return actions.filter((a) => a.state === 'overdue').length;
}

/** How actions are grouped and labelled for people (tree view, status bar, tables). */
import { markdownCode, markdownText } from './markdownText';
import { TZDate } from '@date-fns/tz';
import { format, type Locale } from 'date-fns';
import { DEFAULT_DATE_LOCALE } from './dateLocale';
import { addDays, civilFromDay, dayFromCivil, type NoteDate } from '../shared/days';
import { localDateOf } from '../shared/localDate';
import { capitalize } from '../shared/text';
import type { ActionKind, Day, DueAction } from '../shared/types';

export type GroupMode = 'due' | 'company';

export interface ActionGroup {
  /** Stable across refreshes, so the tree keeps its expansion state. */
  readonly id: string;
  readonly label: string;
  readonly actions: readonly DueAction[];
}

/**
 * Short enough (17 characters at most) that the due state after it ("15 d overdue") is read whole
 * at the default sidebar width (about 300 px); the tooltip has the whole sentence.
 */
const KIND_LABELS: Readonly<Record<ActionKind, string>> = {
  'ask-decision-date': 'Ask decision date',
  'record-interviewer': 'Names and titles',
  'thank-you': 'Thank-you note',
  'alert-references': 'Alert references',
  'follow-up-call': 'Follow-up call',
  'follow-up-again': 'Follow up again',
  'leverage-offer': 'Mention offer',
  network: 'Ask for referrals',
  withdraw: 'Withdraw',
  'keep-searching': 'Keep searching',
};

/**
 * With the person in it ("Thank Jane"); actions without one (or about several references) by their kind.
 * @param names the names of the note's interviewers: a first name they share is not enough ("Thank Jane Smith").
 */
export function actionLabel(action: DueAction, names: readonly string[] = []): string {
  if (!action.person || action.kind === 'alert-references') return KIND_LABELS[action.kind];
  return action.kind === 'thank-you' ? `Thank ${shortName(action.person, names)}` : `${KIND_LABELS[action.kind]}: ${action.person}`;
}

/** "Jane" for Jane Smith, "Dana" for Dr. Dana Lee; the whole name when another of `names` has the same first name. */
export function shortName(person: string, names: readonly string[] = []): string {
  const first = (name: string) => name.trim().split(/\s+/).find((w) => !w.endsWith('.')) ?? name.trim();
  const mine = first(person);
  const norm = (s: string) => s.normalize('NFC').toLowerCase();
  const shared = names.some((n) => norm(n.trim()) !== norm(person.trim()) && norm(first(n)) === norm(mine));
  return shared || mine === '' ? person : mine;
}

/** The locale's day-and-month pattern without the year: "MMM d" (en-US), "d MMM" (en-GB), "do MMM" (de), "MM/dd" (ja). */
function dayMonthPattern(locale: Locale): string {
  const medium = locale.formatLong?.date({ width: 'medium' }) ?? 'MMM d, y';
  // Tokens: quoted literals, runs of one pattern letter, separators.
  const tokens = medium.match(/'(?:[^']|'')*'|([A-Za-z])\1*|[^A-Za-z']+/g) ?? [];
  const isSeparator = (t: string | undefined) => t !== undefined && !/[A-Za-z']/.test(t);
  const isQuoted = (t: string | undefined) => t !== undefined && t.startsWith("'");
  let from = tokens.findIndex((t) => /^[yYu]+$/.test(t));
  if (from === -1) return medium;
  let to = from + 1;
  // A quoted suffix belongs to the year ("y 'г.'", "y'年'").
  if (isSeparator(tokens[to]) && /^\s+$/.test(tokens[to]) && isQuoted(tokens[to + 1])) to += 2;
  else if (isQuoted(tokens[to])) to += 1;
  if (from === 0 && isSeparator(tokens[to])) to += 1;
  else if (from > 0 && isSeparator(tokens[from - 1])) {
    from -= 1;
    // "d. M. yyyy": the dot is the month's, only the space goes.
    if (/^\.\s*$/.test(tokens[from])) tokens[from] = '.';
    else tokens[from] = '';
    // "d 'de' MMM 'de' y": the connector before the year goes too.
    if (isQuoted(tokens[from - 1]) && /^\s+$/.test(tokens[from - 2] ?? '')) {
      tokens[from - 1] = '';
      tokens[from - 2] = '';
    }
    from += 1;
  }
  tokens.splice(from, to - from);
  return tokens.join('').trim();
}

/** "Mon 30 Nov" (en-GB), "Mon Nov 30" (en-US), "Mo. 30.11." (de); with the year when it is not today's year. */
export function shortDate(day: Day, today: Day, locale: Locale = DEFAULT_DATE_LOCALE): string {
  const date = localDateOf(day);
  const sameYear = civilFromDay(today).year === civilFromDay(day).year;
  return format(date, sameYear ? `EEE ${dayMonthPattern(locale)}` : 'EEE PP', { locale });
}

/** "Monday, 30 November 2026" in the locale's long form. */
export function fullDate(day: Day, locale: Locale = DEFAULT_DATE_LOCALE): string {
  return format(localDateOf(day), 'PPPP', { locale });
}

/*
 * The language rule, everywhere: the extension's sentences and words are English ("overdue",
 * "today", "in 3 days", the action names), and only dates are written the locale's way
 * ("Mo. 30. Nov.", "Montag, 30. November 2026"). A sentence is never half translated.
 */

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/** "today", "tomorrow", "yesterday", "in 3 days", "3 days ago": English, as every sentence of the extension. */
export function relativeDay(day: Day, today: Day): string {
  const diff = day - today;
  if (diff === 0) return 'today';
  if (diff === 1) return 'tomorrow';
  if (diff === -1) return 'yesterday';
  return diff > 0 ? `in ${days(diff)}` : `${days(-diff)} ago`;
}

/** "2 days overdue". */
function overdueSentence(due: Day, today: Day): string {
  return `${days(today - due)} overdue`;
}

/** How far ahead a due day is still said as "in N days" rather than as a date. */
const RELATIVE_DAYS_AHEAD = 6;

/**
 * Labels already made, per locale and day: a tree of thousands of actions has a few hundred
 * distinct due days, and each label costs date-fns and Intl work.
 */
const labelsByLocale = new WeakMap<Locale, { today: Day; labels: Map<Day, string> }>();

/**
 * The due state as a tree item leads with it, short enough for a narrow sidebar: "3 d overdue",
 * "today", "tomorrow", "in 5 days", "Wed 2 Dec" (the date in the locale), "no date".
 */
export function dueLabel(action: DueAction, today: Day, locale: Locale = DEFAULT_DATE_LOCALE): string {
  const due = action.due;
  if (due === null) return 'no date';
  let made = labelsByLocale.get(locale);
  if (!made || made.today !== today) labelsByLocale.set(locale, (made = { today, labels: new Map() }));
  let label = made.labels.get(due);
  if (label === undefined) {
    const diff = due - today;
    label = diff < 0 ? `${-diff} d overdue` : diff <= RELATIVE_DAYS_AHEAD ? relativeDay(due, today) : shortDate(due, today, locale);
    made.labels.set(due, label);
  }
  return label;
}

/** "3 d overdue · Acme Corp": the due state first, so a narrow sidebar cuts the company, never how overdue. */
export function actionDescription(action: DueAction, today: Day, locale: Locale = DEFAULT_DATE_LOCALE, extra: readonly string[] = []): string {
  return [dueLabel(action, today, locale), ...extra, action.company].filter(Boolean).join(' · ');
}

/** When the interview is, for the tooltip: the note's date, its `timezone`, and the person's own zone. */
export interface InterviewTime {
  readonly date: NoteDate;
  /** The note's IANA `timezone`, when it has one. */
  readonly timezone?: string;
  /** The person's own IANA zone (the machine's). */
  readonly userTimeZone: string;
}

/** "America/New_York" -> "New York". */
export function zonePlace(zone: string): string {
  if (/^(Etc\/)?(UTC|GMT|UCT|Zulu|Universal)$/i.test(zone)) return 'UTC';
  const last = zone.split('/').pop() ?? zone;
  return zone.startsWith('Etc/') ? zone.slice(4) : last.replace(/_/g, ' ');
}

function offsetLabel(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '\u2212' : '+';
  const abs = Math.abs(offsetMinutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * "Thu 19 Nov, 14:00 in New York (20:00 your time)": the interview's time where it happens and
 * where the person is. A day without a time is just the day; a time without a zone is the
 * wall-clock time as written. Pure: the zones are parameters, the machine's own zone is not read.
 */
export function interviewTimeLabel(time: InterviewTime, today: Day, locale: Locale = DEFAULT_DATE_LOCALE): string {
  const { date } = time;
  const day = shortDate(date.day, today, locale);
  if (date.minutes === undefined) return day;
  const c = civilFromDay(date.day);
  const wall = `${day}, ${format(localDateOf(date.day, date.minutes), 'p', { locale })}`;
  let instant: number;
  let place: string;
  if (date.offsetMinutes !== undefined) {
    instant = Date.UTC(c.year, c.month - 1, c.day, 0, date.minutes - date.offsetMinutes);
    place = time.timezone ? zonePlace(time.timezone) : offsetLabel(date.offsetMinutes);
  } else if (time.timezone) {
    instant = new TZDate(c.year, c.month - 1, c.day, Math.floor(date.minutes / 60), date.minutes % 60, time.timezone).getTime();
    place = zonePlace(time.timezone);
  } else {
    return wall;
  }
  const mine = new TZDate(instant, time.userTimeZone);
  const theirs = new TZDate(instant, time.timezone ?? 'UTC');
  const sameClock = date.offsetMinutes === undefined
    ? mine.getTimezoneOffset() === theirs.getTimezoneOffset()
    : -mine.getTimezoneOffset() === date.offsetMinutes;
  const where = date.offsetMinutes !== undefined && !time.timezone ? place : `in ${place}`;
  if (sameClock) return `${wall} ${where} (your time too)`;
  const myDay = dayFromCivil(mine.getFullYear(), mine.getMonth() + 1, mine.getDate());
  const myTime = format(mine, 'p', { locale });
  return `${wall} ${where} (${myDay === date.day ? myTime : `${shortDate(myDay, today, locale)}, ${myTime}`} your time)`;
}

/**
 * What a typed date was read as, for the prompt while typing: "2026-11-27 14:00 · Friday, 27
 * November 2026 (in 2 days)". The canonical text first: it is what the note will say.
 */
export function typedDateEcho(value: { readonly day: Day; readonly text: string }, today: Day, locale: Locale = DEFAULT_DATE_LOCALE): string {
  return `${value.text} · ${fullDate(value.day, locale)} (${relativeDay(value.day, today)})`;
}

/** Optional context for a tooltip: when the interview behind the action is. */
export interface TooltipContext {
  readonly interview?: InterviewTime;
}

/** "Due in 5 days: Monday, 30 November 2026." — the day once, relative and in full. */
function dueSentence(due: Day, today: Day, locale: Locale): string {
  const when = fullDate(due, locale);
  if (due < today) return `${capitalize(overdueSentence(due, today))}: was due ${when}.`;
  return `Due ${relativeDay(due, today)}: ${when}.`;
}

/** A tooltip in Markdown: what, when, why. */
export function actionTooltip(action: DueAction, today: Day, locale: Locale = DEFAULT_DATE_LOCALE, context: TooltipContext = {}): string {
  // Note values (names, companies, file names) are text: escaped, never Markdown, links, images or icons.
  const lines = [`**${markdownText(action.title)}**`, ''];
  if (action.due !== null) lines.push(dueSentence(action.due, today, locale));
  if (action.opens !== null && action.opens > today) lines.push('', `Makes sense from ${shortDate(action.opens, today, locale)} on.`);
  if (context.interview) lines.push('', `Interview: ${interviewTimeLabel(context.interview, today, locale)}`);
  lines.push('', `*${markdownText(action.advice)}*`);
  if (action.file) lines.push('', markdownCode(action.file));
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
    const list = byCompany.get(company);
    if (list) list.push(a);
    else byCompany.set(company, [a]);
  }
  return [...byCompany.keys()]
    .sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map((company) => ({ id: `company:${company}`, label: company || 'Your search', actions: byCompany.get(company)! }));
}

export function overdueCount(actions: readonly DueAction[]): number {
  return actions.filter((a) => a.state === 'overdue').length;
}

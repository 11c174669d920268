/** The `interviewFollowUp.*` settings, their defaults, and validation of what a user wrote. */
import type { WorkCalendar } from './businessDays';
import { parseDay } from './days';
import type { Day } from './types';

export const SETTINGS_SECTION = 'interviewFollowUp';

export interface Settings {
  /** Folder (relative to the workspace folder) where notes are looked for; '' is the whole folder. */
  readonly notesFolder: string;
  /** Folder (relative to the workspace folder) for new interview notes; '' is where most interview notes already are. */
  readonly newNotesFolder: string;
  /** 0 = Sunday ... 6 = Saturday. */
  readonly weekendDays: readonly number[];
  /** `YYYY-MM-DD` days off. */
  readonly holidays: readonly string[];
  readonly thankYouBusinessDays: number;
  /** [opens after, due after] days. */
  readonly followUpCallDays: readonly [number, number];
  readonly followUpIntervalDays: number;
  readonly minFollowUpGapBusinessDays: number;
  /** Extra known words for the spelling check. */
  readonly words: readonly string[];
  /** Workspace-relative path of the plain-text word list (one word a line). */
  readonly wordListFile: string;
  /** Workspace-relative path of a template for new interview notes; the built-in one when it does not exist. */
  readonly interviewTemplateFile: string;
  /** Which English the letters are written in: spelling accepts both by default; dates in letters follow it. */
  readonly englishVariant: EnglishVariant;
  /** The candidate's own details, for signatures and address blocks; the name is a known word. */
  readonly senderName: string;
  readonly senderAddress: string;
  readonly senderPhone: string;
  readonly senderEmail: string;
  /** Where drafted letters go, relative to the workspace folder; '' infers it from where the letters already are. */
  readonly lettersFolder: string;
  /** The daily notification of what fell due. */
  readonly reminders: ReminderSetting;
  /** `HH:mm`: when calendar events remind on their day. */
  readonly calendarAlarmTime: string;
}

export const REMINDER_SETTINGS = ['on', 'overdue', 'off'] as const;
export type ReminderSetting = (typeof REMINDER_SETTINGS)[number];

export const ENGLISH_VARIANTS = ['both', 'us', 'gb'] as const;
export type EnglishVariant = (typeof ENGLISH_VARIANTS)[number];

export const DEFAULT_SETTINGS: Settings = {
  notesFolder: '',
  newNotesFolder: '',
  weekendDays: [6, 0],
  holidays: [],
  thankYouBusinessDays: 2,
  followUpCallDays: [7, 10],
  followUpIntervalDays: 7,
  minFollowUpGapBusinessDays: 3,
  words: [],
  wordListFile: '.vscode/interview-words.txt',
  interviewTemplateFile: '.vscode/interview-note-template.md',
  englishVariant: 'both',
  senderName: '',
  senderAddress: '',
  senderPhone: '',
  senderEmail: '',
  lettersFolder: '',
  reminders: 'on',
  calendarAlarmTime: '09:00',
};

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export interface SettingsResult {
  readonly settings: Settings;
  /** One sentence per value that was ignored, naming the setting. */
  readonly problems: readonly string[];
}

/**
 * Reads settings from a flat object of `interviewFollowUp.key` entries (as in settings.json) or
 * from a nested `{ interviewFollowUp: { key } }` object. Invalid values fall back to the default
 * and are reported; unknown keys are ignored.
 */
export function resolveSettings(raw: unknown): SettingsResult {
  const problems: string[] = [];
  const source = new Map<string, unknown>();
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [key, value] of Object.entries(raw)) {
      if (key === SETTINGS_SECTION && value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [inner, v] of Object.entries(value)) source.set(inner, v);
      } else if (key.startsWith(SETTINGS_SECTION + '.')) {
        source.set(key.slice(SETTINGS_SECTION.length + 1), value);
      }
    }
  }

  function read<T>(key: keyof Settings, check: (value: unknown) => T | undefined, expected: string): T {
    const fallback = DEFAULT_SETTINGS[key] as unknown as T;
    if (!source.has(key)) return fallback;
    const checked = check(source.get(key));
    if (checked === undefined) {
      problems.push(`${SETTINGS_SECTION}.${key} must be ${expected}; using the default ${JSON.stringify(fallback)}`);
      return fallback;
    }
    return checked;
  }

  const count = (min: number, max: number) => (v: unknown) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : undefined;
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const stringList = (v: unknown) =>
    Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : undefined;

  const settings: Settings = {
    notesFolder: read('notesFolder', (v) => (typeof v === 'string' ? v : undefined), 'a folder path'),
    newNotesFolder: read('newNotesFolder', text, 'a folder path'),
    weekendDays: read('weekendDays', parseWeekend, 'a list of weekday names (e.g. ["saturday", "sunday"]) that leaves at least one working day'),
    holidays: read('holidays', (v) => {
      const list = stringList(v);
      if (!list) return undefined;
      // One day written wrong does not cost the others: it is left out and reported.
      const wrong = list.filter((s) => parseDay(s) === undefined);
      if (wrong.length > 0) problems.push(`${SETTINGS_SECTION}.holidays: ${wrong.map((w) => JSON.stringify(w)).join(', ')} ${wrong.length === 1 ? 'is' : 'are'} not a YYYY-MM-DD day and ${wrong.length === 1 ? 'is' : 'are'} left out`);
      return list.filter((s) => parseDay(s) !== undefined);
    }, 'a list of YYYY-MM-DD days'),
    thankYouBusinessDays: read('thankYouBusinessDays', count(0, 30), 'a whole number of business days from 0 to 30'),
    followUpCallDays: read('followUpCallDays', (v) =>
      Array.isArray(v) && v.length === 2 && v.every((n) => count(0, 365)(n) !== undefined) && v[0] <= v[1]
        ? ([v[0], v[1]] as [number, number])
        : undefined, 'two whole numbers of days [opens, due] with opens <= due'),
    followUpIntervalDays: read('followUpIntervalDays', count(1, 365), 'a whole number of days from 1 to 365'),
    minFollowUpGapBusinessDays: read('minFollowUpGapBusinessDays', count(0, 60), 'a whole number of business days from 0 to 60'),
    words: read('words', stringList, 'a list of words'),
    wordListFile: read('wordListFile', (v) => (typeof v === 'string' && v.trim() !== '' ? v : undefined), 'a workspace-relative file path'),
    interviewTemplateFile: read('interviewTemplateFile', (v) => (typeof v === 'string' && v.trim() !== '' ? v : undefined), 'a workspace-relative file path'),
    englishVariant: read('englishVariant', (v) => ENGLISH_VARIANTS.find((e) => e === v), `one of ${ENGLISH_VARIANTS.join(', ')}`),
    senderName: read('senderName', text, 'text'),
    senderAddress: read('senderAddress', text, 'text'),
    senderPhone: read('senderPhone', text, 'text'),
    senderEmail: read('senderEmail', text, 'text'),
    lettersFolder: read('lettersFolder', (v) => (typeof v === 'string' ? v : undefined), 'a folder path'),
    reminders: read('reminders', (v) => REMINDER_SETTINGS.find((r) => r === v), `one of ${REMINDER_SETTINGS.join(', ')}`),
    calendarAlarmTime: read('calendarAlarmTime', (v) => (typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v.trim()) ? v.trim() : undefined), 'a time of day as HH:mm (24-hour)'),
  };
  return { settings, problems };
}

function parseWeekend(value: unknown): number[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const days = new Set<number>();
  for (const item of value) {
    if (typeof item === 'number' && Number.isInteger(item) && item >= 0 && item <= 6) days.add(item);
    else if (typeof item === 'string' && WEEKDAY_NAMES.includes(item.trim().toLowerCase())) {
      days.add(WEEKDAY_NAMES.indexOf(item.trim().toLowerCase()));
    } else return undefined;
  }
  return days.size < 7 ? [...days] : undefined;
}

export function workCalendar(settings: Settings): WorkCalendar {
  return {
    weekend: new Set(settings.weekendDays),
    holidays: new Set(settings.holidays.map((h) => parseDay(h)).filter((d): d is Day => d !== undefined)),
  };
}

/** The typed model of interview notes and thank-you letters, read from front-matter with source ranges. */
import { formatDay, parseNoteDate, type NoteDate } from '../shared/days';
import { findFrontMatter, FRONT_MATTER_LIMIT } from './frontMatter';
import {
  ACTION_KINDS,
  CONTACT_MEDIA,
  LETTER_MEDIA,
  STATUSES,
  type ActionKind,
  type ContactMedium,
  type Day,
  type LetterMedium,
  type Problem,
  type Range,
  type Status,
} from '../shared/types';
import { Span } from '../shared/span';
import { readFrontMatterTree } from './frontMatterReader';
import { personKey } from '../shared/person';
import type { YEntry, YMap, YNode } from './yamlTree';
import { asSentence } from '../shared/text';

export interface Field<T> {
  readonly value: T;
  /** The value's range. */
  readonly range: Range;
  readonly keyRange: Range;
}

/**
 * A field as one object: the index holds one for every field of every note, and three objects
 * a field (the field and two ranges) kept the garbage collector busy; ranges are made on access.
 */
export class FieldAt<T> implements Field<T> {
  constructor(
    readonly value: T,
    private readonly l0: number, private readonly c0: number, private readonly l1: number, private readonly c1: number,
    private readonly kl0: number, private readonly kc0: number, private readonly kl1: number, private readonly kc1: number,
  ) {}

  get range(): Range {
    return new Span(this.l0, this.c0, this.l1, this.c1);
  }

  get keyRange(): Range {
    return new Span(this.kl0, this.kc0, this.kl1, this.kc1);
  }

  with<U>(value: U): FieldAt<U> {
    return new FieldAt(value, this.l0, this.c0, this.l1, this.c1, this.kl0, this.kc0, this.kl1, this.kc1);
  }
}

function field<T>(value: T, range: Range, keyRange: Range): FieldAt<T> {
  // The parser's ranges are Spans: their numbers are read directly (no Position objects made).
  if (range instanceof Span && keyRange instanceof Span) {
    return new FieldAt(value, range.startLine, range.startCharacter, range.endLine, range.endCharacter, keyRange.startLine, keyRange.startCharacter, keyRange.endLine, keyRange.endCharacter);
  }
  const [a, b, k, l] = [range.start, range.end, keyRange.start, keyRange.end];
  return new FieldAt(value, a.line, a.character, b.line, b.character, k.line, k.character, l.line, l.character);
}

export interface Interviewer {
  readonly name?: Field<string>;
  readonly title?: Field<string>;
  /** Where Send Letter addresses an e-mailed letter (checked to be one address). */
  readonly email?: Field<string>;
  /** How a greeting addresses them ("Ms. Smith"), when not by name. */
  readonly salutation?: Field<string>;
  readonly thankYouSent?: Field<Day>;
  /** The whole list item. */
  readonly range: Range;
}

export interface FollowUp {
  readonly date?: Field<Day>;
  readonly via?: Field<string>;
  readonly note?: Field<string>;
  readonly next?: Field<Day>;
  readonly range: Range;
}

export interface InterviewNote {
  readonly type: 'interview';
  readonly company?: Field<string>;
  readonly role?: Field<string>;
  readonly stage?: Field<string>;
  readonly date?: Field<NoteDate>;
  readonly timezone?: Field<string>;
  readonly decisionExpected?: Field<Day>;
  readonly contactVia?: Field<ContactMedium>;
  /** Absent means the default, waiting. */
  readonly status?: Field<Status>;
  readonly statusDate?: Field<Day>;
  readonly references: readonly Field<string>[];
  readonly referencesAlerted?: Field<Day>;
  readonly interviewers: readonly Interviewer[];
  /** The `interviewers` key itself, when present. */
  readonly interviewersKey?: Range;
  readonly followUps: readonly FollowUp[];
  readonly done: ReadonlyMap<ActionKind, Field<Day>>;
  readonly snooze: ReadonlyMap<ActionKind, Field<Day>>;
}

export interface LetterNote {
  readonly type: 'thank-you';
  readonly interview?: Field<string>;
  readonly to?: Field<string>;
  readonly via?: Field<LetterMedium>;
  readonly sent?: Field<Day>;
}

export type NoteModel = InterviewNote | LetterNote;

export interface ParsedNote {
  /**
   * null when the file is not a note (no front-matter, another `type`) or its front-matter cannot
   * be read. A note read from the index cache builds its model when this is first read.
   */
  readonly model: NoteModel | null;
  readonly problems: readonly Problem[];
  /** What the index needs to file a note, known without building the model (set for cached notes). */
  readonly summary?: NoteSummary;
  /** Where the front-matter ends, when it was found and read. */
  readonly frontMatter?: { readonly closingLine: number; readonly bodyOffset: number; readonly root: YMap };
}

/**
 * What the index and the checks need to know of a note across notes — to file it, to resolve a
 * letter's link, to know every name and company as a word — without building its model.
 */
export interface NoteSummary {
  readonly type: NoteModel['type'] | null;
  /** An interview whose status is `offer`. */
  readonly offer: boolean;
  /** An interview whose status is `accepted`. */
  readonly accepted: boolean;
  /** An interview's company. */
  readonly company?: string;
  /** The things a note names: company, role, stage, interviewers' titles. */
  readonly terms: readonly string[];
  /** The people it names: interviewers and references, a letter's recipient. */
  readonly people: readonly string[];
  /** A letter's `interview` value. */
  readonly link?: string;
}

const NO_NAMES: readonly string[] = [];

export function summaryOf(parsed: ParsedNote): NoteSummary {
  return parsed.summary ?? summarize(parsed.model);
}

export function summarize(model: NoteModel | null): NoteSummary {
  if (!model) return { type: null, offer: false, accepted: false, terms: NO_NAMES, people: NO_NAMES };
  if (model.type === 'thank-you') return { type: 'thank-you', offer: false, accepted: false, terms: NO_NAMES, people: model.to ? [model.to.value] : NO_NAMES, link: model.interview?.value };
  const terms: string[] = [];
  const people: string[] = [];
  for (const f of [model.company, model.role, model.stage]) if (f) terms.push(f.value);
  for (const p of model.interviewers) {
    if (p.name) people.push(p.name.value);
    if (p.title) terms.push(p.title.value);
  }
  for (const r of model.references) people.push(r.value);
  return { type: 'interview', offer: model.status?.value === 'offer', accepted: model.status?.value === 'accepted', company: model.company?.value, terms, people };
}

const NO_KIND_DAYS: ReadonlyMap<ActionKind, Field<Day>> = new Map();

/**
 * Every note's front-matter names its type, so a front-matter without either word is not a note:
 * it is skipped unread (a vault holds thousands of other notes), and never reported.
 */
export const NOTE_TYPE_WORDS = /interview|thank-you/;

const NOT_A_NOTE: ParsedNote = { model: null, problems: [] };

/** How much of a text is searched for the type words when its front-matter cannot be delimited. */
const HEAD_CHARS = FRONT_MATTER_LIMIT + 1024;

const WHOLE_FIRST_LINE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } };

/**
 * Reads a note's front-matter.
 * @param text the document text without a BOM.
 * @param truncated `text` is only the head of the file (the body was not read).
 */
export function parseNote(text: string, truncated = false): ParsedNote {
  const block = findFrontMatter(text, truncated);
  if (block.kind === 'none') return NOT_A_NOTE;
  if (!NOTE_TYPE_WORDS.test(block.kind === 'yaml' ? block.yaml : text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text)) return NOT_A_NOTE;
  const invalid = (message: string, range: Range = WHOLE_FIRST_LINE): ParsedNote => ({
    model: null,
    problems: [{ code: 'front-matter-invalid', severity: 'error', message, range }],
  });
  switch (block.kind) {
    case 'unsafe':
      return {
        model: null,
        problems: [{
          code: 'front-matter-unsafe',
          severity: 'error',
          message: `Front-matter in "${block.language}" is not read: only YAML front-matter (a first line of exactly ---) is supported, and code in notes is never run.`,
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 + block.language.length } },
        }],
      };
    case 'unclosed':
      return invalid('The front-matter opened on line 1 never closes: add a line with only --- after it.');
    case 'too-large':
      return invalid(`The front-matter is larger than ${FRONT_MATTER_LIMIT / 1024} KB and is not read; notes keep it short.`);
    case 'yaml':
      break;
  }
  const tree = readFrontMatterTree(block.yaml);
  if (!tree.ok) return invalid(asSentence(tree.error.message), tree.error.range);
  if (tree.root.kind !== 'map') {
    return invalid(`The front-matter must be a mapping of keys to values (like "type: interview"), not ${tree.root.kind === 'seq' ? 'a list' : 'a single value'}.`, tree.root.range);
  }
  const frontMatter = { closingLine: block.closingLine, bodyOffset: block.bodyOffset, root: tree.root };
  const reader = new FieldReader(tree.root);
  const typeEntry = reader.get('type');
  const type = typeEntry?.value.kind === 'scalar' ? typeEntry.value.value : null;
  if (type === 'interview') return { model: readInterview(reader), problems: inDocumentOrder(reader.problems), frontMatter };
  if (type === 'thank-you') return { model: readLetter(reader), problems: inDocumentOrder(reader.problems), frontMatter };
  return NOT_A_NOTE;
}

function inDocumentOrder(problems: Problem[]): Problem[] {
  const key = (p: Problem) => (p.range ? p.range.start.line * 1e6 + p.range.start.character : -1);
  return problems.sort((a, b) => key(a) - key(b));
}


function describe(node: YNode): string {
  return node.kind === 'map' ? 'a mapping' : node.kind === 'seq' ? 'a list' : 'a single value';
}

/** Reads typed fields from a map node, collecting a problem for each value of the wrong type or form. */
class FieldReader {
  readonly problems: Problem[] = [];
  constructor(readonly map: YMap) {}

  get(key: string): YEntry | undefined {
    return this.map.entries.find((e) => e.key === key);
  }

  invalid(range: Range, message: string, suggestion?: string): undefined {
    this.problems.push({ code: 'field-invalid', severity: 'error', message, range, suggestion });
    return undefined;
  }

  text(key: string, label = key, from: YMap = this.map): FieldAt<string> | undefined {
    const e = from.entries.find((x) => x.key === key);
    if (!e) return undefined;
    if (e.value.kind !== 'scalar') return this.invalid(e.value.range, `${label} should be text, not ${describe(e.value)}.`);
    if (e.value.value === null || e.value.value.trim() === '') return undefined;
    return field(e.value.value.trim(), e.value.range, e.keyRange);
  }

  /** One e-mail address (`name@example.org`): a display name, a list or a typo'd value is a problem, not a guess. */
  email(key: string, label = key, from: YMap = this.map): FieldAt<string> | undefined {
    const f = this.text(key, label, from);
    if (!f || isEmailAddress(f.value)) return f;
    return this.invalid(f.range, `${label} "${f.value}" is not one e-mail address (like jane.smith@example.org).`);
  }

  noteDate(key: string, label = key, from: YMap = this.map): FieldAt<NoteDate> | undefined {
    const f = this.text(key, label, from);
    if (!f) return undefined;
    const parsed = parseNoteDate(f.value);
    if (!parsed.ok) return this.invalid(f.range, `${label}: ${parsed.reason}.`);
    return f.with(parsed.value);
  }

  day(key: string, label = key, from: YMap = this.map): Field<Day> | undefined {
    const f = this.noteDate(key, label, from);
    return f?.with(f.value.day);
  }

  choice<T extends string>(key: string, allowed: readonly T[], label = key): Field<T> | undefined {
    const f = this.text(key, label);
    if (!f) return undefined;
    if ((allowed as readonly string[]).includes(f.value)) return f as unknown as Field<T>;
    const lower = f.value.toLowerCase();
    const match = allowed.find((a) => a === lower);
    this.invalid(f.range, `${label} "${f.value}" is not one of ${allowed.join(', ')}${match ? ` (write "${match}")` : ''}.`, match);
    return match ? f.with(match) : undefined;
  }

  /** A list of text items; a single text value counts as a one-item list. */
  textList(key: string): Field<string>[] {
    const e = this.get(key);
    if (!e) return [];
    const items = e.value.kind === 'seq' ? e.value.items : [e.value];
    const out: Field<string>[] = [];
    for (const item of items) {
      if (item.kind !== 'scalar') this.invalid(item.range, `${key} should list names as text, not ${describe(item)}.`);
      else if (item.value !== null && item.value.trim() !== '') out.push(field(item.value.trim(), item.range, e.keyRange));
    }
    return out;
  }

  /** A mapping from action kinds to days (`done`, `snooze`). */
  kindDays(key: string): ReadonlyMap<ActionKind, Field<Day>> {
    const e = this.get(key);
    // Most notes have neither `done` nor `snooze`: they share one empty map (the index holds thousands of notes).
    if (!e || (e.value.kind === 'scalar' && e.value.value === null)) return NO_KIND_DAYS;
    const out = new Map<ActionKind, Field<Day>>();
    if (e.value.kind !== 'map') {
      this.invalid(e.value.range, `${key} should map action kinds to dates (like "network: 2026-12-03"), not ${describe(e.value)}.`);
      return NO_KIND_DAYS;
    }
    for (const item of e.value.entries) {
      if (!(ACTION_KINDS as readonly string[]).includes(item.key)) {
        this.invalid(item.keyRange, `${key}: "${item.key}" is not an action kind (${ACTION_KINDS.join(', ')}).`);
        continue;
      }
      const d = this.day(item.key, `${key}.${item.key}`, e.value);
      if (d) out.set(item.key as ActionKind, d);
    }
    return out;
  }

  /** The maps of a list of mappings (`interviewers`, `follow_ups`). */
  listOfMaps(key: string, allowText: boolean): { key?: Range; items: { map?: YMap; text?: Field<string>; range: Range }[] } {
    const e = this.get(key);
    if (!e) return { items: [] };
    if (e.value.kind === 'scalar' && e.value.value === null) return { key: e.keyRange, items: [] };
    if (e.value.kind !== 'seq') {
      this.invalid(e.value.range, `${key} should be a list (each entry starting with "- "), not ${describe(e.value)}.`);
      return { key: e.keyRange, items: [] };
    }
    const items: { map?: YMap; text?: Field<string>; range: Range }[] = [];
    for (const item of e.value.items) {
      if (item.kind === 'map') items.push({ map: item, range: item.range });
      else if (allowText && item.kind === 'scalar' && item.value !== null) {
        items.push({ text: field(item.value.trim(), item.range, e.keyRange), range: item.range });
      } else this.invalid(item.range, `each entry of ${key} should be a mapping of fields, not ${describe(item)}.`);
    }
    return { key: e.keyRange, items };
  }
}

function readInterview(r: FieldReader): InterviewNote {
  const company = r.text('company');
  const date = r.noteDate('date');
  for (const key of ['company', 'date'] as const) {
    const present = r.get(key);
    if (present && !(present.value.kind === 'scalar' && (present.value.value ?? '').trim() === '')) continue;
    r.problems.push({
      code: 'field-missing',
      severity: 'warning',
      message: key === 'company'
        ? 'The interview note has no company: add "company: <name>" so its follow-ups can say who they are for.'
        : 'The interview note has no date: add "date: YYYY-MM-DD" (optionally with HH:mm) so its follow-ups can be scheduled.',
      range: present ? present.keyRange : WHOLE_FIRST_LINE,
      field: key,
    });
  }
  const timezone = r.text('timezone');
  if (timezone && !isTimeZone(timezone.value)) {
    r.invalid(timezone.range, `timezone "${timezone.value}" is not an IANA time zone (like America/New_York).`);
  }

  const interviewerList = r.listOfMaps('interviewers', true);
  const interviewers: Interviewer[] = interviewerList.items.map((item) => {
    if (item.text) return { name: item.text, range: item.range };
    const m = item.map!;
    return {
      name: r.text('name', 'interviewer name', m),
      title: r.text('title', 'interviewer title', m),
      email: r.email('email', 'interviewer email', m),
      salutation: r.text('salutation', 'interviewer salutation', m),
      thankYouSent: r.day('thank_you_sent', 'thank_you_sent', m),
      range: item.range,
    };
  });
  // The same person twice: letters, thank-yous and Mark Done need one entry per person.
  const seen = new Map<string, Interviewer>();
  for (const person of interviewers) {
    if (!person.name) continue;
    const key = personKey(person.name.value);
    const twin = seen.get(key);
    if (twin) {
      r.problems.push({
        code: 'field-invalid',
        severity: 'warning',
        message: `${person.name!.value} is listed twice under interviewers (lines ${twin.range.start.line + 1} and ${person.range.start.line + 1}): keep one entry per person.`,
        range: person.name!.range,
      });
    } else seen.set(key, person);
  }
  interviewers.forEach((person, i) => {
    if (person.name && person.title) return;
    const missing = [!person.name && 'name', !person.title && 'title'].filter(Boolean).join(' and ');
    r.problems.push({
      code: 'interviewer-incomplete',
      severity: 'warning',
      message: `Interviewer ${person.name ? person.name.value : `#${i + 1}`} has no ${missing}: get the correct name and title of everyone who interviewed you.`,
      range: person.range,
    });
  });

  const followUps: FollowUp[] = r.listOfMaps('follow_ups', false).items.map((item) => {
    const m = item.map!;
    const date = r.day('date', 'follow-up date', m);
    if (!date && !m.entries.some((e) => e.key === 'date')) r.invalid(item.range, 'A logged follow-up needs a date.');
    return {
      date,
      via: r.text('via', 'follow-up via', m),
      note: r.text('note', 'follow-up note', m),
      next: r.day('next', 'follow-up next', m),
      range: item.range,
    };
  });

  const decisionExpected = r.day('decision_expected');
  if (decisionExpected && date && decisionExpected.value < date.value.day) {
    r.problems.push({
      code: 'field-invalid',
      severity: 'warning',
      message: `decision_expected (${formatDay(decisionExpected.value)}) is before the interview (${formatDay(date.value.day)}): is one of the dates a slip?`,
      range: decisionExpected.range,
    });
  }
  return {
    type: 'interview',
    company,
    role: r.text('role'),
    stage: r.text('stage'),
    date,
    timezone: timezone && isTimeZone(timezone.value) ? timezone : undefined,
    decisionExpected,
    contactVia: r.choice('contact_via', CONTACT_MEDIA),
    status: r.choice('status', STATUSES),
    statusDate: r.day('status_date'),
    references: r.textList('references'),
    referencesAlerted: r.day('references_alerted'),
    interviewers,
    interviewersKey: interviewerList.key,
    followUps,
    done: r.kindDays('done'),
    snooze: r.kindDays('snooze'),
  };
}

function readLetter(r: FieldReader): LetterNote {
  return {
    type: 'thank-you',
    interview: r.text('interview'),
    to: r.text('to'),
    via: r.choice('via', LETTER_MEDIA),
    sent: r.day('sent'),
  };
}

/**
 * One address as people write it in a note: a local part and a domain with a dot, no spaces,
 * angle brackets, commas or quotes (so it goes into a mail header and a `mailto:` link as it is).
 */
export function isEmailAddress(value: string): boolean {
  return /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\.]{2,}$/u.test(value) && !/\.\.|^\.|\.@|@\./.test(value);
}

const zoneCache = new Map<string, boolean>();
/** The runtime's canonical zones: a set made in about a millisecond, where the first DateTimeFormat costs tens. */
let canonicalZones: ReadonlySet<string> | undefined;
function isTimeZone(zone: string): boolean {
  let known = zoneCache.get(zone);
  if (known === undefined) {
    canonicalZones ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
    // Anything else (an alias such as US/Eastern, a typo) is for the runtime's formatter to accept or refuse.
    known = canonicalZones.has(zone);
    if (!known) {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        known = true;
      } catch {
        known = false;
      }
    }
    zoneCache.set(zone, known);
  }
  return known;
}

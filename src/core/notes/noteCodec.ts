/**
 * A parsed note as a cache record: one flags byte (type, offer, accepted, problems), a summary (problems,
 * terms, people, link, company) and the model, each compact UTF-8 JSON (fields as flat arrays of
 * a value and eight numbers, no objects per range). A note read from the cache decodes nothing up
 * front: the index files it by its flags, its summary is decoded when something asks for a name or
 * a link, and its model (without reading any YAML) when something asks for the model.
 */
import { FieldAt, summarize, type Field, type FollowUp, type InterviewNote, type Interviewer, type LetterNote, type NoteModel, type NoteSummary, type ParsedNote } from './note';
import { Span } from '../shared/span';
import type { NoteDate } from '../shared/days';
import type { ActionKind, Day, Problem, Range } from '../shared/types';

type R = [number, number, number, number];
type F = [unknown, number, number, number, number, number, number, number, number] | 0;
type EncodedProblem = [Problem['code'], Problem['severity'], string, R | 0, string | 0, string | 0];
/** The summary part of a record: problems, terms, people, link, company. */
export type EncodedSummary = [problems: EncodedProblem[], terms: string[], people: string[], link: string | 0, company: string | 0];
type EncodedModel = { t: 'i'; f: F[]; r: F[]; iv: [F, F, F, F, R, F][]; ik: R | 0; fu: [F, F, F, F, R][]; d: [string, F][]; s: [string, F][] } | { t: 'l'; f: F[] };

const range = (r: Range): R => [r.start.line, r.start.character, r.end.line, r.end.character];
const span = (r: R): Span => new Span(r[0], r[1], r[2], r[3]);

function enc<T>(f: Field<T> | undefined, value: (v: T) => unknown = (v) => v): F {
  if (!f) return 0;
  const a = f.range;
  const k = f.keyRange;
  return [value(f.value), a.start.line, a.start.character, a.end.line, a.end.character, k.start.line, k.start.character, k.end.line, k.end.character];
}

function dec<T>(f: F, value: (v: unknown) => T = (v) => v as T): FieldAt<T> | undefined {
  return f === 0 ? undefined : new FieldAt(value(f[0]), f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]);
}

const encDate = (d: NoteDate) => (d.offsetMinutes !== undefined ? [d.day, d.minutes ?? 0, d.offsetMinutes] : d.minutes !== undefined ? [d.day, d.minutes] : d.day);
const decDate = (v: unknown): NoteDate => (Array.isArray(v) ? (v.length === 3 ? { day: v[0] as Day, minutes: v[1], offsetMinutes: v[2] } : { day: v[0] as Day, minutes: v[1] }) : { day: v as Day });

const EMPTY_KIND_DAYS: ReadonlyMap<ActionKind, Field<Day>> = new Map();

/** Flags of a record: the note's type (2 bits), an offer, whether it has problems, an accepted offer. */
export const RECORD_INTERVIEW = 1;
export const RECORD_LETTER = 2;
const TYPE_BITS = 3;
const OFFER = 4;
const HAS_PROBLEMS = 8;
const ACCEPTED = 16;

/** One note as the cache stores it. */
export interface NoteRecord {
  readonly flags: number;
  /** The summary as JSON text ('' for a file that is no note and has no problem). */
  readonly summary: string;
  /** UTF-8 JSON of the model (empty when there is none). */
  readonly model: Uint8Array;
}

const utf8 = new TextEncoder();
const EMPTY = new Uint8Array(0);

export function encodeRecord(parsed: ParsedNote): NoteRecord {
  const model = parsed.model;
  if (!model && parsed.problems.length === 0) return { flags: 0, summary: '', model: EMPTY };
  const problems = parsed.problems.map((p): EncodedProblem => [p.code, p.severity, p.message, p.range ? range(p.range) : 0, p.field ?? 0, p.suggestion ?? 0]);
  const summary = summarize(model);
  const encodedSummary: EncodedSummary = [problems, [...summary.terms], [...summary.people], summary.link ?? 0, summary.company ?? 0];
  const flags = (model?.type === 'interview' ? RECORD_INTERVIEW : model ? RECORD_LETTER : 0) | (summary.offer ? OFFER : 0) | (summary.accepted ? ACCEPTED : 0) | (problems.length > 0 ? HAS_PROBLEMS : 0);
  return { flags, summary: JSON.stringify(encodedSummary), model: model ? utf8.encode(JSON.stringify(encodeModel(model))) : EMPTY };
}

function encodeModel(model: NoteModel): EncodedModel {
  if (model.type === 'thank-you') return { t: 'l', f: [enc(model.interview), enc(model.to), enc(model.via), enc(model.sent)] };
  return {
    t: 'i',
    f: [enc(model.company), enc(model.role), enc(model.stage), enc(model.date, encDate), enc(model.timezone), enc(model.decisionExpected), enc(model.contactVia), enc(model.status), enc(model.statusDate), enc(model.referencesAlerted)],
    r: model.references.map((r) => enc(r)),
    iv: model.interviewers.map((p) => [enc(p.name), enc(p.title), enc(p.email), enc(p.thankYouSent), range(p.range), enc(p.salutation)]),
    ik: model.interviewersKey ? range(model.interviewersKey) : 0,
    fu: model.followUps.map((f) => [enc(f.date), enc(f.via), enc(f.note), enc(f.next), range(f.range)]),
    d: [...model.done].map(([k, f]) => [k, enc(f)]),
    s: [...model.snooze].map(([k, f]) => [k, enc(f)]),
  };
}

const NO_PROBLEMS: readonly Problem[] = [];
const NOT_A_NOTE: ParsedNote = { model: null, problems: NO_PROBLEMS };
const utf8Decoder = new TextDecoder();

/** A summary whose names and link are decoded when first read (filing a note needs only its type). */
class CachedSummary implements NoteSummary {
  constructor(readonly type: NoteSummary['type'], readonly offer: boolean, readonly accepted: boolean, private readonly note: CachedNote) {}

  get company(): string | undefined {
    const c = this.note.summaryParts()[4];
    return c === 0 ? undefined : c;
  }

  get terms(): readonly string[] {
    return this.note.summaryParts()[1];
  }

  get people(): readonly string[] {
    return this.note.summaryParts()[2];
  }

  get link(): string | undefined {
    const l = this.note.summaryParts()[3];
    return l === 0 ? undefined : l;
  }
}

/** A note read from the cache: decoded part by part as they are asked for. */
class CachedNote implements ParsedNote {
  readonly summary: NoteSummary;
  private builtModel: NoteModel | null | undefined;
  private builtProblems: readonly Problem[] | undefined;
  private parts: EncodedSummary | undefined;

  constructor(private readonly flags: number, private readonly summaries: SummarySource, private readonly i: number, private readonly bytes: Uint8Array, private readonly start: number, private readonly end: number) {
    const type = flags & TYPE_BITS;
    this.summary = new CachedSummary(type === RECORD_INTERVIEW ? 'interview' : type === RECORD_LETTER ? 'thank-you' : null, (flags & OFFER) !== 0, (flags & ACCEPTED) !== 0, this);
  }

  summaryParts(): EncodedSummary {
    if (!this.parts) {
      const parts = this.summaries.summary(this.i);
      // Only a damaged file gets here (the cache is written whole or not at all): the note then names no one.
      this.parts = Array.isArray(parts) && parts.length === 5 ? parts : [[], [], [], 0, 0];
    }
    return this.parts;
  }

  get problems(): readonly Problem[] {
    if (this.builtProblems === undefined) {
      this.builtProblems = (this.flags & HAS_PROBLEMS) === 0 ? NO_PROBLEMS : this.summaryParts()[0].map(([code, severity, message, r, field, suggestion]) => ({
        code, severity, message, range: r === 0 ? undefined : span(r), field: field === 0 ? undefined : field, suggestion: suggestion === 0 ? undefined : suggestion,
      }));
    }
    return this.builtProblems;
  }

  get model(): NoteModel | null {
    if (this.builtModel === undefined) {
      this.builtModel = this.start === this.end ? null : decodeModel(JSON.parse(utf8Decoder.decode(this.bytes.subarray(this.start, this.end))) as EncodedModel);
    }
    return this.builtModel;
  }
}

/**
 * The note of a record: its flags now, its summary from `readSummary` and its model from
 * `bytes[start, end)` when first asked for. Nothing is decoded here.
 */
export function decodeRecord(flags: number, summaries: SummarySource, i: number, bytes: Uint8Array, start: number, end: number): ParsedNote {
  if (flags === 0 && start === end) return NOT_A_NOTE;
  return new CachedNote(flags, summaries, i, bytes, start, end);
}

/** Where the summaries of a cache's records come from (all parsed at once, on first use). */
export interface SummarySource {
  summary(i: number): EncodedSummary | 0;
}

/** A record read back on its own (tests, and anything that keeps one record). */
export function decodeStandalone(record: NoteRecord): ParsedNote {
  return decodeRecord(record.flags, { summary: () => (record.summary ? (JSON.parse(record.summary) as EncodedSummary) : 0) }, 0, record.model, 0, record.model.length);
}

function decodeModel(m: EncodedModel): NoteModel {
  if (m.t === 'l') {
    const [interview, to, via, sent] = m.f;
    return { type: 'thank-you', interview: dec(interview), to: dec(to), via: dec(via), sent: dec(sent) } as LetterNote;
  }
  const [company, role, stage, date, timezone, decisionExpected, contactVia, status, statusDate, referencesAlerted] = m.f;
  const kindDays = (list: [string, F][]) => (list.length === 0 ? EMPTY_KIND_DAYS : new Map(list.map(([k, f]) => [k as ActionKind, dec<Day>(f)!])));
  return {
    type: 'interview',
    company: dec(company),
    role: dec(role),
    stage: dec(stage),
    date: dec(date, decDate),
    timezone: dec(timezone),
    decisionExpected: dec(decisionExpected),
    contactVia: dec(contactVia),
    status: dec(status),
    statusDate: dec(statusDate),
    references: m.r.map((r) => dec<string>(r)!),
    referencesAlerted: dec(referencesAlerted),
    interviewers: m.iv.map(([name, title, email, sent, r, salutation]): Interviewer => ({ name: dec(name), title: dec(title), email: dec(email), salutation: dec(salutation), thankYouSent: dec(sent), range: span(r) })),
    interviewersKey: m.ik === 0 ? undefined : span(m.ik),
    followUps: m.fu.map(([date2, via, note, next, r]): FollowUp => ({ date: dec(date2), via: dec(via), note: dec(note), next: dec(next), range: span(r) })),
    done: kindDays(m.d),
    snooze: kindDays(m.s),
  } as InterviewNote;
}

/**
 * A parsed note as compact JSON, for the persistent index cache: fields as flat arrays of a value
 * and eight numbers (its range and its key's range), no objects per range. A note's model is kept
 * as a string inside the cache file, so loading the cache builds nothing but a small summary per
 * note (its type, whether it is an offer or accepted, its problems); the model is built from the string, without
 * reading any YAML, the first time something asks for it.
 */
import { FieldAt, summarize, type Field, type FollowUp, type InterviewNote, type Interviewer, type LetterNote, type NoteModel, type NoteSummary, type ParsedNote } from './note';
import { Span } from '../shared/span';
import type { NoteDate } from '../shared/days';
import type { ActionKind, Day, Problem, Range } from '../shared/types';

type R = [number, number, number, number];
type F = [unknown, number, number, number, number, number, number, number, number] | 0;
/** 0: not a note (and nothing to report); else its type ('' when none), standing (1: an offer, 2: accepted, else 0), problems, model (JSON text), and its summary's terms, people, link and company. */
export type EncodedNote = 0 | [type: 'i' | 'l' | '', standing: 0 | 1 | 2, problems: EncodedProblem[], model: string | 0, terms: string[], people: string[], link: string | 0, company: string | 0];
type EncodedProblem = [Problem['code'], Problem['severity'], string, R | 0, string | 0, string | 0];
type EncodedModel = { t: 'i'; f: F[]; r: F[]; iv: [F, F, F, F, R, F?][]; ik: R | 0; fu: [F, F, F, F, R][]; d: [string, F][]; s: [string, F][] } | { t: 'l'; f: F[] };

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

export function encodeNote(parsed: ParsedNote): EncodedNote {
  const model = parsed.model;
  if (!model && parsed.problems.length === 0) return 0;
  const problems = parsed.problems.map((p): EncodedProblem => [p.code, p.severity, p.message, p.range ? range(p.range) : 0, p.field ?? 0, p.suggestion ?? 0]);
  const summary = summarize(model);
  return [model?.type === 'interview' ? 'i' : model ? 'l' : '', summary.offer ? 1 : summary.accepted ? 2 : 0, problems, model ? JSON.stringify(encodeModel(model)) : 0, [...summary.terms], [...summary.people], summary.link ?? 0, summary.company ?? 0];
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

/** A note read from the cache: its summary and problems now, its model when first asked for. */
class CachedNote implements ParsedNote {
  private built: NoteModel | null | undefined;

  constructor(readonly summary: NoteSummary, readonly problems: readonly Problem[], private readonly text: string | 0) {}

  get model(): NoteModel | null {
    if (this.built === undefined) this.built = this.text === 0 ? null : decodeModel(JSON.parse(this.text) as EncodedModel);
    return this.built;
  }
}

export function decodeNote(encoded: EncodedNote): ParsedNote {
  if (encoded === 0) return NOT_A_NOTE;
  const [type, standing, encodedProblems, model, terms, people, link, company] = encoded;
  const problems: readonly Problem[] = encodedProblems.length === 0 ? NO_PROBLEMS : encodedProblems.map(([code, severity, message, r, field, suggestion]) => ({
    code, severity, message, range: r === 0 ? undefined : span(r), field: field === 0 ? undefined : field, suggestion: suggestion === 0 ? undefined : suggestion,
  }));
  const summary: NoteSummary = { type: type === 'i' ? 'interview' : type === 'l' ? 'thank-you' : null, offer: standing === 1, accepted: standing === 2, company: company === 0 ? undefined : company, terms, people, link: link === 0 ? undefined : link };
  return new CachedNote(summary, problems, model);
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
    interviewers: m.iv.map(([name, title, email, sent, r, salutation]): Interviewer => ({ name: dec(name), title: dec(title), email: dec(email), salutation: dec(salutation ?? 0), thankYouSent: dec(sent), range: span(r) })),
    interviewersKey: m.ik === 0 ? undefined : span(m.ik),
    followUps: m.fu.map(([date2, via, note, next, r]): FollowUp => ({ date: dec(date2), via: dec(via), note: dec(note), next: dec(next), range: span(r) })),
    done: kindDays(m.d),
    snooze: kindDays(m.s),
  } as InterviewNote;
}

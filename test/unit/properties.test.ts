import fc from 'fast-check';
import { addBusinessDays, isBusinessDay, type WorkCalendar } from '../../src/core/shared/businessDays';
import { addDays, dayFromCivil, formatDay } from '../../src/core/shared/days';
import { parseNote } from '../../src/core/notes/note';
import { NoteIndex } from '../../src/core/notes/noteIndex';
import { computeSchedule, scheduleContext } from '../../src/core/schedule/schedule';
import { resolveSettings } from '../../src/core/shared/settings';
import { ACTION_KINDS, type Day, type DueAction } from '../../src/core/shared/types';

const FIRST = dayFromCivil(2000, 1, 1);
const LAST = dayFromCivil(2099, 12, 31);
const dayArb = fc.integer({ min: FIRST, max: LAST }).map((n) => n as Day);
const weekendArb = fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 3 });
const calendarArb = fc.record({ weekend: weekendArb, holidays: fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 10 }) });
const toCalendar = (c: { weekend: number[]; holidays: number[] }, around: Day): WorkCalendar => ({
  weekend: new Set(c.weekend),
  holidays: new Set(c.holidays.map((h) => addDays(around, h))),
});

const statusArb = fc.constantFrom('waiting', 'offer', 'accepted', 'rejected', 'withdrawn');

/** A random but well-formed interview note: complete interviewers, any status, follow-ups, done and snooze. */
const interviewArb = fc.record({
  date: dayArb,
  decisionOffset: fc.option(fc.integer({ min: -5, max: 40 }), { nil: undefined }),
  status: statusArb,
  statusOffset: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  interviewers: fc.array(fc.constantFrom('Jo Park', 'Ann Lee', 'Raj Patel', 'María García'), { maxLength: 3 }).map((n) => [...new Set(n)]),
  references: fc.array(fc.constantFrom('Dana', 'Sam'), { maxLength: 2 }),
  followUps: fc.array(fc.record({ offset: fc.integer({ min: -3, max: 30 }), next: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }) }), { maxLength: 3 }),
  done: fc.uniqueArray(fc.constantFrom(...ACTION_KINDS), { maxLength: 3 }),
  snooze: fc.uniqueArray(fc.record({ kind: fc.constantFrom(...ACTION_KINDS), offset: fc.integer({ min: -10, max: 40 }) }), { maxLength: 3, selector: (s) => s.kind }),
});
type InterviewSpec = typeof interviewArb extends fc.Arbitrary<infer T> ? T : never;

function render(spec: InterviewSpec): string {
  const d = (offset: number) => formatDay(addDays(spec.date, offset));
  const lines = ['---', 'type: interview', 'company: Acme', `date: ${formatDay(spec.date)}`, `status: ${spec.status}`];
  if (spec.decisionOffset !== undefined) lines.push(`decision_expected: ${d(spec.decisionOffset)}`);
  if (spec.statusOffset !== undefined) lines.push(`status_date: ${d(spec.statusOffset)}`);
  if (spec.references.length) lines.push(`references: [${spec.references.join(', ')}]`);
  lines.push('interviewers:', ...spec.interviewers.flatMap((n) => [`  - name: ${n}`, '    title: Engineer']));
  if (spec.interviewers.length === 0) lines.pop(), lines.push('interviewers:', '  - name: Solo Person', '    title: Lead');
  if (spec.followUps.length) {
    lines.push('follow_ups:');
    for (const f of spec.followUps) lines.push(`  - date: ${d(f.offset)}`, ...(f.next ? [`    next: ${d(f.offset + f.next)}`] : []));
  }
  if (spec.done.length) lines.push('done:', ...spec.done.map((k) => `  ${k}: ${d(0)}`));
  if (spec.snooze.length) lines.push('snooze:', ...spec.snooze.map((s) => `  ${s.kind}: ${d(s.offset)}`));
  lines.push('---', '');
  return lines.join('\n');
}

function scheduleOf(notes: Record<string, string>, today: Day, calendarSpec?: { weekend: number[]; holidays: number[] }): DueAction[] {
  const index = new NoteIndex();
  for (const [file, text] of Object.entries(notes)) index.set(file, parseNote(text));
  const raw: Record<string, unknown> = {};
  if (calendarSpec) {
    raw['interviewFollowUp.weekendDays'] = calendarSpec.weekend;
    raw['interviewFollowUp.holidays'] = calendarSpec.holidays.map((h) => formatDay(addDays(today, h - 30)));
  }
  return computeSchedule(index, scheduleContext(today, resolveSettings(raw).settings));
}

describe('properties (fast-check)', () => {
  describe('business days', () => {
    it('BD(x, n) is a business day for n > 0, and BD(x, 0) is x', () => {
      fc.assert(fc.property(dayArb, fc.integer({ min: 0, max: 15 }), calendarArb, (x, n, c) => {
        const calendar = toCalendar(c, x);
        const result = addBusinessDays(x, n, calendar);
        if (n === 0) return result === x;
        return isBusinessDay(result, calendar) && result > x;
      }));
    });

    it('is monotonic in the start day and in n', () => {
      fc.assert(fc.property(dayArb, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 10 }), calendarArb, (x, delta, n, c) => {
        const calendar = toCalendar(c, x);
        const later = addDays(x, delta);
        return addBusinessDays(x, n, calendar) <= addBusinessDays(later, n, calendar) && addBusinessDays(x, n, calendar) <= addBusinessDays(x, n + 1, calendar);
      }));
    });
  });

  describe('the rule engine', () => {
    const BUSINESS_DAY_KINDS = new Set(['thank-you', 'alert-references', 'follow-up-call', 'follow-up-again', 'network']);

    it('puts thank-you, alert-references, follow-up-call, follow-up-again and network on business days', () => {
      fc.assert(fc.property(interviewArb, calendarArb, fc.integer({ min: -10, max: 60 }), (spec, c, todayOffset) => {
        const today = addDays(spec.date, todayOffset);
        const actions = scheduleOf({ 'a.md': render(spec) }, today, c);
        const calendar = toCalendar({ weekend: c.weekend, holidays: [] }, today);
        const holidays = new Set(c.holidays.map((h) => addDays(today, h - 30)));
        const business = (d: Day) => isBusinessDay(d, { weekend: calendar.weekend, holidays });
        return actions.filter((a) => BUSINESS_DAY_KINDS.has(a.kind) && a.due !== null).every((a) => business(a.due!));
      }), { numRuns: 300 });
    });

    it('moves due days later (or keeps them) when the interview is later', () => {
      fc.assert(fc.property(interviewArb, fc.integer({ min: 1, max: 20 }), (spec, shift) => {
        const plain = { ...spec, followUps: [], done: [], snooze: [], decisionOffset: undefined };
        const today = addDays(spec.date, -30);
        const first = scheduleOf({ 'a.md': render(plain) }, today);
        const later = scheduleOf({ 'a.md': render({ ...plain, date: addDays(spec.date, shift) }) }, today);
        const dueOf = (list: DueAction[], kind: string) => list.filter((a) => a.kind === kind).map((a) => a.due!);
        return ['thank-you', 'alert-references', 'follow-up-call'].every((kind) =>
          dueOf(first, kind).every((d, i) => d <= dueOf(later, kind)[i]));
      }), { numRuns: 200 });
    });

    it('gives an offered, accepted or withdrawn interview only its open thank-yous, a rejected one those and network', () => {
      fc.assert(fc.property(interviewArb, (spec) => {
        if (spec.status === 'waiting') return true;
        const today = addDays(spec.date, 5);
        const others = { 'b.md': render({ ...spec, status: 'waiting', done: [], snooze: [] }), 'c.md': render({ ...spec, status: 'waiting', done: [], snooze: [] }) };
        const mine = scheduleOf({ 'a.md': render(spec), ...others }, today).filter((a) => a.file === 'a.md');
        const allowed = spec.status === 'rejected' ? ['thank-you', 'network'] : ['thank-you'];
        return mine.every((a) => allowed.includes(a.kind));
      }), { numRuns: 300 });
    });

    it('always respects done and snooze', () => {
      fc.assert(fc.property(interviewArb, fc.integer({ min: -5, max: 60 }), (spec, todayOffset) => {
        const today = addDays(spec.date, todayOffset);
        const actions = scheduleOf({ 'a.md': render(spec) }, today).filter((a) => a.file === 'a.md');
        const snoozed = new Set(spec.snooze.filter((s) => addDays(spec.date, s.offset) > today).map((s) => s.kind));
        // done is dated on the interview day: a follow-up logged after it opens follow-up-again again.
        const lastFollowUp = Math.max(-Infinity, ...spec.followUps.map((f) => f.offset));
        const stillDone = (kind: string) => spec.done.includes(kind as never) && !(kind === 'follow-up-again' && lastFollowUp > 0);
        return actions.every((a) => !stillDone(a.kind) && !snoozed.has(a.kind));
      }), { numRuns: 300 });
    });

    it('gives the same schedule in every time zone', () => {
      const zones = ['America/Los_Angeles', 'UTC', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
      const saved = process.env.TZ;
      try {
        fc.assert(fc.property(interviewArb, fc.integer({ min: -5, max: 40 }), (spec, todayOffset) => {
          const today = addDays(spec.date, todayOffset);
          const results = zones.map((zone) => {
            process.env.TZ = zone;
            return JSON.stringify(scheduleOf({ 'a.md': render(spec) }, today));
          });
          return results.every((r) => r === results[0]);
        }), { numRuns: 100 });
      } finally {
        if (saved === undefined) delete process.env.TZ;
        else process.env.TZ = saved;
      }
    });
  });

  describe('the parser', () => {
    const yamlish = fc.array(fc.oneof(
      fc.constantFrom('---\n', 'type: interview\n', 'company: ', 'date: ', '2026-11-19', '\n', '  - ', 'name: ', '[', ']', '{', '}', '&a ', '*a', '"', "'", '|\n', '>\n', '\t', ':', '#', '!!js/function ', '? ', '%YAML 1.2\n', '...\n', '\uFEFF', '\r\n'),
      fc.string({ maxLength: 8 }),
    ), { maxLength: 60 }).map((parts) => parts.join(''));

    it('never throws and always finishes quickly, whatever the input', () => {
      fc.assert(fc.property(fc.oneof(yamlish.map((t) => `---\n${t}`), fc.string({ unit: 'binary', maxLength: 300 }).map((t) => `---\n${t}\n---\n`)), (text) => {
        const started = Date.now();
        parseNote(text);
        return Date.now() - started < 1000;
      }), { numRuns: 1000 });
    });
  });
});

/**
 * The edit fuzzer (issue 10): valid notes of many shapes, random writing commands, and an oracle
 * that shares no code with the planner or its verifier — the `yaml` package's own `parse` (core
 * schema) reads the note before and after, and the intended change is applied to the "before" data
 * here, choosing interviewers by name. Every case must end either refused (nothing to write) or as
 * exactly the old data plus the intended change, with every byte outside the front-matter as it was.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'yaml';
import { findFrontMatter } from '../../src/core/notes/frontMatter';
import { planNoteCommand, type NoteCommand } from '../../src/core/edits/noteCommands';
import { ACTION_KINDS, STATUSES } from '../../src/core/shared/types';
import { day } from './helpers';

const RUNS = Number(process.env.EDIT_FUZZ_RUNS ?? 6_000);

const NAMES = ['Ann Lee', 'Jo Park', 'José Núñez', "Siobhán O'Neil", 'Amara Osei-Bonsu', 'Zoë Ng', 'Dr. Kim: CTO'];
const DAYS = ['2026-11-19', '2026-11-20', '2026-12-01', '2027-01-04'];

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

/** A value written in one of the ways people write one. */
const scalarStyle = (value: string) => pick(['plain', 'double', 'single'] as const).map((style) =>
  style === 'plain' && /^[\w ./-]+$/.test(value) && !/^(?:~|null|yes|no|true|false)$/i.test(value) ? value : style === 'single' ? `'${value.replace(/'/g, "''")}'` : JSON.stringify(value));

const comment = fc.option(pick([' # note', '   # checked', ' #x']), { nil: '' });

/** The lines of one root entry, given the list indentation (0, 2 or 4) chosen for the note. */
type Entry = (listIndent: number) => string[];

const key = (name: string) => pick([name, name, name, `"${name}"`]);

const emptyValue = pick(['', ' ~', ' null', ' {}', ' []']);

const personItem = fc.record({
  name: pick(NAMES),
  title: pick(['CTO', 'Engineering Manager', 'VP, Sales', 'Head of "Ops"']),
  sent: fc.option(pick(DAYS), { nil: undefined }),
  style: pick(['block', 'block', 'bare-dash', 'dash-comment', 'flow', 'empty']),
}).chain((p) => fc.tuple(scalarStyle(p.name), scalarStyle(p.title), comment).map(([name, title, c]) => (pad: string): string[] => {
  const sent = p.sent ? [`thank_you_sent: ${p.sent}`] : [];
  const fields = [`name: ${name}${c}`, `title: ${title}`, ...sent];
  switch (p.style) {
    case 'empty':
      return [`${pad}-`];
    case 'flow':
      return [`${pad}- {name: ${JSON.stringify(p.name)}, title: ${JSON.stringify(p.title)}${p.sent ? `, thank_you_sent: ${p.sent}` : ''}}`];
    case 'bare-dash':
      return [`${pad}-`, ...fields.map((f) => `${pad}  ${f}`)];
    case 'dash-comment':
      return [`${pad}- # met at the onsite`, ...fields.map((f) => `${pad}  ${f}`)];
    default:
      return [`${pad}- ${fields[0]}`, ...fields.slice(1).map((f) => `${pad}  ${f}`)];
  }
}));

const interviewersEntry: fc.Arbitrary<Entry> = fc.tuple(key('interviewers'), fc.array(personItem, { minLength: 0, maxLength: 4 }), comment)
  .map(([k, people, c]) => (indent) => people.length === 0 ? [`${k}:${c}`] : [`${k}:${c}`, ...people.flatMap((p) => p(' '.repeat(indent)))]);

const followUpItem = fc.record({ date: pick(DAYS), via: pick(['phone', 'email']), note: fc.option(pick(['Left a voicemail', 'Said: "next week"', 'Asked #2']), { nil: undefined }), style: pick(['block', 'bare-dash', 'dash-comment']) });

const followUpsEntry: fc.Arbitrary<Entry> = fc.oneof(
  fc.tuple(key('follow_ups'), emptyValue, comment).map(([k, v, c]) => () => [`${k}:${v}${c}`]),
  fc.tuple(key('follow_ups'), fc.array(followUpItem, { minLength: 1, maxLength: 3 })).map(([k, items]) => (indent: number) => [
    `${k}:`,
    ...items.flatMap((f) => {
      const pad = ' '.repeat(indent);
      const fields = [`date: ${f.date}`, `via: ${f.via}`, ...(f.note ? [`note: ${JSON.stringify(f.note)}`] : [])];
      if (f.style === 'bare-dash') return [`${pad}-`, ...fields.map((x) => `${pad}  ${x}`)];
      if (f.style === 'dash-comment') return [`${pad}- # call`, ...fields.map((x) => `${pad}  ${x}`)];
      return [`${pad}- ${fields[0]}`, ...fields.slice(1).map((x) => `${pad}  ${x}`)];
    }),
  ]),
  fc.tuple(key('follow_ups'), pick(DAYS)).map(([k, d]) => () => [`${k}: [{date: ${d}, via: phone}]`]),
);

const kindDaysEntry = (name: string): fc.Arbitrary<Entry> => fc.oneof(
  fc.tuple(key(name), emptyValue, comment).map(([k, v, c]) => () => [`${k}:${v}${c}`]),
  fc.tuple(key(name), pick(ACTION_KINDS.filter((k) => k !== 'keep-searching')), pick(DAYS)).map(([k, kind, d]) => () => [`${k}:`, `  ${kind}: ${d}`]),
  fc.tuple(key(name), pick(ACTION_KINDS.filter((k) => k !== 'keep-searching')), pick(DAYS)).map(([k, kind, d]) => () => [`${k}: {${kind}: ${d}}`]),
);

const statusEntry: fc.Arbitrary<Entry> = fc.tuple(key('status'), pick(STATUSES), pick(['plain', 'quoted', 'block', 'folded', 'empty']), comment)
  .map(([k, status, style, c]) => () => {
    if (style === 'block') return [`${k}: |${c}`, `  ${status}`];
    if (style === 'folded') return [`${k}: >-`, `  ${status}`, ''];
    if (style === 'empty') return [`${k}:${c}`];
    return [`${k}: ${style === 'quoted' ? JSON.stringify(status) : status}${c}`];
  });

const simple = (name: string, values: readonly string[]): fc.Arbitrary<Entry> =>
  fc.tuple(key(name), pick(values), comment).chain(([k, v, c]) => scalarStyle(v).map((written) => () => [`${k}: ${written}${c}`]));

const referencesEntry: fc.Arbitrary<Entry> = fc.oneof(
  fc.constant(() => ['references: [Dana Lee, Sam Ortiz]']),
  fc.constant((indent: number) => ['references:', `${' '.repeat(indent)}- Dana Lee`]),
);

/** A valid interview note: its entries in any order, with comment lines, at a root indentation of 0 or 2, LF or CRLF. */
const interviewNote = fc.record({
  optional: fc.subarray([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
  entries: fc.tuple(statusEntry, referencesEntry, interviewersEntry, followUpsEntry, kindDaysEntry('done'), kindDaysEntry('snooze'),
    simple('role', ['Senior Engineer', 'Data: Lead']), simple('decision_expected', DAYS), simple('status_date', DAYS), simple('references_alerted', DAYS)),
  order: fc.array(fc.nat(), { minLength: 14, maxLength: 14 }),
  listIndent: pick([0, 2, 2, 4]),
  rootIndent: pick([0, 0, 0, 2]),
  commentLines: fc.array(fc.nat({ max: 14 }), { maxLength: 2 }),
  crlf: fc.boolean(),
  body: pick(['', 'Body.\n', 'Notes: --- not a fence\n---\nA rule above.\n', '# Heading\n\n- a list\n']),
}).map((n) => {
  const [status, references, interviewers, followUps, done, snooze, role, decision, statusDate, alerted] = n.entries;
  const chosen: Entry[] = [() => ['type: interview'], () => ['company: Acme, Inc.'.replace(/^company: (.*)$/, 'company: "$1"')], () => ['date: 2026-11-19']];
  const optional = [role, decision, statusDate, alerted, status, references, interviewers, followUps, done, snooze];
  for (const i of n.optional) chosen.push(optional[i]);
  const ordered = chosen.map((e, i) => ({ e, k: n.order[i] ?? i })).sort((a, b) => a.k - b.k).map((x) => x.e);
  const lines: string[] = [];
  ordered.forEach((entry, i) => {
    if (n.commentLines.includes(i)) lines.push('# a comment line');
    for (const line of entry(n.listIndent)) lines.push(line === '' ? '' : ' '.repeat(n.rootIndent) + line);
  });
  const text = `---\n${lines.join('\n')}\n---\n${n.body}`;
  return n.crlf ? text.replace(/\n/g, '\r\n') : text;
});

const letterNote = fc.record({
  sent: pick(['sent:', 'sent: ~', 'sent: |\n  not yet', 'sent: ""', 'sent: 2026-11-20', '', 'sent:   # when it goes']),
  crlf: fc.boolean(),
  order: fc.boolean(),
}).map(({ sent, crlf, order }) => {
  const head = ['type: thank-you', 'interview: ../a.md', 'to: Ann Lee', 'via: email'];
  const lines = order ? [...(sent ? [sent] : []), ...head] : [...head, ...(sent ? [sent] : [])];
  const text = `---\n${lines.join('\n')}\n---\nDear Ann,\n\nThank you.\n`;
  return crlf ? text.replace(/\n/g, '\r\n') : text;
});

const markDone = fc.record({ kind: pick(ACTION_KINDS), person: fc.option(pick([...NAMES, 'Bo Diaz']), { nil: undefined, freq: 3 }), d: pick(DAYS) })
  .map(({ kind, person, d }): NoteCommand => ({ verb: 'mark-done', kind, person: kind === 'thank-you' ? person : undefined, day: day(d) }));
const snooze = fc.record({ kind: pick(ACTION_KINDS), d: pick(DAYS) }).map(({ kind, d }): NoteCommand => ({ verb: 'snooze', kind, until: day(d) }));
const log = fc.record({ d: pick(DAYS), via: fc.option(pick(['phone', 'email', 'in person']), { nil: undefined }), note: fc.option(fc.string({ maxLength: 30, unit: 'binary' }), { nil: undefined }), next: fc.option(pick(DAYS), { nil: undefined }) })
  .map(({ d, via, note, next }): NoteCommand => ({ verb: 'log', date: day(d), via, note, next: next === undefined ? undefined : day(next) }));
const outcome = fc.record({ status: pick(STATUSES), d: pick(DAYS) }).map(({ status, d }): NoteCommand => ({ verb: 'outcome', status, day: day(d) }));
const sent = pick(DAYS).map((d): NoteCommand => ({ verb: 'sent', day: day(d) }));

/** Mostly the commands that fit the note, sometimes the ones that do not (they must be refused). */
const interviewCommand = fc.oneof({ arbitrary: markDone, weight: 4 }, { arbitrary: snooze, weight: 2 }, { arbitrary: log, weight: 3 }, { arbitrary: outcome, weight: 2 }, { arbitrary: sent, weight: 1 });
const letterCommand = fc.oneof({ arbitrary: sent, weight: 6 }, { arbitrary: markDone, weight: 1 }, { arbitrary: log, weight: 1 });

type Data = unknown;
const isMap = (v: Data): v is Record<string, Data> => typeof v === 'object' && v !== null && !Array.isArray(v);
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** The front-matter's data as `yaml` itself reads it, and the text outside it. */
function read(text: string): { data: Record<string, Data>; outside: string } {
  const block = findFrontMatter(text);
  assert.equal(block.kind, 'yaml', 'the note still has its front-matter');
  if (block.kind !== 'yaml') throw new Error('unreachable');
  const start = text.indexOf('\n') + 1;
  const data = parse(block.yaml, { schema: 'core', uniqueKeys: true }) ?? {};
  return { data, outside: text.slice(0, start) + '\u0000' + text.slice(start + block.yaml.length) };
}

/** What the command means, applied to the data by this test's own rules. */
function intended(before: Record<string, Data>, c: NoteCommand, isLetter: boolean): Record<string, Data> | 'refuse' {
  const data = structuredClone(before);
  const date = (d: number) => { const base = day('2026-11-19'); const shift = d - base; return new Date(Date.UTC(2026, 10, 19 + shift)).toISOString().slice(0, 10); };
  const container = (parent: Record<string, Data>, k: string): Record<string, Data> | undefined => {
    if (parent[k] === undefined || parent[k] === null) parent[k] = {};
    return isMap(parent[k]) ? (parent[k] as Record<string, Data>) : undefined;
  };
  // A date already recorded is never written over (see noteCommands); a value that is no date is replaced.
  const recorded = (v: Data) => /^\d{4}-\d{2}-\d{2}/.test(String(v ?? '')) && !isMap(v) && !Array.isArray(v);
  if (c.verb === 'sent') {
    if (!isLetter) return 'refuse';
    if (isMap(data.sent) || Array.isArray(data.sent)) return 'refuse';
    if (recorded(data.sent)) return data;
    data.sent = date(c.day);
    return data;
  }
  if (isLetter) return 'refuse';
  if ((c.verb === 'mark-done' || c.verb === 'snooze') && c.kind === 'keep-searching') return 'refuse';
  if (c.verb === 'outcome') {
    // The status the note already has changes nothing (no status is waiting).
    if ((typeof data.status === 'string' && data.status.trim() === c.status) || (!('status' in data) && c.status === 'waiting')) return data;
    if (isMap(data.status) || Array.isArray(data.status) || isMap(data.status_date) || Array.isArray(data.status_date)) return 'refuse';
    data.status = c.status;
    data.status_date = date(c.day);
    return data;
  }
  if (c.verb === 'log') {
    const list = data.follow_ups;
    if (list !== undefined && list !== null && !Array.isArray(list)) return 'refuse';
    const item: Record<string, string> = { date: date(c.date) };
    if (c.via) item.via = c.via;
    if (c.note?.trim()) item.note = c.note.trim();
    if (c.next !== undefined) item.next = date(c.next);
    data.follow_ups = [...((list as Data[] | null) ?? []), item];
    return data;
  }
  if (c.verb === 'snooze') {
    const snooze = container(data, 'snooze');
    if (!snooze) return 'refuse';
    snooze[c.kind] = date(c.until);
    return data;
  }
  if (c.verb === 'email') {
    const people = Array.isArray(data.interviewers) ? (data.interviewers as Data[]) : [];
    const named = people.filter((p): p is Record<string, Data> => isMap(p) && typeof p.name === 'string' && norm(String(p.name)) === norm(c.person));
    if (named.length !== 1) return 'refuse';
    named[0].email = c.address;
    return data;
  }
  if (c.kind === 'alert-references') {
    if (recorded(data.references_alerted)) return data;
    data.references_alerted = date(c.day);
    return data;
  }
  if (c.kind !== 'thank-you') {
    if (isMap(data.done) && recorded(data.done[c.kind]) && c.kind !== 'follow-up-again' && c.kind !== 'leverage-offer') return data;
    const done = container(data, 'done');
    if (!done) return 'refuse';
    done[c.kind] = date(c.day);
    return data;
  }
  const people = Array.isArray(data.interviewers) ? (data.interviewers as Data[]) : [];
  const named = people.filter((p): p is Record<string, Data> => isMap(p) && typeof p.name === 'string');
  const target = c.person === undefined || c.person === null
    ? (named.filter((p) => p.thank_you_sent === undefined || p.thank_you_sent === null).length === 1 ? named.find((p) => p.thank_you_sent === undefined || p.thank_you_sent === null) : undefined)
    : named.filter((p) => norm(String(p.name)) === norm(c.person!)).length === 1 ? named.find((p) => norm(String(p.name)) === norm(c.person!)) : undefined;
  if (!target) return 'refuse';
  if (recorded(target.thank_you_sent)) return data;
  target.thank_you_sent = date(c.day);
  return data;
}

/** Equal as data, scalars compared as the text they read as (the core schema turns `2026` into a number on both sides alike). */
function sameData(a: Data, b: Data): boolean {
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  if (isMap(a)) return isMap(b) && Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((k) => k in b && sameData(a[k], b[k]));
  if (a === null || b === null) return a === b;
  return String(a) === String(b);
}

/** Refusals the commands are meant to give (a person not in the note, a value of the wrong kind...). */
const EXPECTED_REFUSALS = /not among the interviewers|more than once|Say which interviewer|No named interviewer|whole search|thank-you letter|holds a single value|holds a mapping|holds a list|is not a list|is not a mapping/;

describe(`edit fuzzer: ${RUNS * 2} generated notes and commands, checked by an independent oracle`, function () {
  this.timeout(300_000);
  const stats = { bytes: 0, document: 0, refused: 0 };
  after(() => console.log(`      edits: ${stats.bytes} minimal, ${stats.document} re-printed, ${stats.refused} refused as meant`));

  const check = (text: string, c: NoteCommand, isLetter: boolean) => {
    const before = read(text);
    const want = intended(before.data, c, isLetter);
    const plan = planNoteCommand(text, c);
    if (!plan.ok) {
      assert.equal(want, 'refuse', `refused although the edit is possible: ${plan.reason}\n${text}`);
      assert.match(plan.reason, EXPECTED_REFUSALS, `an unexpected refusal:\n${text}`);
      stats.refused++;
      return;
    }
    assert.notEqual(want, 'refuse', `made an edit that should be refused:\n${text}\n→\n${plan.text}`);
    const now = read(plan.text);
    assert.equal(now.outside, before.outside, 'the fences and the body are byte for byte the same');
    assert.ok(sameData(now.data, want), `wrong data:\n${text}\n→\n${plan.text}\nwanted ${JSON.stringify(want)}\ngot ${JSON.stringify(now.data)}`);
    if (plan.method === 'bytes') {
      const comments = (s: string): string[] => [...(s.match(/ #[^\r\n]*/g) ?? [])].sort();
      assert.deepEqual(comments(plan.text).filter((x) => comments(text).includes(x)), comments(text), 'every comment is kept');
      assert.equal(plan.text.includes('\r\n'), text.includes('\r\n'), 'line endings kept');
      if (text.includes('\r\n')) assert.ok(!/[^\r]\n/.test(plan.text), 'no bare LF in a CRLF note');
    }
    stats[plan.method]++;
  };

  it('interview notes: refused as meant, or exactly the intended change', () => {
    fc.assert(fc.property(interviewNote, interviewCommand, (text, c) => check(text, c, false)), { numRuns: RUNS, seed: 20261126 });
  });

  it('thank-you letters: refused as meant, or exactly the intended change', () => {
    fc.assert(fc.property(letterNote, letterCommand, (text, c) => check(text, c, true)), { numRuns: RUNS, seed: 20261127 });
  });

  it('the common shapes are served by the minimal-byte planner, not re-printed', () => {
    assert.ok(stats.bytes > 0 && stats.document <= stats.bytes / 100, `${stats.document} of ${stats.bytes + stats.document} edits needed the document planner`);
  });
});

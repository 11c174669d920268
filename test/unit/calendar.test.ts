import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
// An independent parser reads back what we write.
import ICAL from 'ical.js';
import { actionUid, foldLine, toICalendar } from '../../src/core/calendar';
import { main } from '../../src/cli';
import { day } from './helpers';

const ROOT = resolve(__dirname, '../../..');
const JOURNAL = join(ROOT, 'test/fixtures/journal');

async function exportJournal(today = '2026-11-25'): Promise<string> {
  let out = '';
  assert.equal(await main(['ics', JOURNAL, '--today', today], (t) => (out += t)), 0);
  return out;
}

async function dueActions() {
  let out = '';
  await main(['due', JOURNAL, '--today', '2026-11-25', '--json'], (t) => (out += t));
  return JSON.parse(out).actions as { kind: string; due: string | null; title: string }[];
}

describe('calendar export (.ics)', () => {
  it('has one all-day event per open dated action, on its due day', async () => {
    const text = await exportJournal();
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const expected = (await dueActions()).filter((a) => a.due !== null);
    assert.equal(events.length, expected.length);
    assert.deepEqual(
      events.map((e) => [e.summary, e.startDate.toString(), e.startDate.isDate, e.endDate.toString()]),
      expected.map((a) => {
        const next = new Date(`${a.due}T00:00:00Z`);
        next.setUTCDate(next.getUTCDate() + 1);
        return [a.title, a.due, true, next.toISOString().slice(0, 10)];
      }),
    );
    assert.match(events[0].description, /Ask at the end of the interview/);
    assert.match(events[0].description, /Note: interviews\/2026-11-10-globex\.md/);
  });

  it('keeps every UID across exports and days, and the UIDs are unique', async () => {
    const uids = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'));
    const first = uids(await exportJournal());
    assert.equal(new Set(first).size, first.length);
    assert.deepEqual(uids(await exportJournal()), first);
    const later = uids(await exportJournal('2026-11-26'));
    assert.ok(later.every((u) => first.includes(u)), 'the same actions keep their UIDs on another day');
  });

  it('writes valid RFC 5545: CRLF lines of at most 75 octets, escaped text', () => {
    const text = toICalendar([{
      kind: 'thank-you', file: 'a.md', company: 'Zoë & Co; Ltd', person: 'María García', title: 'Send a thank-you note to María García at Zoë & Co; Ltd, today — ' + 'ñ'.repeat(60),
      due: day('2026-11-23'), opens: null, state: 'overdue', advice: 'Line one\nLine two, with a comma',
    }], { today: day('2026-11-25') });
    for (const line of text.split('\r\n')) assert.ok(new TextEncoder().encode(line).length <= 75, line);
    assert.ok(!/[^\r]\n/.test(text));
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    assert.equal(event.summary, 'Send a thank-you note to María García at Zoë & Co; Ltd, today — ' + 'ñ'.repeat(60));
    assert.equal(event.description, 'Line one\nLine two, with a comma\n\nNote: a.md');
  });

  it('folds without splitting a multi-byte character', () => {
    const folded = foldLine('SUMMARY:' + '€'.repeat(40));
    assert.equal(folded.replace(/\r\n /g, ''), 'SUMMARY:' + '€'.repeat(40));
    for (const part of folded.split('\r\n')) assert.ok(new TextEncoder().encode(part).length <= 75);
  });

  it('puts events on the same days in every time zone', () => {
    const cli = join(ROOT, 'out/src/cli.js');
    const outputs = ['America/Los_Angeles', 'UTC', 'Pacific/Kiritimati'].map((TZ) =>
      spawnSync(process.execPath, [cli, 'ics', JOURNAL, '--today', '2026-11-25'], { encoding: 'utf8', env: { ...process.env, TZ } }).stdout);
    assert.ok(outputs[0].includes('BEGIN:VEVENT'));
    for (const out of outputs) assert.equal(out, outputs[0]);
  });

  it('derives a UID from what the action is, not from when it is due', () => {
    const base = { kind: 'network' as const, file: 'x.md', company: 'A', person: null, title: 'T', due: day('2026-11-23'), opens: null, state: 'overdue' as const, advice: '' };
    assert.equal(actionUid(base), actionUid({ ...base, due: day('2026-12-01'), state: 'upcoming' }));
    assert.notEqual(actionUid(base), actionUid({ ...base, file: 'y.md' }));
  });
});

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
// An independent parser reads back what we write.
import ICAL from 'ical.js';
import { actionUid, foldLine, toICalendar } from '../../src/core/schedule/calendar';
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
  it('has one all-day event per open dated action, on its due day, overdue ones on the day of the export', async () => {
    const text = await exportJournal();
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const expected = (await dueActions()).filter((a) => a.due !== null);
    assert.equal(events.length, expected.length);
    const nextDay = (d: string) => {
      const next = new Date(`${d}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      return next.toISOString().slice(0, 10);
    };
    assert.deepEqual(
      events.map((e) => [e.summary, e.startDate.toString(), e.startDate.isDate, e.endDate.toString()]),
      expected.map((a) => {
        const shown = a.due! < '2026-11-25' ? '2026-11-25' : a.due!;
        return [a.due! < '2026-11-25' ? `Overdue: ${a.title}` : a.title, shown, true, nextDay(shown)];
      }),
    );
    assert.ok(expected.some((a) => a.due! < '2026-11-25') && expected.some((a) => a.due! > '2026-11-25'), 'the journal has overdue and upcoming actions');
    assert.match(events[0].description, /^Overdue: it was due on 2026-11-10, so it is shown on the day of the export \(2026-11-25\)/);
    assert.match(events[0].description, /Ask at the end of the interview/);
    assert.match(events[0].description, /Note: interviews\/2026-11-10-globex\.md/);
    const upcoming = events.find((e) => !e.summary.startsWith('Overdue'))!;
    assert.doesNotMatch(upcoming.description, /Overdue/);
  });

  it('gives every event a display alarm on its day at the alarm time (default 09:00)', async () => {
    const valarms = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => v.getFirstSubcomponent('valarm')!);
    const alarms = valarms(await exportJournal());
    assert.ok(alarms.length > 5);
    for (const alarm of alarms) {
      assert.equal(alarm.getFirstPropertyValue('action'), 'DISPLAY');
      const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
      assert.equal(trigger.toSeconds(), 9 * 3600);
      assert.ok(String(alarm.getFirstPropertyValue('description')).length > 0, 'a DISPLAY alarm has a description (RFC 5545 3.6.6)');
    }
    const action = { kind: 'network' as const, file: 'x.md', company: 'A', person: null, title: 'T', due: day('2026-11-27'), opens: null, state: 'upcoming' as const, advice: '' };
    const at = (alarmTime: string) => (valarms(toICalendar([action], { today: day('2026-11-25'), alarmTime }))[0].getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds();
    assert.equal(at('07:30'), 7 * 3600 + 30 * 60);
    assert.equal(at('00:00'), 0);
    assert.equal(at('18:05'), 18 * 3600 + 5 * 60);
    assert.equal(at('25:00'), 9 * 3600, 'a time that is not one falls back to the default');
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
    }], { today: day('2026-11-20') });
    for (const line of text.split('\r\n')) assert.ok(new TextEncoder().encode(line).length <= 75, line);
    assert.ok(!/[^\r]\n/.test(text));
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    assert.equal(event.summary, 'Send a thank-you note to María García at Zoë & Co; Ltd, today — ' + 'ñ'.repeat(60));
    assert.equal(event.description, 'Line one\nLine two, with a comma\n\nNote: a.md');
  });

  it('stays valid for notes at the ends of the accepted years, and leaves out a date outside them (field-invalid)', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'ifu-ics-years-'));
    try {
      const noteOn = (date: string) => `---\ntype: interview\ncompany: Acme\ndate: ${date}\nreferences: [Dana Lee]\ninterviewers:\n  - name: Jo Park\n    title: CTO\n---\n`;
      writeFileSync(join(dir, 'late.md'), noteOn('2999-12-31'));
      writeFileSync(join(dir, 'early.md'), noteOn('1900-01-01'));
      writeFileSync(join(dir, 'far.md'), noteOn('9999-12-31'));
      writeFileSync(join(dir, 'zero.md'), noteOn('0000-01-01'));
      for (const today of ['1900-01-01', '2999-12-31']) {
        let out = '';
        assert.equal(await main(['ics', dir, '--today', today], (t) => (out += t)), 0);
        const events = new ICAL.Component(ICAL.parse(out)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
        assert.ok(events.length > 0);
        for (const e of events) assert.match(e.startDate.toString(), /^(?:19\d\d|2\d\d\d|3000)-\d\d-\d\d$/);
        assert.ok(events.every((e) => !/far\.md|zero\.md/.test(e.description)), 'the notes dated outside the years have no events');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
    // leverage-offer's title names the offers, which change: its UID does not.
    const leverage = { ...base, kind: 'leverage-offer' as const, title: 'Tell A you have an offer from Globex' };
    assert.equal(actionUid(leverage), actionUid({ ...leverage, title: 'Tell A you have offers from Globex and Umbrella' }));
  });

  it('drops bidirectional controls from text as well as control characters', () => {
    const text = toICalendar([{ kind: 'network', file: 'x.md', company: 'Evil\u202eCo', person: null, title: 'Call Evil\u202eCo\u2066 \u001b[2J', due: day('2026-11-30'), opens: null, state: 'upcoming', advice: 'a' }], { today: day('2026-11-25') });
    assert.doesNotMatch(text, /[\u202a-\u202e\u2066-\u2069\u001b]/);
    assert.match(text, /SUMMARY:Call EvilCo \[2J/);
  });

  it('-o never writes through a link, over a note or into a pipe', async () => {
    const { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { execFileSync } = await import('node:child_process');
    const dir = mkdtempSync(join(tmpdir(), 'ifu-ics-'));
    try {
      writeFileSync(join(dir, 'precious.txt'), 'keep me');
      symlinkSync(join(dir, 'precious.txt'), join(dir, 'evil.ics'));
      writeFileSync(join(dir, 'note.md'), 'a note');
      execFileSync('mkfifo', [join(dir, 'pipe.ics')]);
      for (const [target, reason] of [['evil.ics', 'a symbolic link'], ['note.md', 'not an .ics file'], ['pipe.ics', 'not a regular file']]) {
        const r = spawnSync(process.execPath, [join(ROOT, 'out/src/cli.js'), 'ics', JOURNAL, '--today', '2026-11-25', '-o', join(dir, target)], { encoding: 'utf8', timeout: 20_000 });
        assert.equal(r.status, 2, target);
        assert.match(r.stderr, new RegExp(`exists and is ${reason}`));
      }
      assert.equal(readFileSync(join(dir, 'precious.txt'), 'utf8'), 'keep me');
      writeFileSync(join(dir, 'old.ics'), 'old');
      assert.equal(spawnSync(process.execPath, [join(ROOT, 'out/src/cli.js'), 'ics', JOURNAL, '--today', '2026-11-25', '-o', join(dir, 'old.ics')]).status, 0);
      assert.match(readFileSync(join(dir, 'old.ics'), 'utf8'), /^BEGIN:VCALENDAR/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

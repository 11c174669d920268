/** Issue 17: outcomes that do not change, open kinds, people as typed, and Undo. */
import assert from 'node:assert/strict';
import { planNoteCommand, type NoteCommand } from '../../src/core/edits/noteCommands';
import { planUndo } from '../../src/core/edits/undo';
import { actionsForFile, scheduleContext } from '../../src/core/schedule/schedule';
import { findPerson } from '../../src/core/shared/person';
import { day, indexOf, note, settings } from './helpers';

const D = day('2026-11-25');
const jane = ['interviewers:', '  - name: Jane Smith', '    title: Manager', '  - name: Raj Patel', '    title: Engineer'];
const acme = (extra: string[] = []) => note(['type: interview', 'company: Acme', 'date: 2026-11-19', 'decision_expected: 2026-12-04', ...jane, ...extra]);

/** The plan of a command on a.md, with the note's open actions (snoozed ones included) as the editor and the CLI give them. */
async function plan(files: Record<string, string>, command: NoteCommand) {
  const index = await indexOf(files);
  const open = actionsForFile(index, 'a.md', { ...scheduleContext(D, settings()), includeSnoozed: true });
  return planNoteCommand(files['a.md'], command, { open });
}

describe('Record Outcome with the status the note already has', () => {
  it('changes nothing and says since when', () => {
    const text = acme(['status: rejected', 'status_date: 2026-11-23']);
    const result = planNoteCommand(text, { verb: 'outcome', status: 'rejected', day: D });
    assert.ok(result.ok);
    assert.deepEqual(result.changes, []);
    assert.equal(result.text, text);
    assert.equal(result.summary, 'already rejected since 2026-11-23');
  });
  it('treats a note without a status as waiting', () => {
    const result = planNoteCommand(acme(), { verb: 'outcome', status: 'waiting', day: D });
    assert.ok(result.ok && result.changes.length === 0, 'nothing to write');
    assert.match(result.ok ? result.summary : '', /^already waiting/);
  });
  it('still records a different status', () => {
    const result = planNoteCommand(acme(['status: rejected', 'status_date: 2026-11-23']), { verb: 'outcome', status: 'offer', day: D });
    assert.ok(result.ok && result.text.includes('status: offer\nstatus_date: 2026-11-25\n'));
  });
});

describe('people as they are typed', () => {
  const names = ['Jane Smith', 'Raj Patel', 'Tom Smith'];
  it('takes the whole name in any case, or a unique first or last name', () => {
    assert.deepEqual(findPerson('jane smith', names), { ok: true, name: 'Jane Smith' });
    assert.deepEqual(findPerson('jane', names), { ok: true, name: 'Jane Smith' });
    assert.deepEqual(findPerson('PATEL', names), { ok: true, name: 'Raj Patel' });
  });
  it('refuses a word several people share, and a stranger, naming who could be meant', () => {
    const shared = findPerson('smith', names);
    assert.ok(!shared.ok && /Jane Smith or Tom Smith/.test(shared.reason));
    const stranger = findPerson('Dana', names);
    assert.ok(!stranger.ok && /not among the interviewers/.test(stranger.reason));
  });
});

describe('a kind that is not open on the note', () => {
  it('is refused with the reason, and recorded with force', async () => {
    const refused = await plan({ 'a.md': acme() }, { verb: 'mark-done', kind: 'network', day: D });
    assert.ok(!refused.ok && refused.notOpen === true);
    assert.match(refused.ok ? '' : refused.reason, /network is not open on this note \(status: waiting\): it is open after a rejection/);
    const forced = await plan({ 'a.md': acme() }, { verb: 'mark-done', kind: 'network', day: D, force: true });
    assert.ok(forced.ok && forced.text.includes('done:\n  network: 2026-11-25\n'));
  });
  it('an open kind is recorded, a snoozed one too', async () => {
    const rejected = acme(['status: rejected', 'status_date: 2026-11-20', 'snooze:', '  network: 2026-12-20']);
    const result = await plan({ 'a.md': rejected }, { verb: 'mark-done', kind: 'network', day: D });
    assert.ok(result.ok && result.changes.length > 0);
    const snoozeAgain = await plan({ 'a.md': rejected }, { verb: 'snooze', kind: 'network', until: day('2026-12-30') });
    assert.ok(snoozeAgain.ok);
  });
  it('snoozing a kind that is not open is refused too', async () => {
    const result = await plan({ 'a.md': acme() }, { verb: 'snooze', kind: 'withdraw', until: day('2026-12-30') });
    assert.ok(!result.ok && result.notOpen === true);
  });
  it('what is already recorded stays "nothing to change", not a refusal', async () => {
    const result = await plan({ 'a.md': acme(['done:', '  network: 2026-11-24']) }, { verb: 'mark-done', kind: 'network', day: D });
    assert.ok(result.ok && result.changes.length === 0 && /already recorded/.test(result.summary));
  });
});

describe('Mark Done on a thank-you', () => {
  const letter = (to: string, sent: string) => note(['type: thank-you', 'interview: a.md', `to: ${to}`, 'via: email', `sent: ${sent}`]);
  it('needs no person when one interviewer is left unthanked (a letter marked sent counts)', async () => {
    const result = await plan({ 'a.md': acme(), 'jane.md': letter('Jane Smith', '2026-11-20') }, { verb: 'mark-done', kind: 'thank-you', day: D });
    assert.ok(result.ok, result.ok ? '' : result.reason);
    assert.match(result.text, /- name: Raj Patel\n {4}title: Engineer\n {4}thank_you_sent: 2026-11-25\n/);
    assert.equal(result.summary, 'thank_you_sent: 2026-11-25 on Raj Patel');
  });
  it('asks which one when several are owed, and takes a first name', async () => {
    const ask = await plan({ 'a.md': acme() }, { verb: 'mark-done', kind: 'thank-you', day: D });
    assert.ok(!ask.ok && /Jane Smith, Raj Patel/.test(ask.reason));
    const first = await plan({ 'a.md': acme() }, { verb: 'mark-done', kind: 'thank-you', person: 'jane', day: D });
    assert.ok(first.ok && first.summary === 'thank_you_sent: 2026-11-25 on Jane Smith');
  });
  it('refuses a person whose letter is already marked sent', async () => {
    const result = await plan({ 'a.md': acme(), 'jane.md': letter('Jane Smith', '2026-11-20') }, { verb: 'mark-done', kind: 'thank-you', person: 'Jane', day: D });
    assert.ok(!result.ok && result.notOpen && /Jane Smith is not owed a thank-you/.test(result.reason));
  });
});

describe('Undo of a recorded edit', () => {
  it('restores the text before the edit, byte for byte', () => {
    const before = acme().replace(/\n/g, '\r\n');
    const done = planNoteCommand(before, { verb: 'mark-done', kind: 'thank-you', person: 'Raj Patel', day: D });
    assert.ok(done.ok && done.text !== before);
    const undo = planUndo(done.text, { before, after: done.text });
    assert.ok(undo.ok);
    let text = done.text;
    for (const c of [...undo.changes].sort((a, b) => b.start - a.start)) text = text.slice(0, c.start) + c.text + text.slice(c.end);
    assert.equal(text, before);
  });
  it('refuses when the note changed since', () => {
    const before = acme();
    const done = planNoteCommand(before, { verb: 'outcome', status: 'offer', day: D });
    assert.ok(done.ok);
    const undo = planUndo(done.text + 'typed later\n', { before, after: done.text });
    assert.ok(!undo.ok && /changed since/.test(undo.reason));
  });
});

describe('the manifest (what VS Code draws before any code runs)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const manifest = require('../../../package.json') as {
    contributes: { viewsWelcome: { contents: string }[]; menus: Record<string, { command: string; when?: string; group?: string }[]> };
  };
  it('the welcome view has no Markdown it cannot render (only links are drawn: backticks would show as backticks)', () => {
    for (const w of manifest.contributes.viewsWelcome) assert.doesNotMatch(w.contents, /`|\*\*|__/, w.contents);
  });
  it('offers at most two inline actions on any tree item', () => {
    const inline = manifest.contributes.menus['view/item/context'].filter((m) => m.group?.startsWith('inline'));
    const kinds = ['ask-decision-date', 'record-interviewer', 'thank-you', 'alert-references', 'follow-up-call', 'follow-up-again', 'leverage-offer', 'network', 'withdraw'];
    const values = [...kinds.map((k) => `action:${k}:file`), 'action:thank-you:drafted:file', 'action:keep-searching'];
    for (const viewItem of values) {
      const shown = inline.filter((m) => {
        const when = m.when ?? '';
        const exact = /viewItem == ([^\s&]+)/.exec(when);
        const pattern = /viewItem =~ \/(.+)\/(?:\s|$)/.exec(when);
        return exact ? exact[1] === viewItem : pattern ? new RegExp(pattern[1]).test(viewItem) : true;
      });
      assert.ok(shown.length <= 2, `${viewItem}: ${shown.map((m) => m.command).join(', ')}`);
    }
  });
});

describe('an acceptance recorded while the index is live', () => {
  it('opens and closes the withdraw actions of the others as the note changes (no stale memo)', async () => {
    const { parseNote } = await import('../../src/core/notes/note');
    const { computeSchedule } = await import('../../src/core/schedule/schedule');
    const other = note(['type: interview', 'company: Globex', 'date: 2026-11-16', 'interviewers:', '  - name: Mia Wong', '    title: Lead']);
    const index = await indexOf({ 'a.md': acme(), 'b.md': other });
    const withdraws = () => computeSchedule(index, scheduleContext(D, settings())).filter((a) => a.kind === 'withdraw').map((a) => a.file);
    assert.deepEqual(withdraws(), []);
    index.set('a.md', parseNote(acme(['status: accepted', 'status_date: 2026-11-24'])));
    assert.deepEqual(index.accepted().map((i) => i.file), ['a.md']);
    assert.deepEqual(withdraws(), ['b.md']);
    index.set('a.md', parseNote(acme(['status: accepted', 'status_date: 2026-11-25'])));
    assert.deepEqual(computeSchedule(index, scheduleContext(D, settings())).filter((a) => a.kind === 'withdraw').map((a) => a.due), [day('2026-11-26')], 'a new date is read');
    index.set('a.md', parseNote(acme()));
    assert.deepEqual(withdraws(), []);
  });
});

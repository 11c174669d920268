import assert from 'node:assert/strict';
import { planFrontMatterEdit } from '../../src/core/edits/frontMatterEdit';
import { planNoteCommand, type NoteCommand } from '../../src/core/edits/noteCommands';
import { day } from './helpers';

const D = day('2026-11-25');
const interview = (frontMatter: string, body = 'Body\n') => `---\ntype: interview\ncompany: Acme\ndate: 2026-11-19\n${frontMatter}---\n${body}`;

/** Plans a command and returns the new text (fails the test when it is refused). */
function run(text: string, command: NoteCommand): string {
  const plan = planNoteCommand(text, command);
  assert.ok(plan.ok, plan.ok ? '' : plan.reason);
  return plan.text;
}

function refused(text: string, command: NoteCommand): string {
  const plan = planNoteCommand(text, command);
  assert.equal(plan.ok, false, 'the command is refused');
  return plan.ok ? '' : plan.reason;
}

describe('writing commands on the note shapes people write (issue 10)', () => {
  it('fills `done: ~`, `snooze: null` and `follow_ups: null` as containers, keeping a comment', () => {
    assert.equal(run(interview('done: ~\nstatus: waiting\n'), { verb: 'mark-done', kind: 'network', day: D }), interview('done:\n  network: 2026-11-25\nstatus: waiting\n'));
    assert.equal(run(interview('snooze: null # later\n'), { verb: 'snooze', kind: 'follow-up-call', until: D }), interview('snooze: # later\n  follow-up-call: 2026-11-25\n'));
    assert.equal(run(interview('follow_ups: null\nstatus: waiting\n'), { verb: 'log', date: D, via: 'phone' }), interview('follow_ups:\n  - date: 2026-11-25\n    via: phone\nstatus: waiting\n'));
    assert.equal(run(interview('follow_ups:\nrole: Eng\n'), { verb: 'log', date: D, via: 'fax' }), interview('follow_ups:\n  - date: 2026-11-25\n    via: fax\nrole: Eng\n'));
  });

  it('replaces a block scalar without swallowing the next key or the closing fence', () => {
    assert.equal(run(interview('status: |\n  waiting\nrole: Eng\n'), { verb: 'outcome', status: 'offer', day: D }), interview('status: offer\nstatus_date: 2026-11-25\nrole: Eng\n'));
    assert.equal(run(interview('role: Eng\nstatus: >- # hmm\n  waiting\n'), { verb: 'outcome', status: 'offer', day: D }), interview('role: Eng\nstatus: offer # hmm\nstatus_date: 2026-11-25\n'));
    const letter = '---\ntype: thank-you\ninterview: ../a.md\nto: Ann Lee\nsent: |\n  not yet\n---\nDear Ann,\n';
    assert.equal(run(letter, { verb: 'sent', day: D }), letter.replace('sent: |\n  not yet\n', 'sent: 2026-11-25\n'));
  });

  it('appends after a bare `-` item or `- # comment`, in the list\'s own column', () => {
    const bare = interview('follow_ups:\n  -\n    date: 2026-11-20\n    via: phone\n');
    assert.equal(run(bare, { verb: 'log', date: D, via: 'email' }), interview('follow_ups:\n  -\n    date: 2026-11-20\n    via: phone\n  - date: 2026-11-25\n    via: email\n'));
    const commented = interview('follow_ups:\n  - # first call\n    date: 2026-11-20\n');
    assert.equal(run(commented, { verb: 'log', date: D }), interview('follow_ups:\n  - # first call\n    date: 2026-11-20\n  - date: 2026-11-25\n'));
    const unindented = interview('follow_ups:\n- date: 2026-11-20\n  via: phone\nstatus: waiting\n');
    assert.equal(run(unindented, { verb: 'log', date: D, via: 'phone' }), interview('follow_ups:\n- date: 2026-11-20\n  via: phone\n- date: 2026-11-25\n  via: phone\nstatus: waiting\n'));
  });

  it('marks the right interviewer when an empty item comes first (never the one after it)', () => {
    const text = interview('interviewers:\n  -\n  - name: Jo Park\n    title: CTO\n  - name: Ann Lee\n    title: VP\n');
    assert.equal(run(text, { verb: 'mark-done', kind: 'thank-you', person: 'Ann Lee', day: D }), text.replace('    title: VP\n', '    title: VP\n    thank_you_sent: 2026-11-25\n'));
    assert.equal(run(text, { verb: 'mark-done', kind: 'thank-you', person: 'ann  lee', day: D }), text.replace('    title: VP\n', '    title: VP\n    thank_you_sent: 2026-11-25\n'));
  });

  it('edits flow mappings as list items, quoted keys, CRLF, an indented root, and `...` fences', () => {
    const flow = interview('interviewers:\n  - {name: Ann Lee, title: CTO}\n  - {name: Jo Park, title: VP}\n');
    assert.equal(run(flow, { verb: 'mark-done', kind: 'thank-you', person: 'Ann Lee', day: D }), flow.replace('title: CTO}', 'title: CTO, thank_you_sent: 2026-11-25}'));
    const quoted = interview('"status": waiting\n\'follow_ups\':\n  - date: 2026-11-20\n');
    assert.equal(run(quoted, { verb: 'outcome', status: 'offer', day: D }), quoted.replace('"status": waiting\n', '"status": offer\nstatus_date: 2026-11-25\n'));
    const crlf = interview('interviewers:\n  - name: Ann Lee\n    title: CTO\n').replace(/\n/g, '\r\n');
    assert.equal(run(crlf, { verb: 'mark-done', kind: 'thank-you', person: 'Ann Lee', day: D }), crlf.replace('title: CTO\r\n', 'title: CTO\r\n    thank_you_sent: 2026-11-25\r\n'));
    const indented = '---\n  type: interview\n  company: Acme\n  date: 2026-11-19\n---\n';
    assert.equal(run(indented, { verb: 'mark-done', kind: 'network', day: D }), indented.replace('---\n', '---\n').replace('2026-11-19\n---', '2026-11-19\n  done:\n    network: 2026-11-25\n---'));
    const dots = '---\ntype: interview\ncompany: A\ndate: 2026-11-19\n...\nBody\n';
    assert.equal(run(dots, { verb: 'outcome', status: 'rejected', day: D }), dots.replace('...', 'status: rejected\nstatus_date: 2026-11-25\n...'));
  });

  it('adds to one-line lists and mappings in their own style, quoting what flow style needs', () => {
    const flow = interview('follow_ups: [{date: 2026-11-20, via: phone}]\n');
    assert.equal(run(flow, { verb: 'log', date: D, via: 'phone', note: 'a, b: c' }), flow.replace('phone}]', 'phone}, {date: 2026-11-25, via: phone, note: "a, b: c"}]'));
    assert.equal(run(interview('done: {}\n'), { verb: 'mark-done', kind: 'network', day: D }), interview('done:\n  network: 2026-11-25\n'));
  });

  it('serves explicit `? key` entries through the document planner (still verified)', () => {
    const explicit = '---\n? type\n: interview\n? company\n: Acme\ndate: 2026-11-19\n---\n';
    const plan = planFrontMatterEdit(explicit, [{ op: 'set', path: ['status'], value: 'rejected' }]);
    assert.ok(plan.ok && plan.method === 'document');
    assert.match(run(explicit, { verb: 'outcome', status: 'rejected', day: D }), /status: rejected\nstatus_date: 2026-11-25\n---\n$/);
  });

  it('refuses with a reason and changes nothing when the edit cannot be made safely', () => {
    assert.match(refused(interview('status: &s waiting\nrole: *s\n'), { verb: 'outcome', status: 'offer', day: D }), /alias/);
    assert.match(refused(interview('done: network\n'), { verb: 'mark-done', kind: 'network', day: D }), /"done" holds a single value/);
    assert.match(refused(interview('interviewers:\n  - name: Ann Lee\n    title: A\n  - name: Ann Lee\n    title: B\n'), { verb: 'mark-done', kind: 'thank-you', person: 'Ann Lee', day: D }), /more than once.*lines 6, 8/);
    assert.match(refused(interview('interviewers:\n  - name: Ann Lee\n    title: A\n'), { verb: 'mark-done', kind: 'thank-you', person: 'Bo Diaz', day: D }), /Bo Diaz is not among the interviewers of this note \(Ann Lee\)/);
    assert.match(refused(interview(''), { verb: 'mark-done', kind: 'keep-searching', day: D }), /whole search/);
    assert.match(refused('---\ntype: thank-you\nto: Ann\n---\n', { verb: 'log', date: D }), /thank-you letter/);
    assert.match(refused(interview(''), { verb: 'sent', day: D }), /Only a thank-you letter/);
    assert.match(refused('---\ntype: [thank-you\n---\n', { verb: 'sent', day: D }), /^line \d+: The front-matter is not valid YAML/);
    assert.match(refused('No front-matter.\n', { verb: 'sent', day: D }), /not an interview note or a thank-you letter/);
  });

  it('a thank-you without a name picks the only interviewer still owed one, and asks otherwise', () => {
    const two = interview('interviewers:\n  - name: Ann Lee\n    title: A\n    thank_you_sent: 2026-11-20\n  - name: Jo Park\n    title: B\n');
    assert.match(run(two, { verb: 'mark-done', kind: 'thank-you', day: D }), /title: B\n    thank_you_sent: 2026-11-25\n/);
    const both = interview('interviewers:\n  - name: Ann Lee\n    title: A\n  - name: Jo Park\n    title: B\n');
    assert.match(refused(both, { verb: 'mark-done', kind: 'thank-you', day: D }), /Say which interviewer was thanked: Ann Lee, Jo Park/);
  });
});

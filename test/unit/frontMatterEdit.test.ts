import assert from 'node:assert/strict';
import { applyChanges, planFrontMatterEdit, yamlScalar, type EditOperation } from '../../src/core/edits/frontMatterEdit';

function edit(text: string, ...operations: EditOperation[]): string {
  const plan = planFrontMatterEdit(text, operations);
  assert.ok(plan.ok, plan.ok ? '' : plan.reason);
  return applyChanges(text, plan.changes);
}

const NOTE = [
  '---',
  'type: interview   # my first onsite',
  "company: 'Acme Corp'",
  'zip: 01234',
  'date: 2026-11-19 14:00',
  'status:',
  'references: [Dana Lee, Sam Ortiz]',
  'interviewers:',
  '  - name: Jane Smith',
  '    title: "Engineering Manager"',
  '  - name: Raj Patel',
  '    title: Staff Engineer',
  'follow_ups:',
  '  - date: 2026-11-27',
  '    via: phone',
  '---',
  'Body stays.',
  '',
].join('\n');

describe('front-matter edits touch only the intended bytes', () => {
  it('fills an empty value and keeps everything else', () => {
    const out = edit(NOTE, { op: 'set', path: ['status'], value: 'rejected' });
    assert.equal(out, NOTE.replace('status:\n', 'status: rejected\n'));
  });

  it('replaces a value keeping its quoting', () => {
    assert.equal(edit(NOTE, { op: 'set', path: ['company'], value: 'Acme Inc' }), NOTE.replace("'Acme Corp'", '"Acme Inc"'));
    assert.equal(edit(NOTE, { op: 'set', path: ['date'], value: '2026-11-20' }), NOTE.replace('2026-11-19 14:00', '2026-11-20'));
  });

  it('adds a missing key before the closing fence', () => {
    assert.equal(edit(NOTE, { op: 'set', path: ['status_date'], value: '2026-12-01' }), NOTE.replace('    via: phone\n---', '    via: phone\nstatus_date: 2026-12-01\n---'));
  });

  it('adds a nested key, creating the mapping when missing', () => {
    const once = edit(NOTE, { op: 'set', path: ['done', 'network'], value: '2026-12-03' });
    assert.equal(once, NOTE.replace('    via: phone\n---', '    via: phone\ndone:\n  network: 2026-12-03\n---'));
    const twice = edit(once, { op: 'set', path: ['done', 'thank-you'], value: '2026-12-04' });
    assert.equal(twice, once.replace('  network: 2026-12-03\n', '  network: 2026-12-03\n  thank-you: 2026-12-04\n'));
  });

  it('sets a field of one list entry', () => {
    const out = edit(NOTE, { op: 'set', path: ['interviewers', 1, 'thank_you_sent'], value: '2026-11-20' });
    assert.equal(out, NOTE.replace('    title: Staff Engineer\n', '    title: Staff Engineer\n    thank_you_sent: 2026-11-20\n'));
  });

  it('appends to a block list in its own indentation', () => {
    const out = edit(NOTE, { op: 'append', path: ['follow_ups'], item: [['date', '2026-12-02'], ['via', 'email'], ['note', 'Asked: any news?']] });
    assert.equal(out, NOTE.replace('    via: phone\n---', '    via: phone\n  - date: 2026-12-02\n    via: email\n    note: "Asked: any news?"\n---'));
  });

  it('creates a missing list, and fills an empty flow list', () => {
    const text = '---\ntype: interview\nfollow_ups: []\n---\n';
    assert.equal(edit(text, { op: 'append', path: ['follow_ups'], item: [['date', '2026-12-02']] }), '---\ntype: interview\nfollow_ups:\n  - date: 2026-12-02\n---\n');
    assert.equal(edit('---\ntype: interview\n---\n', { op: 'append', path: ['follow_ups'], item: [['date', '2026-12-02']] }), '---\ntype: interview\nfollow_ups:\n  - date: 2026-12-02\n---\n');
  });

  it('keeps CRLF line endings', () => {
    const crlf = NOTE.replace(/\n/g, '\r\n');
    const out = edit(crlf, { op: 'set', path: ['done', 'network'], value: '2026-12-03' }, { op: 'set', path: ['status'], value: 'rejected' });
    assert.equal(out, crlf.replace('status:\r\n', 'status: rejected\r\n').replace('    via: phone\r\n---', '    via: phone\r\ndone:\r\n  network: 2026-12-03\r\n---'));
    assert.ok(!/[^\r]\n/.test(out));
  });

  it('keeps a comment after an empty value', () => {
    const text = '---\ntype: thank-you\nsent:   # not yet\n---\n';
    assert.equal(edit(text, { op: 'set', path: ['sent'], value: '2026-11-20' }), '---\ntype: thank-you\nsent: 2026-11-20   # not yet\n---\n');
  });

  it('adds to a mapping written on one line, in its own style', () => {
    const oneLine = '---\ntype: interview\ndone: {network: 2026-12-01}\n---\n';
    assert.equal(edit(oneLine, { op: 'set', path: ['done', 'thank-you'], value: '2026-12-02' }), oneLine.replace('}', ', thank-you: 2026-12-02}'));
  });

  it('refuses what it cannot edit safely, with a reason', () => {
    const scalar = '---\ntype: interview\ndone: network\n---\n';
    const plan = planFrontMatterEdit(scalar, [{ op: 'set', path: ['done', 'thank-you'], value: '2026-12-02' }]);
    assert.equal(plan.ok, false);
    assert.match(plan.ok ? '' : plan.reason, /"done" holds a single value/);
    const broken = planFrontMatterEdit('---\ntype: [\n---\n', [{ op: 'set', path: ['status'], value: 'offer' }]);
    assert.equal(broken.ok, false);
  });

  it('quotes only when plain YAML would read differently', () => {
    assert.equal(yamlScalar('Jane Smith'), 'Jane Smith');
    assert.equal(yamlScalar('2026-11-20'), '2026-11-20');
    for (const s of ['a: b', '- x', '#tag', 'null', 'x #y', ' padded', '', '[x]', '"q"', "'q'"]) {
      assert.notEqual(yamlScalar(s), s, s);
      assert.equal(JSON.parse(yamlScalar(s)), s);
    }
  });
});

import assert from 'node:assert/strict';
import { applyChanges, planFrontMatterEdit, yamlScalar, type EditOperation } from '../../src/core/edits/frontMatterEdit';
import { verifyEdit } from '../../src/core/edits/editVerify';

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
    // A day stays plain where a day belongs; as free text it is quoted (YAML 1.1 reads it as a date).
    assert.equal(yamlScalar('2026-11-20', true), '2026-11-20');
    assert.equal(yamlScalar('2026-11-20'), '"2026-11-20"');
    const otherTypes = ['123', 'yes', 'null', '1e3', '0x1F', '.inf', '-.inf', '.NaN', '~', 'on', 'off', 'y', 'N', '0o17', '+12', '1_000', '1:30', '3.14', '=', '<<'];
    for (const s of ['a: b', '- x', '#tag', 'null', 'x #y', ' padded', '', '[x]', '"q"', "'q'", ...otherTypes]) {
      assert.notEqual(yamlScalar(s), s, s);
      assert.equal(JSON.parse(yamlScalar(s)), s);
    }
  });
});

describe('edits mean the same to every YAML reader', () => {
  const BASE = '---\ntype: interview\ncompany: Acme\ndate: 2026-11-19\ninterviewers:\n  - name: Jo Park\n    title: CTO\n---\nBody.\n';
  const { parseDocument } = require('yaml') as typeof import('yaml');
  /** The front-matter as the core schema and YAML 1.1 read it. */
  const readers = (text: string) => {
    const yaml = text.split('---\n')[1];
    return [parseDocument(yaml, { schema: 'core' }).toJS(), parseDocument(yaml, { version: '1.1' }).toJS()];
  };

  it('writes text that the core schema and YAML 1.1 read back as the same text, days as days', () => {
    for (const note of ['123', 'yes', 'null', '1e3', '0x1F', '.inf', '~', '2026-01-02', 'on', 'off', '0o17', 'a: b', '12:30', 'plain words']) {
      const after = edit(BASE, { op: 'append', path: ['follow_ups'], item: [['date', '2026-11-25'], ['note', note]] });
      for (const data of readers(after)) {
        assert.equal(data.follow_ups[0].note, note, `${note} → ${after}`);
        assert.equal(typeof data.company, 'string');
      }
      assert.match(after, /- date: 2026-11-25\n/);
      const set = edit(BASE, { op: 'set', path: ['company'], value: note });
      for (const data of readers(set)) assert.equal(data.company, note, set);
    }
  });

  it('keeps a comment inside an empty flow collection it fills, on the key line', () => {
    const text = '---\ntype: interview\ncompany: Acme\ndate: 2026-11-19\ndone: { # nothing closed\n}\n---\n';
    const after = edit(text, { op: 'set', path: ['done', 'follow-up-call'], value: '2026-11-25' });
    assert.ok(after.includes('# nothing closed'), after);
    assert.equal(readers(after)[0].done['follow-up-call'], '2026-11-25');
  });

  it('keeps every comment of the edited region or refuses the edit with a reason', () => {
    const text = '---\ntype: interview\ncompany: Acme\ndate: 2026-11-19\ndone: { # one\n # two\n}\n---\n';
    const plan = planFrontMatterEdit(text, [{ op: 'set', path: ['done', 'follow-up-call'], value: '2026-11-25' }]);
    if (plan.ok) {
      const after = applyChanges(text, plan.changes);
      assert.ok(after.includes('# one') && after.includes('# two'), after);
    } else assert.match(plan.reason, /comment/);
    // The verifier itself refuses an edit that drops one, and one that writes a number where text was meant.
    const op: EditOperation = { op: 'set', path: ['done', 'follow-up-call'], value: '2026-11-25' };
    const dropped = verifyEdit(text, text.replace('done: { # one\n # two\n}', 'done: { # one\n follow-up-call: 2026-11-25 }'), [op], 4);
    assert.equal(dropped.ok, false);
    assert.match(dropped.ok ? '' : dropped.reason, /drop the comment "# two"/);
    const base = '---\ntype: interview\ncompany: Acme\n---\n';
    const number = verifyEdit(base, base.replace('company: Acme', 'company: Acme\nnote: 0x1F'), [{ op: 'set', path: ['note'], value: '0x1F' }], 2);
    assert.equal(number.ok, false);
    assert.match(number.ok ? '' : number.reason, /YAML 1\.2 \(core schema\) readers take for a number/);
  });
});

import assert from 'node:assert/strict';
import { frontMatterCompletions } from '../../src/core/present/completion';
import { indexOf, note } from './helpers';

describe('front-matter completion', () => {
  const files = {
    'i.md': note(['type: interview', 'company: Acme', 'date: 2026-11-19', 'status: ', 'interviewers:', '  - name: Jane Smith', '    title: CTO', 'follow_ups:', '  - date: 2026-11-20', '    via: ']),
    'letters/l.md': note(['type: thank-you', 'interview: ../i.md', 'to: Ja', 'via: ']),
  };
  const at = async (file: keyof typeof files, line: number) => {
    const text = files[file];
    const character = text.split('\n')[line].length;
    return frontMatterCompletions(text, { line, character }, await indexOf(files), file);
  };

  it('offers the statuses after status:', async () => {
    assert.deepEqual((await at('i.md', 4)).map((c) => c.label), ['waiting', 'offer', 'accepted', 'rejected', 'withdrawn']);
  });

  it('offers how a follow-up was made inside follow_ups', async () => {
    assert.ok((await at('i.md', 10)).some((c) => c.label === 'phone'));
  });

  it('offers the linked interview\'s interviewers after to:, replacing what is typed', async () => {
    const [jane] = await at('letters/l.md', 3);
    assert.deepEqual([jane.label, jane.detail, jane.replaceFrom], ['Jane Smith', 'CTO', 4]);
  });

  it('offers letter media after via: in a letter, and interview paths after interview:', async () => {
    assert.deepEqual((await at('letters/l.md', 4)).map((c) => c.label), ['email', 'mail', 'fax']);
    const text = files['letters/l.md'].replace('interview: ../i.md', 'interview: ');
    const entries = frontMatterCompletions(text, { line: 2, character: 11 }, await indexOf(files), 'letters/l.md');
    assert.deepEqual(entries.map((c) => c.label), ['../i.md']);
  });

  it('offers nothing in the body', async () => {
    const text = files['i.md'] + 'status: ';
    assert.deepEqual(frontMatterCompletions(text, { line: 13, character: 8 }, await indexOf(files), 'i.md'), []);
  });
});

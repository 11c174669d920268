import assert from 'node:assert/strict';
import { BLOCK_LIMITS, budgetMarkdown, markdownSegments } from '../../src/core/letters/markdownBudget';
import { readProse } from '../../src/core/letters/prose';

const filler = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph number ${i} says thanks for the talk.`).join('\n\n');

describe('the Markdown work budget', () => {
  it('leaves real letters alone: emphasis, links, lists, quotes, tables and code are read', () => {
    const text =
      'Dear Jo,\n\nThank you for **the** talk about *platform* work; see [my site](https://e.example) and ![a chart](c.png).\n\n' +
      '- one\n  - two\n    - three\n\n> > quoted reply\n\n| a | b |\n|---|---|\n| cell | word |\n\n```\ncode\n```\n\nBest,\nSam\n';
    const prose = readProse(text, 0);
    assert.deepEqual(prose.skipped, []);
    const words = prose.words.map((w) => w.token.text);
    for (const w of ['platform', 'site', 'chart', 'three', 'quoted', 'cell', 'Sam']) assert.ok(words.includes(w), w);
    assert.ok(!words.includes('code'));
  });

  it('blanks each over-budget block, keeping offsets and line breaks, and says why', () => {
    const shapes: [string, RegExp][] = [
      ['- '.repeat(2000) + 'x', /nests more than 16/],
      ['*'.repeat(8000) + 'x' + '*'.repeat(8000), /run of 8000 "\*"/],
      ['>'.repeat(BLOCK_LIMITS.nesting + 1) + ' x', /nests more than/],
      ['![' .repeat(BLOCK_LIMITS.brackets + 1) + 'x', /more than 100 links/],
      ['*a'.repeat(BLOCK_LIMITS.delimiterRuns + 1), /runs of emphasis/],
      ['a\n=\n'.repeat(6000), /characters long/],
      ['a'.repeat(10) + '\n' + ' '.repeat(80) + '- x', /indented 80 columns/],
    ];
    for (const [hostile, reason] of shapes) {
      const text = `Before.\n\n${hostile}\n\nAfter wordz.\n`;
      const budgeted = budgetMarkdown(text, 0);
      assert.equal(budgeted.text.length, text.length);
      assert.equal(budgeted.text.split('\n').length, text.split('\n').length);
      assert.equal(budgeted.skipped.length, 1, hostile.slice(0, 20));
      assert.match(budgeted.skipped[0].reason, reason);
      assert.equal(budgeted.skipped[0].start, 9);
      const prose = readProse(text, 0);
      assert.deepEqual(prose.words.map((w) => w.token.text), ['Before', 'After', 'wordz']);
      assert.equal(prose.skipped.length, 1);
    }
  });

  it('still finds the placeholders of a block it does not read', () => {
    const text = `Before.\n\n${'- '.repeat(40)}Dear {{name}}, see [Company] and TODO\n\nAfter.\n`;
    const prose = readProse(text, 0);
    assert.equal(prose.skipped.length, 1);
    assert.deepEqual(prose.placeholders.map((p) => p.text), ['{{name}}', '[Company]', 'TODO']);
    for (const p of prose.placeholders) assert.equal(text.slice(p.start, p.end), p.text);
  });

  it('keeps a code fence line of a blanked block, so the code after it stays code', () => {
    const text = `${'*a'.repeat(300)}\n\`\`\`\nnot prosez\n\n\`\`\`\n\nAfter.\n`;
    const words = readProse(text, 0).words.map((w) => w.token.text);
    assert.ok(!words.includes('prosez'));
    assert.ok(words.includes('After'));
  });

  it('cuts segments only where nothing continues across the cut (fences, HTML comments, indented continuations)', () => {
    const code = '```\n' + 'code line\n\n'.repeat(400) + '```\n';
    const comment = '<!--\n' + 'hidden notez\n\n'.repeat(400) + '-->\n';
    const list = '- item\n\n' + '    continued paragraf\n\n'.repeat(200);
    const text = `${filler(100)}\n\n${code}\n${filler(100)}\n\n${comment}\n${list}\n${filler(100)}\n`;
    const segments = markdownSegments(text, 0);
    assert.ok(segments.length > 5);
    for (const s of segments.slice(1)) {
      const before = text.slice(0, s.start);
      assert.equal((before.match(/^```/gm) ?? []).length % 2, 0, 'not inside a fence');
      assert.equal((before.match(/<!--/g) ?? []).length, (before.match(/-->/g) ?? []).length, 'not inside a comment');
      assert.notEqual(text[s.start], ' ');
    }
    const words = readProse(text, 0).words.map((w) => w.token.text);
    assert.ok(!words.includes('code') && !words.includes('notez'));
    assert.equal(words.filter((w) => w === 'paragraf').length, 200);
  });

  it('keeps references to a definition in another segment links (the label is no prose), and footnotes too', () => {
    const text = `See [the site][acme lbl] and a note[^fn].\n\n${filler(200)}\n\n[Acme  LBL]: https://acme.example\n\n[^fn]: Footnote wordz.\n`;
    assert.ok(markdownSegments(text, 0).length > 2);
    const words = readProse(text, 0).words.map((w) => w.token.text);
    assert.ok(words.includes('site'));
    assert.ok(!words.includes('lbl') && !words.includes('fn'), words.slice(0, 8).join(' '));
    assert.equal(words.filter((w) => w === 'wordz').length, 1, 'the stub definitions add no prose');
  });

  it('limits the work of a whole document too: past the budget, further blocks of the same kind are reported, not read', () => {
    const block = '*a'.repeat(150) + '\n\n';
    const prose = readProse(block.repeat(20), 0);
    // Blocks skipped one after the other for the same reason are one report.
    assert.equal(prose.skipped.length, 1);
    assert.match(prose.skipped[0].reason, /emphasis, links and tags/);
    assert.equal(prose.skipped[0].end, block.length * 20 - 1);
    const tables = readProse(('|a|b|\n|-|-|\n' + '|x|y|\n'.repeat(300) + '\n').repeat(5), 0);
    assert.equal(tables.skipped.length, 1);
    assert.match(tables.skipped[0].reason, /table cells/);
    // Past 1,500 blocks the rest of the document is one report, and the parser never sees it.
    const many = readProse('Thanks\n===\n\n'.repeat(5000), 0);
    assert.equal(many.skipped.length, 1);
    assert.match(many.skipped[0].reason, /more than 1500 blocks/);
    assert.equal(many.sentences.length, 1500);
  });

  it('reads many small blocks in work that grows with the text: thousands of setext headings, definitions and table cells', () => {
    const shapes = [
      'Thanks\n===\n\n'.repeat(1400),
      Array.from({ length: 1400 }, (_, i) => `[${i}]: a\n\n`).join('') + 'See [1].\n',
      ('|a|b|\n|-|-|\n' + '|x|y|\n'.repeat(300) + '\n').repeat(3),
    ];
    for (const text of shapes) {
      const started = Date.now();
      const prose = readProse(text, 0);
      assert.deepEqual(prose.skipped, []);
      assert.ok(prose.sentences.length > 0);
      // Generous (the shared test machines are slow): these took 30 s and more when the work grew with the square.
      assert.ok(Date.now() - started < 15_000, `${Date.now() - started} ms`);
    }
  });
});

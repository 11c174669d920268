import assert from 'node:assert/strict';
import { readProse, sentenceText } from '../../src/core/letters/prose';

/** The words of a Markdown text as read, checked to sit exactly where the text has them. */
function words(text: string, bodyOffset = 0): string[] {
  const prose = readProse(text, bodyOffset);
  for (const { token } of prose.words) assert.equal(text.slice(token.start, token.end), token.text, `"${token.text}" is not at ${token.start}`);
  return prose.words.map((w) => w.token.text);
}

describe('prose: what a Markdown parser sees', () => {
  it('skips front-matter, code blocks, inline code and HTML', () => {
    const text = '---\ntype: thank-you\nto: Jane\n---\nHello `codeword` there.\n\n```\nfenced wordz\n```\n\n    indented codez\n\n<div>htmlword</div>\n';
    assert.deepEqual(words(text, text.indexOf('Hello')), ['Hello', 'there']);
  });

  it('skips HTML comments over several lines, in every layout', () => {
    const layouts = [
      'Before.\n\n<!-- draft: mention the\nsalry and the comute -->\n\nAfter.\n',
      'Before.\n<!--\ndraft notez\n-->\nAfter.\n',
      'Before <!-- inline\nnotez across lines --> after.\n',
      '- item one\n  <!-- a note\n  in a list itemz -->\n- item two\n',
      '> quoted\n> <!-- notez\n> here -->\n',
    ];
    for (const text of layouts) {
      const got = words(text);
      assert.ok(!got.some((w) => /salry|comute|notez|itemz|draft/.test(w)), `${JSON.stringify(text)} → ${got.join(' ')}`);
    }
  });

  it('reads a list item\'s continuation paragraph (indented four spaces, or under a nested item)', () => {
    const text = '- First item\n\n    A continuation paragrah with a typo.\n\n- Second\n  - Nested item\n\n      Nested continuation mispelt here.\n';
    const got = words(text);
    assert.ok(got.includes('paragrah'));
    assert.ok(got.includes('mispelt'));
  });

  it('reads footnote definitions, not footnote references or labels', () => {
    const text = 'A claim.[^note]\n\n[^note]: The footnote has a mispeling.\n';
    const got = words(text);
    assert.ok(got.includes('mispeling'));
    assert.ok(!got.includes('note'));
  });

  it('does not read reference labels, link targets or definitions; reads link text', () => {
    const text = 'See [my portfolio][portfolo-ref] and [the demo](https://exmaple.dev/demoo).\n\n[portfolo-ref]: https://example.com/portfolioo "Titel"\n';
    assert.deepEqual(words(text), ['See', 'my', 'portfolio', 'and', 'the', 'demo']);
  });

  it('does not read addresses with or without a scheme, nor e-mail addresses', () => {
    const text = 'Visit name.dev, example.org/page, linkedin.com/in/jane-doe, www.acme.io or <https://x.org/a> and mail jo@ex.com or jane.doe@company.co.uk today.\n';
    assert.deepEqual(words(text), ['Visit', 'or', 'and', 'mail', 'or', 'today']);
  });

  it('keeps ordinals whole ("14th") and abbreviations like "Node.js" as one token', () => {
    const got = words('On the 14th we met about Node.js and e.g. the 2nd phase.\n');
    assert.ok(got.includes('14th'));
    assert.ok(!got.includes('th'));
    assert.ok(got.includes('Node.js'));
  });

  it('reads table cells, each on its own', () => {
    const text = '| Area | Plan |\n|---|---|\n| Hiring | Recrut two engineers |\n';
    const prose = readProse(text, 0);
    assert.ok(prose.words.some((w) => w.token.text === 'Recrut'));
    assert.ok(prose.sentences.every((s) => !(s.tokens.some((t) => t.text === 'Hiring') && s.tokens.some((t) => t.text === 'Recrut'))));
  });

  it('keeps exact offsets where remark drops markup: block quotes, indented continuation lines, escapes', () => {
    words('> quoted line one\n> line twoo here\n\n- item one\n  continued linee\n\nA &amp; B \\* escaped wordd\n');
  });

  it('reads a sentence across soft line breaks', () => {
    const text = 'I would welcome the chance to join\nyour team next spring.\n';
    const prose = readProse(text, 0);
    assert.equal(prose.sentences.length, 1);
    assert.equal(sentenceText(prose.sentences[0]).text, 'i would welcome the chance to join your team next spring.');
  });

  it('finds placeholders people type, also where Markdown sees HTML or a shortcut reference', () => {
    const text = 'Dear [Name],\n\nI enjoyed [insert detail] at [Company]. Signed <your name>, XXX, TBD, TODO, {{role}}.\n\nAnd `{{code}}` is code.\n';
    const found = readProse(text, 0).placeholders.map((p) => p.text);
    assert.deepEqual(found, ['[Name]', '[insert detail]', '[Company]', '<your name>', 'XXX', 'TBD', 'TODO', '{{role}}']);
  });

  it('does not take links, footnotes, task boxes or ordinary brackets for placeholders', () => {
    const text = '- [x] done\n\nSee [the report](https://a.example) and [1] and (see below) and a note.[^n]\n\n[^n]: Note.\n\nWe met [on Tuesday] to talk.\n';
    assert.deepEqual(readProse(text, 0).placeholders, []);
  });

  it('reports repeated words (across a line break too) at the repeat, and articles by sound', () => {
    const text = 'It was the\nthe best day. I have a MBA and an university degree, a hour ago, an MRI, a one-off, an 18-month plan.\n';
    const findings = readProse(text, 0).findings;
    const repeated = findings.filter((f) => f.rule === 'repeated-word');
    assert.equal(repeated.length, 1);
    assert.equal(text.slice(repeated[0].start, repeated[0].end), 'the');
    assert.equal(repeated[0].start, text.indexOf('\nthe') + 1);
    const articles = findings.filter((f) => f.rule === 'article').map((f) => `${f.actual}→${f.expected}`);
    assert.deepEqual(articles, ['a→an', 'an→a', 'a→an']);
  });

  it('reads the same text the same way whether its blocks come from the cache or not', () => {
    const a = 'Intro paragraf.\n\nSecond paragraph with a typoo.\n\n- list itemm\n';
    const b = `New first paragraph.\n\n${a}`;
    const first = readProse(a, 0).words.map((w) => [w.token.text, w.token.start]);
    const again = readProse(b, 0).words.map((w) => [w.token.text, w.token.start - 'New first paragraph.\n\n'.length]);
    assert.deepEqual(again.slice(3), first);
  });
});

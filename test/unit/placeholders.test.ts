import assert from 'node:assert/strict';
import { findPlaceholders, nextPlaceholder } from '../../src/core/letters/letterPlaceholders';

const letter = (body: string) => `---\ntype: thank-you\nto: "[Name]"\nsent:\n---\n${body}`;
const texts = (body: string) => findPlaceholders(letter(body)).map((p) => p.text);

describe('placeholders in a letter', () => {
  it('finds template placeholders and the forms people type by hand, in order', () => {
    assert.deepEqual(
      texts('Dear [Name],\n\nThank you for {{the day}} at [Company]. I enjoyed [insert topic here].\n\nBest, <your name>\nXXX, TBD and TODO.\n'),
      ['[Name]', '{{the day}}', '[Company]', '[insert topic here]', '<your name>', 'XXX', 'TBD', 'TODO'],
    );
    assert.deepEqual(texts('I bring [SPECIFIC SKILL] and [Your Name]; call [interviewer\'s name].'), ['[SPECIFIC SKILL]', '[Your Name]', '[interviewer\'s name]']);
  });

  it('finds angle-bracket placeholders however Markdown reads them: inline HTML, an HTML block of them, or text', () => {
    // An HTML block: lines that start with a tag; under a quote and in a list item the markers are stripped from its value.
    assert.deepEqual(texts('Kind regards,\n\n<Full Name>\n<mobile number> | <email address>\n'), ['<Full Name>', '<mobile number>', '<email address>']);
    assert.deepEqual(texts('> <Full Name>\n> <job title>\n'), ['<Full Name>', '<job title>']);
    assert.deepEqual(texts('- <team name>\n  <start date>\n'), ['<team name>', '<start date>']);
    // Inline HTML, and text (an apostrophe makes no tag).
    assert.deepEqual(texts("Dear <recruiter's first name>, I enjoyed meeting <Panel Member’s Name> at <office>."), ["<recruiter's first name>", '<Panel Member’s Name>', '<office>']);
    const body = 'Intro.\n\n> <Full Name>\n> <job title>\n';
    const text = letter(body);
    for (const p of findPlaceholders(text)) assert.equal(text.slice(p.start, p.end), p.text);
  });

  it('leaves HTML markup, comparisons, autolinks and commented-out placeholders alone', () => {
    assert.deepEqual(texts('Line one<br>\nline two, <em>really</em>.\n\n<div>\n<span>x</span>\n</div>\n'), []);
    assert.deepEqual(texts('Costs fell when a <= b and c > d, by <5 % in all.\n\nSee <https://example.org/jobs>.'), []);
    assert.deepEqual(texts('<!-- sign as <your name>\n<your phone> -->\n\nBest,\n\nMo'), []);
  });

  it('gives offsets into the whole text', () => {
    const text = letter('Hello {{a topic you discussed with Raj}} there');
    const [p] = findPlaceholders(text);
    assert.equal(text.slice(p.start, p.end), '{{a topic you discussed with Raj}}');
  });

  it('ignores the front-matter, code, comments, links, task boxes, footnotes and addresses', () => {
    assert.deepEqual(texts([
      'See [your portfolio](https://example.com/XXX) and [Company site][1].',
      '- [ ] call back',
      '- [x] sent',
      'A claim[^1] and `{{code}}` and <!-- TODO: [insert later] -->.',
      '```',
      '[Name] TODO',
      '```',
      'Visit www.example.com/TODO or <https://example.com>, <br> and <em>this</em>.',
      'Todo lists, xxx-small, a TBDs mention and XX are fine.',
      '',
      '[1]: https://example.com',
    ].join('\n')), []);
  });

  it('does not count a placeholder twice when forms nest', () => {
    assert.deepEqual(texts('{{[insert name]}} and [insert {{x}}]'), ['{{[insert name]}}', '[insert {{x}}]']);
  });

  it('reads a text without front-matter from the start', () => {
    assert.deepEqual(findPlaceholders('Dear [Name],').map((p) => p.text), ['[Name]']);
  });

  it('goes to the next placeholder after the cursor, wrapping around, and back', () => {
    const text = letter('A {{one}} B {{two}} C {{three}}');
    const all = findPlaceholders(text);
    const [one, two, three] = all;
    assert.equal(nextPlaceholder(all, 0), one);
    assert.equal(nextPlaceholder(all, one.start), two, 'from a selected placeholder, the one after it');
    assert.equal(nextPlaceholder(all, one.start + 2), two, 'from inside one, the one after it');
    assert.equal(nextPlaceholder(all, three.start), one, 'wraps around');
    assert.equal(nextPlaceholder(all, two.start, 'previous'), one);
    assert.equal(nextPlaceholder(all, one.start, 'previous'), three, 'wraps around backwards');
    assert.equal(nextPlaceholder([], 0), undefined);
  });
});

/** Note values as inert text: in a terminal, in Markdown tooltips, in notifications (issue 18). */
import assert from 'node:assert/strict';
import { markdownCode, markdownText, messageText } from '../../src/core/present/markdownText';
import { actionTooltip } from '../../src/core/present/presentation';
import type { DueAction } from '../../src/core/shared/types';
import { day } from './helpers';
import { decodeFileName, hasRawBytes } from '../../src/core/shared/fileNames';
import { terminalBlock, terminalJson, terminalLine } from '../../src/core/shared/terminalText';

describe('terminal text', () => {
  it('shows C0 and C1 controls, ESC and OSC sequences as escapes', () => {
    assert.equal(terminalLine('a\u001b]52;c;aGk=\u0007b'), 'a\\u001b]52;c;aGk=\\u0007b');
    assert.equal(terminalLine('x\u009b2J\u007f'), 'x\\u009b2J\\u007f');
    assert.equal(terminalLine('over\rwrite'), 'over write', 'a line break of any kind is a space on one line');
  });

  it('shows zero-width, bidi, tag, separator and filler characters as escapes', () => {
    const hidden = ['\u200b', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u061c', '\u202a', '\u202e', '\u2066', '\u2069', '\u2028', '\u2029', '\u3164', '\u115f'];
    for (const c of hidden) assert.equal(terminalLine(`a${c}b`), `a\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}b`, JSON.stringify(c));
    assert.equal(terminalLine('tag\u{e0041}\u{e007f}'), 'tag\\u{e0041}\\u{e007f}');
    assert.equal(terminalLine('caf\udce9.md'), 'caf\\udce9.md', 'a byte of a name that is not UTF-8');
  });

  it('leaves ordinary text alone, accents, CJK and emoji included', () => {
    for (const text of ['Jane Smith — Acme Corp.', 'Ångström Øre', '株式会社', 'café ☕ 🎉', 'tab\there']) {
      assert.equal(terminalLine(text), text.replace('\t', '\\u0009'));
    }
  });

  it('keeps the layout of a block (LF, CRLF, tabs) but escapes a lone CR', () => {
    assert.equal(terminalBlock('a\tb\r\nc\nd\re\u001b[2J'), 'a\tb\r\nc\nd\\u000de\\u001b[2J');
  });

  it('writes JSON whose escapes parse back to the same value', () => {
    const value = { company: 'A\u202e\u200bB\u2028\u{e0041}\u0085', file: 'caf\udce9.md', list: ['x\u001by'] };
    const json = terminalJson(value);
    assert.doesNotMatch(json, /[\u0000-\u0009\u000b-\u001f\u0080-\u009f\u200b\u2028\u202e]|[\u{e0000}-\u{e007f}]|\p{Cs}/u);
    assert.deepEqual(JSON.parse(json), value);
    assert.match(json, /"company": "A\\u202e\\u200bB\\u2028\\udb40\\udc41\\u0085"/);
  });
});

describe('markdown text', () => {
  it('makes images, links, autolinks, HTML and emphasis from note text literal', () => {
    const hostile = 'Acme ![](https://tracker.example/p.png) [click](command:x) <img src=x> *bold* `code` $(alert) www.x.com a@b.example';
    const escaped = markdownText(hostile);
    // Every punctuation character is escaped: nothing can open a construct.
    assert.doesNotMatch(escaped.replace(/\\[!-/:-@[-`{-~]/g, ''), /[!-/:-@[-`{-~]/);
    assert.equal(escaped.replace(/\\([!-/:-@[-`{-~])/g, '$1'), hostile, 'unescaped, it is the text as written');
    assert.equal(markdownText('two\nlines\r\n# heading'), 'two lines \\# heading');
  });

  it('fences a code span longer than any backtick run in it', () => {
    assert.equal(markdownCode('notes/acme.md'), '`notes/acme.md`');
    assert.equal(markdownCode('a`b.md'), '``a`b.md``');
    assert.equal(markdownCode('a``b```c.md'), '````a``b```c.md````');
    assert.equal(markdownCode('`start.md'), '`` `start.md ``');
    assert.equal(markdownCode('line\nbreak'), '`line break`');
  });

  it('the tree tooltip escapes the note\'s values: title, advice and file name', () => {
    const action: DueAction = {
      kind: 'thank-you', file: 'interviews/a`b.md', company: 'Acme ![](https://tracker.example/p.png)', person: 'Jo [x](command:y)',
      title: 'Send a thank-you note to Jo [x](command:y) at Acme ![](https://tracker.example/p.png) $(alert)', due: day('2026-11-27'), opens: null, state: 'upcoming',
      advice: 'Thank <b>Acme</b> *now*',
    };
    const tooltip = actionTooltip(action, day('2026-11-25'));
    assert.doesNotMatch(tooltip, /(^|[^\\])[![\]<$]/m, tooltip);
    assert.ok(tooltip.startsWith('**Send a thank\\-you note to Jo \\[x\\]\\(command\\:y\\) at Acme \\!\\[\\]'), tooltip);
    assert.ok(tooltip.includes('\n\n' + String.raw`*Thank \<b\>Acme\<\/b\> \*now\**` + '\n'), tooltip);
    assert.ok(tooltip.endsWith('\n\n``interviews/a`b.md``'), tooltip);
  });

  it('breaks $(icon) and [label](link) apart in messages', () => {
    assert.equal(messageText('Acme $(alert) [open](https://x) ok'), 'Acme $ (alert) [open] (https://x) ok');
    assert.equal(messageText('Plain text, $5 and (brackets).'), 'Plain text, $5 and (brackets).');
  });
});

describe('file names that are not UTF-8', () => {
  const bytes = (...values: (number | string)[]) => new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...Buffer.from(v)] : [v])));

  it('decode valid UTF-8 as UTF-8', () => {
    assert.equal(decodeFileName(bytes('café 株式会社 🎉.md')), 'café 株式会社 🎉.md');
    assert.equal(hasRawBytes('café.md'), false);
  });

  it('keep each other byte as its own lone surrogate, so different names stay different', () => {
    const names = [bytes('caf', 0xe9, '.md'), bytes('caf', 0xe8, '.md'), bytes('caf', 0xff, '.md'), bytes('caf', 0xc3, '.md')].map(decodeFileName);
    assert.deepEqual(names, ['caf\udce9.md', 'caf\udce8.md', 'caf\udcff.md', 'caf\udcc3.md']);
    assert.ok(names.every(hasRawBytes));
  });

  it('refuse overlong forms, encoded surrogates and code points past U+10FFFF, byte by byte', () => {
    assert.equal(decodeFileName(bytes(0xc0, 0xaf)), '\udcc0\udcaf');
    assert.equal(decodeFileName(bytes(0xed, 0xa0, 0x80)), '\udced\udca0\udc80');
    assert.equal(decodeFileName(bytes(0xf4, 0x90, 0x80, 0x80)), '\udcf4\udc90\udc80\udc80');
    assert.equal(decodeFileName(bytes(0xe2, 0x82)), '\udce2\udc82', 'a sequence cut short');
  });
});

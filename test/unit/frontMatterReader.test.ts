import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import matter from 'gray-matter';
import { generateNote } from '../../bench/generate';
import { findFrontMatter } from '../../src/core/notes/frontMatter';
import { endsEarlyForOtherTools, readFrontMatterTree } from '../../src/core/notes/frontMatterReader';
import { parseYamlTree } from '../../src/core/notes/yamlTree';
import { caseBytes, loadCorpus } from './hostileCorpus';

const ROOT = resolve(__dirname, '../../..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
  });
}

/** gray-matter as the other tools' reference: whether it ends this block before its closing fence (its engine is never run). */
const OPTIONS = { language: 'yaml', delimiters: '---', excerpt: false, engines: { yaml: { parse: () => ({}), stringify: () => '' } } };
function grayMatterEndsEarly(yaml: string): boolean {
  return matter(`---\n${yaml}---\n`, OPTIONS).matter !== (yaml === '' ? '' : `\n${yaml.slice(0, -1)}`);
}

/** The reader gives what the ranged parser alone gives, and refuses exactly the blocks gray-matter would end early. */
function sameAnswer(text: string, label: string): void {
  const block = findFrontMatter(text);
  if (block.kind !== 'yaml') return;
  assert.equal(endsEarlyForOtherTools(block.yaml), grayMatterEndsEarly(block.yaml), `${label}: where the front-matter ends`);
  if (endsEarlyForOtherTools(block.yaml)) return;
  assert.deepEqual(JSON.parse(JSON.stringify(readFrontMatterTree(block.yaml))), JSON.parse(JSON.stringify(parseYamlTree(block.yaml, block.firstLine))), label);
}

describe('the front-matter reader, held to gray-matter\'s idea of where the front-matter ends', () => {
  it('reads the fixtures, the hostile corpus and 2,000 generated notes exactly as the ranged parser does, ending where gray-matter ends', () => {
    for (const file of markdownFiles(join(ROOT, 'test/fixtures'))) sameAnswer(readFileSync(file, 'utf8'), file);
    for (const c of loadCorpus()) {
      const bytes = caseBytes(c);
      if (bytes.length < 200_000) sameAnswer(new TextDecoder().decode(bytes), c.name);
    }
    for (let i = 0; i < 2000; i++) sameAnswer(generateNote(i).text, `generated #${i}`);
    for (const odd of ['# only a comment\n', '', 'a: 1\r\nb: 2\r\n', 'dates: 2026-03-02\n', 'x: |\n  ---not a fence\n']) sameAnswer(`---\n${odd}---\n`, JSON.stringify(odd));
  });

  it('keeps dates as text (no Date at UTC midnight) and ranges on every value', () => {
    const tree = readFrontMatterTree('date: 2026-03-02\n');
    assert.ok(tree.ok && tree.root.kind === 'map');
    const value = tree.root.entries[0].value;
    assert.equal(value.kind === 'scalar' ? value.value : undefined, '2026-03-02');
    assert.deepEqual(JSON.parse(JSON.stringify(value.range)), { start: { line: 1, character: 6 }, end: { line: 1, character: 16 } });
  });

  it('ends a block where gray-matter ends it, whatever the lines (fences, CRLF, indented and quoted dashes)', () => {
    const line = fc.constantFrom('a: 1', '---', '--- x', '---x: 1', ' ---', '"---"', '-- -', '- item', '# ---', '', 'b: ---', '----');
    const eol = fc.constantFrom('\n', '\r\n');
    fc.assert(fc.property(fc.array(fc.tuple(line, eol), { maxLength: 6 }), (lines) => {
      const yaml = lines.map(([l, e]) => l + e).join('');
      assert.equal(endsEarlyForOtherTools(yaml), grayMatterEndsEarly(yaml), JSON.stringify(yaml));
    }), { numRuns: 2000 });
  });

  it('refuses a block that gray-matter would end at a line starting with ---', () => {
    const tree = readFrontMatterTree('---x: 1\na: 2\n');
    assert.equal(tree.ok, false);
  });
});

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import matter from 'gray-matter';
import { generateNote } from '../../bench/generate';
import { findFrontMatter } from '../../src/core/notes/frontMatter';
import { readFrontMatterTree } from '../../src/core/notes/frontMatterReader';
import { parseYamlTree } from '../../src/core/notes/yamlTree';
import { caseBytes, loadCorpus } from './hostileCorpus';

const ROOT = resolve(__dirname, '../../..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
  });
}

/** gray-matter's answer for a block the gate passed: whether it reads the same block (else it would close the front-matter early). */
function grayMatterReadsWhole(yaml: string): boolean {
  const expected = yaml === '' ? '' : `\n${yaml.slice(0, -1)}`;
  const refuse = (): never => {
    throw new Error('no engine runs in this test');
  };
  const file = matter(`---\n${yaml}---\n`, { language: 'yaml', delimiters: '---', excerpt: false, engines: { yaml: { parse: () => ({}), stringify: refuse } } } as never);
  return file.matter === expected;
}

/** The reader gives what the ranged parser gives, and refuses exactly the blocks gray-matter would cut. */
function sameAnswer(text: string, label: string): void {
  const block = findFrontMatter(text);
  if (block.kind !== 'yaml') return;
  const tree = readFrontMatterTree(block.yaml);
  if (!grayMatterReadsWhole(block.yaml)) {
    assert.equal(tree.ok, false, label);
    return;
  }
  assert.deepEqual(JSON.parse(JSON.stringify(tree)), JSON.parse(JSON.stringify(parseYamlTree(block.yaml, block.firstLine))), label);
}

describe('the front-matter reader, held to gray-matter\'s answers', () => {
  it('reads the fixtures, the hostile corpus and 2,000 generated notes exactly as the ranged parser does', () => {
    for (const file of markdownFiles(join(ROOT, 'test/fixtures'))) sameAnswer(readFileSync(file, 'utf8'), file);
    for (const c of loadCorpus()) {
      const bytes = caseBytes(c);
      if (bytes.length < 200_000) sameAnswer(new TextDecoder().decode(bytes), c.name);
    }
    for (let i = 0; i < 2000; i++) sameAnswer(generateNote(i).text, `generated #${i}`);
    for (const odd of ['# only a comment\n', '', 'a: 1\r\nb: 2\r\n', 'dates: 2026-03-02\n', 'x: |\n  ---not a fence\n', 'x: |\n---not a fence\n', '---x: 1\n', 'a: 1\r\n---\r\n']) sameAnswer(`---\n${odd}---\n`, JSON.stringify(odd));
  });

  it('refuses a block exactly when gray-matter would end it early (random blocks of dashes, breaks and text)', () => {
    const piece = fc.constantFrom('-', '--', '---', '\n', '\r\n', 'a: 1', ' ', '#', 'x');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
      const text = `---\n${pieces.join('')}\n---\n`;
      const block = findFrontMatter(text);
      if (block.kind !== 'yaml') return;
      const fenceRefused = !readFrontMatterTree(block.yaml).ok && /starts with ---/.test((readFrontMatterTree(block.yaml) as { error: { message: string } }).error.message);
      assert.equal(fenceRefused, !grayMatterReadsWhole(block.yaml), JSON.stringify(block.yaml));
    }), { numRuns: 2000 });
  });

  it('keeps dates as text (no Date at UTC midnight) and ranges on every value', () => {
    const tree = readFrontMatterTree('date: 2026-03-02\n');
    assert.ok(tree.ok && tree.root.kind === 'map');
    const value = tree.root.entries[0].value;
    assert.equal(value.kind === 'scalar' ? value.value : undefined, '2026-03-02');
    assert.deepEqual(JSON.parse(JSON.stringify(value.range)), { start: { line: 1, character: 6 }, end: { line: 1, character: 16 } });
  });

  it('refuses a block that gray-matter would end at a line starting with ---', () => {
    const tree = readFrontMatterTree('---x: 1\na: 2\n');
    assert.equal(tree.ok, false);
  });
});

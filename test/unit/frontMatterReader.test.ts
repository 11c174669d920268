import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

/** The reader through gray-matter gives what the ranged parser alone gave before it. */
function sameAnswer(text: string, label: string): void {
  const block = findFrontMatter(text);
  if (block.kind !== 'yaml') return;
  assert.deepEqual(JSON.parse(JSON.stringify(readFrontMatterTree(block.yaml))), JSON.parse(JSON.stringify(parseYamlTree(block.yaml, block.firstLine))), label);
}

describe('gray-matter behind the gate, with the project\'s YAML engine', () => {
  it('reads the fixtures, the hostile corpus and 2,000 generated notes exactly as the ranged parser does', () => {
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

  it('is never asked to cache: gray-matter\'s cache stays empty', () => {
    for (let i = 0; i < 50; i++) readFrontMatterTree(`i: ${i}\n`);
    assert.deepEqual(Object.keys((matter as unknown as { cache: object }).cache), []);
  });

  it('refuses a block that gray-matter would end at a line starting with ---', () => {
    const tree = readFrontMatterTree('---x: 1\na: 2\n');
    assert.equal(tree.ok, false);
  });
});

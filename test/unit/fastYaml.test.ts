import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findFrontMatter } from '../../src/core/notes/frontMatter';
import { fastYamlTree } from '../../src/core/notes/fastYaml';
import { parseYamlTree, type YNode } from '../../src/core/notes/yamlTree';
import { generateNote } from '../../bench/generate';
import { caseBytes, loadCorpus } from './hostileCorpus';

const ROOT = resolve(__dirname, '../../..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
  });
}

/** The tree without the root's own range (which nothing uses). */
function comparable(node: YNode): unknown {
  return node.kind === 'map' ? { entries: node.entries } : node;
}

let fastHits = 0;
function sameAnswer(text: string, label: string): void {
  const block = findFrontMatter(text);
  if (block.kind !== 'yaml') return;
  const slow = parseYamlTree(block.yaml, block.firstLine, { fastPath: false });
  const fast = fastYamlTree(block.yaml, block.firstLine);
  if (!fast) return; // the full parser answers alone
  fastHits++;
  assert.ok(slow.ok, `${label}: the fast path accepted what the full parser refuses: ${slow.ok ? '' : slow.error.message}`);
  assert.deepEqual(comparable(fast), comparable(slow.root), label);
}

describe('the front-matter fast path gives the full parser\'s answers', () => {
  it('on the sample journal and the test fixtures', () => {
    for (const file of markdownFiles(join(ROOT, 'test/fixtures'))) sameAnswer(readFileSync(file, 'utf8'), file);
  });

  it('on the hostile corpus', () => {
    for (const c of loadCorpus()) {
      const bytes = caseBytes(c);
      if (bytes.length < 200_000) sameAnswer(new TextDecoder().decode(bytes), c.name);
    }
  });

  it('on 2,000 generated notes, and takes most of them', () => {
    const before = fastHits;
    for (let i = 0; i < 2000; i++) sameAnswer(generateNote(i).text, `generated #${i}`);
    assert.ok(fastHits - before > 1500, `fast path took ${fastHits - before} of 2000`);
  });

  it('on tricky shapes, answering or deferring but never differing', () => {
    const shapes = [
      'a:\n', 'a:   \n', 'a:  # c\n', 'a: x  # c\n', 'a: "q"\n', "a: 'q'\n", 'a: [x, y]\n', 'a: []\n', 'a: [ x ,  y ]\n',
      'a:\n  - k: v\n    j: w\n  - k: z\n', 'a:\n- k: v\n', 'a:\n  b: c\n  d: e\n', 'a: x\nb:\n', '# top\na: x\n\n# mid\nb: y\n',
      'a:\n  - one\n  - two\n', 'a:\n  - k:\n    j: w\n', 'a: ~\nb: null\nc: "null"\n', 'a: x:y\n', 'a: http://x.y/z?q=1#frag\n',
      'a: x #c\nb:\n  - k: v # c\n', 'a: 01234\n', 'a: yes\n', '__proto__: x\n', 'a: "x #1"\n', 'a: \'it\'\'s\'\n', 'a: "esc\\n"\n',
      'a:\n  b:\n    c: d\n', 'a: x\n  y\n', 'a: &x v\nb: *x\n', 'a: |\n  t\n', 'a:\n  - k: v\n\n  - k: w\n', 'a: {b: c}\n', '- x\n', 'a: x\na: y\n',
    ];
    for (const s of shapes) sameAnswer(`---\n${s}---\n`, JSON.stringify(s));
  });

  it('on Unicode white space and control characters, which YAML does not trim the way JavaScript does', () => {
    const spaces = ['\u00a0', '\u1680', '\u2003', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\v', '\f', '\u0085', '\u0001', '\u007f'];
    for (const w of spaces) {
      for (const s of [`a: [${w}a]\n`, `a: ${w}x\n`, `a: x${w}\n`, `${w}\na: x\n`, `a: x\n${w}\nb: y\n`, `a:\n  - ${w}k: v\n`, `a: "${w}"\n`]) {
        sameAnswer(`---\n${s}---\n`, JSON.stringify(s));
        assert.equal(fastYamlTree(s, 1), undefined, `${JSON.stringify(s)} goes to the full parser`);
      }
    }
  });
});

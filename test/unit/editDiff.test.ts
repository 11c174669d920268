import assert from 'node:assert/strict';
import { createTwoFilesPatch } from 'diff';
import { editDiff } from '../../src/core/edits/editDiff';
import { applyChanges, type TextChange } from '../../src/core/edits/textChanges';

/** What the dry run printed before: jsdiff over both whole texts. */
function fullDiff(path: string, before: string, after: string): string {
  const patch = createTwoFilesPatch(path, path, before, after, 'before', 'after', { context: 3 });
  return patch.slice(patch.indexOf('--- '));
}

describe('the dry run diff', () => {
  it('is the same unified diff as comparing the whole texts, for changes anywhere', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `line ${i}`);
    const texts = [lines.join('\n') + '\n', lines.join('\n'), '\n\n' + lines.join('\r\n') + '\r\n'];
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 400; round++) {
      const before = texts[round % texts.length];
      const changes: TextChange[] = [];
      let at = 0;
      for (let k = 0; k < 1 + rand(3); k++) {
        const start = Math.min(before.length, at + rand(120));
        const end = Math.min(before.length, start + rand(3) * rand(12));
        changes.push({ start, end, text: ['', 'x', 'new line\n', '\nadded: 1\n'][rand(4)] });
        at = end + 1;
        if (at >= before.length) break;
      }
      const after = applyChanges(before, changes);
      if (after === before) continue;
      assert.equal(editDiff('n.md', before, after, changes), fullDiff('n.md', before, after), JSON.stringify({ round, changes }));
    }
  });

  it('compares only the changed lines of a 16 MB note', () => {
    const head = '---\ntype: interview\ncompany: Acme\ndate: 2026-11-19\n---\n';
    const before = head + 'A long body line that goes on.\n'.repeat(16 * 1024 * 1024 / 31);
    const changes: TextChange[] = [{ start: head.indexOf('---\n', 4), end: head.indexOf('---\n', 4), text: 'status: offer\n' }];
    const after = applyChanges(before, changes);
    const started = Date.now();
    const diff = editDiff('n.md', before, after, changes);
    assert.ok(Date.now() - started < 5_000, `${Date.now() - started} ms`);
    assert.equal(diff, '--- n.md\tbefore\n+++ n.md\tafter\n@@ -2,6 +2,7 @@\n type: interview\n company: Acme\n date: 2026-11-19\n+status: offer\n ---\n A long body line that goes on.\n A long body line that goes on.\n');
  });
});

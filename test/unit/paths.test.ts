import * as assert from 'node:assert/strict';
import { posix } from 'node:path';
import fc from 'fast-check';
import { dirname, joinRelative, posixPath, relativeFrom } from '../../src/core/shared/paths';

/** Paths made of the segments that make path code go wrong: empty, `.`, `..`, and names. */
const segment = fc.constantFrom('', '.', '..', 'a', 'b', 'notes', '...', '.hidden', 'x y', 'é');
const path = fc.array(segment, { maxLength: 7 }).map((s) => s.join('/'));
const rooted = fc.tuple(fc.boolean(), path).map(([abs, p]) => (abs ? `/${p}` : p));

/** Whether a folder-relative path stays inside its folder (`relative` is only used on those). */
const inside = (p: string) => {
  const n = posix.normalize(`/w/${p}`);
  return n === '/w' || n.startsWith('/w/');
};

describe('note paths without node:path (the same code runs in the browser)', () => {
  it('normalize, join and dirname give what Node\'s path.posix gives', () => {
    fc.assert(fc.property(rooted, (p) => {
      assert.equal(posixPath.normalize(p), posix.normalize(p), `normalize(${JSON.stringify(p)})`);
      assert.equal(posixPath.dirname(p), posix.dirname(p), `dirname(${JSON.stringify(p)})`);
    }), { numRuns: 3000 });
    fc.assert(fc.property(fc.array(rooted, { maxLength: 4 }), (parts) => {
      assert.equal(posixPath.join(...parts), posix.join(...parts), `join(${JSON.stringify(parts)})`);
    }), { numRuns: 3000 });
  });

  it('relative gives what Node\'s path.posix gives for paths inside the folder', () => {
    fc.assert(fc.property(path, path, (from, to) => {
      fc.pre(inside(from) && inside(to));
      assert.equal(posixPath.relative(from, to), posix.relative(`/w/${from}`, `/w/${to}`), `relative(${JSON.stringify(from)}, ${JSON.stringify(to)})`);
    }), { numRuns: 3000 });
  });

  it('keeps the helpers\' answers on the usual cases', () => {
    assert.equal(dirname('notes/acme.md'), 'notes');
    assert.equal(dirname('acme.md'), '');
    assert.equal(joinRelative('notes', 'letters/../x'), 'notes/x');
    assert.equal(joinRelative('notes', '../../etc'), undefined);
    assert.equal(joinRelative('', '/etc/passwd'), 'etc/passwd');
    assert.equal(joinRelative('', '.'), '');
    assert.equal(joinRelative('', 'a\\b'), 'a/b');
    assert.equal(relativeFrom('notes/thank-you/l.md', 'notes/acme.md'), '../acme.md');
    assert.equal(relativeFrom('l.md', 'acme.md'), './acme.md');
  });
});

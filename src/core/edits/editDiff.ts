/**
 * The unified diff a dry run prints. The changes are known, so only the lines they touch (and the
 * context around them) are compared: jsdiff never sees the whole text, and a 16 MB note costs
 * its size once (finding the lines), not the memory of two split texts.
 */
import { formatPatch, structuredPatch } from 'diff';
import type { TextChange } from './textChanges';

/** A unified diff (`---`, `+++`, hunks) of `before` → `after`, where `after` is `before` with `changes` applied. */
export function editDiff(path: string, before: string, after: string, changes: readonly TextChange[], context = 3): string {
  if (changes.length === 0) return '';
  const first = Math.min(...changes.map((c) => c.start));
  const last = Math.max(...changes.map((c) => c.end));
  const growth = changes.reduce((sum, c) => sum + c.text.length - (c.end - c.start), 0);
  // From `context` lines before the first change to `context` lines after the last (whole lines).
  let start = before.lastIndexOf('\n', first - 1) + 1;
  for (let i = 0; i < context && start > 0; i++) start = start < 2 ? 0 : before.lastIndexOf('\n', start - 2) + 1;
  let end = last;
  for (let i = 0; i <= context && end < before.length; i++) {
    const nl = before.indexOf('\n', end);
    end = nl === -1 ? before.length : nl + 1;
  }
  let lineOffset = 0;
  for (let at = before.indexOf('\n'); at !== -1 && at < start; at = before.indexOf('\n', at + 1)) lineOffset++;
  const patch = structuredPatch(path, path, before.slice(start, end), after.slice(start, end + growth), 'before', 'after', { context });
  for (const hunk of patch.hunks) {
    hunk.oldStart += lineOffset;
    hunk.newStart += lineOffset;
  }
  const text = formatPatch(patch);
  // jsdiff opens with an `Index:` line and a rule; a unified diff starts at `---`.
  return text.slice(text.indexOf('--- '));
}

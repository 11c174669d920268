/**
 * Plans minimal edits to a note's front-matter: only the bytes of the value being changed (or the
 * lines being added) change; comments, key order, quoting, line endings and a BOM stay as they are.
 */
import { isSelector, selectItem, toData, verifyEdit, type EditOperation, type PathSegment } from './editVerify';
import { parseNote } from './note';
import { TextLines } from './textLines';
import type { Position } from './types';
import type { YEntry, YMap, YNode } from './yamlTree';

export type { EditOperation, PathSegment } from './editVerify';

/** A replacement of [start, end) offsets in the text the plan was made from. */
export interface TextChange {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type EditPlan = { ok: true; changes: TextChange[] } | { ok: false; reason: string };

/**
 * Plans one or more operations against `text` (the document text without a BOM): minimal changes,
 * verified (see editVerify) before they are returned; a plan that cannot be verified is refused.
 */
export function planFrontMatterEdit(text: string, operations: readonly EditOperation[]): EditPlan {
  const plan = planChanges(text, operations);
  if (!plan.ok || plan.changes.length === 0) return plan;
  const firstLine = new TextLines(text).positionAt(plan.changes[0].start).line;
  const verdict = verifyEdit(text, applyChanges(text, plan.changes), operations, firstLine);
  return verdict.ok ? plan : { ok: false, reason: capitalize(verdict.reason) + '.' };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function planChanges(text: string, operations: readonly EditOperation[]): EditPlan {
  let current = text;
  // Changes expressed against the original text, as long as they do not overlap.
  let original: TextChange[] = [];
  let overlapped = false;
  for (const operation of operations) {
    const plan = planOne(current, operation);
    if (!plan.ok) return plan;
    for (const change of plan.changes) {
      current = applyChanges(current, [change]);
      const mapped = toOriginal(change, original);
      if (mapped) original = [...original, mapped].sort((a, b) => a.start - b.start);
      else overlapped = true;
    }
  }
  return { ok: true, changes: overlapped ? squash(text, current) : original };
}

/** Maps a change planned on the text after `earlier` back to the original text; undefined when it touches one of them. */
function toOriginal(change: TextChange, earlier: readonly TextChange[]): TextChange | undefined {
  let shift = 0;
  for (const e of earlier) {
    const startAfter = e.start + shift;
    const endAfter = startAfter + e.text.length;
    if (change.end <= startAfter && !(change.start === change.end && change.start === startAfter && e.start === e.end)) break;
    if (change.start < endAfter || (change.start === endAfter && change.start === change.end && e.start === e.end)) return undefined;
    shift += e.text.length - (e.end - e.start);
  }
  return { start: change.start - shift, end: change.end - shift, text: change.text };
}

export function applyChanges(text: string, changes: readonly TextChange[]): string {
  let out = text;
  for (const c of [...changes].sort((a, b) => b.start - a.start)) out = out.slice(0, c.start) + c.text + out.slice(c.end);
  return out;
}

/** One change covering the differing middle of two texts. */
function squash(before: string, after: string): TextChange[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return start === endBefore && start === endAfter ? [] : [{ start, end: endBefore, text: after.slice(start, endAfter) }];
}

/** A YAML scalar as plain text when that reads back identically, else double-quoted. */
export function yamlScalar(value: string): string {
  const plainSafe =
    value !== '' &&
    value === value.trim() &&
    /^[^\-?:,[\]{}#&*!|>'"%@`\s]/.test(value) &&
    !/: |:$| #|[\n\r\t]|^(~|null|Null|NULL|true|false)$/.test(value) &&
    !/^[-?:]\s/.test(value);
  return plainSafe ? value : JSON.stringify(value);
}

function planOne(text: string, operation: EditOperation): EditPlan {
  const parsed = parseNote(text);
  const fm = parsed.frontMatter;
  if (!fm) return { ok: false, reason: parsed.problems[0]?.message ?? 'The file has no front-matter to edit.' };
  const lines = new TextLines(text);
  const root = fm.root;
  const closingOffset = lines.lineStart(fm.closingLine);
  if (operation.op === 'set') return planSet(lines, root, closingOffset, operation.path, operation.value, operation.after);
  return planAppend(lines, root, closingOffset, operation.path, operation.item);
}

function columnOf(map: YMap, fallback: string): string {
  const first = map.entries[0];
  return first ? ' '.repeat(first.keyRange.start.character) : fallback;
}

/** `key: value` lines for a nested path, starting at an indentation. */
function block(path: readonly string[], value: string, indent: string, eol: string): string {
  return path
    .map((key, i) => `${indent}${'  '.repeat(i)}${yamlScalar(key)}:${i === path.length - 1 ? ` ${yamlScalar(value)}` : ''}${eol}`)
    .join('');
}

/** `{...}` or `[...]` written on one line. */
function isFlow(lines: TextLines, node: YNode): boolean {
  return node.kind !== 'scalar' && /[[{]/.test(lines.text.charAt(lines.offsetAt(node.range.start)));
}

/** Start of a one-line flow value, including the spaces after its key's colon (replaced by a line break). */
function flowStart(lines: TextLines, node: YNode): number {
  let start = lines.offsetAt(node.range.start);
  while (start > 0 && lines.text[start - 1] === ' ') start--;
  return start;
}

function trimEol(text: string, eol: string): string {
  return text.endsWith(eol) ? text.slice(0, -eol.length) : text;
}

/** Replaces an empty value (`key:` or `key:   # comment`) with ` value`, keeping a comment. */
function fillEmpty(lines: TextLines, keyEnd: Position, text: string): TextChange {
  const colon = lines.text.indexOf(':', lines.offsetAt(keyEnd));
  const rest = lines.text.slice(colon + 1);
  const lineEnd = colon + 1 + rest.search(/\r?\n|$/);
  const comment = /\s+#.*$/.exec(lines.text.slice(colon + 1, lineEnd));
  return { start: colon + 1, end: comment ? colon + 1 + comment.index : lineEnd, text: ` ${text}` };
}

function planSet(lines: TextLines, root: YMap, closingOffset: number, path: readonly PathSegment[], value: string, after?: string): EditPlan {
  let node: YNode = root;
  let keyColumn = -2; // column of the key that holds `node`; the root's children sit at column 0
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (node.kind === 'seq') {
      let index = typeof segment === 'number' ? segment : -1;
      if (typeof segment === 'object') {
        const found = selectItem(node.items.map(toData), segment);
        if (typeof found === 'string') return { ok: false, reason: `${capitalize(found)}.` };
        index = found;
      }
      const item: YNode | undefined = node.items[index];
      if (!item || last) return { ok: false, reason: `There is no list entry ${isSelector(segment) ? segment.equals : String(segment)} to edit.` };
      node = item;
      keyColumn = item.range.start.character - 2;
      continue;
    }
    if (node.kind !== 'map' || typeof segment !== 'string') return { ok: false, reason: `${String(path[i - 1])} is not a mapping.` };
    const entry: YEntry | undefined = node.entries.find((e) => e.key === segment);
    if (!entry) {
      const rest = path.slice(i);
      if (rest.some((s) => typeof s === 'number')) return { ok: false, reason: `The front-matter has no ${segment}.` };
      if (isFlow(lines, node)) {
        if (node.entries.length > 0) return { ok: false, reason: `${String(path[i - 1])} is written on one line; edit it by hand.` };
        const pad = ' '.repeat(keyColumn + 2);
        return { ok: true, changes: [{ start: flowStart(lines, node), end: lines.offsetAt(node.range.end), text: lines.eol + trimEol(block(rest as string[], value, pad, lines.eol), lines.eol) }] };
      }
      const sibling = after !== undefined && rest.length === 1 ? node.entries.find((e) => e.key === after) : undefined;
      const at = sibling ? lines.lineAfter(sibling.value.range.end) : node === root ? closingOffset : lines.lineAfter(node.range.end);
      const pad = node === root ? columnOf(root, '') : columnOf(node, ' '.repeat(keyColumn + 2));
      return { ok: true, changes: [{ start: at, end: at, text: block(rest as string[], value, pad, lines.eol) }] };
    }
    if (entry.value.kind === 'scalar' && entry.value.value === null && !entry.value.quoted) {
      if (last) return { ok: true, changes: [fillEmpty(lines, entry.keyRange.end, yamlScalar(value))] };
      const rest = path.slice(i + 1);
      if (rest.some((s) => typeof s === 'number')) return { ok: false, reason: `${segment} is empty.` };
      const at = lines.lineAfter(entry.keyRange.end);
      return { ok: true, changes: [{ start: at, end: at, text: block(rest as string[], value, ' '.repeat(entry.keyRange.start.character + 2), lines.eol) }] };
    }
    if (last) {
      if (entry.value.kind !== 'scalar') return { ok: false, reason: `${segment} holds ${entry.value.kind === 'map' ? 'a mapping' : 'a list'}, not a single value.` };
      const text = entry.value.quoted ? JSON.stringify(value) : yamlScalar(value);
      return { ok: true, changes: [{ start: lines.offsetAt(entry.value.range.start), end: lines.offsetAt(entry.value.range.end), text }] };
    }
    node = entry.value;
    keyColumn = entry.keyRange.start.character;
  }
  return { ok: false, reason: 'Nothing to set.' };
}

function planAppend(lines: TextLines, root: YMap, closingOffset: number, path: readonly string[], item: readonly (readonly [string, string])[]): EditPlan {
  const itemLines = (pad: string) => item.map(([k, v], i) => `${pad}${i === 0 ? '- ' : '  '}${k}: ${yamlScalar(v)}${lines.eol}`).join('');
  let map = root;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const entry = map.entries.find((e) => e.key === key);
    if (!entry) {
      if (map !== root) return { ok: false, reason: `There is no ${key} to add to.` };
      const head = path.slice(i).map((k, j) => `${'  '.repeat(j)}${k}:${lines.eol}`).join('');
      return { ok: true, changes: [{ start: closingOffset, end: closingOffset, text: head + itemLines('  '.repeat(path.length - i)) }] };
    }
    if (i < path.length - 1) {
      if (entry.value.kind !== 'map' || isFlow(lines, entry.value)) return { ok: false, reason: `${key} is not a block mapping.` };
      map = entry.value;
      continue;
    }
    const pad = ' '.repeat(entry.keyRange.start.character + 2);
    if (entry.value.kind === 'scalar' && entry.value.value === null && !entry.value.quoted) {
      const at = lines.lineAfter(entry.keyRange.end);
      return { ok: true, changes: [{ start: at, end: at, text: itemLines(pad) }] };
    }
    if (entry.value.kind !== 'seq') return { ok: false, reason: `${key} is not a list.` };
    const seq = entry.value;
    if (isFlow(lines, seq)) {
      if (seq.items.length > 0) return { ok: false, reason: `${key} is written on one line; add to it by hand.` };
      return { ok: true, changes: [{ start: flowStart(lines, seq), end: lines.offsetAt(seq.range.end), text: lines.eol + trimEol(itemLines(pad), lines.eol) }] };
    }
    // A block list: new entries go after the last one, with its dash in the same column.
    const lastItem = seq.items[seq.items.length - 1];
    const lineStart = lines.lineStart(lastItem.range.start.line);
    const dash = lines.text.lastIndexOf('-', lineStart + lastItem.range.start.character);
    const dashColumn = dash >= lineStart ? dash - lineStart : entry.keyRange.start.character;
    const at = lines.lineAfter(lastItem.range.end);
    return { ok: true, changes: [{ start: at, end: at, text: itemLines(' '.repeat(dashColumn)) }] };
  }
  return { ok: false, reason: 'Nothing to append to.' };
}

/**
 * The minimal-byte planner: turns front-matter operations into the smallest text changes — the
 * bytes of one value replaced, or whole lines inserted in the indentation of their neighbours.
 * It knows the shapes people write (block and flow collections, empty and `~` values, block
 * scalars, bare `-` items, comments, CRLF); whatever it plans is verified by the caller, so a
 * shape it misjudges is refused or re-planned, never written.
 */
import { isSelector, selectItem, toData, type EditOperation, type PathSegment } from './editVerify';
import { Lexer } from 'yaml';
import { applyChanges, flowScalar, isDayKey, isDayPath, minimalChange, yamlScalar, type EditPlan, type TextChange } from './textChanges';
import { parseNote } from '../notes/note';
import { TextLines } from '../shared/textLines';
import type { YEntry, YMap, YNode, YScalar, YSeq } from '../notes/yamlTree';
import { asSentence } from '../shared/text';

type Result = { ok: true; changes: TextChange[] } | { ok: false; reason: string };

const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

/** What goes at the end of a path: a scalar value, or a list holding one new mapping. */
type Leaf = { readonly kind: 'value'; readonly value: string; readonly day?: boolean } | { readonly kind: 'list'; readonly item: readonly (readonly [string, string])[] };

export function planBytes(text: string, operations: readonly EditOperation[]): EditPlan {
  let current = text;
  // Changes expressed against the original text, as long as they do not overlap.
  let original: TextChange[] = [];
  let overlapped = false;
  for (const operation of operations) {
    const plan = planOne(current, operation);
    if (!plan.ok) return plan;
    const mapped = plan.changes.map((change) => toOriginal(change, original));
    if (mapped.every((m): m is TextChange => m !== undefined)) original = [...original, ...mapped].sort((a, b) => a.start - b.start);
    else overlapped = true;
    current = applyChanges(current, plan.changes);
  }
  return { ok: true, changes: overlapped ? minimalChange(text, current) : original };
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

class Planner {
  readonly lines: TextLines;
  readonly eol: string;
  /** Offset of the closing fence's line: where a new root key goes. */
  readonly closingOffset: number;

  constructor(readonly text: string, readonly root: YMap, closingLine: number) {
    this.lines = new TextLines(text);
    this.eol = this.lines.eol;
    this.closingOffset = this.lines.lineStart(closingLine);
  }

  start(node: { range: YNode['range'] }): number {
    return this.lines.offsetAt(node.range.start);
  }

  end(node: { range: YNode['range'] }): number {
    return this.lines.offsetAt(node.range.end);
  }

  /** The end of a node; for one that ends at the start of a line (a block collection or scalar), the line break before it. */
  lastOffset(node: YNode): number {
    return this.end(node) - (node.range.end.character === 0 ? 1 : 0);
  }

  /** A collection written in flow style (`[...]` or `{...}`). */
  isFlow(node: YMap | YSeq): boolean {
    const c = this.text.charAt(this.start(node));
    return c === '[' || c === '{';
  }

  /** Offset of the start of the line after the one holding `offset` (the text's end on the last line). */
  lineAfterOffset(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    return nl === -1 ? this.text.length : nl + 1;
  }

  /** Offset just before the line break (or a trailing `# comment`) of the line holding `offset`. */
  valueLineEnd(offset: number): { end: number; comment: string } {
    const nl = this.text.indexOf('\n', offset);
    let end = nl === -1 ? this.text.length : nl;
    if (this.text[end - 1] === '\r') end--;
    const rest = this.text.slice(offset, end);
    const hash = /(^|[ \t])#/.exec(rest);
    if (!hash) return { end, comment: '' };
    const at = offset + hash.index + hash[1].length;
    let valueEnd = at;
    while (valueEnd > offset && (this.text[valueEnd - 1] === ' ' || this.text[valueEnd - 1] === '\t')) valueEnd--;
    return { end: valueEnd, comment: this.text.slice(at, end) };
  }

  /** The key column of a block map's entries. */
  column(map: YMap): number {
    return map.entries.length > 0 ? map.entries[0].keyRange.start.character : 0;
  }

  /** Block lines for nested keys ending in a leaf, starting at a column. */
  blockLines(keys: readonly string[], leaf: Leaf, column: number): string {
    const pad = (n: number) => ' '.repeat(n);
    let out = '';
    keys.forEach((key, i) => {
      const at = column + 2 * i;
      const last = i === keys.length - 1;
      out += `${pad(at)}${yamlScalar(key)}:${last && leaf.kind === 'value' ? ` ${yamlScalar(leaf.value, leaf.day)}` : ''}${this.eol}`;
      if (last && leaf.kind === 'list') out += this.itemLines(leaf.item, at + 2);
    });
    return out;
  }

  /** Whole lines inserted at a line start; at the end of a text without a final line break, one comes first. */
  insertLines(at: number, lines: string): TextChange {
    return { start: at, end: at, text: at === this.text.length && !this.text.endsWith('\n') ? this.eol + lines : lines };
  }

  /** A new block list item (`- k: v` then `  k: v`) with its dash at a column. */
  itemLines(item: readonly (readonly [string, string])[], dashColumn: number): string {
    const pad = ' '.repeat(dashColumn);
    return item.map(([k, v], i) => `${pad}${i === 0 ? '- ' : '  '}${yamlScalar(k)}: ${yamlScalar(v, isDayKey(k))}${this.eol}`).join('');
  }

  /** The same in flow style: `k1: {k2: value}` or `k: [{a: b}]`. */
  flowPairs(keys: readonly string[], leaf: Leaf): string {
    const inner = leaf.kind === 'value' ? flowScalar(leaf.value, leaf.day) : `[${this.flowItem(leaf.item)}]`;
    return keys.reduceRight((value, key, i) => (i === keys.length - 1 ? `${flowScalar(key)}: ${value}` : `${flowScalar(key)}: {${value}}`), inner);
  }

  flowItem(item: readonly (readonly [string, string])[]): string {
    return `{${item.map(([k, v]) => `${flowScalar(k)}: ${flowScalar(v, isDayKey(k))}`).join(', ')}}`;
  }

  /** Inserts before the closing bracket of a flow collection: `, new` after the last element. */
  intoFlow(node: YMap | YSeq, textToAdd: string, empty: boolean): Result {
    const end = this.end(node);
    const close = this.text[end - 1];
    if (close !== '}' && close !== ']') return fail('a one-line value ends unexpectedly');
    let at = end - 1;
    while (at > this.start(node) + 1 && /[ \t]/.test(this.text[at - 1])) at--;
    if (this.text[at - 1] === ',') return fail('a one-line list ends with a comma');
    return { ok: true, changes: [{ start: at, end: at, text: `${empty ? '' : ', '}${textToAdd}` }] };
  }

  /**
   * Replaces an empty value, `~`/`null`, or an empty flow collection (`[]`, `{}`) after a key with
   * a nested block (or fills it in flow style inside a flow parent).
   */
  fillContainer(entry: YEntry, parentFlow: boolean, keys: readonly string[], leaf: Leaf): Result {
    const value = entry.value;
    const valueStart = this.start(value);
    const valueEnd = this.end(value);
    if (parentFlow) {
      const inner = keys.length > 0 ? `{${this.flowPairs(keys, leaf)}}` : leaf.kind === 'list' ? `[${this.flowItem(leaf.item)}]` : flowScalar(leaf.value, leaf.day);
      if (valueStart === valueEnd) return this.fillEmpty(entry, inner);
      return { ok: true, changes: [{ start: valueStart, end: valueEnd, text: inner }] };
    }
    const column = entry.keyRange.start.character + 2;
    const block = keys.length > 0 ? this.blockLines(keys, leaf, column) : leaf.kind === 'list' ? this.itemLines(leaf.item, column) : '';
    if (leaf.kind === 'value' && keys.length === 0) return fail('internal: a value is not a container');
    const changes: TextChange[] = [];
    if (valueStart !== valueEnd) {
      // Remove the token (and the spaces before it), keep a comment after it; a comment inside an
      // empty flow collection (`{ # nothing yet` / `}`) moves to the key's line.
      let from = valueStart;
      while (from > 0 && (this.text[from - 1] === ' ' || this.text[from - 1] === '\t')) from--;
      const comments = [...new Lexer().lex(this.text.slice(valueStart, valueEnd))].filter((t) => t.startsWith('#'));
      if (comments.length > 1) return fail(`the empty value of "${entry.key}" holds several comments: move them, then try again`);
      changes.push({ start: from, end: valueEnd, text: comments.length === 1 ? ` ${comments[0].trimEnd()}` : '' });
    }
    const at = this.lineAfterOffset(Math.max(valueEnd, this.lines.offsetAt(entry.keyRange.end)));
    changes.push(this.insertLines(at, block));
    return { ok: true, changes };
  }

  /** `key:` or `key:   # comment` gets ` value` after its colon, the comment kept. */
  fillEmpty(entry: YEntry, valueText: string): Result {
    const keyEnd = this.lines.offsetAt(entry.keyRange.end);
    const colon = this.text.indexOf(':', keyEnd);
    if (colon === -1 || this.text.slice(keyEnd, colon).trim().replace(/^["']/, '') !== '') return fail('the key has no colon where expected');
    const { end } = this.valueLineEnd(colon + 1);
    const between = this.text.slice(colon + 1, end);
    if (between.trim() !== '') return fail('an empty value has text after it');
    return { ok: true, changes: [{ start: colon + 1, end, text: ` ${valueText}` }] };
  }

  /** Replaces a scalar value in place, in the style it was written in. */
  replaceScalar(entry: YEntry, parentFlow: boolean, value: string, day = false): Result {
    const node = entry.value as YScalar;
    const start = this.start(node);
    const end = this.end(node);
    const valueText = parentFlow ? flowScalar(value, day) : node.quoted ? JSON.stringify(value) : yamlScalar(value, day);
    if (start === end) return this.fillEmpty(entry, valueText);
    const first = this.text[start];
    if (first === '|' || first === '>') {
      // A block scalar: the indicator line and every content line give way to one value; a comment on the indicator line stays.
      const header = this.valueLineEnd(start);
      const body = this.text.slice(start, end).replace(/[\r\n \t]+$/, '');
      return { ok: true, changes: [{ start, end: start + body.length, text: `${valueText}${header.comment ? ` ${header.comment}` : ''}` }] };
    }
    return { ok: true, changes: [{ start, end, text: valueText }] };
  }

  /** Adds keys (and their leaf) to a map that lacks the first of them. */
  insertKeys(map: YMap, keys: readonly string[], leaf: Leaf, after?: string): Result {
    if (this.isFlow(map)) return this.intoFlow(map, this.flowPairs(keys, leaf), map.entries.length === 0);
    const sibling = after !== undefined && keys.length === 1 ? map.entries.find((e) => e.key === after) : undefined;
    let at: number;
    if (sibling) at = this.lineAfterOffset(Math.max(this.lastOffset(sibling.value), this.lines.offsetAt(sibling.keyRange.end)));
    else if (map === this.root) at = this.closingOffset;
    else at = this.lineAfterOffset(this.lastOffset(map));
    const text = this.blockLines(keys, leaf, this.column(map));
    return { ok: true, changes: [this.insertLines(at, text)] };
  }

  /** Appends an item to an existing list. */
  appendItem(entry: YEntry, seq: YSeq, item: readonly (readonly [string, string])[]): Result {
    if (this.isFlow(seq)) {
      if (seq.items.length === 0) return this.fillContainer({ ...entry, value: { kind: 'scalar', value: null, quoted: false, range: seq.range } }, false, [], { kind: 'list', item });
      return this.intoFlow(seq, this.flowItem(item), false);
    }
    const dashColumn = seq.range.start.character;
    if (this.text[this.start(seq)] !== '-') return fail('a list does not start with "-" where expected');
    const at = this.lineAfterOffset(this.lastOffset(seq));
    const lines = this.itemLines(item, dashColumn);
    return { ok: true, changes: [this.insertLines(at, lines)] };
  }

  isEmptyValue(node: YNode): boolean {
    if (node.kind === 'scalar') return node.value === null && !node.quoted;
    return (node.kind === 'seq' ? node.items.length === 0 : node.entries.length === 0) && this.isFlow(node);
  }

  /** Walks a path of map keys, list indexes and selectors, then plants a leaf at its end. */
  plan(path: readonly PathSegment[], leaf: Leaf, after?: string): Result {
    let node: YNode = this.root;
    let flow = this.isFlow(this.root);
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      const last = i === path.length - 1;
      if (node.kind === 'seq') {
        if (typeof segment === 'string' || last) return fail(`${describe(path, i)} is a list`);
        const index: number | string = typeof segment === 'number' ? segment : selectItem(node.items.map(toData), segment);
        if (typeof index === 'string') return fail(index);
        const item: YNode | undefined = node.items[index];
        if (!item) return fail(`there is no entry ${isSelector(segment) ? segment.equals : index} in ${describe(path, i)}`);
        flow = this.isFlow(node) || (item.kind !== 'scalar' && this.isFlow(item));
        node = item;
        continue;
      }
      if (node.kind !== 'map' || typeof segment !== 'string') return fail(`${describe(path, i)} is not a mapping`);
      const entry: YEntry | undefined = node.entries.find((e) => e.key === segment);
      if (!entry) {
        const keys = path.slice(i);
        if (!keys.every((k): k is string => typeof k === 'string')) return fail(`the front-matter has no "${segment}"`);
        return this.insertKeys(node, keys, leaf, after);
      }
      const value: YNode = entry.value;
      if (last) {
        if (leaf.kind === 'value') {
          if (value.kind !== 'scalar') return fail(`"${segment}" holds ${value.kind === 'map' ? 'a mapping' : 'a list'}, not a single value`);
          return this.replaceScalar(entry, flow, leaf.value, leaf.day);
        }
        if (value.kind === 'seq') return this.appendItem(entry, value, leaf.item);
        if (this.isEmptyValue(value)) return this.fillContainer(entry, flow, [], leaf);
        return fail(`"${segment}" is not a list`);
      }
      if (this.isEmptyValue(value)) {
        const keys = path.slice(i + 1);
        if (!keys.every((k): k is string => typeof k === 'string')) return fail(`"${segment}" is empty`);
        return this.fillContainer(entry, flow, keys, leaf);
      }
      if (value.kind === 'scalar') return fail(`"${segment}" holds a single value, not ${typeof path[i + 1] === 'string' ? 'a mapping' : 'a list'}`);
      flow = flow || this.isFlow(value);
      node = value;
    }
    return fail('nothing to edit');
  }
}

function describe(path: readonly PathSegment[], i: number): string {
  return i === 0 ? 'the front-matter' : `"${String(path[i - 1])}"`;
}

function planOne(text: string, operation: EditOperation): Result {
  const parsed = parseNote(text);
  const fm = parsed.frontMatter;
  if (!fm) return fail(parsed.problems[0]?.message ?? 'The file has no front-matter to edit.');
  const planner = new Planner(text, fm.root, fm.closingLine);
  const result = operation.op === 'set'
    ? planner.plan(operation.path, { kind: 'value', value: operation.value, day: isDayPath(operation.path) }, operation.after)
    : planner.plan(operation.path, { kind: 'list', item: operation.item });
  return result.ok ? result : fail(asSentence(result.reason));
}

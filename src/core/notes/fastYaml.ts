/**
 * A fast path for the front-matter people actually write: `key: value` lines, one level of
 * nested mappings, block lists of scalars or of small mappings, simple flow lists, quoted
 * strings without escapes, comments. It returns exactly the tree (values and ranges) that the
 * full `yaml` parser path returns, or undefined for anything else, which then goes to `yaml`.
 * A differential test over the fixtures, the hostile corpus and generated notes holds the two
 * to the same answers.
 */
import { Span } from '../shared/span';
import type { Range } from '../shared/types';
import type { YEntry, YMap, YNode, YScalar, YSeq } from './yamlNodes';

const KEY = /^([A-Za-z_][\w-]*):(?=[ ]|$)/;
const NOT_PLAIN_SPACE = /[\t\r\v\f\u0000-\u0008\u000e-\u001f\u007f-\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
const NULLS = /^(?:~|null|Null|NULL)$/;

class Bail extends Error {}
const bail = (): never => {
  throw new Bail();
};

interface Line {
  /** Document line number. */
  readonly no: number;
  readonly text: string; // without the line break
}

/** Ranges straight from line numbers and columns (no offset-to-position search). */
class Lines {
  constructor(readonly first: number) {}
  on(line: Line, a: number, b: number): Range {
    return new Span(line.no, a, line.no, b);
  }
  /** From a column of one line to the start of the line after `last`, as `yaml` spans blocks. */
  block(line: Line, column: number, last: Line): Range {
    return new Span(line.no, column, last.no + 1, 0);
  }
}

/** Splits `value text # comment` at the comment; returns the value's [start, end) within the line. */
function valueSpan(line: string, from: number): [number, number] {
  let end = line.length;
  const hash = line.indexOf(' #', from - 1);
  if (hash !== -1 && hash >= from - 1) end = hash;
  let start = from;
  while (start < end && line[start] === ' ') start++;
  while (end > start && line[end - 1] === ' ') end--;
  return [start, end];
}

function plainOk(text: string): boolean {
  return !/^[-?:,[\]{}#&*!|>'"%@`]/.test(text) && !/: |:$|\t/.test(text);
}

/** @param firstLine the document line where `yaml` starts. */
export function fastYamlTree(yaml: string, firstLine: number): YNode | undefined {
  // YAML's white space is the space and the tab; JavaScript's trim() knows many more (U+00A0, U+3000,
  // U+FEFF, VT, FF...). Text with any other white space or control character goes to the full parser,
  // so the space-only reading below never disagrees with it.
  if (yaml.length > 16_384 || NOT_PLAIN_SPACE.test(yaml)) return undefined;
  // yaml always ends with a line break (the closing fence follows), so every line is whole.
  if (yaml !== '' && !yaml.endsWith('\n')) return undefined;
  const lines = new Lines(firstLine);
  const all: Line[] = [];
  let no = firstLine;
  for (let start = 0; start < yaml.length; no++) {
    const nl = yaml.indexOf('\n', start);
    all.push({ no, text: yaml.slice(start, nl) });
    start = nl + 1;
  }
  try {
    return parseRoot(all, lines);
  } catch (e) {
    if (e instanceof Bail) return undefined;
    throw e;
  }
}

function isBlankOrComment(l: Line): boolean {
  const t = l.text.trimStart();
  return t === '' || t.startsWith('#');
}

function indentOf(text: string): number {
  let i = 0;
  while (text[i] === ' ') i++;
  return i;
}

/** A scalar or flow list value on a line, from `from`; undefined when the line has nothing there. */
function inlineValue(line: Line, from: number, lines: Lines): YScalar | YSeq | undefined {
  const [s, e] = valueSpan(line.text, from);
  const raw = line.text.slice(s, e);
  if (raw === '') return undefined;
  const at = (a: number, b: number) => lines.on(line, a, b);
  const c = raw[0];
  if (c === '"' || c === "'") {
    const close = raw.indexOf(c, 1);
    if (close !== raw.length - 1 || raw.includes('\\') || (c === "'" && raw.slice(1, -1).includes("'"))) bail();
    return { kind: 'scalar', value: raw.slice(1, -1), quoted: true, range: at(s, e) };
  }
  if (c === '[') {
    if (raw[raw.length - 1] !== ']') bail();
    const inner = raw.slice(1, -1);
    if (/[[\]{}"'#&*!|>]/.test(inner)) bail();
    const items: YNode[] = [];
    if (inner.trim() !== '') {
      let offset = s + 1;
      for (const part of inner.split(',')) {
        const lead = part.length - part.trimStart().length;
        const text = part.trim();
        if (text === '' || !plainOk(text)) bail();
        items.push({ kind: 'scalar', value: NULLS.test(text) ? null : text, quoted: false, range: at(offset + lead, offset + lead + text.length) });
        offset += part.length + 1;
      }
    }
    return { kind: 'seq', items, range: at(s, e) };
  }
  if (!plainOk(raw)) bail();
  return { kind: 'scalar', value: NULLS.test(raw) ? null : raw, quoted: false, range: at(s, e) };
}

/** `key: value` at a given indentation; the value may be missing (a nested block follows). */
function keyLine(line: Line, indent: number, lines: Lines): { key: string; keyRange: YEntry['keyRange']; value: YScalar | YSeq | undefined; valueFrom: number } {
  const m = KEY.exec(line.text.slice(indent));
  if (!m) return bail();
  const key = m[1];
  return {
    key,
    keyRange: lines.on(line, indent, indent + key.length),
    value: inlineValue(line, indent + key.length + 1, lines),
    valueFrom: indent + key.length + 1,
  };
}

/** The empty value after `key:`, where `yaml` places it: at a comment, or at the end of the spaces. */
function emptyValue(line: Line, valueFrom: number, lines: Lines): YScalar {
  let at = valueFrom;
  while (line.text[at] === ' ') at++;
  return { kind: 'scalar', value: null, quoted: false, range: lines.on(line, at, at) };
}

function parseRoot(all: Line[], lines: Lines): YMap {
  const entries: YEntry[] = [];
  const seen = new Set<string>();
  let i = 0;
  let first: Line | undefined;
  let last: Line | undefined;
  while (i < all.length) {
    const line = all[i];
    if (isBlankOrComment(line)) {
      i++;
      continue;
    }
    if (line.text[0] === ' ') bail();
    const { key, keyRange, value, valueFrom } = keyLine(line, 0, lines);
    if (seen.has(key)) bail();
    seen.add(key);
    first ??= line;
    i++;
    if (value) {
      entries.push({ key, keyRange, value });
      last = line;
      continue;
    }
    // A nested block, or an empty value.
    const blockStart = i;
    while (i < all.length && (all[i].text.startsWith(' ') || all[i].text.startsWith('- ') || all[i].text === '-')) i++;
    const block = all.slice(blockStart, i);
    if (block.length === 0) {
      entries.push({ key, keyRange, value: emptyValue(line, valueFrom, lines) });
      last = line;
      continue;
    }
    if (block.some(isBlankOrComment)) bail();
    entries.push({ key, keyRange, value: parseBlock(block, lines) });
    last = block[block.length - 1];
  }
  if (!first || !last) return bail();
  return { kind: 'map', entries, range: lines.block(first, 0, last) };
}

function parseBlock(block: Line[], lines: Lines): YNode {
  const indent = indentOf(block[0].text);
  if (block[0].text.slice(indent).startsWith('-')) return parseSeq(block, indent, lines);
  if (indent === 0) bail();
  return parseMap(block, indent, lines);
}

function parseMap(block: Line[], indent: number, lines: Lines): YMap {
  const entries: YEntry[] = [];
  const seen = new Set<string>();
  for (const line of block) {
    if (indentOf(line.text) !== indent) bail();
    const { key, keyRange, value, valueFrom } = keyLine(line, indent, lines);
    if (seen.has(key)) bail();
    seen.add(key);
    entries.push({ key, keyRange, value: value ?? emptyValue(line, valueFrom, lines) });
  }
  return { kind: 'map', entries, range: lines.block(block[0], indent, block[block.length - 1]) };
}

function parseSeq(block: Line[], indent: number, lines: Lines): YSeq {
  const items: YNode[] = [];
  let i = 0;
  while (i < block.length) {
    const line = block[i];
    if (indentOf(line.text) !== indent || !line.text.slice(indent).startsWith('- ')) bail();
    const content = indent + 2;
    if (line.text[content] === ' ') bail();
    i++;
    if (!KEY.test(line.text.slice(content))) {
      const value = inlineValue(line, content, lines);
      if (!value || value.kind !== 'scalar') bail();
      items.push(value as YScalar);
      continue;
    }
    // A mapping item: this line and the following lines indented to its content.
    const itemLines = [line];
    while (i < block.length && indentOf(block[i].text) === content) itemLines.push(block[i++]);
    const entries: YEntry[] = [];
    const seen = new Set<string>();
    for (const l of itemLines) {
      const { key, keyRange, value, valueFrom } = keyLine(l, content, lines);
      if (seen.has(key)) bail();
      seen.add(key);
      entries.push({ key, keyRange, value: value ?? emptyValue(l, valueFrom, lines) });
    }
    items.push({ kind: 'map', entries, range: lines.block(line, content, itemLines[itemLines.length - 1]) });
  }
  return { kind: 'seq', items, range: lines.block(block[0], indent, block[block.length - 1]) };
}

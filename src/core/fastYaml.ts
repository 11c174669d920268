/**
 * A fast path for the front-matter people actually write: `key: value` lines, one level of
 * nested mappings, block lists of scalars or of small mappings, simple flow lists, quoted
 * strings without escapes, comments. It returns exactly the tree (values and ranges) that the
 * full `yaml` parser path returns, or undefined for anything else, which then goes to `yaml`.
 * A differential test over the fixtures, the hostile corpus and generated notes holds the two
 * to the same answers.
 */
import type { LineMap, YEntry, YMap, YNode, YScalar, YSeq } from './yamlTree';

const KEY = /^([A-Za-z_][\w-]*):(?=[ ]|$)/;
const NULLS = /^(?:~|null|Null|NULL)$/;

class Bail extends Error {}
const bail = (): never => {
  throw new Bail();
};

interface Line {
  readonly start: number; // offset of the line in the text
  readonly text: string; // without the line break
  readonly end: number; // offset after the line break
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

export function fastYamlTree(yaml: string, lines: LineMap): YNode | undefined {
  if (yaml.includes('\t') || yaml.includes('\r') || yaml.length > 16_384) return undefined;
  const all: Line[] = [];
  for (let start = 0; start < yaml.length; ) {
    const nl = yaml.indexOf('\n', start);
    const end = nl === -1 ? yaml.length : nl + 1;
    all.push({ start, text: yaml.slice(start, nl === -1 ? yaml.length : nl), end });
    start = end;
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
function inlineValue(line: Line, from: number, lines: LineMap): YScalar | YSeq | undefined {
  const [s, e] = valueSpan(line.text, from);
  const raw = line.text.slice(s, e);
  if (raw === '') return undefined;
  const at = (a: number, b: number) => lines.range(line.start + a, line.start + b);
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
function keyLine(line: Line, indent: number, lines: LineMap): { key: string; keyRange: YEntry['keyRange']; value: YScalar | YSeq | undefined; valueFrom: number } {
  const m = KEY.exec(line.text.slice(indent));
  if (!m) return bail();
  const key = m[1];
  return {
    key,
    keyRange: lines.range(line.start + indent, line.start + indent + key.length),
    value: inlineValue(line, indent + key.length + 1, lines),
    valueFrom: indent + key.length + 1,
  };
}

/** The empty value after `key:`, where `yaml` places it: at a comment, or at the end of the spaces. */
function emptyValue(line: Line, valueFrom: number, lines: LineMap): YScalar {
  let at = valueFrom;
  while (line.text[at] === ' ') at++;
  return { kind: 'scalar', value: null, quoted: false, range: lines.range(line.start + at, line.start + at) };
}

function parseRoot(all: Line[], lines: LineMap): YMap {
  const entries: YEntry[] = [];
  const seen = new Set<string>();
  let i = 0;
  let first = -1;
  let lastEnd = 0;
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
    if (first === -1) first = line.start;
    i++;
    if (value) {
      entries.push({ key, keyRange, value });
      lastEnd = line.end;
      continue;
    }
    // A nested block, or an empty value.
    const blockStart = i;
    while (i < all.length && (all[i].text.startsWith(' ') || all[i].text.startsWith('- ') || all[i].text === '-')) i++;
    const block = all.slice(blockStart, i);
    if (block.length === 0) {
      entries.push({ key, keyRange, value: emptyValue(line, valueFrom, lines) });
      lastEnd = line.end;
      continue;
    }
    if (block.some(isBlankOrComment)) bail();
    entries.push({ key, keyRange, value: parseBlock(block, lines) });
    lastEnd = block[block.length - 1].end;
  }
  if (first === -1) bail();
  return { kind: 'map', entries, range: lines.range(first, lastEnd) };
}

function parseBlock(block: Line[], lines: LineMap): YNode {
  const indent = indentOf(block[0].text);
  if (block[0].text.slice(indent).startsWith('-')) return parseSeq(block, indent, lines);
  if (indent === 0) bail();
  return parseMap(block, indent, lines);
}

function parseMap(block: Line[], indent: number, lines: LineMap): YMap {
  const entries: YEntry[] = [];
  const seen = new Set<string>();
  for (const line of block) {
    if (indentOf(line.text) !== indent) bail();
    const { key, keyRange, value, valueFrom } = keyLine(line, indent, lines);
    if (seen.has(key)) bail();
    seen.add(key);
    entries.push({ key, keyRange, value: value ?? emptyValue(line, valueFrom, lines) });
  }
  return { kind: 'map', entries, range: lines.range(block[0].start + indent, block[block.length - 1].end) };
}

function parseSeq(block: Line[], indent: number, lines: LineMap): YSeq {
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
    items.push({ kind: 'map', entries, range: lines.range(line.start + content, itemLines[itemLines.length - 1].end) });
  }
  return { kind: 'seq', items, range: lines.range(block[0].start + indent, block[block.length - 1].end) };
}

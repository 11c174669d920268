/**
 * The check every front-matter edit passes before it is written: the new text, read again by the
 * full YAML parser, must hold exactly the old data plus the intended change, and everything
 * outside the front-matter (the fences, the body) must be byte for byte what it was.
 *
 * The intended change is applied here to the old *data*, independently of how the byte planner
 * found its way through the text: an interviewer chosen by name is looked up again by name, so a
 * planner that lands on the wrong list item is caught, not trusted.
 */
import { findFrontMatter } from '../notes/frontMatter';
import { samePerson } from '../shared/person';
import { TextLines } from '../shared/textLines';
import { parseYamlTree, type YNode } from '../notes/yamlTree';
import { isAlias, isMap, isScalar, isSeq, Lexer, parseDocument, type Node as YamlNode } from 'yaml';
import { isDayPath } from './textChanges';

/** Front-matter as plain data: text, empty (null), lists and ordered maps. */
export type Data = string | null | Data[] | Map<string, Data>;

/** Selects the list item that is a mapping whose `where` field names the same person as `equals`. */
export interface ItemSelector {
  readonly where: string;
  readonly equals: string;
}

export type PathSegment = string | number | ItemSelector;

export type EditOperation =
  /** Sets a scalar at a path of map keys, list indexes and item selectors, creating missing maps on the way. */
  | { readonly op: 'set'; readonly path: readonly PathSegment[]; readonly value: string; /** When the key is new: place it after this sibling key. */ readonly after?: string }
  /** Appends a mapping to the list at a path of map keys (the list is created when missing). */
  | { readonly op: 'append'; readonly path: readonly string[]; readonly item: readonly (readonly [string, string])[] };

export type Verdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export function isSelector(segment: PathSegment): segment is ItemSelector {
  return typeof segment === 'object';
}

function describePath(path: readonly PathSegment[]): string {
  return path.map((s) => (isSelector(s) ? `[${s.where}: ${s.equals}]` : typeof s === 'number' ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[');
}

export function toData(node: YNode): Data {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(toData);
  return new Map(node.entries.map((e) => [e.key, toData(e.value)]));
}

/** The index of the one list item a selector picks, or a reason. */
export function selectItem(items: readonly Data[], selector: ItemSelector): number | string {
  const hits: number[] = [];
  items.forEach((item, i) => {
    const field = item instanceof Map ? item.get(selector.where) : undefined;
    if (typeof field === 'string' && samePerson(field, selector.equals)) hits.push(i);
  });
  if (hits.length === 1) return hits[0];
  return hits.length === 0 ? `no entry has ${selector.where} ${selector.equals}` : `${hits.length} entries have ${selector.where} ${selector.equals}`;
}

/** The old data with the operations applied: what the file must read as afterwards. */
function intendedData(before: Data, operations: readonly EditOperation[]): { ok: true; data: Data } | { ok: false; reason: string } {
  const root = clone(before);
  if (!(root instanceof Map)) return { ok: false, reason: 'the front-matter is not a mapping' };
  for (const operation of operations) {
    const path = operation.path;
    let node: Data = root;
    for (let i = 0; i < path.length - 1; i++) {
      const segment = path[i];
      if (node instanceof Map && typeof segment === 'string') {
        let child: Data | undefined = node.get(segment);
        if (child === undefined || child === null) {
          child = new Map();
          node.set(segment, child);
        }
        node = child;
      } else if (Array.isArray(node) && typeof segment !== 'string') {
        const index: number | string = typeof segment === 'number' ? segment : selectItem(node, segment);
        if (typeof index === 'string') return { ok: false, reason: index };
        if (index >= node.length) return { ok: false, reason: `there is no entry ${index} in ${describePath(path.slice(0, i))}` };
        node = node[index];
      } else {
        return { ok: false, reason: `${describePath(path.slice(0, i)) || 'the front-matter'} is not ${typeof segment === 'string' ? 'a mapping' : 'a list'}` };
      }
    }
    const key = path[path.length - 1];
    if (!(node instanceof Map) || typeof key !== 'string') return { ok: false, reason: `${describePath(path.slice(0, -1)) || 'the front-matter'} is not a mapping` };
    const old = node.get(key);
    if (operation.op === 'set') {
      if (old instanceof Map || Array.isArray(old)) return { ok: false, reason: `${describePath(path)} holds ${old instanceof Map ? 'a mapping' : 'a list'}, not a single value` };
      node.set(key, operation.value);
    } else {
      if (old !== undefined && old !== null && !Array.isArray(old)) return { ok: false, reason: `${describePath(path)} is not a list` };
      node.set(key, [...(old ?? []), new Map(operation.item.map(([k, v]) => [k, v] as [string, Data]))]);
    }
  }
  return { ok: true, data: root };
}

function clone(data: Data): Data {
  if (data instanceof Map) return new Map([...data].map(([k, v]) => [k, clone(v)]));
  if (Array.isArray(data)) return data.map(clone);
  return data;
}

export function sameData(a: Data, b: Data): boolean {
  if (a instanceof Map) {
    if (!(b instanceof Map) || a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !sameData(v, b.get(k)!)) return false;
    return true;
  }
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => sameData(v, b[i]));
  return a === b;
}

/** Reads the front-matter of a text with the full parser (never the fast path), as data. */
function frontMatterData(text: string): { ok: true; data: Data; yamlStart: number; yamlEnd: number; bodyOffset: number } | { ok: false; reason: string } {
  const block = findFrontMatter(text);
  if (block.kind !== 'yaml') return { ok: false, reason: block.kind === 'none' ? 'the front-matter is gone' : `the front-matter is ${block.kind}` };
  const tree = parseYamlTree(block.yaml, block.firstLine, { fastPath: false });
  if (!tree.ok) return { ok: false, reason: `${tree.error.range ? `line ${tree.error.range.start.line + 1}: ` : ''}${tree.error.message}` };
  const lines = new TextLines(text);
  const yamlStart = lines.lineStart(block.firstLine);
  return { ok: true, data: toData(tree.root), yamlStart, yamlEnd: yamlStart + block.yaml.length, bodyOffset: block.bodyOffset };
}

/**
 * @param before the text the edit was planned on; @param after the text with the edit applied.
 * @param firstChangeLine 0-based line of the first change, for the message.
 */
export function verifyEdit(before: string, after: string, operations: readonly EditOperation[], firstChangeLine: number): Verdict {
  const where = `line ${firstChangeLine + 1}`;
  const old = frontMatterData(before);
  if (!old.ok) return { ok: false, reason: `the front-matter cannot be read (${old.reason})` };
  const now = frontMatterData(after);
  if (!now.ok) return { ok: false, reason: `the edit at ${where} would break the front-matter (${now.reason})` };
  if (before.slice(0, old.yamlStart) !== after.slice(0, now.yamlStart) || before.slice(old.yamlEnd) !== after.slice(now.yamlEnd)) {
    return { ok: false, reason: `the edit at ${where} would change text outside the front-matter` };
  }
  const wanted = intendedData(old.data, operations);
  if (!wanted.ok) return { ok: false, reason: wanted.reason };
  if (!sameData(now.data, wanted.data)) return { ok: false, reason: `the edit at ${where} would not record exactly the intended change, so nothing was written` };
  // Comments are no data, but the user's: every comment of the old front-matter is still there.
  const kept = commentsOf(after.slice(now.yamlStart, now.yamlEnd));
  for (const [comment, count] of commentsOf(before.slice(old.yamlStart, old.yamlEnd))) {
    if ((kept.get(comment) ?? 0) < count) {
      return { ok: false, reason: `the edit at ${where} would drop the comment "${comment.length > 40 ? `${comment.slice(0, 40)}…` : comment}", so nothing was written; move the comment and try again` };
    }
  }
  // Other readers (Obsidian, js-yaml, the core schema) resolve plain scalars to numbers, booleans,
  // nulls and dates: the edit may not turn any text into one of those (a day where a day belongs excepted).
  for (const version of ['1.2', '1.1'] as const) {
    const oldTypes = typedScalars(before.slice(old.yamlStart, old.yamlEnd), version);
    const newTypes = typedScalars(after.slice(now.yamlStart, now.yamlEnd), version);
    if (!oldTypes || !newTypes) {
      if (oldTypes) return { ok: false, reason: `the edit at ${where} would make the front-matter unreadable to ${version === '1.1' ? 'YAML 1.1' : 'YAML 1.2'} readers` };
      continue;
    }
    for (const [key, count] of newTypes) {
      if (count <= (oldTypes.get(key) ?? 0)) continue;
      const [path, type] = key.split('\u0001');
      if (type === 'date' && isDayPath(path.split('\u0000'))) continue;
      return { ok: false, reason: `the edit at ${where} would write a value that ${version === '1.1' ? 'YAML 1.1' : 'YAML 1.2 (core schema)'} readers take for a ${type}, not text, so nothing was written` };
    }
  }
  return { ok: true };
}

/** The comments of a YAML text (`# …` tokens, never a `#` inside a value), counted. */
function commentsOf(yaml: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const token of new Lexer().lex(yaml)) if (token.startsWith('#')) out.set(token.trimEnd(), (out.get(token.trimEnd()) ?? 0) + 1);
  return out;
}

/**
 * How many scalars a schema reads as something other than text, by path of map keys (list
 * positions left out: an appended item must not shift what is compared) and type; undefined
 * when the text does not parse under that schema.
 */
function typedScalars(yaml: string, version: '1.1' | '1.2'): Map<string, number> | undefined {
  const doc = version === '1.1' ? parseDocument(yaml, { version: '1.1', uniqueKeys: false }) : parseDocument(yaml, { schema: 'core', uniqueKeys: false });
  if (doc.errors.length > 0) return undefined;
  const out = new Map<string, number>();
  const stack: [YamlNode | null, string[]][] = [[doc.contents as YamlNode | null, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (node === null || isAlias(node)) continue;
    if (isScalar(node)) {
      const v = node.value;
      const type = v === null ? 'null' : v instanceof Date ? 'date' : typeof v === 'string' ? undefined : typeof v === 'boolean' ? 'yes/no value' : typeof v;
      const key = `${path.join('\u0000')}\u0001${type}`;
      if (type && !(type === 'null' && node.source === '')) out.set(key, (out.get(key) ?? 0) + 1);
    } else if (isMap(node)) {
      for (const pair of node.items) stack.push([pair.value as YamlNode | null, [...path, isScalar(pair.key) ? String(pair.key.value) : '?']]);
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push([item as YamlNode | null, path]);
    }
  }
  return out;
}

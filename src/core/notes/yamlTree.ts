/**
 * YAML front-matter to a small tree of strings, maps and lists, each with its source range.
 *
 * The `yaml` package parses with the failsafe schema, so every scalar stays text exactly as
 * written (no `Date`s, no octal numbers). Aliases are expanded under a node budget, so an alias
 * bomb is an error instead of a hang, and nesting is bounded.
 */
import { Alias, isAlias, isMap, isScalar, isSeq, parseDocument, Scalar, visit, type Document, type Node as YamlNode } from 'yaml';
import { fastYamlTree } from './fastYaml';
import { Span } from '../shared/span';
import { TextLines } from '../shared/textLines';
import type { Position, Range } from '../shared/types';
import type { YEntry, YMap, YNode } from './yamlNodes';

export type { YEntry, YMap, YNode, YScalar, YSeq } from './yamlNodes';

export interface YamlError {
  readonly message: string;
  readonly range?: Range;
}

export type YamlResult = { ok: true; root: YNode } | { ok: false; error: YamlError };

export const MAX_NODES = 20_000;
export const MAX_DEPTH = 64;

class TreeLimitError extends Error {
  constructor(message: string, readonly range?: Range) {
    super(message);
  }
}

/**
 * Explicit tags that read as the failsafe schema reads anyway: `!!str` (and the non-specific `!`) on
 * text, `!!map` on a mapping, `!!seq` on a list. Any other (`!!timestamp`, `!!binary`, `!!int`,
 * `!custom`) asks a reader to make something else of the text (a date that differs by time zone,
 * bytes, an object), which every reader does differently: it is refused, not resolved.
 */
const TEXT_TAGS = new Set(['tag:yaml.org,2002:str', '!']);
const YAML_TAG_PREFIX = 'tag:yaml.org,2002:';

function refusedTag(node: YamlNode): string | undefined {
  const tag = node.tag;
  if (tag === undefined) return undefined;
  if (isScalar(node) ? TEXT_TAGS.has(tag) : tag === `${YAML_TAG_PREFIX}${isMap(node) ? 'map' : 'seq'}`) return undefined;
  return tag.startsWith(YAML_TAG_PREFIX) ? `!!${tag.slice(YAML_TAG_PREFIX.length)}` : tag;
}

/** Maps offsets in the YAML text to document positions (the YAML starts at `firstLine`). */
export class LineMap {
  private readonly lines: TextLines;
  constructor(text: string, private readonly firstLine: number) {
    this.lines = new TextLines(text);
  }
  position(offset: number): Position {
    const p = this.lines.positionAt(offset);
    return { line: this.firstLine + p.line, character: p.character };
  }
  range(start: number, end: number): Range {
    const a = this.position(start);
    const b = this.position(end);
    return new Span(a.line, a.character, b.line, b.character);
  }
}

/**
 * @param yaml the front-matter text between the fences.
 * @param firstLine the document line where `yaml` starts.
 */
export function parseYamlTree(yaml: string, firstLine: number, options: { fastPath?: boolean } = {}): YamlResult {
  if (options.fastPath !== false) {
    const fast = fastYamlTree(yaml, firstLine);
    if (fast) return { ok: true, root: fast };
  }
  const lines = new LineMap(yaml, firstLine);
  const tooDeep = nestingBeyond(yaml, MAX_DEPTH);
  if (tooDeep !== undefined) {
    return { ok: false, error: { message: `the front-matter is nested too deeply (more than ${MAX_DEPTH} levels)`, range: lines.range(tooDeep, tooDeep) } };
  }
  let doc: Document.Parsed;
  try {
    doc = parseDocument(yaml, { schema: 'failsafe', uniqueKeys: true, prettyErrors: true, strict: true });
  } catch (e) {
    return { ok: false, error: { message: e instanceof RangeError ? 'the front-matter is nested too deeply' : `the front-matter cannot be read (${String(e)})` } };
  }
  const first = doc.errors[0];
  if (first && /call stack/i.test(first.message)) {
    return { ok: false, error: { message: 'the front-matter is nested too deeply', range: first.pos ? lines.range(first.pos[0], first.pos[0]) : undefined } };
  }
  if (first) {
    const at = first.pos ? lines.range(first.pos[0], Math.max(first.pos[0], Math.min(first.pos[1], yaml.length))) : undefined;
    return { ok: false, error: { message: describeYamlError(first.code, first.message), range: at } };
  }
  if (doc.contents === null) {
    return { ok: true, root: { kind: 'map', entries: [], range: lines.range(0, 0) } };
  }
  // Each alias resolved once, in one pass (Alias.resolve searches the document each time: quadratic).
  const targets = new Map<Alias, YamlNode | undefined>();
  if (/[&*]/.test(yaml)) {
    const anchors = new Map<string, YamlNode>();
    visit(doc, {
      Alias: (_, alias) => void targets.set(alias, anchors.get(alias.source)),
      Node: (_, node) => void (node.anchor && anchors.set(node.anchor, node)),
    });
  }
  let budget = MAX_NODES;
  const convert = (node: YamlNode | null, depth: number, fallbackRange: Range): YNode => {
    if (--budget < 0) throw new TreeLimitError(`the front-matter expands to more than ${MAX_NODES} values (an alias bomb?)`);
    if (depth > MAX_DEPTH) throw new TreeLimitError(`the front-matter is nested more than ${MAX_DEPTH} levels deep`);
    if (node === null) return { kind: 'scalar', value: null, quoted: false, range: fallbackRange };
    const range = node.range ? lines.range(node.range[0], node.range[1]) : fallbackRange;
    const tag = refusedTag(node);
    if (tag !== undefined) {
      throw new TreeLimitError(`the YAML tag ${tag} is not read: values are read as text (remove the tag, or write !!str)`, range);
    }
    if (isAlias(node)) {
      const target = targets.get(node as Alias);
      if (!target) throw new TreeLimitError(`the alias *${(node as Alias).source} has no anchor`);
      return withRange(convert(target as YamlNode, depth + 1, range), range);
    }
    if (isScalar(node)) {
      const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
      const raw = node.value === null || node.value === undefined ? null : String(node.value);
      const value = raw === null || (!quoted && /^(|~|null|Null|NULL)$/.test(raw)) ? null : raw;
      return { kind: 'scalar', value, quoted, range };
    }
    if (isSeq(node)) {
      return { kind: 'seq', items: node.items.map((item) => convert(item as YamlNode, depth + 1, range)), range };
    }
    if (isMap(node)) {
      const entries: YEntry[] = [];
      for (const pair of node.items) {
        const key = pair.key as YamlNode | null;
        if (!isScalar(key) || key.value === null || typeof key.value === 'object') {
          throw new TreeLimitError('a key in the front-matter is not plain text');
        }
        const keyRange = key.range ? lines.range(key.range[0], key.range[1]) : range;
        const keyTag = refusedTag(key);
        if (keyTag !== undefined) throw new TreeLimitError(`the YAML tag ${keyTag} is not read: keys are read as text (remove the tag)`, keyRange);
        entries.push({ key: String(key.value), keyRange, value: convert(pair.value as YamlNode | null, depth + 1, { start: keyRange.end, end: keyRange.end }) });
      }
      return { kind: 'map', entries, range };
    }
    throw new TreeLimitError('the front-matter holds a value of an unknown kind');
  };
  try {
    return { ok: true, root: convert(doc.contents as YamlNode, 0, lines.range(0, 0)) };
  } catch (e) {
    if (e instanceof TreeLimitError) return { ok: false, error: e.range ? { message: e.message, range: e.range } : { message: e.message } };
    if (e instanceof RangeError) return { ok: false, error: { message: 'the front-matter is nested too deeply' } };
    throw e;
  }
}

/**
 * Where flow brackets nest deeper than `max`, or a line is indented past any real note: refused
 * before the parser recurses into it (10,000 levels took the parser 200 ms to overflow its stack).
 */
function nestingBeyond(yaml: string, max: number): number | undefined {
  let depth = 0;
  let indent = 0;
  let atLineStart = true;
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml.charCodeAt(i);
    if (c === 10) {
      atLineStart = true;
      indent = 0;
      continue;
    }
    if (atLineStart) {
      if (c === 32) {
        if (++indent > 4 * max) return i;
        continue;
      }
      atLineStart = false;
    }
    if (c === 91 || c === 123) {
      if (++depth > max) return i;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return undefined;
}

function withRange(node: YNode, range: Range): YNode {
  return { ...node, range } as YNode;
}

function describeYamlError(code: string, message: string): string {
  const firstLine = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'a key appears twice in the front-matter (each key may appear once)';
    case 'TAB_AS_INDENT':
      return 'tabs are used for indentation in the front-matter; YAML needs spaces';
    default:
      return `the front-matter is not valid YAML: ${firstLine.charAt(0).toLowerCase()}${firstLine.slice(1)}`;
  }
}

/** Looks up a key in a map node (first match; keys are unique after parsing). */
export function entry(map: YMap, key: string): YEntry | undefined {
  return map.entries.find((e) => e.key === key);
}

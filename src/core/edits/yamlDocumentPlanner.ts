/**
 * The fallback planner: edits the front-matter as a `yaml` Document and prints it again. Comments
 * and key order survive, but quoting, spacing and indentation of the rest may be normalised, so it
 * serves only the shapes the byte planner cannot (explicit `? key` entries, anchors, odd layouts),
 * and its result is verified like any other.
 */
import { isDayKey, isDayPath, readsAsOtherThanText } from './textChanges';
import { isAlias, isMap, isScalar, isSeq, parseDocument, Pair, Scalar, YAMLMap, YAMLSeq, type Document, type Node as YamlNode } from 'yaml';
import { selectItem, type Data, type EditOperation } from './editVerify';
import { findFrontMatter } from '../notes/frontMatter';
import { minimalChange, type EditPlan } from './textChanges';
import { TextLines } from '../shared/textLines';
import { MAX_NODES } from '../notes/yamlTree';
import { asSentence } from '../shared/text';

type Walk = { ok: true; node: YAMLMap } | { ok: false; reason: string };

const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

export function planWithDocument(text: string, operations: readonly EditOperation[]): EditPlan {
  const block = findFrontMatter(text);
  if (block.kind !== 'yaml') return fail('The file has no front-matter to edit.');
  const lines = new TextLines(text);
  const yamlStart = lines.lineStart(block.firstLine);
  const yamlEnd = yamlStart + block.yaml.length;
  // An alias anywhere would be printed as shared structure: edits through it would change more than meant.
  if (/(^|[\s[{,])[&*][^\s,\]}]/.test(block.yaml)) return fail('The front-matter uses anchors or aliases (& and *): edit it by hand.');
  const doc = parseDocument(block.yaml, { schema: 'failsafe', uniqueKeys: true, keepSourceTokens: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return fail('The front-matter cannot be read as a mapping.');
  for (const operation of operations) {
    const path = operation.path;
    const walked = walk(doc, path.slice(0, -1));
    if (!walked.ok) return walked;
    const map = walked.node;
    const key = path[path.length - 1];
    if (typeof key !== 'string') return fail('A list entry is not a value to set.');
    const existing = map.get(key, true) as YamlNode | undefined;
    if (operation.op === 'set') {
      if (isScalar(existing)) {
        existing.value = operation.value;
        const quoted = existing.type === Scalar.QUOTE_DOUBLE || existing.type === Scalar.QUOTE_SINGLE || readsAsOtherThanText(operation.value, isDayPath(path));
        existing.type = quoted ? Scalar.QUOTE_DOUBLE : Scalar.PLAIN;
      } else if (existing === undefined || existing === null) {
        insertPair(map, doc.createPair(key, textScalar(operation.value, isDayPath(path))), operation.after);
      } else {
        return fail(`${key} holds a mapping or a list, not a single value.`);
      }
    } else {
      let list = existing;
      if (list === undefined || list === null || (isScalar(list) && isNullish(list))) {
        list = new YAMLSeq(doc.schema);
        map.set(key, list);
      }
      if (!isSeq(list)) return fail(`${key} is not a list.`);
      const item = new YAMLMap(doc.schema);
      for (const [k, v] of operation.item) item.set(k, textScalar(v, isDayKey(k)));
      list.items.push(item);
    }
  }
  let printed = doc.toString({ lineWidth: 0 });
  if (lines.eol === '\r\n') printed = printed.replace(/\r?\n/g, '\r\n');
  const after = text.slice(0, yamlStart) + printed + text.slice(yamlEnd);
  return { ok: true, changes: minimalChange(text, after) };
}

/** A scalar that every YAML reader reads as this text (the document is printed under the failsafe schema, which would leave `123` plain). */
function textScalar(value: string, day: boolean): Scalar {
  const scalar = new Scalar(value);
  if (readsAsOtherThanText(value, day)) scalar.type = Scalar.QUOTE_DOUBLE;
  return scalar;
}

function insertPair(map: YAMLMap, pair: Pair, after?: string): void {
  const at = after === undefined ? -1 : map.items.findIndex((p) => isScalar(p.key) && p.key.value === after);
  if (at === -1) map.items.push(pair);
  else map.items.splice(at + 1, 0, pair);
}

function isNullish(node: Scalar): boolean {
  return node.value === null || (node.type === Scalar.PLAIN && /^(?:|~|null|Null|NULL)$/.test(String(node.value)));
}

function walk(doc: Document.Parsed, path: readonly EditOperation['path'][number][]): Walk {
  let node = doc.contents as YamlNode;
  for (const segment of path) {
    if (isMap(node) && typeof segment === 'string') {
      let child = node.get(segment, true) as YamlNode | undefined;
      if (child === undefined || child === null || (isScalar(child) && isNullish(child))) {
        child = new YAMLMap(doc.schema);
        node.set(segment, child);
      }
      if (isAlias(child)) return fail(`${segment} is an alias: edit it by hand.`);
      node = child;
    } else if (isSeq(node) && typeof segment !== 'string') {
      const index = typeof segment === 'number' ? segment : selectItem(node.items.map((i) => dataOf(i as YamlNode)), segment);
      if (typeof index === 'string') return fail(asSentence(index));
      const item = node.items[index] as YamlNode | undefined;
      if (!item) return fail(`There is no entry ${index}.`);
      node = item;
    } else {
      return fail(`${String(segment)} cannot be reached in the front-matter.`);
    }
  }
  return isMap(node) ? { ok: true, node } : fail('The place to edit is not a mapping.');
}

/** A document node as plain data, for choosing list items by name (bounded: no aliases get here). */
function dataOf(node: YamlNode | null, budget = { left: MAX_NODES }): Data {
  if (--budget.left < 0 || node === null) return null;
  if (isScalar(node)) return isNullish(node) ? null : String(node.value);
  if (isSeq(node)) return node.items.map((i) => dataOf(i as YamlNode, budget));
  if (isMap(node)) return new Map(node.items.map((p) => [isScalar(p.key) ? String(p.key.value) : '', dataOf(p.value as YamlNode, budget)]));
  return null;
}

/**
 * The prose of a note, exactly as a Markdown parser sees it: unified + remark-parse (with GFM and
 * front-matter), turned into natural-language sentences by mdast-util-to-nlcst + parse-english,
 * so a sentence runs across soft line breaks and every word keeps its offset in the document.
 * Not prose: front-matter, code, HTML and comments, link targets and reference labels, URLs with
 * or without a scheme, e-mail addresses and template placeholders. Prose: paragraphs, headings,
 * list items and their continuation paragraphs, block quotes, footnote definitions, table cells,
 * link texts and image descriptions.
 *
 * The retext plugins for repeated words and indefinite articles run over the same sentences.
 */
import type * as Mdast from 'mdast';
import { toNlcst } from 'mdast-util-to-nlcst';
import type * as Nlcst from 'nlcst';
import { toString as nlcstText } from 'nlcst-to-string';
import { ParseEnglish } from 'parse-english';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import retextIndefiniteArticle from 'retext-indefinite-article';
import retextPos from 'retext-pos';
import retextRepeatedWords from 'retext-repeated-words';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { budgetMarkdown, markdownSegments, type SkippedBlock } from './markdownBudget';
import { placeholdersInHtml, placeholdersInText, type Span } from './placeholders';
import { TextLines } from '../shared/textLines';

export type TokenKind = 'word' | 'punctuation' | 'source';

export interface Token {
  readonly kind: TokenKind;
  /** The text as written (curly apostrophes kept). */
  readonly text: string;
  /** Lower case, straight apostrophes: for comparing. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** White space (a space or a line break) comes before it in the sentence. */
  readonly spaced: boolean;
  /**
   * Its part of speech (a Penn Treebank tag from retext-pos: `NN`, `VBG`, `JJR`, …), in sentences
   * that hold a word whose right form depends on the words around it (see CONTEXT_WORDS).
   */
  readonly tag: string | undefined;
}

export interface Sentence {
  /** Words, punctuation and source (code, URLs) in order; white space is `spaced`. */
  readonly tokens: readonly Token[];
}

export interface WordRef {
  readonly token: Token;
  readonly sentence: number;
  /** Index of the token in its sentence. */
  readonly index: number;
}

export interface ProseFinding {
  readonly rule: 'repeated-word' | 'article';
  /** The span to report (the repeat itself; the wrong article). */
  readonly start: number;
  readonly end: number;
  /** What to replace [replaceStart, end) with. */
  readonly replaceStart: number;
  readonly replacement: string;
  readonly actual: string;
  readonly expected: string;
}

export interface Prose {
  readonly sentences: readonly Sentence[];
  readonly words: readonly WordRef[];
  readonly findings: readonly ProseFinding[];
  /** Placeholders found in prose and inline HTML. */
  readonly placeholders: readonly Span[];
  /** Blocks not read: over the Markdown work budget, or the parser ran out of stack on them. */
  readonly skipped: readonly SkippedBlock[];
}

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
const english = unified().use(retextRepeatedWords).use(retextIndefiniteArticle).freeze();
const parser = new ParseEnglish();
const tagParts = retextPos();

/**
 * Words whose right form depends on the parts of speech around them ("there"/"their"/"they're",
 * "then"/"than", …): sentences holding one are tagged, once per block as it is read.
 */
export const CONTEXT_WORDS = new Set([
  'their', 'there', "they're", 'your', "you're", 'its', "it's", 'whose', "who's", 'then', 'than', 'affect', 'affects', 'effect',
  'effects', 'advise', 'advice', 'lose', 'loose', 'loosing', 'losing', 'accept', 'except', 'complement', 'complements', 'compliment',
  'compliments', 'principal', 'principle', 'principals', 'principles', 'stationary', 'stationery', 'exited', 'exiting',
]);

/** Top-level domains people write addresses with: `name.dev`, `example.org/page`. */
const TLDS = new Set(
  ('com org net edu gov mil int io dev ai app co uk us ca au nz ie de fr es it nl be ch at se no dk fi pl pt br mx ar cl jp cn kr in sg hk tw za ' +
    'eu info biz me tv fm ly gg so to xyz tech site online store blog page cloud design studio agency works jobs careers email link ' +
    'health law legal finance bank media news global world').split(' '),
);
const ADDRESS = /(?<![\p{L}\p{N}@._%+-])(?:(?:[\p{L}\p{N}._%+-]+@)?(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(\p{L}{2,24})(?::\d{2,5})?(\/[^\s<>()[\]{}"']*)?)/gu;

/** Addresses without a scheme (`linkedin.com/in/x`, `jane@example.org`) in a run of text. */
function addressesIn(value: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of value.matchAll(ADDRESS)) {
    const tld = m[1].toLowerCase();
    const isMail = m[0].includes('@');
    if (!isMail && !m[2] && !TLDS.has(tld)) continue; // "Node.js", "e.g."
    if (!isMail && m[1] !== tld && !m[2]) continue; // "end.Then": a missing space, not an address
    let end = m.index! + m[0].length;
    while (end > m.index! && /[.,;:!?]/.test(value[end - 1])) end--; // the sentence's own punctuation
    out.push({ start: m.index!, end });
  }
  return out;
}

interface Point {
  line: number;
  column: number;
  offset: number;
}

/** Prose past this many characters of body is not read: no letter or note is that long, and typing must not stall. */
const MAX_PROSE_CHARS = 100_000;

/** Reads the prose of `text` (the whole document, so offsets are the document's); nothing before `bodyOffset` is prose. */
export function readProse(text: string, bodyOffset: number): Prose {
  if (text.length - bodyOffset > MAX_PROSE_CHARS) {
    const cut = text.lastIndexOf('\n\n', bodyOffset + MAX_PROSE_CHARS);
    text = text.slice(0, cut > bodyOffset ? cut : bodyOffset + MAX_PROSE_CHARS);
  }
  // Over-budget blocks are blanked (same offsets) before remark sees them.
  const budget = budgetMarkdown(text, bodyOffset);
  const original = text;
  text = budget.text;
  const skipped: SkippedBlock[] = [...budget.skipped];
  const lines = new TextLines(text);
  /** A unist point: 1-based line and column. */
  const point = (offset: number): Point => {
    const { line, character } = lines.positionAt(offset);
    return { line: line + 1, column: character + 1, offset };
  };
  // Each block's results, with offsets relative to the block, as it is read.
  let sink: BlockResult = emptyBlock();

  /** A text node split where its value leaves the source (stripped indentation, `>` markers, escapes), and around addresses and placeholders. */
  const splitText = (node: Mdast.Text): Mdast.PhrasingContent[] => {
    const start = node.position!.start.offset!;
    const end = node.position!.end.offset!;
    const runs = alignRuns(node.value, text, start, end);
    const out: Mdast.PhrasingContent[] = [];
    runs.forEach((run, r) => {
      const runEnd = r + 1 < runs.length ? runs[r + 1].start : end;
      const found = /[{[<X_T]/.test(run.value) ? placeholdersInText(run.value, 0) : [];
      for (const p of found) sink.placeholders.push({ text: p.text, start: p.start + run.start, end: p.end + run.start });
      const hidden = /[.@]/.test(run.value) ? [...addressesIn(run.value), ...found].sort((a, b) => a.start - b.start) : found;
      let at = 0;
      const push = (from: number, to: number, source: boolean, last: boolean) => {
        if (to <= from) return;
        const value = run.value.slice(from, to);
        const position = { start: point(run.start + from), end: point(last ? runEnd : run.start + to) };
        out.push(source ? { type: 'inlineCode', value, position } : { type: 'text', value, position });
      };
      for (const h of hidden) {
        if (h.start < at) continue;
        push(at, h.start, false, false);
        push(h.start, h.end, true, h.end >= run.value.length);
        at = h.end;
      }
      push(at, run.value.length, false, true);
    });
    return out;
  };

  const tables: Mdast.Table[] = [];
  /** Rewrites a parent's children: addresses and placeholders become source, autolinks too; tables are set aside, HTML dropped. */
  const visit = (parent: Mdast.Parent): void => {
    const children: Mdast.RootContent[] = [];
    for (const child of parent.children as Mdast.RootContent[]) {
      if (child.type === 'table') tables.push(child);
      else if (child.type === 'text') children.push(...splitText(child));
      else if (child.type === 'html') {
        // An HTML block under a quote or list has its markers stripped from the value: each tag is found again in the text.
        const from = child.position!.start.offset!;
        for (const p of placeholdersInHtml(child.value, from)) {
          const at = text.slice(p.start, p.end) === p.text ? p.start : text.indexOf(p.text, from);
          if (at !== -1 && at < child.position!.end.offset!) sink.placeholders.push({ text: p.text, start: at, end: at + p.text.length });
        }
      } else if (child.type === 'link' && isAutolink(child)) children.push({ type: 'inlineCode', value: child.url, position: child.position });
      else {
        if ('children' in child) visit(child);
        children.push(child);
      }
    }
    parent.children = children as Mdast.Parent['children'];
  };

  /**
   * One top-level block's sentences, findings and placeholders, relative to its start. The
   * natural-language tree is built over the block's own text (positions shifted to it), so the
   * work per block does not grow with the document before it.
   */
  const readBlock = (block: Mdast.RootContent, blockText: string, start: number): BlockResult => {
    visit({ type: 'root', children: [block] });
    const cells: Mdast.TableCell[] = [];
    // Table cells are prose too (mdast-util-to-nlcst always skips tables): each cell on its own.
    for (const table of tables) for (const row of table.children) for (const cell of row.children) {
      visit(cell);
      if (cell.children.length > 0) cells.push(cell);
    }
    // Tables inside lists or quotes were taken out of the block's tree; a table block is still the block.
    shiftPositions(block, -start);
    for (const table of tables) if (table !== block) shiftPositions(table, -start);
    const file = new VFile(blockText);
    const roots: Nlcst.Root[] = [];
    if (block.type !== 'table' && block.type !== 'html') roots.push(toNlcst(block, file, parser));
    // Each cell over its own text too: a table of thousands of cells costs in proportion to its length.
    for (const cell of cells) {
      const cellStart = cell.position!.start.offset!;
      const cellEnd = cell.position!.end.offset!;
      shiftPositions(cell, -cellStart);
      const root = toNlcst({ type: 'paragraph', children: cell.children, position: cell.position }, new VFile(blockText.slice(cellStart, cellEnd)), parser);
      shiftPositions(root, cellStart);
      roots.push(root);
    }
    const local = emptyBlock();
    // The two plugins look at one sentence at a time; most sentences can give neither a message.
    const candidates: Nlcst.Sentence[] = [];
    const toTag: Nlcst.Sentence[] = [];
    for (const root of roots) visitSentences(root, (sentence) => {
      if (mayHaveFinding(sentence)) candidates.push(sentence);
      if (hasContextWord(sentence)) toTag.push(sentence);
    });
    if (toTag.length > 0) tagParts({ type: 'RootNode', children: [{ type: 'ParagraphNode', children: toTag }] });
    if (candidates.length > 0) {
      const messages = new VFile();
      english.runSync({ type: 'RootNode', children: [{ type: 'ParagraphNode', children: candidates }] }, messages);
      for (const message of messages.messages) local.findings.push(...findingOf(message, blockText));
    }
    for (const root of roots) collectSentences(root, local.sentences);
    for (const p of sink.placeholders) local.placeholders.push({ ...p, start: p.start - start, end: p.end - start });
    return local;
  };

  const prose: { sentences: Sentence[]; words: WordRef[]; findings: ProseFinding[]; placeholders: Span[]; skipped: SkippedBlock[] } = {
    sentences: [],
    words: [],
    findings: [],
    placeholders: [],
    skipped,
  };
  // remark reads one segment at a time (its document-wide passes grow faster than the document).
  for (const segment of markdownSegments(text, bodyOffset)) {
    if (segment.end <= bodyOffset) continue;
    // Blank lines at a segment's end (and blanked blocks) give no prose: the parser does not see them.
    let segmentEnd = segment.end;
    while (segmentEnd > segment.start && /\s/.test(text[segmentEnd - 1])) segmentEnd--;
    if (segmentEnd === segment.start) continue;
    let tree: Mdast.Root;
    try {
      tree = markdown.parse(text.slice(segment.start, segmentEnd) + segment.trailer) as Mdast.Root;
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      // Within the budget this should not happen; if it does, the segment is not read rather than the check failing.
      skipped.push({ start: Math.max(segment.start, bodyOffset), end: segment.end, reason: 'the Markdown parser gave up on it' });
      continue;
    }
    const length = segmentEnd - segment.start;
    const segmentLine = lines.positionAt(segment.start).line;
    for (const block of tree.children) {
      const localStart = block.position?.start.offset;
      const localEnd = block.position?.end.offset;
      if (localStart === undefined || localEnd === undefined || localStart >= length) continue; // the appended definitions
      const start = localStart + segment.start;
      const end = localEnd + segment.start;
      if (end <= bodyOffset || block.type === 'definition') continue; // front-matter; a definition holds no prose
      const blockText = text.slice(start, end);
      // A block's prose depends on its text and on which references and footnotes are defined elsewhere.
      const key = `${segment.trailer}\u0002${blockText}`;
      let result = blockCache.get(key);
      if (result) {
        blockCache.delete(key); // most recently used last
      } else {
        sink = emptyBlock();
        tables.length = 0;
        try {
          shiftPositions(block, segment.start, segmentLine);
          result = readBlock(block, blockText, start);
        } catch (error) {
          if (!(error instanceof RangeError)) throw error;
          skipped.push({ start, end, reason: 'the Markdown parser gave up on it' });
          continue;
        }
        if (blockCache.size >= BLOCK_CACHE_LIMIT) blockCache.delete(blockCache.keys().next().value!);
      }
      blockCache.set(key, result);
      addShifted(prose, result, start);
    }
  }
  skipped.sort((a, b) => a.start - b.start);
  // A placeholder left in a block that is not read is still one (found in its literal text, as in prose).
  for (const block of budget.skipped) prose.placeholders.push(...placeholdersInText(original.slice(block.start, block.end), block.start));
  // Leftmost first, the longest of those; a placeholder inside another (`{{[insert name]}}`) is one.
  prose.placeholders.sort((a, b) => a.start - b.start || b.end - a.end);
  const outermost: Span[] = [];
  for (const p of prose.placeholders) if (outermost.length === 0 || p.start >= outermost[outermost.length - 1].end) outermost.push(p);
  prose.placeholders = outermost;
  return prose;
}

/** What one top-level block holds: sentences, plugin findings and placeholders. */
interface BlockResult {
  readonly sentences: Sentence[];
  readonly findings: ProseFinding[];
  readonly placeholders: Span[];
}

function emptyBlock(): BlockResult {
  return { sentences: [], findings: [], placeholders: [] };
}

/** Blocks read lately, by text: a keystroke changes one block, the others are read from here. */
const blockCache = new Map<string, BlockResult>();
const BLOCK_CACHE_LIMIT = 2_000;

/** Every token has the same fields in the same order (one shape for the engine; `tag` undefined where none). */
function shiftToken(t: Token, by: number): Token {
  return { kind: t.kind, text: t.text, lower: t.lower, start: t.start + by, end: t.end + by, spaced: t.spaced, tag: t.tag };
}

/** Moves every position in a tree by `by` characters (new position objects: a shared one is not moved twice). Iterative: no recursion per level. */
function shiftPositions(root: Mdast.Nodes | Nlcst.Root, by: number, lineBy = 0): void {
  const stack: (Mdast.Nodes | Nlcst.Nodes)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const p = node.position;
    if (p) node.position = { start: { ...p.start, line: p.start.line + lineBy, offset: (p.start.offset ?? 0) + by }, end: { ...p.end, line: p.end.line + lineBy, offset: (p.end.offset ?? 0) + by } };
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
}

function addShifted(prose: { sentences: Sentence[]; words: WordRef[]; findings: ProseFinding[]; placeholders: Span[] }, block: BlockResult, base: number): void {
  for (const s of block.sentences) {
    const tokens = s.tokens.map((t) => shiftToken(t, base));
    tokens.forEach((token, index) => {
      if (token.kind === 'word') prose.words.push({ token, sentence: prose.sentences.length, index });
    });
    prose.sentences.push({ tokens });
  }
  for (const f of block.findings) prose.findings.push({ ...f, start: f.start + base, end: f.end + base, replaceStart: f.replaceStart + base });
  for (const p of block.placeholders) prose.placeholders.push({ ...p, start: p.start + base, end: p.end + base });
}

function visitSentences(node: Nlcst.Root | Nlcst.Paragraph, fn: (sentence: Nlcst.Sentence) => void): void {
  for (const child of node.children) {
    if (child.type === 'ParagraphNode') visitSentences(child, fn);
    else if (child.type === 'SentenceNode') fn(child);
  }
}

function hasContextWord(sentence: Nlcst.Sentence): boolean {
  return sentence.children.some((part) => part.type === 'WordNode' && CONTEXT_WORDS.has(nlcstText(part).toLowerCase().replace(/’/g, "'")));
}

/**
 * Whether retext-repeated-words or retext-indefinite-article could report something in a
 * sentence: two equal words with only white space between them, or an article before a word
 * whose first letter does not settle the article ("a" before a vowel, a digit, a capital or
 * one of the letters its lists name; "an" before anything but "a" or "i").
 */
function mayHaveFinding(sentence: Nlcst.Sentence): boolean {
  const parts = sentence.children;
  let previous: string | undefined;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part.type === 'WhiteSpaceNode') continue;
    if (part.type !== 'WordNode') {
      previous = undefined;
      continue;
    }
    const value = nlcstText(part).toLowerCase();
    if (previous !== undefined && value === previous && parts[i - 1]?.type === 'WhiteSpaceNode') return true;
    if (value === 'a' || value === 'an') {
      let j = i + 1;
      while (j < parts.length && parts[j].type !== 'WordNode') j++;
      const next = j < parts.length ? nlcstText(parts[j]) : '';
      if (value === 'a' && /^(?:[aeiouhfhlmnrsxα\d]|\p{Lu})/iu.test(next)) return true;
      if (value === 'an' && next !== '' && !/^[ai]/.test(next)) return true;
    }
    previous = value;
  }
  return false;
}

function collectSentences(node: Nlcst.Root | Nlcst.Paragraph, sentences: Sentence[]): void {
  for (const child of node.children) {
    if (child.type === 'ParagraphNode') collectSentences(child, sentences);
    else if (child.type === 'SentenceNode') {
      const tokens: Token[] = [];
      let spaced = false;
      for (const part of child.children) {
        if (part.type === 'WhiteSpaceNode') {
          spaced = true;
          continue;
        }
        const kind: TokenKind = part.type === 'WordNode' ? 'word' : part.type === 'SourceNode' ? 'source' : 'punctuation';
        let value = nlcstText(part);
        const start = part.position!.start.offset!;
        // parse-english keeps a paragraph's final full stop on its last word ("role.").
        if (kind === 'word' && value.length > 1 && value.endsWith('.') && !value.slice(0, -1).includes('.')) value = value.slice(0, -1);
        const tag = part.type === 'WordNode' ? part.data?.partOfSpeech : undefined;
        const token: Token = { kind, text: value, lower: value.toLowerCase().replace(/’/g, "'"), start, end: start + value.length, spaced, tag };
        tokens.push(token);
        spaced = false;
      }
      sentences.push({ tokens });
    }
  }
}

/** A link whose text is its own address: `<https://…>`, a bare `www.…` or e-mail address (GFM). */
function isAutolink(link: Mdast.Link): boolean {
  if (link.children.length !== 1 || link.children[0].type !== 'text') return false;
  const label = link.children[0].value;
  const url = link.url.replace(/^mailto:/i, '');
  return label === url || label === link.url || url.endsWith(label) || /^(?:https?:\/\/|www\.)/i.test(label);
}

interface Run {
  value: string;
  start: number;
}

/**
 * Pieces of a text node's value, each with the document offset where it starts. remark's value
 * drops what is markup (a continuation line's indentation or `>` marker, a backslash before an
 * escaped character), so the value is matched to the source character by character and cut
 * wherever the two part.
 */
function alignRuns(value: string, text: string, start: number, end: number): Run[] {
  if (text.slice(start, end) === value) return [{ value, start }];
  const runs: Run[] = [];
  let j = start;
  let runStart = 0;
  let runOffset = -1;
  let expected = -1;
  for (let i = 0; i < value.length; i++) {
    let k = j;
    while (k < end && text[k] !== value[i]) k++;
    const at = k < end ? k : Math.max(expected, j);
    if (runOffset === -1) runOffset = at;
    else if (at !== expected) {
      runs.push({ value: value.slice(runStart, i), start: runOffset });
      runStart = i;
      runOffset = at;
    }
    expected = at + 1;
    j = k < end ? k + 1 : j;
  }
  if (runOffset !== -1) runs.push({ value: value.slice(runStart), start: runOffset });
  return runs;
}

interface RetextMessage {
  source?: string | null;
  actual?: string | null;
  expected?: readonly string[] | null;
  place?: { start: { offset?: number }; end: { offset?: number } } | { offset?: number } | null;
}

function findingOf(message: RetextMessage, text: string): ProseFinding[] {
  const place = message.place;
  if (!place || !('start' in place)) return [];
  const start = place.start.offset;
  const end = place.end.offset;
  const expected = message.expected?.[0];
  if (start === undefined || end === undefined || expected === undefined || !message.actual) return [];
  if (message.source === 'retext-repeated-words') {
    // Reported on the repeat (the second word), removed with the space before it.
    const secondStart = end - expected.length;
    let replaceStart = secondStart;
    while (replaceStart > start && /\s/.test(text[replaceStart - 1])) replaceStart--;
    return [{ rule: 'repeated-word', start: secondStart, end, replaceStart, replacement: '', actual: text.slice(secondStart, end), expected }];
  }
  if (message.source === 'retext-indefinite-article') {
    return [{ rule: 'article', start, end, replaceStart: start, replacement: expected, actual: message.actual, expected }];
  }
  return [];
}

export interface SentenceText {
  /** The sentence lower-cased, one space where white space was, apostrophes straight; code and addresses are "§". */
  readonly text: string;
  /** Document offset of each character of `text` (a space: the offset after the token before it). */
  readonly offsets: Int32Array;
}

/** A sentence as one line of text, for phrase rules that must match across line breaks. */
export function sentenceText(sentence: Sentence): SentenceText {
  let text = '';
  const offsets: number[] = [];
  sentence.tokens.forEach((token, i) => {
    if (i > 0 && token.spaced) {
      text += ' ';
      offsets.push(sentence.tokens[i - 1].end);
    }
    if (token.kind === 'source') {
      text += '§';
      offsets.push(token.start);
      return;
    }
    const lower = token.lower;
    for (let c = 0; c < lower.length; c++) offsets.push(token.start + Math.min(c, token.text.length - 1));
    text += lower;
  });
  return { text, offsets: Int32Array.from(offsets) };
}

/** The document span of the characters [from, to) of a sentence text. */
export function spanOf(st: SentenceText, from: number, to: number): { start: number; end: number } {
  return { start: st.offsets[from], end: st.offsets[to - 1] + 1 };
}

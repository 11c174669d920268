/**
 * A work budget for Markdown, applied before remark reads a body: remark (micromark) takes time
 * that grows faster than the text for some shapes (thousands of nested list markers or `>`
 * quotes, long runs of `*`, nested `![`/`[`), and recurses once per level of nesting, so a
 * small hostile letter could stall the checks or overflow the stack.
 *
 * The body is cut into blocks (runs of non-blank lines). A block that exceeds any limit below is
 * blanked (every character but line breaks becomes a space, so offsets stay those of the
 * document) and reported as not checked; within the limits remark's work on a block is bounded
 * by a constant times its length. Real letters stay far inside them.
 */

export const BLOCK_LIMITS = {
  /** Characters in one block (a paragraph, a list without blank lines, a table). */
  chars: 20_000,
  /** Container markers (`>` and list markers) opening one line. */
  nesting: 16,
  /** Runs of `*`, `_`, `~` or backticks in one block (each run is a possible emphasis or code delimiter). */
  delimiterRuns: 200,
  /** Length of one such run (a longer run nests emphasis that deep). */
  delimiterRun: 64,
  /** `[` (link, image and reference openers) in one block. */
  brackets: 100,
  /** `<` (autolinks and inline HTML) in one block. */
  angles: 200,
  /** `|` (table cells) in one block. */
  pipes: 1_000,
  /** Columns of white space opening one line (each two can open a level of nested lists). */
  indent: 64,
} as const;

/**
 * Limits on one document: the work of matching delimiters and brackets grows with the square of
 * their number in a block, and every table cell is read on its own; past these totals, further
 * blocks of that kind are not read.
 */
export const DOCUMENT_LIMITS = {
  /** The sum over blocks of (delimiter runs)² + (brackets)² + (angles)². */
  markupWork: 100_000,
  /** `|` in all blocks. */
  pipes: 3_000,
  /** Blocks read (each costs the parser and the checks a little, whatever its size). */
  blocks: 1_500,
} as const;

export interface SkippedBlock {
  readonly start: number;
  readonly end: number;
  /** Why, for a person: "it nests 2000 quotes or list markers on one line (the checks read up to 32)". */
  readonly reason: string;
}

export interface BudgetedText {
  /** The text with every over-budget block blanked (same length, same line breaks). */
  readonly text: string;
  readonly skipped: readonly SkippedBlock[];
}

const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;

/** Blanks the blocks of `text` after `bodyOffset` that exceed BLOCK_LIMITS. Linear in the text's length. */
export function budgetMarkdown(text: string, bodyOffset: number): BudgetedText {
  const skipped: SkippedBlock[] = [];
  let blockStart = -1;
  let at = bodyOffset;
  const totals = { markupWork: 0, pipes: 0, blocks: 0 };
  let rest = false;
  /** Whether a block was read since the last skipped one (else a skip for the same reason extends it: one report). */
  let readSince = true;
  const close = (end: number) => {
    if (blockStart === -1) return;
    const measured = overBudget(text, blockStart, end);
    let reason = typeof measured === 'string' ? measured : undefined;
    if (typeof measured === 'object') {
      if (totals.markupWork + measured.markupWork > DOCUMENT_LIMITS.markupWork) reason = 'the document has more emphasis, links and tags than the checks read in one document';
      else if (totals.pipes + measured.pipes > DOCUMENT_LIMITS.pipes) reason = `the document has more than ${DOCUMENT_LIMITS.pipes} table cells`;
      else if (totals.blocks + 1 > DOCUMENT_LIMITS.blocks) {
        reason = `the document has more than ${DOCUMENT_LIMITS.blocks} blocks (paragraphs, headings, lists), and this one and those after it are not read`;
        end = text.length;
        rest = true;
      } else {
        totals.markupWork += measured.markupWork;
        totals.pipes += measured.pipes;
        totals.blocks++;
      }
    }
    const last = skipped[skipped.length - 1];
    if (reason === undefined) readSince = true;
    else if (!readSince && last.reason === reason) skipped[skipped.length - 1] = { ...last, end };
    else {
      skipped.push({ start: blockStart, end, reason });
      readSince = false;
    }
    blockStart = -1;
  };
  while (at < text.length && !rest) {
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1) lineEnd = text.length;
    if (isBlank(text, at, lineEnd)) close(at);
    else if (blockStart === -1) blockStart = at;
    at = lineEnd + 1;
  }
  if (!rest) close(text.length);
  if (skipped.length === 0) return { text, skipped };
  const parts: string[] = [];
  let from = 0;
  for (const block of skipped) {
    parts.push(text.slice(from, block.start), blank(text.slice(block.start, block.end)));
    from = block.end;
  }
  parts.push(text.slice(from));
  return { text: parts.join(''), skipped };
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/** Spaces for everything but line breaks; a code fence line is kept so that the code blocks around stay as they are. */
function blank(block: string): string {
  return block
    .split('\n')
    .map((line) => (FENCE.test(line) ? line : line.replace(/[^\r]/g, ' ')))
    .join('\n');
}

/** The first limit [start, end) exceeds, as a reason, or what it counts toward the document's limits. */
function overBudget(text: string, start: number, end: number): string | { markupWork: number; pipes: number } {
  if (end - start > BLOCK_LIMITS.chars) return `it is ${end - start} characters long without a blank line (the checks read blocks of up to ${BLOCK_LIMITS.chars})`;
  let runs = 0;
  let brackets = 0;
  let angles = 0;
  let pipes = 0;
  let lineStart = true;
  for (let i = start; i < end; ) {
    if (lineStart) {
      let columns = 0;
      for (let j = i; j < end && (text[j] === ' ' || text[j] === '\t'); j++) columns += text[j] === '\t' ? 4 : 1;
      if (columns > BLOCK_LIMITS.indent) return `a line is indented ${columns} columns (the checks read up to ${BLOCK_LIMITS.indent})`;
      const depth = containerDepth(text, i, end);
      if (depth > BLOCK_LIMITS.nesting) return `it nests more than ${BLOCK_LIMITS.nesting} quotes or list markers on one line`;
      lineStart = false;
    }
    const c = text[i];
    if (c === '\n') {
      lineStart = true;
      i++;
    } else if (c === '*' || c === '_' || c === '~' || c === '`') {
      let j = i + 1;
      while (j < end && text[j] === c) j++;
      if (j - i > BLOCK_LIMITS.delimiterRun) return `it has a run of ${j - i} "${c}" (the checks read runs of up to ${BLOCK_LIMITS.delimiterRun})`;
      if (++runs > BLOCK_LIMITS.delimiterRuns) return `it has more than ${BLOCK_LIMITS.delimiterRuns} runs of emphasis or code marks`;
      i = j;
    } else {
      if (c === '[' && ++brackets > BLOCK_LIMITS.brackets) return `it opens more than ${BLOCK_LIMITS.brackets} links or images`;
      if (c === '|' && ++pipes > BLOCK_LIMITS.pipes) return `it has more than ${BLOCK_LIMITS.pipes} table cells`;
      if (c === '<' && ++angles > BLOCK_LIMITS.angles) return `it has more than ${BLOCK_LIMITS.angles} "<"`;
      i++;
    }
  }
  return { markupWork: runs * runs + brackets * brackets + angles * angles, pipes };
}

/** How many `>` and list markers open the line at `i` (counting stops past the limit). */
function containerDepth(text: string, i: number, end: number): number {
  let depth = 0;
  while (i < end && depth <= BLOCK_LIMITS.nesting) {
    while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
    const c = text[i];
    if (c === '>') {
      depth++;
      i++;
      continue;
    }
    let j = i;
    if (c === '-' || c === '*' || c === '+') j = i + 1;
    else {
      while (j < end && j - i < 10 && text[j] >= '0' && text[j] <= '9') j++;
      if (j === i || (text[j] !== '.' && text[j] !== ')')) break;
      j++;
    }
    if (j < end && text[j] !== ' ' && text[j] !== '\t' && text[j] !== '\n' && text[j] !== '\r') break;
    depth++;
    i = j;
  }
  return depth;
}

/** A piece of the text remark reads on its own, and the definitions it uses from elsewhere. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  /** `[label]: x` lines for the references and footnotes it uses that are defined in another segment: appended after it when parsed. */
  readonly trailer: string;
}

/** Segments are cut at the first safe blank line past this many characters. */
const SEGMENT_CHARS = 1_500;

const DEFINITION = /^ {0,3}\[(\^?)((?:[^[\]\\\n]|\\.){1,999})\]:/;
const LABEL = /\[(\^?)((?:[^[\]\\\n]|\\.){1,999})\]/g;
const RAW_HTML = /^ {0,3}(?:<!--|<\?|<![A-Za-z]|<!\[CDATA\[|<(?:script|pre|style|textarea)(?:[\s>]|$))/i;

function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase();
}

/**
 * Cuts `text` into segments that parse the same alone as in the whole: micromark's
 * document-wide resolvers take time that grows faster than the document (thousands of setext
 * headings), so remark reads one segment at a time. A cut is made only at a blank line outside
 * a code fence or a multi-line HTML block, before a line that starts at the margin (no list
 * item or indented code continues across it). References to a definition in another segment
 * get that definition appended (as a stub) so that they still read as links.
 */
export function markdownSegments(text: string, bodyOffset: number): Segment[] {
  const cuts: number[] = [];
  const defined = new Map<string, number>(); // label → the segment index defining it first
  const definedAt: string[][] = [[]];
  let fence: string | undefined;
  let htmlEnd: string | undefined;
  let segmentStart = 0;
  let previousBlank = false;
  for (let at = 0; at < text.length; ) {
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(at, lineEnd);
    const blankLine = isBlank(text, at, lineEnd);
    if (
      at >= bodyOffset &&
      previousBlank &&
      !blankLine &&
      fence === undefined &&
      htmlEnd === undefined &&
      at - segmentStart >= SEGMENT_CHARS &&
      line[0] !== ' ' &&
      line[0] !== '\t'
    ) {
      cuts.push(at);
      segmentStart = at;
      definedAt.push([]);
    }
    if (fence !== undefined) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t\r]*$/.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length) fence = undefined;
    } else if (htmlEnd !== undefined) {
      if (line.toLowerCase().includes(htmlEnd)) htmlEnd = undefined;
    } else if (at >= bodyOffset) {
      const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (open && !(open[1][0] === '`' && line.slice(open[0].length).includes('`'))) fence = open[1];
      else if (RAW_HTML.test(line)) {
        const lower = line.trimStart().toLowerCase();
        const end = lower.startsWith('<!--') ? '-->' : lower.startsWith('<?') ? '?>' : lower.startsWith('<![cdata[') ? ']]>' : lower.startsWith('<!') ? '>' : `</${/^<([a-z]+)/.exec(lower)![1]}>`;
        if (!lower.slice(2).includes(end)) htmlEnd = end;
      } else {
        const definition = DEFINITION.exec(line);
        if (definition) {
          const label = definition[1] + normalizeLabel(definition[2]);
          if (!defined.has(label)) defined.set(label, cuts.length);
          definedAt[cuts.length].push(label);
        }
      }
    }
    previousBlank = blankLine;
    at = lineEnd + 1;
  }
  const bounds = [0, ...cuts, text.length];
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i];
    const end = bounds[i + 1];
    let trailer = '';
    if (defined.size > 0) {
      const own = new Set(definedAt[i]);
      const added = new Set<string>();
      const piece = text.slice(start, end);
      if (piece.includes('[')) {
        for (const m of piece.matchAll(LABEL)) {
          const label = m[1] + normalizeLabel(m[2]);
          if (own.has(label) || added.has(label) || !defined.has(label)) continue;
          added.add(label);
          trailer += `[${m[1]}${m[2]}]: x\n\n`;
        }
      }
    }
    segments.push({ start, end, trailer: trailer && `\n\n${trailer}` });
  }
  return segments;
}

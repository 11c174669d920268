/**
 * Finds a note's front-matter block without interpreting it.
 *
 * Only a first line of exactly `---` (or `---yaml`) opens YAML front-matter; any other language
 * tag (`---js`, `---coffee`, ...) is reported as unsafe and never handed to a parser.
 */
/** The largest front-matter read, in bytes of UTF-8 (the same limit for the CLI, the index and the editor). */
export const FRONT_MATTER_LIMIT = 64 * 1024;

/**
 * The one read limit, in bytes: enough for the largest accepted front-matter and its fences. The
 * index, `due`, `check` and the editor's checks all look at no more of a note than this.
 */
export const NOTE_READ_LIMIT = FRONT_MATTER_LIMIT + 1024;

/** The longest start of `text` that fits in `limit` bytes of UTF-8 (whole characters only), and whether it was cut. */
export function cutToBytes(text: string, limit: number): { text: string; cut: boolean } {
  if (text.length * 3 <= limit) return { text, cut: false };
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const size = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > limit) return { text: text.slice(0, i), cut: true };
    bytes += size;
    if (pair) i++;
  }
  return { text, cut: false };
}

/** Bytes of UTF-8 that text[start, end) takes (lone surrogates count as the 3 bytes of U+FFFD). */
export function utf8Length(text: string, start = 0, end = text.length): number {
  let bytes = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** True when text[start, end) is more than `limit` bytes of UTF-8 (counted only when it could be). */
function overLimit(text: string, start: number, end: number, limit = FRONT_MATTER_LIMIT): boolean {
  return end - start > limit || (3 * (end - start) > limit && utf8Length(text, start, end) > limit);
}

export type FrontMatterBlock =
  /** The text does not start with a front-matter fence: not a note. */
  | { readonly kind: 'none' }
  | { readonly kind: 'unsafe'; readonly language: string }
  | { readonly kind: 'unclosed' }
  | { readonly kind: 'too-large'; readonly length: number }
  | {
      readonly kind: 'yaml';
      /** The YAML between the fences. */
      readonly yaml: string;
      /** 0-based line of the first YAML line (the line after the opening fence). */
      readonly firstLine: number;
      /** 0-based line of the closing fence. */
      readonly closingLine: number;
      /** Offset in the text where the body starts (after the closing fence's line break). */
      readonly bodyOffset: number;
    };

const OPENING = /^---[ \t]*([A-Za-z][\w-]*)?[ \t]*(\r?\n|$)/;

/**
 * @param text the document's text without a BOM.
 * @param truncated true when `text` is only the head of a longer file: an unclosed block is then
 *   reported as too large rather than unclosed when the head is already past the limit.
 */
export function findFrontMatter(text: string, truncated = false): FrontMatterBlock {
  const opening = OPENING.exec(text);
  if (!opening) return { kind: 'none' };
  const language = opening[1];
  if (language !== undefined && !/^ya?ml$/i.test(language)) return { kind: 'unsafe', language };

  const start = opening[0].length;
  let lineStart = start;
  let line = 1;
  let bytes = 0; // UTF-8 bytes of the lines before lineStart
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    // Only a line that starts with - or . can close the block (most lines are not sliced at all).
    const first = text.charCodeAt(lineStart);
    if ((first === 0x2d || first === 0x2e) && /^(---|\.\.\.)[ \t]*$/.test(text.slice(lineStart, lineEnd).replace(/\r$/, ''))) {
      if (bytes > FRONT_MATTER_LIMIT) return { kind: 'too-large', length: bytes };
      return {
        kind: 'yaml',
        yaml: text.slice(start, lineStart),
        firstLine: 1,
        closingLine: line,
        bodyOffset: newline === -1 ? text.length : newline + 1,
      };
    }
    if (newline === -1) break;
    bytes += utf8Length(text, lineStart, newline + 1);
    if (bytes > FRONT_MATTER_LIMIT) return { kind: 'too-large', length: bytes };
    lineStart = newline + 1;
    line++;
  }
  return truncated && overLimit(text, start, text.length)
    ? { kind: 'too-large', length: utf8Length(text, start, text.length) }
    : { kind: 'unclosed' };
}

/**
 * Finds a note's front-matter block without interpreting it.
 *
 * Only a first line of exactly `---` (or `---yaml`) opens YAML front-matter; any other language
 * tag (`---js`, `---coffee`, ...) is reported as unsafe and never handed to a parser.
 */
export const FRONT_MATTER_LIMIT = 64 * 1024;

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
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const content = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (/^(---|\.\.\.)[ \t]*$/.test(content)) {
      const yamlEnd = lineStart;
      if (yamlEnd - start > FRONT_MATTER_LIMIT) return { kind: 'too-large', length: yamlEnd - start };
      return {
        kind: 'yaml',
        yaml: text.slice(start, yamlEnd),
        firstLine: 1,
        closingLine: line,
        bodyOffset: newline === -1 ? text.length : newline + 1,
      };
    }
    if (lineStart - start > FRONT_MATTER_LIMIT) return { kind: 'too-large', length: lineStart - start };
    if (newline === -1) break;
    lineStart = newline + 1;
    line++;
  }
  return truncated && text.length - start > FRONT_MATTER_LIMIT
    ? { kind: 'too-large', length: text.length - start }
    : { kind: 'unclosed' };
}

/**
 * The prose of a note: the words a person wrote, without front-matter, code, URLs, e-mail
 * addresses, link targets, wiki-link targets, HTML tags or template placeholders.
 */

export interface Word {
  readonly text: string;
  /** Offset in the document text. */
  readonly start: number;
}

/** Spans that are not prose, found in order; each is blanked (same length) before words are read. */
const NOT_PROSE: readonly RegExp[] = [
  /^(```|~~~)[^\n]*\n[\s\S]*?(^\1[^\n]*$|(?![\s\S]))/gm, // fenced code
  /^(?: {4}|\t)[^\n]*$/gm, // indented code
  /`[^`\n]+`/g, // inline code
  /<[^>\n]+>/g, // HTML tags and autolinks
  /\{\{[^}\n]*\}\}/g, // placeholders
  /\[\[[^\]\n]*\]\]/g, // wiki links
  /\]\([^)\n]*\)/g, // link targets
  /^\s*\[[^\]\n]+\]:\s*\S+.*$/gm, // link reference definitions
  /\b(?:https?|ftp|file|mailto):[^\s)>\]]+/gi, // URLs
  /\bwww\.[^\s)>\]]+/gi,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, // e-mail addresses
];

/** The text with every non-prose span and the front-matter replaced by spaces (offsets are kept). */
export function proseOnly(text: string, bodyOffset: number): string {
  let out = text.slice(0, bodyOffset).replace(/[^\n]/g, ' ') + text.slice(bodyOffset);
  for (const pattern of NOT_PROSE) out = out.replace(pattern, (m) => m.replace(/[^\n]/g, ' '));
  return out;
}

const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*/gu;

export function proseWords(text: string, bodyOffset: number): Word[] {
  const prose = proseOnly(text, bodyOffset);
  const words: Word[] = [];
  for (const m of prose.matchAll(WORD)) {
    let word = m[0];
    // Possessives: "Jane's" is Jane.
    word = word.replace(/['’]s$/u, '');
    words.push({ text: word, start: m.index! });
  }
  return words;
}

/**
 * The places in a letter still to be written: template placeholders (`{{…}}`) and the forms
 * people type by hand (`[insert …]`, `[Company]`, `[Name]`, `<your name>`, `XXX`, `TBD`,
 * `TODO`). Used to select the first one in a drafted letter and to jump to the next.
 *
 * Only the body counts, and not what a reader never sees as text: code, HTML comments, web
 * addresses, link targets. Markdown links (`[text](url)`, `[text][ref]`), task boxes (`[ ]`,
 * `[x]`) and footnote marks (`[^1]`) are not placeholders.
 */
import { findFrontMatter } from './frontMatter';

export interface Placeholder {
  /** Offsets in the text: `text.slice(start, end)` is the placeholder. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Spans masked before searching: code, comments, addresses and link targets. */
const HIDDEN: readonly RegExp[] = [
  /^(```|~~~)[^\n]*\n[\s\S]*?(^\1[^\n]*$|(?![\s\S]))/gm, // fenced code
  /`[^`\n]+`/g, // inline code
  /<!--[\s\S]*?(-->|(?![\s\S]))/g, // HTML comments
  /\]\([^)\n]*\)/g, // link targets
  /\b(?:https?|ftp|file|mailto):[^\s)>\]]+/gi, // web addresses
  /\bwww\.[^\s)>\]]+/gi,
];

/** Words that open a hand-typed placeholder in brackets: `[insert …]`, `[Company]`, `[Your Name]`. */
const LEAD_WORDS = [
  'insert', 'add', 'enter', 'type', 'fill', 'put', 'mention', 'describe', 'include', 'specific',
  'your', 'their', 'his', 'her', 'name', 'first', 'last', 'full', 'company', "company's", 'employer', 'organization', 'organisation',
  'title', 'job', 'role', 'position', 'date', 'day', 'interviewer', "interviewer's", 'hiring', 'recipient', 'manager',
  'address', 'street', 'city', 'phone', 'email', 'e-mail', 'signature', 'topic', 'skill', 'skills', 'example', 'something',
];
const LEAD = LEAD_WORDS.map((w) => w.replace(/[-']/g, (c) => `\\${c}`)).join('|');

const FORMS: readonly RegExp[] = [
  /\{\{[^{}\n]*\}\}/g,
  // `[insert …]`, `[Company]`: a lead word first, not a link text, task box or footnote.
  new RegExp(`(?<![!\\]\\\\])\\[(?:${LEAD})\\b[^\\[\\]\\n]{0,80}\\](?![(\\[:])`, 'gi'),
  // `[COMPANY NAME]`: shouting capitals are a placeholder whatever the words.
  /(?<![!\]\\])\[[A-Z][A-Z' -]{2,40}\](?![([:])/g,
  // `<your name>`: an angle-bracketed lead word (never an HTML tag or an autolink).
  new RegExp(`<(?:${LEAD})\\b[^<>\\n]{0,80}>`, 'gi'),
  /\bX{3,}\b/g,
  /\b(?:TBD|TODO)\b/g,
];

function mask(text: string): string {
  let out = text;
  for (const pattern of HIDDEN) out = out.replace(pattern, (m) => m.replace(/[^\n]/g, ' '));
  return out;
}

/** Every placeholder in a letter's body, in order, none overlapping (the outermost wins). */
export function findPlaceholders(text: string): Placeholder[] {
  const block = findFrontMatter(text);
  const bodyOffset = block.kind === 'yaml' ? block.bodyOffset : 0;
  const body = mask(text.slice(bodyOffset));
  const matches: Placeholder[] = [];
  for (const form of FORMS) {
    for (const m of body.matchAll(form)) {
      const start = bodyOffset + m.index!;
      matches.push({ start, end: start + m[0].length, text: text.slice(start, start + m[0].length) });
    }
  }
  // Leftmost first, the longest of those: an outer placeholder hides what is inside it.
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const found: Placeholder[] = [];
  for (const p of matches) if (found.length === 0 || p.start >= found[found.length - 1].end) found.push(p);
  return found;
}

/**
 * The placeholder to go to from a cursor: the first that starts after `offset` (so from a
 * selected placeholder, the one after it), wrapping around to the first; or before it, going back.
 */
export function nextPlaceholder(placeholders: readonly Placeholder[], offset: number, direction: 'next' | 'previous' = 'next'): Placeholder | undefined {
  if (placeholders.length === 0) return undefined;
  if (direction === 'next') return placeholders.find((p) => p.start > offset) ?? placeholders[0];
  return [...placeholders].reverse().find((p) => p.start < offset) ?? placeholders[placeholders.length - 1];
}

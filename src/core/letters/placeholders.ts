/**
 * Template placeholders left in a letter: `{{…}}` from the scaffolder, and the forms people type
 * by hand — `[insert …]`, `[Company]`, `[Your Name]`, `<your name>`, `XXX`, `TBD`, `TODO`, `____`.
 * Found in the literal text of prose and of inline HTML (Markdown reads `<your name>` as a tag).
 */

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** `{{…}}`, or `[…]` naming what to write: an instruction word, a title-case label, or capitals. */
const BRACED = /\{\{[^{}\n]*\}\}/g;
const BRACKETED = /\[([^[\]\n]{1,60})\]/g;
/** `<…>` left as text (Markdown reads `<interviewer's name>` as text: an apostrophe is no tag). */
const ANGLED = /<([^<>\n]{1,60})>/g;
const INSTRUCTION = /^(?:insert|add|enter|type|fill(?: in)?|put|include|write|your|their|his|her|the|name|mention|specific|relevant|describe|example|date|company|position|role|title|job|recipient|interviewer|hiring manager|manager)\b/i;
/** Markers of unfinished text, in capitals as people type them. */
const MARKERS = /(?<![\p{L}\p{N}])(?:X{3,}|TBD|TBC|TODO|FIXME|TK)(?![\p{L}\p{N}])|_{3,}/gu;

/** HTML element names: `<br>`, `<em>` are markup, `<your name>` is a placeholder. */
const HTML_ELEMENTS = new Set(
  ('a abbr address article aside b bdi bdo blockquote br button caption center cite code col colgroup dd del details dfn div dl dt em ' +
    'figcaption figure font footer h1 h2 h3 h4 h5 h6 header hr i img input ins kbd label li main mark nav ol p picture pre q s samp ' +
    'section small source span strike strong sub summary sup table tbody td tfoot th thead time tr u ul var video wbr').split(' '),
);

/** Placeholders in a run of prose text that starts at `offset` in the document. */
export function placeholdersInText(value: string, offset: number): Span[] {
  const braced: Span[] = [];
  const bracketed: Span[] = [];
  for (const m of value.matchAll(BRACED)) braced.push(span(m[0], offset + m.index!));
  for (const m of value.matchAll(BRACKETED)) {
    const inner = m[1].trim();
    if (m.index! > 0 && value[m.index! - 1] === '!') continue; // an image
    if (isBracketPlaceholder(inner)) bracketed.push(span(m[0], offset + m.index!));
  }
  const angled: Span[] = [];
  for (const m of value.matchAll(ANGLED)) {
    // Words only, as a tag would be (`<recruiter's first name>`); `a <= b`, `<5 days>` are not.
    if (/^\p{L}[\p{L}'’-]*(?: [\p{L}'’-]+){0,5}$/u.test(m[1].trim())) angled.push(span(m[0], offset + m.index!));
  }
  const out = [...braced, ...bracketed, ...angled];
  // Markers inside a placeholder found above are part of it. Each list is in order and holds no
  // overlaps, so one pointer per list walks them once (linear, however many there are).
  const pointers = [0, 0, 0];
  const inside = (list: Span[], p: number, at: number) => {
    while (pointers[p] < list.length && list[pointers[p]].end <= at) pointers[p]++;
    return pointers[p] < list.length && list[pointers[p]].start <= at;
  };
  for (const m of value.matchAll(MARKERS)) {
    const at = offset + m.index!;
    if (!inside(braced, 0, at) && !inside(bracketed, 1, at) && !inside(angled, 2, at)) out.push(span(m[0], at));
  }
  return out.sort((a, b) => a.start - b.start);
}

function isBracketPlaceholder(inner: string): boolean {
  if (!/\p{L}/u.test(inner) || /^\^/.test(inner)) return false; // "[1]", footnote labels
  if (INSTRUCTION.test(inner) || /…|\.\.\./.test(inner)) return true;
  const words = inner.split(/\s+/);
  if (words.length > 6) return false;
  // "[Company]", "[Hiring Manager's Name]", "[COMPANY NAME]": every word capitalised.
  return words.every((w) => /^[\p{Lu}][\p{L}'’-]*$/u.test(w) || /^(?:of|the|and|or|for|to|a|an)$/.test(w));
}

/** An open tag that is words: `<your name>`, `<Company>`, `<hiring-manager>`. */
const TAG = /<([A-Za-z][\w-]*)((?:\s+[\w'’-]+)*)\s*\/?>/g;

/**
 * The placeholders in HTML as Markdown parses it (`<your name>`, `<Company>` inline, or lines of
 * them that make an HTML block: `<Your Name>⏎<your email> | <phone>`): tags that are words, not
 * HTML elements; a real tag's attributes have values (`<a href=…>`). Comments are never read.
 */
export function placeholdersInHtml(value: string, offset: number): Span[] {
  const out: Span[] = [];
  const comments = [...value.matchAll(/<!--[\s\S]*?(?:-->|$)/g)].map((m) => [m.index!, m.index! + m[0].length]);
  for (const m of value.matchAll(TAG)) {
    if (HTML_ELEMENTS.has(m[1].toLowerCase()) || comments.some(([a, b]) => m.index! >= a && m.index! < b)) continue;
    out.push(span(m[0], offset + m.index!));
  }
  return out;
}

function span(text: string, start: number): Span {
  return { text, start, end: start + text.length };
}

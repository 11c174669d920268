import { sentenceText, spanOf, type Sentence, type SentenceText, type Token } from '../letters/prose';
import { foldAccents, type SpellChecker } from '../letters/spelling';
import { CONFUSED_RULES, type ConfusedRule } from './confusedWords';
import { contextConfusions } from './contextRules';
import type { CheckedDocument } from './document';
import type { KnownWords } from './knownWords';
import { TONE_RULES, type ToneRule } from './tone';

/** Placeholders, tone and confused words (letters), repeated words, articles and spelling (letters and notes) over the prose. */
export function checkProse(doc: CheckedDocument, isLetter: boolean): void {
  const prose = doc.prose;
  // Blocks over the Markdown work budget are not read (see letters/markdownBudget): said once each, on their first line.
  for (const block of prose.skipped) {
    const first = doc.lines.positionAt(block.start).line;
    doc.add({
      code: 'prose-not-checked',
      severity: 'information',
      message: `Spelling and grammar are not checked in this block: ${block.reason}.`,
      range: { start: { line: first, character: 0 }, end: { line: first, character: doc.lineLength(first) } },
    });
  }
  if (isLetter) {
    for (const p of prose.placeholders) {
      doc.claim(p.start, p.end - p.start);
      doc.add({
        code: 'placeholder',
        severity: 'error',
        message: `Fill in this placeholder before sending: ${p.text}`,
        range: doc.lines.rangeAt(p.start, p.end),
      });
    }
    for (const sentence of prose.sentences) {
      // Phrase rules run only where a word they need occurs; most sentences need none.
      const { tone, confused } = rulesFor(sentence);
      if (tone.length > 0 || confused.length > 0) {
        const st = sentenceText(sentence);
        checkTone(doc, st, tone);
        checkConfusedWords(doc, st, confused);
      }
      checkContext(doc, sentence);
    }
  }
  // "a a": the repeat is the mistake; the first "a" before the word "a" is no article error too.
  const repeats = new Set(prose.findings.filter((f) => f.rule === 'repeated-word').map((f) => f.replaceStart));
  for (const f of prose.findings) {
    if (doc.claimed.has(f.start)) continue;
    if (f.rule === 'article' && repeats.has(f.end)) continue;
    const range = doc.lines.rangeAt(f.start, f.end);
    const fixRange = doc.lines.rangeAt(f.replaceStart, f.end);
    if (f.rule === 'repeated-word') {
      doc.add({
        code: 'repeated-word',
        severity: 'warning',
        message: `"${f.actual}" is repeated: the same word twice in a row.`,
        range,
        fixes: [doc.replaceFix(`Remove the repeated "${f.actual}"`, fixRange, '')],
      });
    } else {
      doc.add({
        code: 'article',
        severity: 'warning',
        message: `Use "${f.expected}" here, not "${f.actual}": the article follows the sound of the next word.`,
        range,
        fixes: [doc.replaceFix(`Change to "${f.expected}"`, fixRange, f.expected)],
      });
    }
    doc.claim(f.start, f.end - f.start);
  }
  checkInitialismArticles(doc);
  checkSpelling(doc);
}

/** Letters whose names start with a vowel sound: "an MBA" (em), "an HR team" (aitch), "an SLA" (ess). */
const VOWEL_NAMED = new Set('AEFHILMNORSX');
/** Two consonants that can start an English word: an acronym opening with them may be said as a word ("SQL", "PRD"). */
const ONSETS = new Set(['BL', 'BR', 'CH', 'CL', 'CR', 'DR', 'FL', 'FR', 'GL', 'GR', 'PH', 'PL', 'PR', 'SC', 'SH', 'SK', 'SL', 'SM', 'SN', 'SP', 'SQ', 'ST', 'SW', 'TH', 'TR', 'TW', 'WH', 'WR']);

/**
 * The article an acronym takes when its sound is certain: one opening with a vowel letter (A, E,
 * I, O: "an"; U: "a", said "you"), or one that can only be said letter by letter (two consonants
 * no English word starts with: "MRO", "NDA", "CPA"), which takes the article of its first
 * letter's name. Acronyms that may be said as words ("SEO", "NASA", "SQL") are left alone.
 */
function articleForAcronym(word: string): 'a' | 'an' | undefined {
  const letters = word.replace(/s$/, '');
  if (!/^[A-Z]{2,6}$/.test(letters)) return undefined;
  const first = letters[0];
  if ('AEIO'.includes(first)) return 'an';
  if (first === 'U') return 'a';
  const second = letters[1];
  if ('AEIOUY'.includes(second) || ONSETS.has(letters.slice(0, 2))) return undefined;
  return VOWEL_NAMED.has(first) ? 'an' : 'a';
}

/** "a MRO", "an CPA": retext's lists do not cover every acronym; these follow the letters' sounds. */
function checkInitialismArticles(doc: CheckedDocument): void {
  for (const { token, sentence, index } of doc.prose.words) {
    if (token.lower !== 'a' && token.lower !== 'an') continue;
    if (doc.claimed.has(token.start)) continue;
    const next = doc.prose.sentences[sentence].tokens[index + 1];
    if (!next || next.kind !== 'word' || !next.spaced) continue;
    const expected = articleForAcronym(next.text);
    if (!expected || expected === token.lower) continue;
    const written = token.text[0] === token.text[0].toUpperCase() ? expected[0].toUpperCase() + expected.slice(1) : expected;
    const range = doc.lines.rangeAt(token.start, token.end);
    doc.claim(token.start, token.end - token.start);
    doc.add({
      code: 'article',
      severity: 'warning',
      message: `Use "${written}" here, not "${token.text}": "${next.text}" is said letter by letter, and the article follows the sound of its first letter.`,
      range,
      fixes: [doc.replaceFix(`Change to "${written}"`, range, written)],
    });
  }
}

export interface Compiled<R> {
  readonly rule: R;
  readonly pattern: RegExp;
  /** Whether a (lower-case) word can set the rule off. */
  readonly key: RegExp;
}

/** The source of the named group `(?<name>…)` in a pattern's source. */
function groupSource(source: string, name: string): string | undefined {
  const open = source.indexOf(`(?<${name}>`);
  if (open === -1) return undefined;
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '(') depth++;
    else if (source[i] === ')' && --depth === 0) return source.slice(open + name.length + 4, i);
  }
  return undefined;
}

const toneRules: Compiled<ToneRule>[] = TONE_RULES.map((rule) => ({ rule, pattern: new RegExp(rule.pattern.source, 'g'), key: rule.key }));
const confusedRules: Compiled<ConfusedRule>[] = CONFUSED_RULES.map((rule) => {
  const groups = ['w', 'w2', 'w3'].map((g) => groupSource(rule.pattern.source, g)).filter((g): g is string => g !== undefined);
  return { rule, pattern: new RegExp(rule.pattern.source, 'dg'), key: new RegExp(`^(?:${groups.join('|')})$`) };
});

/** Which rules each word can set off, computed once per distinct word. */
const keyCache = new Map<string, { tone: number[]; confused: number[] }>();

function rulesFor(sentence: Sentence): { tone: Compiled<ToneRule>[]; confused: Compiled<ConfusedRule>[] } {
  const tone = new Set<number>();
  const confused = new Set<number>();
  for (const token of sentence.tokens) {
    if (token.kind !== 'word') continue;
    let hit = keyCache.get(token.lower);
    if (!hit) {
      hit = {
        tone: toneRules.flatMap((r, i) => (r.key.test(token.lower) ? [i] : [])),
        confused: confusedRules.flatMap((r, i) => (r.key.test(token.lower) ? [i] : [])),
      };
      if (keyCache.size > 50_000) keyCache.clear();
      keyCache.set(token.lower, hit);
    }
    hit.tone.forEach((i) => tone.add(i));
    hit.confused.forEach((i) => confused.add(i));
  }
  return { tone: [...tone].sort((a, b) => a - b).map((i) => toneRules[i]), confused: [...confused].sort((a, b) => a - b).map((i) => confusedRules[i]) };
}

/** Desperate phrases in a sentence text (lower case, one space between words), by the given rules (default: all). */
export function desperatePhrasesIn(text: string, rules: readonly Compiled<ToneRule>[] = toneRules): { rule: number; from: number; to: number }[] {
  const out: { rule: number; from: number; to: number }[] = [];
  for (const compiled of rules) {
    compiled.pattern.lastIndex = 0;
    for (const m of text.matchAll(compiled.pattern)) out.push({ rule: toneRules.indexOf(compiled), from: m.index!, to: m.index! + m[0].length });
  }
  return out;
}

function checkTone(doc: CheckedDocument, st: SentenceText, rules: readonly Compiled<ToneRule>[]): void {
  // One hint per sentence: a sentence that pleads and bargains ("if only you will give me this job, I will
  // work any shift you need") is one thing to rewrite; its span runs from the first phrase to the last.
  const matches = desperatePhrasesIn(st.text, rules);
  if (matches.length === 0) return;
  const from = Math.min(...matches.map((m) => m.from));
  const to = Math.max(...matches.map((m) => m.to));
  const ideas = [...new Set(matches.sort((a, b) => a.from - b.from).map((m) => TONE_RULES[m.rule].idea))];
  const { start, end } = spanOf(st, from, to);
  const written = doc.input.text.slice(start, end).replace(/\s+/g, ' ');
  const quoted = written.length > 80 ? `${written.slice(0, 77)}…` : written;
  doc.add({
    code: 'desperate-tone',
    severity: 'hint',
    message: `"${quoted}" can read as desperate (${ideas.join('; ')}). Show enthusiasm for the role and what you bring instead.`,
    range: doc.lines.rangeAt(start, end),
  });
}

export interface ConfusedMatch {
  /** Index of the rule in CONFUSED_RULES. */
  readonly rule: number;
  /** The wrong word's span in the sentence text. */
  readonly from: number;
  readonly to: number;
  /** The word meant, lower case. */
  readonly meant: string;
}

/** The confused words in a sentence text (lower case, one space between words), by the given rules (default: all). */
export function confusedWordsIn(text: string, rules: readonly Compiled<ConfusedRule>[] = confusedRules): ConfusedMatch[] {
  const out: ConfusedMatch[] = [];
  for (const compiled of rules) {
    const { rule, pattern } = compiled;
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const group = m.indices?.groups?.w ?? m.indices?.groups?.w2 ?? m.indices?.groups?.w3;
      if (!group) continue;
      const wrong = text.slice(group[0], group[1]);
      out.push({ rule: confusedRules.indexOf(compiled), from: group[0], to: group[1], meant: typeof rule.meant === 'string' ? rule.meant : rule.meant(wrong) });
    }
  }
  return out;
}

function checkConfusedWords(doc: CheckedDocument, st: SentenceText, rules: readonly Compiled<ConfusedRule>[]): void {
  for (const match of confusedWordsIn(st.text, rules)) {
    const { start, end } = spanOf(st, match.from, match.to);
    if (doc.claimed.has(start)) continue;
    const written = doc.input.text.slice(start, end);
    const meant = matchCase(written, match.meant);
    const range = doc.lines.rangeAt(start, end);
    doc.claim(start, end - start);
    doc.add({
      code: 'confused-word',
      severity: 'warning',
      message: `"${written}" is a real word, but here it should be "${meant}": ${CONFUSED_RULES[match.rule].why}.`,
      range,
      fixes: [doc.replaceFix(`Change to "${meant}"`, range, meant)],
    });
  }
}

/** Confused words the parts of speech give away (contextRules), where no phrase rule already spoke. */
function checkContext(doc: CheckedDocument, sentence: Sentence): void {
  for (const match of contextConfusions(sentence.tokens)) {
    const token = sentence.tokens[match.index];
    if (doc.claimed.has(token.start)) continue;
    const written = doc.input.text.slice(token.start, token.end);
    const meant = matchCase(written, match.meant);
    const range = doc.lines.rangeAt(token.start, token.end);
    doc.claim(token.start, token.end - token.start);
    doc.add({
      code: 'confused-word',
      severity: 'warning',
      message: `"${written}" is a real word, but here it should be "${meant}": ${match.why}.`,
      range,
      fixes: [doc.replaceFix(`Change to "${meant}"`, range, meant)],
    });
  }
}

function matchCase(written: string, meant: string): string {
  const apostrophe = written.includes('’') ? meant.replace(/'/g, '’') : meant;
  if (written.length > 1 && written === written.toUpperCase()) return apostrophe.toUpperCase();
  return written[0] !== written[0].toLowerCase() ? apostrophe[0].toUpperCase() + apostrophe.slice(1) : apostrophe;
}

/** Words that are not checked: numbers and ordinals, addresses, abbreviations, acronyms, brand-style capitals. */
function checkable(token: Token): string | undefined {
  let word = token.text;
  if (/[\p{N}@/_.\\:]/u.test(word)) return undefined;
  word = word.replace(/['’]s$|(?<=s)['’]$/u, '');
  if (word.length < 2 || !/^\p{L}/u.test(word)) return undefined;
  word = word.replace(/-+$/, ''); // "temperature-" broken at the end of a line
  if (word.length <= 6 && word === word.toUpperCase()) return undefined; // acronyms
  // A capital after the first letter: acronyms and their plurals ("KPIs", "SENCo"), names and brands ("DevOps", "McKinsey").
  if (/\p{Lu}/u.test(word.slice(1))) return undefined;
  return word;
}

/** A word as written, misspelt (with the contraction meant, when an apostrophe is missing), or null when it is fine. */
type Verdict = { readonly word: string; readonly contraction?: string } | null;

/** Verdicts by word, per word list and speller: a keystroke re-checks the same words. */
const verdictCaches = new WeakMap<KnownWords, WeakMap<SpellChecker, Map<string, Verdict>>>();

function verdictsFor(known: KnownWords, speller: SpellChecker): Map<string, Verdict> {
  let bySpeller = verdictCaches.get(known);
  if (!bySpeller) verdictCaches.set(known, (bySpeller = new WeakMap()));
  let verdicts = bySpeller.get(speller);
  if (!verdicts) bySpeller.set(speller, (verdicts = new Map()));
  if (verdicts.size > 50_000) verdicts.clear();
  return verdicts;
}

function verdictOf(token: Token, known: KnownWords, speller: SpellChecker): Verdict {
  const word = checkable(token);
  if (!word) return null;
  const contraction = speller.missingApostrophe(word);
  if (contraction) return { word, contraction };
  if (speller.isWord(word) || known.folded.has(foldAccents(word))) return null;
  return { word };
}

/** A closing ("Best wishes,", "Yours sincerely,") on a line of its own. */
const CLOSING = /^[ \t]*(?:(?:with |my )?(?:best|kind|kindest|warm|warmest|many|sincere|all the best|with)?[ \t]*(?:regards|wishes|thanks|gratitude|appreciation)|(?:yours )?(?:sincerely|faithfully|truly|respectfully|gratefully|cordially)(?: yours)?|best|cheers|thank you(?: again)?|thanks(?: again)?|all the best|take care)[ \t]*[,.!—–-]?[ \t]*\r?$/gim;

/** The two lines after the last closing of the letter: where the sender signs. */
function signatureLines(doc: CheckedDocument): { start: number; end: number } | undefined {
  const text = doc.input.text;
  let last: RegExpExecArray | undefined;
  for (const m of text.slice(doc.parsed.frontMatter?.bodyOffset ?? 0).matchAll(CLOSING)) last = m as RegExpExecArray;
  if (!last) return undefined;
  const start = (doc.parsed.frontMatter?.bodyOffset ?? 0) + last.index + last[0].length;
  let end = start;
  for (let lines = 0; lines < 3 && end < text.length; lines++) {
    const next = text.indexOf('\n', end + 1);
    end = next === -1 ? text.length : next;
  }
  return { start, end };
}

/** Spelling problems reported in one document at most. */
const MAX_SPELLING_REPORTS = 100;

/** The spelling pass over prose already read (exported for the benchmark). */
export function checkSpelling(doc: CheckedDocument): void {
  const { knownWords, speller } = doc.input;
  if (!speller) return;
  const verdicts = verdictsFor(knownWords, speller);
  const signature = signatureLines(doc);
  const { sentences } = doc.prose;
  let reported = 0;
  for (const { token, sentence, index } of doc.prose.words) {
    if (reported === MAX_SPELLING_REPORTS) {
      // A page of unknown words is not English prose (lorem ipsum, another language): say so once.
      doc.add({
        code: 'spelling',
        severity: 'information',
        message: `More than ${MAX_SPELLING_REPORTS} words of this document are not in the dictionary, so the rest are not reported. Is it written in English?`,
        range: doc.lines.rangeAt(token.start, token.end),
      });
      return;
    }
    let verdict = verdicts.get(token.text);
    if (verdict === undefined) verdicts.set(token.text, (verdict = verdictOf(token, knownWords, speller)));
    if (verdict === null || doc.claimed.has(token.start)) continue;
    if (!verdict.contraction && /^\p{Lu}/u.test(verdict.word)) {
      // The name under the closing is the sender's, in whatever form they sign ("Seun" for Oluwaseun).
      if (signature && token.start >= signature.start && token.start < signature.end) continue;
      // Inside a sentence, an unknown capitalised word is a name (a colleague, a place, a product)
      // unless it looks like a common word mistyped.
      const first = sentences[sentence].tokens.slice(0, index).every((t) => t.kind !== 'word');
      if (!first && !speller.looksMistyped(verdict.word)) continue;
    }
    const { word, contraction } = verdict;
    reported++;
    if (contraction) {
      const range = doc.lines.rangeAt(token.start, token.start + word.length);
      doc.add({
        code: 'spelling',
        severity: 'warning',
        message: `"${word}" is missing its apostrophe: "${contraction}".`,
        range,
        word,
        fixes: [doc.replaceFix(`Change to "${contraction}"`, range, contraction)],
      });
      continue;
    }
    doc.add({
      code: 'spelling',
      severity: 'warning',
      message: `"${word}" is not in the dictionary. If it is a name or a term you use, add it to the word list.`,
      range: doc.lines.rangeAt(token.start, token.start + word.length),
      word,
      fixes: [{ kind: 'command', title: `Add "${word}" to the word list`, command: 'addWord', argument: word }],
    });
  }
}

import { sentenceText, spanOf, type SentenceText, type Token } from '../prose';
import { foldAccents } from '../spelling';
import { CONFUSED_RULES } from './confusedWords';
import type { CheckedDocument } from './document';
import { TONE_RULES } from './tone';

/** Placeholders, tone and confused words (letters), repeated words, articles and spelling (letters and notes) over the prose. */
export function checkProse(doc: CheckedDocument, isLetter: boolean): void {
  const prose = doc.prose;
  const texts = prose.sentences.map(sentenceText);
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
    for (const st of texts) checkTone(doc, st);
    for (const st of texts) checkConfusedWords(doc, st);
  }
  for (const f of prose.findings) {
    if (doc.claimed.has(f.start)) continue;
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
  checkSpelling(doc);
}

function checkTone(doc: CheckedDocument, st: SentenceText): void {
  for (const rule of TONE_RULES) {
    const pattern = new RegExp(rule.pattern.source, 'g');
    for (const m of st.text.matchAll(pattern)) {
      const { start, end } = spanOf(st, m.index!, m.index! + m[0].length);
      const written = doc.input.text.slice(start, end).replace(/\s+/g, ' ');
      doc.add({
        code: 'desperate-tone',
        severity: 'hint',
        message: `"${written}" can read as desperate (${rule.idea}). Show enthusiasm for the role and what you bring instead.`,
        range: doc.lines.rangeAt(start, end),
      });
    }
  }
}

const compiled = CONFUSED_RULES.map((rule) => ({ rule, pattern: new RegExp(rule.pattern.source, 'dg') }));

function checkConfusedWords(doc: CheckedDocument, st: SentenceText): void {
  for (const { rule, pattern } of compiled) {
    pattern.lastIndex = 0;
    for (const m of st.text.matchAll(pattern)) {
      const group = m.indices?.groups?.w ?? m.indices?.groups?.w2;
      if (!group) continue;
      const { start, end } = spanOf(st, group[0], group[1]);
      if (doc.claimed.has(start)) continue;
      const written = doc.input.text.slice(start, end);
      const lowerMeant = typeof rule.meant === 'string' ? rule.meant : rule.meant(written.toLowerCase().replace(/’/g, "'"));
      const meant = matchCase(written, lowerMeant);
      const range = doc.lines.rangeAt(start, end);
      doc.claim(start, end - start);
      doc.add({
        code: 'confused-word',
        severity: 'warning',
        message: `"${written}" is a real word, but here it should be "${meant}": ${rule.why}.`,
        range,
        fixes: [doc.replaceFix(`Change to "${meant}"`, range, meant)],
      });
    }
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
  if (word.length <= 6 && word === word.toUpperCase()) return undefined; // acronyms
  if (/^\p{Lu}{2,6}s$/u.test(word)) return undefined; // their plurals: "KPIs", "SKUs"
  if (/\p{Ll}\p{Lu}/u.test(word)) return undefined; // "DevOps", "iPhone", "McKinsey": names and brands
  return word;
}

function checkSpelling(doc: CheckedDocument): void {
  const { knownWords, speller } = doc.input;
  if (!speller) return;
  for (const { token } of doc.prose.words) {
    if (doc.claimed.has(token.start)) continue;
    const word = checkable(token);
    if (!word) continue;
    const contraction = speller.missingApostrophe(word);
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
    if (knownWords.folded.has(foldAccents(word))) continue;
    if (speller.isWord(word)) continue;
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

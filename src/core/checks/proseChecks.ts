import { proseOnly, proseWords } from '../prose';
import { foldAccents } from '../spelling';
import type { CheckedDocument } from './document';
import { CONFUSED_WORDS, DESPERATE_PHRASES } from './phrases';

/** Placeholders, tone, confused words and spelling over the body. */
export function checkProse(doc: CheckedDocument, isLetter: boolean): void {
  const fm = doc.parsed.frontMatter!;
  const text = doc.input.text;
  if (isLetter) {
    for (const m of text.slice(fm.bodyOffset).matchAll(/\{\{[^}\n]*\}\}/g)) {
      const start = fm.bodyOffset + m.index!;
      doc.add({
        code: 'placeholder',
        severity: 'error',
        message: `Fill in this placeholder before sending: ${m[0]}`,
        range: doc.lines.rangeAt(start, start + m[0].length),
      });
    }
    const prose = proseOnly(text, fm.bodyOffset);
    for (const pattern of DESPERATE_PHRASES) {
      for (const m of prose.matchAll(pattern)) {
        doc.add({
          code: 'desperate-tone',
          severity: 'hint',
          message: `"${m[0]}" can read as desperate. Show enthusiasm for the role and what you bring instead.`,
          range: doc.lines.rangeAt(m.index!, m.index! + m[0].length),
        });
      }
    }
  }
  const { knownWords, speller } = doc.input;
  for (const word of proseWords(text, fm.bodyOffset)) {
    if (doc.claimed.has(word.start)) continue;
    const range = doc.lines.rangeAt(word.start, word.start + word.text.length);
    const lower = word.text.toLowerCase();
    const meant = isLetter ? CONFUSED_WORDS[lower] : undefined;
    if (meant) {
      const replacement = word.text[0] === word.text[0].toUpperCase() ? meant[0].toUpperCase() + meant.slice(1) : meant;
      doc.add({
        code: 'confused-word',
        severity: 'warning',
        message: `"${word.text}" is a real word, but in a job letter it is almost always a typo for "${replacement}".`,
        range,
        fixes: [doc.replaceFix(`Change to "${replacement}"`, range, replacement)],
      });
      continue;
    }
    if (!speller || word.text.length < 2) continue;
    if (word.text.length <= 6 && word.text === word.text.toUpperCase()) continue; // acronyms
    if (knownWords.folded.has(foldAccents(word.text))) continue;
    if (speller.isWord(word.text)) continue;
    doc.add({
      code: 'spelling',
      severity: 'warning',
      message: `"${word.text}" is not in the dictionary. If it is a name or a term you use, add it to the word list.`,
      range,
      word: word.text,
      fixes: [{ kind: 'command', title: `Add "${word.text}" to the word list`, command: 'addWord', argument: word.text }],
    });
  }
}

/**
 * Company names in a letter: a near miss of the interview's company or of any distinctive word
 * of it (`company-misspelled`), and the name of another interview's company (`wrong-company`).
 * Names are written with capitals: a lower-case generic word that happens to be in a company's
 * name ("the academy", "communications") is not the company.
 */
import type { WordRef } from '../letters/prose';
import { editDistance, foldAccents, sameSpelling } from '../letters/spelling';
import type { CheckedDocument } from './document';
import { GENERIC_COMPANY_WORDS } from './phrases';

interface NameWord {
  readonly text: string;
  readonly folded: string;
  readonly distinctive: boolean;
}

/** The words of a company name, each marked distinctive (a name of its own) or generic ("Health", "Group", "Inc"). */
function companyWords(company: string): NameWord[] {
  const out: NameWord[] = [];
  for (const raw of company.split(/[\s,&/()]+/)) {
    const text = raw.replace(/['’]s$/u, '').replace(/^[.'’]+|[.'’]+$/g, '');
    if (!text || !/\p{L}/u.test(text)) continue;
    const folded = foldAccents(text);
    out.push({ text, folded, distinctive: text.length >= 3 && !GENERIC_COMPANY_WORDS.has(folded) });
  }
  return out;
}

function allowedEdits(length: number): number {
  return length >= 7 ? 2 : length >= 4 ? 1 : 0;
}

/** Nearly (not exactly) the name word: within the edits its length allows, same first letter unless long. */
function nearMiss(folded: string, target: string): boolean {
  const allowed = allowedEdits(target.length);
  if (allowed === 0 || (folded[0] !== target[0] && target.length < 7)) return false;
  const d = editDistance(folded, target, allowed);
  return d >= 1 && d <= allowed;
}

export function checkCompanyName(doc: CheckedDocument, company: string): void {
  const parts = companyWords(company);
  const distinctive = parts.filter((p) => p.distinctive);
  // Hyphenated names are checked whole and by part ("McAlister-Dunn", "McAlister", "Dunn").
  const targets = distinctive.flatMap((p) => (p.text.includes('-') ? [p, ...companyWords(p.text.replace(/-/g, ' ')).filter((q) => q.distinctive)] : [p]));
  if (targets.length === 0) return;
  const { words, sentences } = doc.prose;
  const { people } = doc.input.knownWords;
  for (const ref of words) {
    const { token } = ref;
    if (doc.claimed.has(token.start)) continue;
    const word = token.text.replace(/['’]s$/u, '');
    if (word.length < 3) continue;
    const folded = foldAccents(word);
    const capitalised = /^\p{Lu}/u.test(word);
    for (const target of targets) {
      if (folded === target.folded) {
        // Same letters: flag a wrong accent or inner capital ("Mcalister"), or a lower-case distinctive name that is no English word.
        const wrongCase = word !== target.text && word !== word.toUpperCase() && (capitalised || !doc.isDictionaryWord(word));
        if (wrongCase && sameSpelling(word) !== sameSpelling(target.text)) flag(doc, token.start, word, target.text, company);
        else checkNeighbours(doc, ref, parts, target, company, sentences[ref.sentence].tokens);
        break;
      }
      // A real word is no misspelling on its own ("riverbed"), unless the rest of the name follows it ("Riverbed Civic Press").
      const anchored = capitalised && followedByRest(ref, parts, target, sentences[ref.sentence].tokens);
      if (!anchored && !capitalised && doc.isDictionaryWord(word)) continue;
      if (!anchored && (people.has(sameSpelling(word)) || doc.isFrequentWord(word))) continue;
      if (nearMiss(folded, target.folded)) {
        flag(doc, token.start, word, target.text, company);
        break;
      }
    }
  }
}

/** The word stands where `target` stands in the name, and the name's next words follow it as written. */
function followedByRest(ref: WordRef, parts: readonly NameWord[], target: NameWord, tokens: readonly WordRef['token'][]): boolean {
  const at = parts.findIndex((p) => p.folded === target.folded);
  if (at === -1 || at === parts.length - 1) return false;
  for (let k = 1; at + k < parts.length; k++) {
    const token = tokens[ref.index + k];
    if (!token || token.kind !== 'word' || foldAccents(token.text.replace(/['’]s$/u, '')) !== parts[at + k].folded) return false;
  }
  return true;
}

/** After an exact distinctive word, the company's other words must follow as written: "Brightwater Heath" for "Brightwater Health". */
function checkNeighbours(doc: CheckedDocument, ref: WordRef, parts: readonly NameWord[], target: NameWord, company: string, tokens: readonly WordRef['token'][]): void {
  const at = parts.findIndex((p) => p.folded === target.folded);
  if (at === -1) return;
  for (let k = 1; at + k < parts.length; k++) {
    const token = tokens[ref.index + k];
    if (!token || token.kind !== 'word') return;
    const expected = parts[at + k];
    const word = token.text.replace(/['’]s$/u, '');
    if (foldAccents(word) === expected.folded) continue;
    if (/^\p{Lu}/u.test(word) && nearMiss(foldAccents(word), expected.folded) && !doc.claimed.has(token.start)) flag(doc, token.start, word, expected.text, company);
    return;
  }
}

function flag(doc: CheckedDocument, start: number, written: string, meant: string, company: string): void {
  const range = doc.lines.rangeAt(start, start + written.length);
  doc.claim(start, written.length);
  doc.add({
    code: 'company-misspelled',
    severity: 'error',
    message: `"${written}" looks like a misspelling of ${company}: a wrong company name undoes the letter.`,
    range,
    fixes: [doc.replaceFix(`Change to ${meant}`, range, meant)],
  });
}

/**
 * Another interview's company named in this letter ("joining Globex" in a letter for Acme): its
 * distinctive words, written as in its name, that this company's name does not share.
 */
export function checkOtherCompanies(doc: CheckedDocument, company: string | undefined, otherCompanies: readonly string[]): void {
  const myName = companyWords(company ?? '');
  const mine = new Set(myName.map((p) => p.folded));
  const myShort = myName.filter((p) => p.distinctive).map((p) => p.text).join(' ') || company;
  const { words, sentences } = doc.prose;
  const { people } = doc.input.knownWords;
  // Each word of the letter spelt once, not once per other company: a journal names hundreds.
  const spelt = words.map(({ token }) => sameSpelling(token.text.replace(/['’]s$/u, '')));
  const present = new Set(spelt);
  for (const other of otherCompanies) {
    const parts = companyWords(other);
    const firstDistinctive = parts.findIndex((p) => p.distinctive && !mine.has(p.folded));
    if (firstDistinctive === -1) continue;
    const key = parts[firstDistinctive];
    const keySpelt = sameSpelling(key.text);
    if (!present.has(keySpelt)) continue;
    for (let w = 0; w < words.length; w++) {
      const ref = words[w];
      const { token } = ref;
      if (doc.claimed.has(token.start)) continue;
      if (spelt[w] !== keySpelt || people.has(keySpelt)) continue;
      const word = token.text.replace(/['’]s$/u, '');
      // A common word that starts a sentence ("Summit" in "Summit Partners") is no evidence.
      if (ref.index === 0 && doc.isFrequentWord(word)) continue;
      // Extend over the rest of the other company's name when it follows.
      const tokens = sentences[ref.sentence].tokens;
      let endToken = token;
      for (let k = 1; firstDistinctive + k < parts.length; k++) {
        const next = tokens[ref.index + k];
        if (!next || next.kind !== 'word' || foldAccents(next.text) !== parts[firstDistinctive + k].folded) break;
        endToken = next;
      }
      const end = endToken.start + (endToken === token ? word.length : endToken.text.length);
      const whole = firstDistinctive === 0 && endToken !== token;
      const replacement = whole ? company ?? myShort ?? '' : myShort ?? '';
      const range = doc.lines.rangeAt(token.start, end);
      doc.claim(token.start, end - token.start);
      doc.add({
        code: 'wrong-company',
        severity: 'error',
        message: `"${doc.input.text.slice(token.start, end)}" is another company you interviewed with (${other}); this letter is for ${company ?? 'another company'}.`,
        range,
        fixes: replacement ? [doc.replaceFix(`Change to ${replacement}`, range, replacement)] : [],
      });
    }
  }
}

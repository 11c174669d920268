/**
 * The interviewers' names in a letter: `to`, the greeting, and every other mention (body,
 * signature, postscript). A name spelt almost right ("Okonkow", "Garcia" for "García") is a
 * `wrong-recipient`; a greeting to another interviewer than the letter's is one too, fixed in the
 * form it was written ("Dear Anna," becomes "Dear Mark,").
 */
import type { LetterNote } from '../notes/note';
import { samePerson } from '../shared/person';
import { editDistance, foldAccents, sameSpelling } from '../letters/spelling';
import type { Range } from '../shared/types';
import type { CheckedDocument } from './document';
import { GENERIC_GREETINGS } from './phrases';

const TITLES = /^(?:(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Professor|Sir|Dame|Rev|Judge|Chef|Coach|Captain|Capt|Officer|Nurse)\.?\s+)+/i;
const GREETING = /^[ \t]*(?:Dear|Hello|Hi|Hey|Greetings|Good (?:morning|afternoon|evening))[ \t]+([^,:\n{}]+?)[ \t]*[,:!;.—–-]?[ \t]*\r?$/im;

export function checkRecipient(doc: CheckedDocument, model: LetterNote, names: readonly string[], company: string | undefined): void {
  if (!model.to || names.length === 0) return;
  if (names.some((n) => samePerson(n, model.to!.value))) return;
  const closest = closestName(model.to.value, names);
  const fixes = (closest ? [closest] : names).map((n, i) => doc.replaceFix(`Address it to ${n}`, model.to!.range, n, i === 0));
  doc.add({
    code: 'wrong-recipient',
    severity: 'error',
    message: closest
      ? `"${model.to.value}" looks like a misspelling of ${closest}: get every interviewer's name exactly right.`
      : `${model.to.value} is not among the interviewers of ${company ?? 'this interview'} (${names.join(', ')}).`,
    range: model.to.range,
    fixes,
  });
}

/** "Dear Ms. Smith," must name the letter's recipient, spelt right. */
export function checkGreeting(doc: CheckedDocument, model: LetterNote, names: readonly string[], salutations: ReadonlyMap<string, string> = new Map()): void {
  const fm = doc.parsed.frontMatter;
  if (!fm || names.length === 0) return;
  const body = doc.input.text.slice(fm.bodyOffset);
  const m = GREETING.exec(body);
  if (!m) return;
  // "Dear Ms. Lee and Dr. Okafor," greets each of them.
  const groupStart = fm.bodyOffset + m.index + m[0].indexOf(m[1]);
  const parts = [...m[1].matchAll(/[^,&]+?(?=\s*(?:,|&|\band\b|$))/g)];
  for (const part of parts) {
    const text = part[0].trim().replace(/^and\s+/, '');
    const raw = text.replace(TITLES, '').trim();
    const start = groupStart + part.index! + part[0].indexOf(text);
    // "Dear Ms. Potts," where the note says `salutation: Ms. Potts`: the interviewer's own form.
    const saluted = [...salutations].find(([, salutation]) => sameGreeting(salutation, text));
    if (saluted) checkSaluted(doc, model, names, salutations, saluted[0], text, start, parts.length > 1);
    else if (raw) checkGreeted(doc, model, names, raw, start + text.indexOf(raw), parts.length > 1);
  }
}

/** Two forms of address are the same: case, spacing, accents as written and a title's full stop aside. */
function sameGreeting(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\./g, '').replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}

/** The greeting is an interviewer's `salutation`: right when it is the recipient's, else fixed to the recipient's own form. */
function checkSaluted(doc: CheckedDocument, model: LetterNote, names: readonly string[], salutations: ReadonlyMap<string, string>, person: string, written: string, start: number, together: boolean): void {
  const recipient = model.to && names.find((n) => samePerson(n, model.to!.value));
  if (!recipient || samePerson(person, recipient) || together) return;
  const form = salutations.get(recipient) ?? recipient;
  const range = doc.lines.rangeAt(start, start + written.length);
  doc.claim(start, written.length);
  doc.add({
    code: 'wrong-recipient',
    severity: 'error',
    message: `The greeting addresses ${person} (${written}), but the letter is to ${recipient}.`,
    range,
    fixes: [doc.replaceFix(`Greet ${form}`, range, form)],
  });
}

/** One person greeted (`together`: with others, so greeting another interviewer too is fine). */
function checkGreeted(doc: CheckedDocument, model: LetterNote, names: readonly string[], greeted: string, start: number, together: boolean): void {
  if (GENERIC_GREETINGS.test(greeted) || !/^\p{Lu}/u.test(greeted)) return;
  const range = doc.lines.rangeAt(start, start + greeted.length);
  const recipient = model.to && names.find((n) => samePerson(n, model.to!.value));
  const greetedTokens = greeted.split(/\s+/);
  const exact = names.filter((name) => greetedTokens.every((t) => nameTokens(name).map(sameSpelling).includes(sameSpelling(t))));
  if (exact.length > 0) {
    if (recipient && !exact.includes(recipient) && !together) {
      const form = sameForm(greetedTokens, exact[0], recipient);
      doc.claim(start, greeted.length);
      doc.add({
        code: 'wrong-recipient',
        severity: 'error',
        message: `The greeting names ${greeted}, but the letter is to ${recipient}.`,
        range,
        fixes: [doc.replaceFix(`Greet ${form}`, range, form)],
      });
    }
    return;
  }
  // A near miss of a name: "Okonkow" for "Okonkwo", "Garcia" for "García".
  const candidates = recipient ? [recipient, ...names.filter((n) => n !== recipient)] : [...names];
  for (const name of candidates) {
    const corrected = correctTokens(greetedTokens, nameTokens(name));
    if (corrected) {
      reportMisspeltName(doc, { start, written: greeted, meant: name, replacement: corrected, range });
      return;
    }
  }
  // Someone else altogether; a greeting of words that are no name ("Dear Friends") is left to spelling.
  if (greetedTokens.some((t) => doc.input.knownWords.people.has(sameSpelling(t))) || greetedTokens.every((t) => !doc.isDictionaryWord(t))) {
    doc.claim(start, greeted.length);
    const form = recipient ? sameFormUnknown(greetedTokens, recipient) : undefined;
    doc.add({
      code: 'wrong-recipient',
      severity: 'error',
      message: `The greeting names ${greeted}, who is not among the interviewers (${names.join(', ')}).`,
      range,
      fixes: form ? [doc.replaceFix(`Greet ${form}`, range, form)] : [],
    });
  }
}

/**
 * Any other mention of an interviewer spelt almost right, anywhere in the body. Only words
 * written with a capital are names; a word that is itself a name in the journal (the sender's,
 * another interviewer's) is someone else.
 */
export function checkNameMentions(doc: CheckedDocument, names: readonly string[], salutations: Iterable<string> = []): void {
  const tokens = new Map<string, string>(); // folded → as written in the note
  for (const name of [...names, ...salutations]) for (const t of nameTokens(name)) tokens.set(foldAccents(t), t);
  const exactly = new Set([...tokens.values()].map(sameSpelling));
  const { people } = doc.input.knownWords;
  for (const { token } of doc.prose.words) {
    if (doc.claimed.has(token.start)) continue;
    const word = token.text.replace(/['’]s$/u, '');
    if (word.length < 3 || !/^\p{Lu}/u.test(word) || exactly.has(sameSpelling(word))) continue;
    const folded = foldAccents(word);
    let meant = tokens.get(folded); // "Garcia" for "García", "Mcalister" for "McAlister"
    if (!meant) {
      if (people.has(sameSpelling(word))) continue;
      meant = nearName(folded, tokens);
      if (!meant || doc.isFrequentWord(word)) continue;
    }
    const range = doc.lines.rangeAt(token.start, token.start + word.length);
    reportMisspeltName(doc, { start: token.start, written: word, meant, replacement: meant, range });
  }
}

interface MisspeltName {
  readonly start: number;
  readonly written: string;
  /** The interviewer's name as the note spells it. */
  readonly meant: string;
  /** What replaces the written words: the name in the form written ("Mr. Okonkwo"). */
  readonly replacement: string;
  readonly range: Range;
}

function reportMisspeltName(doc: CheckedDocument, name: MisspeltName): void {
  doc.claim(name.start, name.written.length);
  doc.add({
    code: 'wrong-recipient',
    severity: 'error',
    message: `"${name.written}" misspells ${name.meant}: get every interviewer's name exactly right.`,
    range: name.range,
    fixes: [doc.replaceFix(`Change to ${name.replacement}`, name.range, name.replacement)],
  });
}

/** The words of a name, with the parts of a hyphenated one ("Anne-Marie" also gives "Anne", "Marie"). */
function nameTokens(name: string): string[] {
  const out: string[] = [];
  for (const t of name.replace(TITLES, '').split(/\s+/)) {
    if (!t) continue;
    out.push(t);
    if (t.includes('-')) out.push(...t.split('-').filter((p) => p.length >= 2));
  }
  return out;
}

/** How far a name word may be from the written word: none for short names, one edit, two for long ones. */
function allowedEdits(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

function nearName(folded: string, tokens: ReadonlyMap<string, string>): string | undefined {
  let best: { t: string; d: number } | undefined;
  for (const [f, t] of tokens) {
    const allowed = allowedEdits(f.length);
    if (allowed === 0 || f[0] !== folded[0]) continue;
    const d = editDistance(folded, f, allowed);
    if (d >= 1 && d <= allowed && (!best || d < best.d)) best = { t, d };
  }
  return best?.t;
}

/** The recipient's name in the form the greeting used for the other interviewer: first name, surname, or full. */
function sameForm(greeted: readonly string[], greetedName: string, recipient: string): string {
  const g = greetedName.split(/\s+/);
  const r = recipient.split(/\s+/);
  if (greeted.length === 1 && greeted[0] === g[0]) return r[0];
  if (greeted.length < g.length && greeted.join(' ') === g.slice(g.length - greeted.length).join(' ')) return r.slice(1).join(' ') || r[0];
  return recipient;
}

function sameFormUnknown(greeted: readonly string[], recipient: string): string {
  const r = recipient.split(/\s+/);
  return greeted.length === 1 ? r[0] : recipient;
}

/** The interviewer whose name `written` is within a few edits of (accents ignored), if exactly one is. */
function closestName(written: string, names: readonly string[]): string | undefined {
  const folded = foldAccents(written.replace(/\s+/g, ' ').trim());
  const scored = names
    .map((n) => ({ n, d: editDistance(folded, foldAccents(n), 3) }))
    .filter((x) => x.d <= Math.max(1, Math.min(3, Math.floor(x.n.length / 4))));
  scored.sort((a, b) => a.d - b.d);
  return scored[0]?.n;
}

/** Corrects each greeted word to the name word it nearly matches; undefined unless every word is a name word or a near miss of one. */
function correctTokens(greeted: readonly string[], name: readonly string[]): string | undefined {
  let changed = false;
  const out: string[] = [];
  for (const token of greeted) {
    if (name.map(sameSpelling).includes(sameSpelling(token))) {
      out.push(token);
      continue;
    }
    const folded = foldAccents(token);
    const best = name
      .map((n) => ({ n, d: editDistance(folded, foldAccents(n), 2) }))
      .filter((x) => x.d <= Math.max(allowedEdits(x.n.length), foldAccents(x.n) === folded ? 0 : 1))
      .sort((a, b) => a.d - b.d)[0];
    if (!best || (best.d > 0 && best.n[0].toLowerCase() !== token[0].toLowerCase() && best.n.length < 8)) return undefined;
    out.push(best.n);
    changed = true;
  }
  return changed ? out.join(' ') : undefined;
}

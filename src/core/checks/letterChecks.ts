import { addBusinessDays } from '../businessDays';
import { parseNote, type InterviewNote, type LetterNote, type ParsedNote } from '../note';
import { proseWords } from '../prose';
import { samePerson } from '../schedule';
import { editDistance, foldAccents } from '../spelling';
import { longDate } from '../templates';
import { FIRST_LINE, type CheckedDocument } from './document';
import { GENERIC_COMPANY_WORDS, GENERIC_GREETINGS } from './phrases';
import { similarity, wordsOf } from './similarity';

export const SIMILAR_LETTER_THRESHOLD = 0.9;

/** Link, recipient, greeting, company, deadline, medium and similarity of a thank-you letter. */
export function checkLetter(doc: CheckedDocument, model: LetterNote): void {
  const { index, file } = doc.input;
  if (!model.interview) {
    doc.add({
      code: 'interview-link-broken',
      severity: 'error',
      message: 'The letter does not say which interview it is for: add "interview: ../your-interview-note.md" (or a wiki link) so names, company and deadline can be checked.',
      range: FIRST_LINE,
    });
    return;
  }
  const interviewFile = index.resolveInterviewLink(file, model.interview.value);
  const interview = interviewFile ? index.interview(interviewFile)?.model : undefined;
  if (!interviewFile || !interview) {
    doc.add({
      code: 'interview-link-broken',
      severity: 'error',
      message: `"${model.interview.value}" does not lead to an interview note (a note with "type: interview"), so this letter cannot be checked against it.`,
      range: model.interview.range,
    });
    return;
  }
  const company = interview.company?.value;
  const names = interview.interviewers.map((p) => p.name?.value).filter((n): n is string => !!n);

  checkRecipient(doc, model, names, company);
  checkGreeting(doc, model, names);
  if (company) checkCompanyName(doc, company);
  checkDeadline(doc, model, interview);

  if (model.via && interview.contactVia && interview.contactVia.value !== 'phone' && model.via.value !== interview.contactVia.value) {
    const wanted = interview.contactVia.value;
    doc.add({
      code: 'medium-mismatch',
      severity: 'information',
      message: `This letter goes by ${model.via.value}, but ${company ?? 'the employer'} prefers ${wanted} (contact_via in the interview note). Send it through the medium they use.`,
      range: model.via.range,
      fixes: [doc.replaceFix(`Send by ${wanted}`, model.via.range, wanted)],
    });
  }

  const texts = doc.input.letterTexts;
  if (texts) {
    const mine = wordsOf(letterBody(doc.input.text, doc.parsed));
    for (const other of index.lettersFor(interviewFile)) {
      if (other.file === file) continue;
      const text = texts.get(other.file);
      if (text === undefined) continue;
      const ratio = similarity(mine, wordsOf(letterBody(text, parseNote(text))));
      if (ratio > SIMILAR_LETTER_THRESHOLD) {
        const line = doc.lines.positionAt(doc.parsed.frontMatter!.bodyOffset).line;
        doc.add({
          code: 'similar-letters',
          severity: 'warning',
          message: `This letter is ${Math.round(ratio * 100)} % the same as the one to ${other.model.to?.value ?? other.file} (${other.file}). Vary it a bit: interviewers compare notes.`,
          range: { start: { line, character: 0 }, end: { line, character: doc.lineLength(line) } },
        });
        break;
      }
    }
  }
}

function checkRecipient(doc: CheckedDocument, model: LetterNote, names: readonly string[], company: string | undefined): void {
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
function checkGreeting(doc: CheckedDocument, model: LetterNote, names: readonly string[]): void {
  const fm = doc.parsed.frontMatter;
  if (!fm || names.length === 0) return;
  const body = doc.input.text.slice(fm.bodyOffset);
  const m = /^[ \t]*(?:Dear|Hello|Hi|Good (?:morning|afternoon))[ \t]+([^,:\n{}]+?)[ \t]*[,:!]?[ \t]*\r?$/im.exec(body);
  if (!m) return;
  const greeted = m[1].replace(/^(?:(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Professor)\.?\s+)+/i, '').trim();
  if (!greeted || GENERIC_GREETINGS.test(greeted)) return;
  const start = fm.bodyOffset + m.index + m[0].indexOf(m[1]) + m[1].indexOf(greeted);
  const range = doc.lines.rangeAt(start, start + greeted.length);
  const recipient = model.to && names.find((n) => samePerson(n, model.to!.value));
  const tokensOf = (n: string) => n.split(/\s+/).map(foldAccents);
  const greetedTokens = greeted.split(/\s+/);
  const matches = (name: string) => greetedTokens.every((t) => tokensOf(name).includes(foldAccents(t)) && name.split(/\s+/).includes(t));
  const exact = names.filter(matches);
  if (exact.length > 0) {
    if (recipient && !exact.includes(recipient)) {
      doc.claim(start, greeted.length);
      doc.add({
        code: 'wrong-recipient',
        severity: 'error',
        message: `The greeting names ${greeted}, but the letter is to ${recipient}.`,
        range,
        fixes: [doc.replaceFix(`Greet ${recipient}`, range, recipient)],
      });
    }
    return;
  }
  // A near miss of a name: "Okonkow" for "Okonkwo", "Garcia" for "García".
  const candidates = recipient ? [recipient, ...names.filter((n) => n !== recipient)] : [...names];
  for (const name of candidates) {
    const corrected = correctTokens(greetedTokens, name.split(/\s+/));
    if (corrected) {
      doc.claim(start, greeted.length);
      doc.add({
        code: 'wrong-recipient',
        severity: 'error',
        message: `"${greeted}" misspells ${name}: get every interviewer's name exactly right.`,
        range,
        fixes: [doc.replaceFix(`Change to ${corrected}`, range, corrected)],
      });
      return;
    }
  }
  doc.claim(start, greeted.length);
  doc.add({
    code: 'wrong-recipient',
    severity: 'error',
    message: `The greeting names ${greeted}, who is not among the interviewers (${names.join(', ')}).`,
    range,
    fixes: recipient ? [doc.replaceFix(`Greet ${recipient}`, range, recipient)] : [],
  });
}

function checkCompanyName(doc: CheckedDocument, company: string): void {
  const tokens = company.split(/[\s,.&/()-]+/).filter((t) => t.length >= 3 && !GENERIC_COMPANY_WORDS.has(t.toLowerCase()));
  if (tokens.length === 0) return;
  const fm = doc.parsed.frontMatter!;
  for (const word of proseWords(doc.input.text, fm.bodyOffset)) {
    const folded = foldAccents(word.text);
    for (const token of tokens) {
      const target = foldAccents(token);
      if (folded === target) {
        if (word.text !== token && word.text.toLowerCase() === token.toLowerCase() && word.text !== word.text.toUpperCase()) {
          flagCompany(doc, word.start, word.text, token, company);
        }
        break;
      }
      const allowed = target.length >= 7 ? 2 : target.length >= 4 ? 1 : 0;
      if (allowed === 0 || folded[0] !== target[0] && allowed < 2) continue;
      const d = editDistance(folded, target, allowed);
      if (d >= 1 && d <= allowed && !doc.isDictionaryWord(word.text)) {
        flagCompany(doc, word.start, word.text, token, company);
        break;
      }
    }
  }
}

function flagCompany(doc: CheckedDocument, start: number, written: string, token: string, company: string): void {
  const range = doc.lines.rangeAt(start, start + written.length);
  doc.claim(start, written.length);
  doc.add({
    code: 'company-misspelled',
    severity: 'error',
    message: `"${written}" looks like a misspelling of ${company}: a wrong company name undoes the letter.`,
    range,
    fixes: [doc.replaceFix(`Change to ${token}`, range, token)],
  });
}

function checkDeadline(doc: CheckedDocument, model: LetterNote, interview: InterviewNote): void {
  const D = interview.date?.value.day;
  if (D === undefined) return;
  const { settings, calendar } = doc.input.context;
  const due = addBusinessDays(D, settings.thankYouBusinessDays, calendar);
  if (!model.sent && due < doc.today) {
    const key = doc.parsed.frontMatter?.root.entries.find((e) => e.key === 'sent');
    doc.add({
      code: 'thank-you-overdue',
      severity: 'warning',
      message: `This thank-you was due ${longDate(due)}, two business days after the interview. Send it today: a late note is better than none.`,
      range: key?.keyRange ?? model.to?.range ?? FIRST_LINE,
      fixes: doc.commandFix('Mark sent today', { verb: 'sent', day: doc.today }),
    });
  } else if (model.sent && model.sent.value > due) {
    doc.add({
      code: 'thank-you-late',
      severity: 'information',
      message: `Sent ${longDate(model.sent.value)}, after it was due (${longDate(due)}). Next time aim for two business days.`,
      range: model.sent.range,
    });
  }
}


/** The body of a letter without its greeting line, for comparing letters. */
function letterBody(text: string, parsed: ParsedNote): string {
  const body = parsed.frontMatter ? text.slice(parsed.frontMatter.bodyOffset) : text;
  return body.replace(/^[ \t]*(?:Dear|Hello|Hi)\b.*$/im, '').replace(/\{\{[^}\n]*\}\}/g, '');
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
    if (name.includes(token)) {
      out.push(token);
      continue;
    }
    const folded = foldAccents(token);
    const best = name
      .map((n) => ({ n, d: editDistance(folded, foldAccents(n), 2) }))
      .filter((x) => x.d <= (x.n.length >= 6 ? 2 : 1))
      .sort((a, b) => a.d - b.d)[0];
    if (!best) return undefined;
    out.push(best.n);
    changed = true;
  }
  return changed ? out.join(' ') : undefined;
}

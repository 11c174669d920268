import { addBusinessDays } from '../shared/businessDays';
import type { InterviewNote, LetterNote } from '../notes/note';
import type { IndexedLetter, NoteIndex } from '../notes/noteIndex';
import { foldAccents } from '../letters/spelling';
import { recipientOf } from '../letters/sending';
import { longDate } from '../letters/templates';
import { checkCompanyName, checkOtherCompanies } from './companies';
import { FIRST_LINE, type CheckedDocument } from './document';
import { checkGreeting, checkNameMentions, checkRecipient } from './names';
import { letterVector, similarity } from './similarity';

export const SIMILAR_LETTER_THRESHOLD = 0.9;
/** The most other letters of the same interview one letter is compared with (its neighbours in path order). */
export const SIMILAR_LETTER_PEERS = 100;

/**
 * The other letters of the same interview `similar-letters` compares a letter with: all of them,
 * or with thousands its SIMILAR_LETTER_PEERS neighbours in path order (found by binary search).
 * The editor and the CLI read the texts of these only.
 */
export function similarLetterPeers(index: NoteIndex, file: string, interviewFile = index.letter(file)?.interviewFile): IndexedLetter[] {
  if (!interviewFile) return [];
  const siblings = index.lettersFor(interviewFile);
  let at = 0;
  let high = siblings.length;
  while (at < high) {
    const middle = (at + high) >>> 1;
    if (siblings[middle].file < file) at = middle + 1;
    else high = middle;
  }
  const from = siblings.length <= SIMILAR_LETTER_PEERS + 1 ? 0 : Math.max(0, Math.min(at - SIMILAR_LETTER_PEERS / 2, siblings.length - SIMILAR_LETTER_PEERS - 1));
  return siblings.slice(from, from + SIMILAR_LETTER_PEERS + 1).filter((l) => l.file !== file).slice(0, SIMILAR_LETTER_PEERS);
}

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

  const salutations = new Map<string, string>();
  for (const p of interview.interviewers) if (p.name && p.salutation) salutations.set(p.name.value, p.salutation.value);

  checkRecipient(doc, model, names, company);
  checkGreeting(doc, model, names, salutations);
  checkNameMentions(doc, names, salutations.values());
  checkRecipientAddress(doc, model, interview);
  if (company) checkCompanyName(doc, company);
  const others = new Set<string>();
  for (const other of index.summaries()) {
    const name = other.company;
    if (name && foldAccents(name) !== foldAccents(company ?? '')) others.add(name);
  }
  checkOtherCompanies(doc, company, [...others]);
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
    const mine = letterVector(doc.input.text);
    for (const other of similarLetterPeers(index, file, interviewFile)) {
      const text = texts.get(other.file);
      if (text === undefined) continue;
      const ratio = similarity(mine, letterVector(text), SIMILAR_LETTER_THRESHOLD);
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

/**
 * An e-mailed letter to an interviewer the note has no address for: Send Letter would have no To.
 * Only while it is unsent — once it went out, there is nothing left to address (and every old
 * letter of a journal kept before addresses were written down would say so).
 */
function checkRecipientAddress(doc: CheckedDocument, model: LetterNote, interview: InterviewNote): void {
  if (model.sent || !model.to || (model.via?.value ?? 'email') !== 'email') return;
  const recipient = recipientOf(model, interview);
  if (!recipient?.name || recipient.email) return;
  const name = recipient.name.value;
  doc.add({
    code: 'recipient-address-missing',
    severity: 'information',
    message: `The interview note has no e-mail address for ${name}: add "email:" under ${name} in the interview note, so Send Letter can address this letter.`,
    range: model.to.range,
    fixes: [
      { kind: 'command', title: `Add ${name}'s e-mail address`, command: 'addRecipientAddress', argument: name },
      { kind: 'command', title: `Open the interview note at ${name}`, command: 'openRecipient', argument: name },
    ],
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



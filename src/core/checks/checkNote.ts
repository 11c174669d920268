/**
 * All checks of one document (spec section 4): pure, from its text plus the index, to
 * diagnostics with ranges and fixes. The index is expected to hold this document's current
 * parse (the editor and the CLI both update it before checking).
 */
import { addBusinessDays, businessDaysBetween } from '../businessDays';
import { formatDay } from '../days';
import { planFrontMatterEdit, type EditOperation } from '../frontMatterEdit';
import { parseNote, type InterviewNote, type LetterNote, type ParsedNote } from '../note';
import type { NoteIndex } from '../noteIndex';
import { longDate } from '../templates';
import { actionsForFile, samePerson, type ScheduleContext } from '../schedule';
import { editDistance, foldAccents, type SpellChecker } from '../spelling';
import { TextLines } from '../textLines';
import type { Problem, Range } from '../types';
import type { KnownWords } from './knownWords';
import { CONFUSED_WORDS, DESPERATE_PHRASES, GENERIC_COMPANY_WORDS, GENERIC_GREETINGS } from './phrases';
import { proseOnly, proseWords } from '../prose';
import { similarity, wordsOf } from './similarity';
import type { Fix, NoteDiagnostic, TextEdit } from './types';

export interface CheckInput {
  /** The document's key in the index. */
  readonly file: string;
  /** The document's text, without a BOM. */
  readonly text: string;
  readonly index: NoteIndex;
  readonly context: ScheduleContext;
  readonly knownWords: KnownWords;
  /** Absent until the dictionary is loaded: no spelling diagnostics yet. */
  readonly speller?: SpellChecker;
  /** Texts of the other letters, by file, for `similar-letters` (those of the same interview are used). */
  readonly letterTexts?: ReadonlyMap<string, string>;
}

export const SIMILAR_LETTER_THRESHOLD = 0.9;
/** Prose past this many characters is not checked: no letter is that long, and a huge body must not stall typing. */
export const MAX_CHECKED_CHARS = 512 * 1024;

export function checkNote(input: CheckInput): NoteDiagnostic[] {
  if (input.text.length > MAX_CHECKED_CHARS) input = { ...input, text: input.text.slice(0, MAX_CHECKED_CHARS) };
  const parsed = parseNote(input.text);
  const doc = new Document(input, parsed);
  doc.problems(parsed.problems);
  const model = parsed.model;
  if (model?.type === 'interview') doc.interview(model);
  else if (model?.type === 'thank-you') doc.letter(model);
  if (model && parsed.frontMatter) doc.prose(model.type === 'thank-you');
  return doc.diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

class Document {
  readonly diagnostics: NoteDiagnostic[] = [];
  readonly lines: TextLines;
  /** Offsets of words another check already explained (a misspelt name is not also a spelling error). */
  private readonly claimed = new Set<number>();

  constructor(readonly input: CheckInput, readonly parsed: ParsedNote) {
    this.lines = new TextLines(input.text);
  }

  private get today() {
    return this.input.context.today;
  }

  add(d: Omit<NoteDiagnostic, 'fixes'> & { fixes?: readonly Fix[] }): void {
    this.diagnostics.push({ fixes: [], ...d });
  }

  /** A fix that writes front-matter fields, planned against this text. */
  editFix(title: string, operations: readonly EditOperation[], preferred = true): Fix[] {
    const plan = planFrontMatterEdit(this.input.text, operations);
    if (!plan.ok) return [];
    const edits: TextEdit[] = plan.changes.map((c) => ({ range: this.lines.rangeAt(c.start, c.end), newText: c.text }));
    return [{ kind: 'edit', title, edits, preferred }];
  }

  replaceFix(title: string, range: Range, newText: string, preferred = true): Fix {
    return { kind: 'edit', title, edits: [{ range, newText }], preferred };
  }

  /** Inserts `key: ` before the closing fence, for the user to fill in. */
  insertKeyFix(key: string): Fix[] {
    const fm = this.parsed.frontMatter;
    if (!fm) return [];
    const eol = this.input.text.includes('\r\n') ? '\r\n' : '\n';
    const at = { line: fm.closingLine, character: 0 };
    return [{ kind: 'edit', title: `Add "${key}:"`, edits: [{ range: { start: at, end: at }, newText: `${key}: ${eol}` }], preferred: true }];
  }

  problems(problems: readonly Problem[]): void {
    for (const p of problems) {
      const range = p.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } };
      let fixes: Fix[] = [];
      if (p.code === 'field-missing') {
        const key = /no (company|date)/.exec(p.message)?.[1];
        if (key) fixes = this.insertKeyFix(key);
      } else if (p.code === 'field-invalid') {
        const written = /\(write "([^"]+)"\)/.exec(p.message)?.[1];
        if (written) fixes = [this.replaceFix(`Change to "${written}"`, range, written)];
      }
      this.add({ code: p.code, severity: p.severity, message: p.message, range, fixes });
    }
  }

  interview(model: InterviewNote): void {
    const { context, index, file } = this.input;
    const waiting = (model.status?.value ?? 'waiting') === 'waiting';

    if (waiting && !model.decisionExpected) {
      const at = model.date?.keyRange ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } };
      const present = this.parsed.frontMatter?.root.entries.find((e) => e.key === 'decision_expected');
      this.add({
        code: 'decision-date-missing',
        severity: 'information',
        message: 'When do they expect to decide? Ask at the end of the interview, then record it as decision_expected: the follow-up call is timed by it.',
        range: present?.keyRange ?? at,
        fixes: present ? [] : this.insertKeyFix('decision_expected'),
      });
    }
    if (waiting && model.decisionExpected && model.decisionExpected.value < this.today) {
      this.add({
        code: 'decision-date-passed',
        severity: 'information',
        message: `They expected to decide by ${longDate(model.decisionExpected.value)}. Be patient: hiring often takes longer than planned. Follow up politely rather than often.`,
        range: model.decisionExpected.range,
      });
    }

    const actions = actionsForFile(index, file, context);
    for (const action of actions) {
      if (action.kind === 'thank-you' && action.state === 'overdue') {
        const i = model.interviewers.findIndex((p) => (p.name?.value ?? null) === action.person);
        const person = model.interviewers[i];
        this.add({
          code: 'thank-you-overdue',
          severity: 'warning',
          message: `The thank-you to ${action.person ?? 'this interviewer'} was due ${longDate(action.due!)}, two business days after the interview. Send it today: a late note is better than none.`,
          range: person?.name?.range ?? person?.range ?? action.range!,
          fixes: i === -1 ? [] : this.editFix('Mark sent today', [{ op: 'set', path: ['interviewers', i, 'thank_you_sent'], value: formatDay(this.today) }]),
        });
      }
      if ((action.kind === 'follow-up-call' || action.kind === 'follow-up-again') && action.state === 'overdue') {
        this.add({
          code: 'follow-up-overdue',
          severity: 'warning',
          message: action.kind === 'follow-up-call'
            ? `The follow-up call to ${action.company ?? 'the employer'} was due ${longDate(action.due!)} (a week to ten days after the interview). Call to ask about the position, then log it.`
            : `It is time to follow up with ${action.company ?? 'the employer'} again (due ${longDate(action.due!)}). Then log it.`,
          range: action.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
          fixes: [{ kind: 'command', title: 'Log follow-up…', command: 'logFollowUp' }],
        });
      }
    }

    const logged = model.followUps.filter((f) => f.date).sort((a, b) => a.date!.value - b.date!.value);
    const minGap = context.settings.minFollowUpGapBusinessDays;
    for (let i = 1; i < logged.length; i++) {
      const gap = businessDaysBetween(logged[i - 1].date!.value, logged[i].date!.value, context.calendar);
      if (gap < minGap) {
        this.add({
          code: 'follow-up-too-soon',
          severity: 'warning',
          message: `This follow-up came ${gap === 0 ? 'on the same business day as' : `${gap} business day${gap === 1 ? '' : 's'} after`} the previous one. Keep following up, but don't go overboard: leave at least ${minGap} business days between contacts.`,
          range: logged[i].date!.range,
        });
      }
    }
  }

  letter(model: LetterNote): void {
    const { index, file } = this.input;
    if (!model.interview) {
      this.add({
        code: 'interview-link-broken',
        severity: 'error',
        message: 'The letter does not say which interview it is for: add "interview: ../your-interview-note.md" (or a wiki link) so names, company and deadline can be checked.',
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
      });
      return;
    }
    const interviewFile = index.resolveInterviewLink(file, model.interview.value);
    const interview = interviewFile ? index.interview(interviewFile)?.model : undefined;
    if (!interviewFile || !interview) {
      this.add({
        code: 'interview-link-broken',
        severity: 'error',
        message: `"${model.interview.value}" does not lead to an interview note (a note with "type: interview"), so this letter cannot be checked against it.`,
        range: model.interview.range,
      });
      return;
    }
    const company = interview.company?.value;
    const names = interview.interviewers.map((p) => p.name?.value).filter((n): n is string => !!n);

    this.recipient(model, names, company);
    this.greeting(model, names);
    if (company) this.companyNearMisses(company);
    this.deadline(model, interview);

    if (model.via && interview.contactVia && interview.contactVia.value !== 'phone' && model.via.value !== interview.contactVia.value) {
      const wanted = interview.contactVia.value;
      this.add({
        code: 'medium-mismatch',
        severity: 'information',
        message: `This letter goes by ${model.via.value}, but ${company ?? 'the employer'} prefers ${wanted} (contact_via in the interview note). Send it through the medium they use.`,
        range: model.via.range,
        fixes: [this.replaceFix(`Send by ${wanted}`, model.via.range, wanted)],
      });
    }

    const texts = this.input.letterTexts;
    if (texts) {
      const mine = wordsOf(letterBody(this.input.text, this.parsed));
      for (const other of index.lettersFor(interviewFile)) {
        if (other.file === file) continue;
        const text = texts.get(other.file);
        if (text === undefined) continue;
        const ratio = similarity(mine, wordsOf(letterBody(text, parseNote(text))));
        if (ratio > SIMILAR_LETTER_THRESHOLD) {
          const line = this.lines.positionAt(this.parsed.frontMatter!.bodyOffset).line;
          this.add({
            code: 'similar-letters',
            severity: 'warning',
            message: `This letter is ${Math.round(ratio * 100)} % the same as the one to ${other.model.to?.value ?? other.file} (${other.file}). Vary it a bit: interviewers compare notes.`,
            range: { start: { line, character: 0 }, end: { line, character: this.lineLength(line) } },
          });
          break;
        }
      }
    }
  }

  private lineLength(line: number): number {
    const start = this.lines.offsetAt({ line, character: 0 });
    const end = this.input.text.indexOf('\n', start);
    return (end === -1 ? this.input.text.length : end) - start - (this.input.text[end - 1] === '\r' ? 1 : 0);
  }

  private recipient(model: LetterNote, names: readonly string[], company: string | undefined): void {
    if (!model.to || names.length === 0) return;
    if (names.some((n) => samePerson(n, model.to!.value))) return;
    const closest = closestName(model.to.value, names);
    const fixes = (closest ? [closest] : names).map((n, i) => this.replaceFix(`Address it to ${n}`, model.to!.range, n, i === 0));
    this.add({
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
  private greeting(model: LetterNote, names: readonly string[]): void {
    const fm = this.parsed.frontMatter;
    if (!fm || names.length === 0) return;
    const body = this.input.text.slice(fm.bodyOffset);
    const m = /^[ \t]*(?:Dear|Hello|Hi|Good (?:morning|afternoon))[ \t]+([^,:\n{}]+?)[ \t]*[,:!]?[ \t]*\r?$/im.exec(body);
    if (!m) return;
    const greeted = m[1].replace(/^(?:(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Professor)\.?\s+)+/i, '').trim();
    if (!greeted || GENERIC_GREETINGS.test(greeted)) return;
    const start = fm.bodyOffset + m.index + m[0].indexOf(m[1]) + m[1].indexOf(greeted);
    const range = this.lines.rangeAt(start, start + greeted.length);
    const recipient = model.to && names.find((n) => samePerson(n, model.to!.value));
    const tokensOf = (n: string) => n.split(/\s+/).map(foldAccents);
    const greetedTokens = greeted.split(/\s+/);
    const matches = (name: string) => greetedTokens.every((t) => tokensOf(name).includes(foldAccents(t)) && name.split(/\s+/).includes(t));
    const exact = names.filter(matches);
    if (exact.length > 0) {
      if (recipient && !exact.includes(recipient)) {
        this.claim(start, greeted.length);
        this.add({
          code: 'wrong-recipient',
          severity: 'error',
          message: `The greeting names ${greeted}, but the letter is to ${recipient}.`,
          range,
          fixes: [this.replaceFix(`Greet ${recipient}`, range, recipient)],
        });
      }
      return;
    }
    // A near miss of a name: "Okonkow" for "Okonkwo", "Garcia" for "García".
    const candidates = recipient ? [recipient, ...names.filter((n) => n !== recipient)] : [...names];
    for (const name of candidates) {
      const corrected = correctTokens(greetedTokens, name.split(/\s+/));
      if (corrected) {
        this.claim(start, greeted.length);
        this.add({
          code: 'wrong-recipient',
          severity: 'error',
          message: `"${greeted}" misspells ${name}: get every interviewer's name exactly right.`,
          range,
          fixes: [this.replaceFix(`Change to ${corrected}`, range, corrected)],
        });
        return;
      }
    }
    this.claim(start, greeted.length);
    this.add({
      code: 'wrong-recipient',
      severity: 'error',
      message: `The greeting names ${greeted}, who is not among the interviewers (${names.join(', ')}).`,
      range,
      fixes: recipient ? [this.replaceFix(`Greet ${recipient}`, range, recipient)] : [],
    });
  }

  private companyNearMisses(company: string): void {
    const tokens = company.split(/[\s,.&/()-]+/).filter((t) => t.length >= 3 && !GENERIC_COMPANY_WORDS.has(t.toLowerCase()));
    if (tokens.length === 0) return;
    const fm = this.parsed.frontMatter!;
    for (const word of proseWords(this.input.text, fm.bodyOffset)) {
      const folded = foldAccents(word.text);
      for (const token of tokens) {
        const target = foldAccents(token);
        if (folded === target) {
          if (word.text !== token && word.text.toLowerCase() === token.toLowerCase() && word.text !== word.text.toUpperCase()) {
            this.flagCompany(word.start, word.text, token, company);
          }
          break;
        }
        const allowed = target.length >= 7 ? 2 : target.length >= 4 ? 1 : 0;
        if (allowed === 0 || folded[0] !== target[0] && allowed < 2) continue;
        const d = editDistance(folded, target, allowed);
        if (d >= 1 && d <= allowed && !this.isDictionaryWord(word.text)) {
          this.flagCompany(word.start, word.text, token, company);
          break;
        }
      }
    }
  }

  private flagCompany(start: number, written: string, token: string, company: string): void {
    const range = this.lines.rangeAt(start, start + written.length);
    this.claim(start, written.length);
    this.add({
      code: 'company-misspelled',
      severity: 'error',
      message: `"${written}" looks like a misspelling of ${company}: a wrong company name undoes the letter.`,
      range,
      fixes: [this.replaceFix(`Change to ${token}`, range, token)],
    });
  }

  private isDictionaryWord(word: string): boolean {
    return this.input.speller?.isWord(word) ?? false;
  }

  private deadline(model: LetterNote, interview: InterviewNote): void {
    const D = interview.date?.value.day;
    if (D === undefined) return;
    const { settings, calendar } = this.input.context;
    const due = addBusinessDays(D, settings.thankYouBusinessDays, calendar);
    if (!model.sent && due < this.today) {
      const key = this.parsed.frontMatter?.root.entries.find((e) => e.key === 'sent');
      this.add({
        code: 'thank-you-overdue',
        severity: 'warning',
        message: `This thank-you was due ${longDate(due)}, two business days after the interview. Send it today: a late note is better than none.`,
        range: key?.keyRange ?? model.to?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
        fixes: this.editFix('Mark sent today', [{ op: 'set', path: ['sent'], value: formatDay(this.today) }]),
      });
    } else if (model.sent && model.sent.value > due) {
      this.add({
        code: 'thank-you-late',
        severity: 'information',
        message: `Sent ${longDate(model.sent.value)}, after it was due (${longDate(due)}). Next time aim for two business days.`,
        range: model.sent.range,
      });
    }
  }

  private claim(start: number, length: number): void {
    for (let i = start; i < start + length; i++) this.claimed.add(i);
  }

  /** Placeholders, tone, confused words and spelling over the body. */
  prose(isLetter: boolean): void {
    const fm = this.parsed.frontMatter!;
    const text = this.input.text;
    if (isLetter) {
      for (const m of text.slice(fm.bodyOffset).matchAll(/\{\{[^}\n]*\}\}/g)) {
        const start = fm.bodyOffset + m.index!;
        this.add({
          code: 'placeholder',
          severity: 'error',
          message: `Fill in this placeholder before sending: ${m[0]}`,
          range: this.lines.rangeAt(start, start + m[0].length),
        });
      }
      const prose = proseOnly(text, fm.bodyOffset);
      for (const pattern of DESPERATE_PHRASES) {
        for (const m of prose.matchAll(pattern)) {
          this.add({
            code: 'desperate-tone',
            severity: 'hint',
            message: `"${m[0]}" can read as desperate. Show enthusiasm for the role and what you bring instead.`,
            range: this.lines.rangeAt(m.index!, m.index! + m[0].length),
          });
        }
      }
    }
    const { knownWords, speller } = this.input;
    for (const word of proseWords(text, fm.bodyOffset)) {
      if (this.claimed.has(word.start)) continue;
      const range = this.lines.rangeAt(word.start, word.start + word.text.length);
      const lower = word.text.toLowerCase();
      const meant = isLetter ? CONFUSED_WORDS[lower] : undefined;
      if (meant) {
        const replacement = word.text[0] === word.text[0].toUpperCase() ? meant[0].toUpperCase() + meant.slice(1) : meant;
        this.add({
          code: 'confused-word',
          severity: 'warning',
          message: `"${word.text}" is a real word, but in a job letter it is almost always a typo for "${replacement}".`,
          range,
          fixes: [this.replaceFix(`Change to "${replacement}"`, range, replacement)],
        });
        continue;
      }
      if (!speller || word.text.length < 2) continue;
      if (word.text.length <= 6 && word.text === word.text.toUpperCase()) continue; // acronyms
      if (knownWords.folded.has(foldAccents(word.text))) continue;
      if (speller.isWord(word.text)) continue;
      this.add({
        code: 'spelling',
        severity: 'warning',
        message: `"${word.text}" is not in the dictionary. If it is a name or a term you use, add it to the word list.`,
        range,
        word: word.text,
        fixes: [{ kind: 'command', title: `Add "${word.text}" to the word list`, command: 'addWord', argument: word.text }],
      });
    }
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

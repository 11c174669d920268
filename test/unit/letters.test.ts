import assert from 'node:assert/strict';
import { checkNote } from '../../src/core/checks/checkNote';
import { draftedLetterFor } from '../../src/core/letters/draftedLetters';
import { knownWords } from '../../src/core/checks/knownWords';
import { lettersFolderFor } from '../../src/core/edits/lettersFolder';
import { parseNote, type InterviewNote } from '../../src/core/notes/note';
import { actionLabel } from '../../src/core/present/presentation';
import { findPlaceholders } from '../../src/core/letters/letterPlaceholders';
import { scheduleContext } from '../../src/core/schedule/schedule';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/shared/settings';
import { sendQuestion } from '../../src/core/checks/sendReadiness';
import { interviewDayPhrase, letterDate, renderLetter, type LetterDraft } from '../../src/core/letters/templates';
import { ACTION_KINDS, type LetterMedium } from '../../src/core/shared/types';
import { loadSpellChecker } from '../../src/node/dictionary';
import { acmeInterview, day, indexOf, note, settings as settingsOf } from './helpers';

const INTERVIEW_TEXT = acmeInterview('2026-11-19 14:00'); // a Thursday
const interview = parseNote(INTERVIEW_TEXT).model as InterviewNote;

const SENDER = {
  senderName: 'Sam Candidate',
  senderAddress: '12 Elm Street\nSpringfield, IL 62701',
  senderPhone: '+1 555 0100',
  senderEmail: 'sam@example.com',
};

function draft(via: LetterMedium, overrides: Partial<Settings> = {}, today = '2026-11-20', variant = 0): LetterDraft {
  return {
    interviewLink: '../interviews/2026-11-19-acme.md',
    interview,
    recipient: { name: 'Daniela García', title: 'Engineering Manager' },
    variant,
    via,
    today: day(today),
    settings: { ...DEFAULT_SETTINGS, ...overrides },
  };
}

const placeholders = (text: string) => findPlaceholders(text).map((p) => p.text);

describe('drafted letters', () => {
  it('signs with the sender settings, so only what the candidate must write is left to fill', () => {
    for (const via of ['email', 'fax'] as const) {
      const text = renderLetter(draft(via, SENDER));
      assert.deepEqual(placeholders(text), [
        '{{a topic you discussed with Daniela, and what you took from it}}',
        '{{why you are the right person for the role: one or two strengths that match what they need}}',
      ], via);
      assert.match(text, /\nBest regards,\nSam Candidate\n\+1 555 0100\nsam@example\.com\n$/, via);
    }
    assert.match(renderLetter(draft('fax', SENDER)), /^FAX: To Daniela García, Engineering Manager, Acme Corp \| From Sam Candidate \| November 20, 2026 \| Pages: 1$/m);
  });

  it('heads a letter by mail with the sender\'s address block and contact lines', () => {
    const text = renderLetter(draft('mail', SENDER));
    assert.match(text, /^---\n[\s\S]*?\n---\n12 Elm Street\nSpringfield, IL 62701\n\+1 555 0100\nsam@example\.com\n\nNovember 20, 2026\n\nDaniela García\nEngineering Manager\nAcme Corp\n/);
    assert.match(text, /\nBest regards,\nSam Candidate\n$/, 'the contact lines are not repeated under the signature');
    // The employer's address is not in the notes: the candidate writes it.
    assert.deepEqual(placeholders(text).slice(0, 2), ['{{company street address}}', '{{company city, postcode}}']);
  });

  it('keeps a placeholder where a sender setting is empty, and leaves out empty contact lines', () => {
    const email = renderLetter(draft('email'));
    assert.match(email, /\nBest regards,\n\{\{your name\}\}\n$/);
    const mail = renderLetter(draft('mail', { senderName: 'Sam Candidate' }));
    assert.match(mail, /\n---\n\{\{your street address\}\}\n\{\{your city, postcode\}\}\n\nNovember 20, 2026\n/);
    assert.ok(!placeholders(mail).includes('{{your name}}'));
    assert.match(renderLetter(draft('fax')), /\| From \{\{your name\}\} \|/);
  });

  it('dates the letter in the English of the settings ("both" dates it the US way)', () => {
    assert.equal(letterDate(day('2026-11-26'), 'us'), 'November 26, 2026');
    assert.equal(letterDate(day('2026-11-26'), 'both'), 'November 26, 2026');
    assert.equal(letterDate(day('2026-11-26'), 'gb'), '26 November 2026');
    assert.match(renderLetter(draft('mail', { englishVariant: 'gb' })), /\n\n20 November 2026\n\n/);
  });

  it('says when the interview was as seen from the day it is written', () => {
    const thursday = day('2026-11-19');
    const said = (today: string, variant: Settings['englishVariant'] = 'us') => interviewDayPhrase(thursday, day(today), variant);
    assert.equal(said('2026-11-19'), 'today');
    assert.equal(said('2026-11-20'), 'on Thursday', 'the same week');
    assert.equal(said('2026-11-23'), 'last Thursday', 'the next week, within seven days');
    assert.equal(said('2026-11-26'), 'last Thursday', 'seven days later');
    assert.equal(said('2026-11-27'), 'on November 19', 'more than a week later');
    assert.equal(said('2026-11-27', 'gb'), 'on 19 November');
    // Weeks start on Sunday in the US and on Monday in Britain.
    assert.equal(said('2026-11-22', 'us'), 'last Thursday');
    assert.equal(said('2026-11-22', 'gb'), 'on Thursday');
    assert.equal(interviewDayPhrase(day('2025-12-18'), day('2026-01-10'), 'us'), 'on December 18, 2025', 'another year');
    assert.equal(interviewDayPhrase(day('2026-11-30'), day('2026-11-25'), 'us'), 'on November 30', 'a day still to come');
  });

  it('opens with that phrase, whatever the variant of the wording', () => {
    const openings = [0, 1, 2, 3].map((variant) => renderLetter(draft('email', SENDER, '2026-11-30', variant)).split('\n').find((l) => /Acme Corp/.test(l) && !l.startsWith('Subject'))!);
    for (const line of openings) assert.match(line, / on November 19[ ;]/);
    const lastWeek = renderLetter(draft('email', SENDER, '2026-11-24', 2));
    assert.match(lastWeek, /Thank you for our conversation last Thursday; /);
    assert.doesNotMatch(lastWeek, /on Thursday/);
  });

  it('is a letter the checks accept, apart from its placeholders', async () => {
    const settings = settingsOf(SENDER);
    const speller = loadSpellChecker(__dirname)!;
    for (const via of ['email', 'mail', 'fax'] as const) {
      const addressed = INTERVIEW_TEXT.replace('    title: Engineering Manager', '    title: Engineering Manager\n    email: daniela@acme.example');
      const index = await indexOf({ 'interviews/2026-11-19-acme.md': addressed.replace('contact_via: email', `contact_via: ${via}`) });
      for (const variant of [0, 1, 2, 3]) {
        const text = renderLetter({ ...draft(via, SENDER, '2026-11-20', variant), interviewLink: '../interviews/2026-11-19-acme.md' });
        const found = checkNote({
          file: 'letters/2026-11-19-acme-daniela-garcia.md',
          text,
          index,
          context: scheduleContext(day('2026-11-20'), settings),
          knownWords: knownWords(index, settings, ['Springfield']),
          speller,
        });
        assert.deepEqual([...new Set(found.map((d) => d.code))], ['placeholder'], `${via} ${variant}: ${found.map((d) => d.message).join('; ')}`);
      }
    }
  });
});

describe('where new letters go', () => {
  it('uses the setting when it is given', () => {
    assert.deepEqual(lettersFolderFor('interviews/a.md', ['letters/x.md'], 'Correspondence/Thanks/'), { folder: 'Correspondence/Thanks' });
    assert.deepEqual(lettersFolderFor('interviews/a.md', [], ' letters '), { folder: 'letters' });
  });

  it('otherwise puts them with most of the letters already written', () => {
    assert.deepEqual(lettersFolderFor('interviews/2026-11-24-hooli.md', ['letters/a.md', 'letters/b.md', 'interviews/thank-you/c.md'], ''), { folder: 'letters' });
    assert.deepEqual(lettersFolderFor('a.md', ['x/thanks/a.md', 'x/thanks/b.md', 'x/thanks/c.md', 'y/z.md'], ''), { folder: 'x/thanks' });
  });

  it('breaks a tie by nearness to the interview, then by name', () => {
    assert.deepEqual(lettersFolderFor('jobs/acme/interview.md', ['jobs/acme/thank-you/a.md', 'archive/old/b.md'], ''), { folder: 'jobs/acme/thank-you' });
    assert.deepEqual(lettersFolderFor('interview.md', ['b/a.md', 'a/b.md'], ''), { folder: 'a' });
  });

  it('puts the first letters in thank-you/ next to the interview', () => {
    assert.deepEqual(lettersFolderFor('interviews/2026-11-19-acme.md', [], ''), { folder: 'interviews/thank-you' });
    assert.deepEqual(lettersFolderFor('2026-11-19-acme.md', [], ''), { folder: 'thank-you' });
  });

  it('never leaves the workspace folder: a setting that would is reported and not used', () => {
    const result = lettersFolderFor('interviews/a.md', ['letters/x.md'], '../elsewhere');
    assert.equal(result.folder, 'letters');
    assert.match(result.problem!, /interviewFollowUp\.lettersFolder "\.\.\/elsewhere" leaves the workspace folder/);
  });
});

describe('the question before marking a letter with problems as sent', () => {
  const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 5 } });
  const d = (code: string, severity: 'error' | 'warning' = 'error', line = 10) => ({ code, severity, message: `${code} here`, range: at(line) }) as Parameters<typeof sendQuestion>[0][number];

  it('counts the error-level problems by code: "7 placeholders are unfilled and 1 name is …"', () => {
    const ds = [...Array.from({ length: 7 }, (_, i) => d('placeholder', 'error', 20 + i)), d('wrong-recipient', 'error', 8), d('spelling', 'warning')];
    const question = sendQuestion(ds)!;
    assert.equal(question.message, '7 placeholders are unfilled and 1 name is wrong or misspelled — mark as sent anyway?');
    assert.equal(question.detail.split('\n')[0], 'Line 9: wrong-recipient here', 'the problems in the order of the letter');
    assert.equal(question.detail.split('\n').length, 6);
    assert.equal(question.detail.split('\n')[5], '…and 3 more.');
  });

  it('names each kind of error once, in one sentence', () => {
    assert.equal(sendQuestion([d('placeholder')])!.message, '1 placeholder is unfilled — mark as sent anyway?');
    assert.equal(sendQuestion([d('placeholder')], 'send')!.message, '1 placeholder is unfilled — send anyway?');
    assert.equal(sendQuestion([d('recipient-address-missing', 'warning')], 'send'), undefined);
    assert.equal(
      sendQuestion([d('company-misspelled'), d('company-misspelled'), d('interview-link-broken'), d('wrong-company'), d('field-invalid'), d('front-matter-invalid')])!.message,
      '2 company names are misspelled, 1 other company is named, the link to the interview is broken and the front-matter has 2 errors — mark as sent anyway?',
    );
    assert.equal(sendQuestion([d('some-future-code')])!.message, '1 other error — mark as sent anyway?');
  });

  it('does not ask when only warnings, information and hints are left', () => {
    assert.equal(sendQuestion([d('spelling', 'warning'), d('similar-letters', 'warning')]), undefined);
    assert.equal(sendQuestion([]), undefined);
  });
});

describe('a drafted thank-you in the tree', () => {
  const interviewNote = note(['type: interview', 'company: Acme Corp', 'date: 2026-11-19', 'interviewers:', '  - name: Daniela García', '    title: Manager', '  - name: Chidi Okonkwo', '    title: Director']);
  const letterTo = (to: string, sent = '') => note(['type: thank-you', 'interview: ../interviews/acme.md', `to: ${to}`, 'via: email', `sent: ${sent}`], 'Dear …\n');
  const thankYou = (person: string) => ({ kind: 'thank-you' as const, file: 'interviews/acme.md', company: 'Acme Corp', person, title: '', due: day('2026-11-23'), opens: null, state: 'overdue' as const, advice: '' });

  it('is the unsent letter to that interviewer (names matched as the schedule matches them: case and spacing aside)', async () => {
    const index = await indexOf({ 'interviews/acme.md': interviewNote, 'letters/daniela.md': letterTo('daniela  García'), 'letters/chidi.md': letterTo('Chidi Okonkwo', '2026-11-20') });
    assert.equal(draftedLetterFor(index, thankYou('Daniela García'))?.file, 'letters/daniela.md');
    assert.equal(draftedLetterFor(index, thankYou('Chidi Okonkwo')), undefined, 'a sent letter is not a draft');
    assert.equal(draftedLetterFor(index, { ...thankYou('Daniela García'), kind: 'follow-up-call' }), undefined);
  });

  it('has a label with the person in it, short enough for the default sidebar width', () => {
    assert.equal(actionLabel(thankYou('Daniela García')), 'Thank Daniela');
    assert.equal(actionLabel(thankYou('Daniela García'), ['Daniela García', 'Chidi Okonkwo']), 'Thank Daniela', 'a first name no one else has');
    assert.equal(actionLabel(thankYou('Daniela García'), ['Daniela García', 'daniela Ruiz']), 'Thank Daniela García', 'two Danielas: the whole name');
    assert.equal(actionLabel(thankYou('Dr. Dana Lee')), 'Thank Dana');
    assert.equal(actionLabel({ ...thankYou('Dana Lee, Sam Ortiz'), kind: 'alert-references' }), 'Alert references');
    // With "15 d overdue" after it, a label of 17 characters is read whole at a 300 px sidebar.
    for (const kind of ACTION_KINDS) assert.ok(actionLabel({ ...thankYou(''), person: null, kind }).length <= 17, kind);
  });
});

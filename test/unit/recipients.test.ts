import assert from 'node:assert/strict';
import { checkNote } from '../../src/core/checks/checkNote';
import { knownWords } from '../../src/core/checks/knownWords';
import type { NoteDiagnostic } from '../../src/core/checks/types';
import { planNoteCommand } from '../../src/core/edits/noteCommands';
import { renderLetter } from '../../src/core/letters/templates';
import { parseNote, type InterviewNote } from '../../src/core/notes/note';
import { addressesLike, frontMatterCompletions } from '../../src/core/present/completion';
import { scheduleContext } from '../../src/core/schedule/schedule';
import { DEFAULT_SETTINGS } from '../../src/core/shared/settings';
import { loadSpellChecker } from '../../src/node/dictionary';
import { day, indexOf, note, settings } from './helpers';

const speller = loadSpellChecker(__dirname)!;

const INTERVIEW = note([
  'type: interview',
  'company: Stark Industries',
  'role: Platform Engineer',
  'date: 2026-11-19',
  'contact_via: email',
  'interviewers:',
  '  - name: Pepper Potts',
  '    title: Chief Executive',
  '    email: pepper.potts@stark.example',
  '    salutation: Ms. Potts',
  '  - name: James Rhodes',
  '    title: Liaison',
  '    salutation: Colonel Rhodes',
  '  - name: Happy Hogan',
  '    title: Head of Security',
]);

const BODY = (greeting: string) => `${greeting}

Thank you for meeting me on Thursday about the Platform Engineer role at Stark Industries. I
enjoyed our conversation about the reactor team.

Best regards,
Sam Candidate
`;

function letter(to: string, greeting: string, fields: string[] = ['via: email', 'sent:']): string {
  return note(['type: thank-you', 'interview: ../interview.md', `to: ${to}`, ...fields], BODY(greeting));
}

async function check(letterText: string, interview = INTERVIEW): Promise<NoteDiagnostic[]> {
  const files = { 'interview.md': interview, 'letters/a.md': letterText };
  const index = await indexOf(files);
  return checkNote({
    file: 'letters/a.md',
    text: letterText,
    index,
    context: scheduleContext(day('2026-11-20'), settings()),
    knownWords: knownWords(index, { words: [], senderName: 'Sam Candidate' }),
    speller,
  });
}

const codes = (ds: NoteDiagnostic[]) => ds.map((d) => d.code);

describe('recipients: e-mail addresses and salutations', () => {
  it('reads `email` and `salutation`, and refuses an e-mail value that is not one address', () => {
    const model = parseNote(INTERVIEW).model as InterviewNote;
    assert.equal(model.interviewers[0].email?.value, 'pepper.potts@stark.example');
    assert.equal(model.interviewers[0].salutation?.value, 'Ms. Potts');
    for (const bad of ['Pepper <pepper@stark.example>', 'pepper@stark', 'a@b.example, c@d.example', 'pepper..potts@stark.example']) {
      const parsed = parseNote(INTERVIEW.replace('pepper.potts@stark.example', JSON.stringify(bad)));
      assert.equal((parsed.model as InterviewNote).interviewers[0].email, undefined, bad);
      assert.ok(parsed.problems.some((p) => p.code === 'field-invalid' && p.message.includes('is not one e-mail address')), bad);
    }
  });

  it('a drafted greeting uses the salutation when there is one, else the name', () => {
    const interview = parseNote(INTERVIEW).model as InterviewNote;
    const draft = (recipient: { name: string; salutation?: string }) =>
      renderLetter({ interviewLink: '../interview.md', interview, recipient, variant: 0, via: 'email', today: day('2026-11-20'), settings: DEFAULT_SETTINGS });
    assert.match(draft({ name: 'Pepper Potts', salutation: 'Ms. Potts' }), /^Dear Ms\. Potts,$/m);
    assert.match(draft({ name: 'Happy Hogan' }), /^Dear Happy Hogan,$/m);
  });

  it('the greeting check accepts the recipient\'s salutation, and fixes another interviewer\'s to the recipient\'s', async () => {
    assert.deepEqual(await check(letter('Pepper Potts', 'Dear Ms. Potts,')), []);
    assert.deepEqual(await check(letter('James Rhodes', 'Dear Colonel Rhodes,', ['via: email', 'sent: 2026-11-20'])), []);
    const ds = await check(letter('Pepper Potts', 'Dear Colonel Rhodes,'));
    assert.deepEqual(codes(ds), ['wrong-recipient']);
    assert.deepEqual(ds[0].fixes.map((f) => (f.kind === 'edit' ? f.edits[0].newText : f.title)), ['Ms. Potts']);
  });

  it('recipient-address-missing: an unsent e-mailed letter to an interviewer without `email`, with fixes that add it or open the note there', async () => {
    const ds = await check(letter('Happy Hogan', 'Dear Happy,'));
    assert.deepEqual(codes(ds), ['recipient-address-missing']);
    assert.equal(ds[0].severity, 'information');
    assert.match(ds[0].message, /no e-mail address for Happy Hogan/);
    assert.deepEqual(ds[0].fixes, [
      { kind: 'command', title: "Add Happy Hogan's e-mail address", command: 'addRecipientAddress', argument: 'Happy Hogan' },
      { kind: 'command', title: 'Open the interview note at Happy Hogan', command: 'openRecipient', argument: 'Happy Hogan' },
    ]);
    // Sent already, by mail, or addressed: nothing to say.
    assert.deepEqual(await check(letter('Happy Hogan', 'Dear Happy,', ['via: email', 'sent: 2026-11-20'])), []);
    assert.deepEqual(codes(await check(letter('Happy Hogan', 'Dear Happy,', ['via: mail', 'sent:']))), ['medium-mismatch']);
    assert.deepEqual(await check(letter('Pepper Potts', 'Dear Pepper,')), []);
  });

  it('the email edit adds the address under that interviewer only, and refuses what is not an address', () => {
    const plan = planNoteCommand(INTERVIEW, { verb: 'email', person: 'happy hogan', address: ' happy.hogan@stark.example ' });
    assert.ok(plan.ok);
    assert.equal(plan.text, INTERVIEW.replace('    title: Head of Security\n', '    title: Head of Security\n    email: happy.hogan@stark.example\n'));
    assert.equal(plan.summary, 'email: happy.hogan@stark.example on Happy Hogan');
    const bad = planNoteCommand(INTERVIEW, { verb: 'email', person: 'Happy Hogan', address: 'happy at stark' });
    assert.deepEqual(bad, { ok: false, reason: '"happy at stark" is not one e-mail address (like jane.smith@example.org).' });
    const nobody = planNoteCommand(INTERVIEW, { verb: 'email', person: 'Tony Stark', address: 'tony@stark.example' });
    assert.ok(!nobody.ok && nobody.reason.startsWith('Tony Stark is not among the interviewers'));
  });

  describe('completion', () => {
    const at = async (text: string, line: number, character = text.split('\n')[line].length) =>
      frontMatterCompletions(text, { line, character }, await indexOf({ 'interview.md': text }), 'interview.md');
    const lines = INTERVIEW.split('\n');

    it('offers salutations from the interviewer\'s name', async () => {
      const text = INTERVIEW.replace('    title: Head of Security', '    title: Head of Security\n    salutation: ');
      const line = text.split('\n').indexOf('    salutation: ');
      assert.deepEqual((await at(text, line)).map((c) => c.label), ['Ms. Hogan', 'Mr. Hogan', 'Mx. Hogan', 'Dr. Hogan', 'Happy']);
    });

    it('offers an address in the form of a colleague\'s, never one made up from the company', async () => {
      const text = INTERVIEW.replace('    title: Head of Security', '    title: Head of Security\n    email: ');
      const line = text.split('\n').indexOf('    email: ');
      assert.deepEqual((await at(text, line)).map((c) => [c.label, c.detail]), [['happy.hogan@stark.example', 'like pepper.potts@stark.example']]);
      const alone = text.replace('    email: pepper.potts@stark.example\n', '');
      assert.deepEqual(await at(alone, alone.split('\n').indexOf('    email: ')), []);
    });

    it('suggests a new interviewer\'s address from those typed before (New Interview Note)', () => {
      assert.deepEqual(addressesLike('Raj Patel', [{ name: 'Jane Smith', email: 'jsmith@acme.example' }, { name: 'Chidi Okonkwo' }]), [{ label: 'rpatel@acme.example', detail: 'like jsmith@acme.example' }]);
      assert.deepEqual(addressesLike('Zoë Müller', [{ name: 'Jane Smith', email: 'jane@acme.example' }]), [{ label: 'zoe@acme.example', detail: 'like jane@acme.example' }]);
      assert.deepEqual(addressesLike('Raj Patel', [{ name: 'Jane Smith', email: 'info@acme.example' }]), []);
    });

    it('offers the keys email and salutation in an interviewer\'s entry that lacks them', async () => {
      const text = INTERVIEW.replace('    title: Head of Security', '    title: Head of Security\n    sa');
      const line = text.split('\n').indexOf('    sa');
      assert.deepEqual((await at(text, line)).map((c) => [c.label, c.insertText, c.replaceFrom]), [['salutation', 'salutation: ', 4]]);
      const inPepper = text.replace('    sa\n', '').replace('    salutation: Ms. Potts', '    salutation: Ms. Potts\n    ');
      const pepperLine = inPepper.split('\n').indexOf('    ');
      assert.deepEqual(await at(inPepper, pepperLine), []);
      assert.deepEqual(await at(INTERVIEW, lines.indexOf('role: Platform Engineer'), 0), []);
    });
  });
});

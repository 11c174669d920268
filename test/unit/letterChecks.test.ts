import assert from 'node:assert/strict';
import { checkNote } from '../../src/core/checks/checkNote';
import { spellingFixes } from '../../src/core/checks/fixes';
import { knownWords } from '../../src/core/checks/knownWords';
import type { NoteDiagnostic } from '../../src/core/checks/types';
import { scheduleContext } from '../../src/core/schedule/schedule';
import type { EnglishVariant } from '../../src/core/shared/settings';
import { plainRange } from '../../src/core/shared/span';
import { loadSpellChecker } from '../../src/node/dictionary';
import { day, indexOf, note, settings } from './helpers';

const INTERVIEW = note([
  'type: interview',
  'company: Brightwater Health Partners',
  'role: Clinical Data Analyst',
  'date: 2026-11-19',
  'contact_via: email',
  'interviewers:',
  '  - name: Mark Ellison',
  '    title: Head of Analytics',
  '  - name: Anna Kowalska-Reid',
  '    title: Clinical Informatics Lead',
  "  - name: Siobhán O'Connor",
  '    title: Data Engineer',
]);

const OTHER_INTERVIEW = note([
  'type: interview',
  'company: McAlister-Dunn Logistics',
  'role: Analyst',
  'date: 2026-11-18',
  'contact_via: email',
  'interviewers:',
  '  - name: Priya Natarajan',
  '    title: Director',
]);

const SENDER = 'Tobiasz Wróblewski-Hale';

/** A correct, realistic letter: lists, a continuation paragraph, a footnote, a table, links, a comment, a signature. */
const CLEAN = `Dear Mark,

Thank you for meeting me on the 19th to talk about the Clinical Data Analyst role at
Brightwater Health Partners. I enjoyed hearing how your population health team turns EHR
extracts into dashboards that ward managers actually use.

<!-- draft: mention the HL7 FHIR work? keep it short
     and don't over-explain -->

A few things stayed with me:

- The readmissions model you are rebuilding with Anna Kowalska-Reid's team.

    In my current role I rebuilt a similar model in Python and SQL, and an 18-month
    evaluation showed a 9% drop in avoidable readmissions.[^1]

- Siobhán O'Connor's point about data quality at the source, which matches my experience.

| Area | What I would bring |
|---|---|
| Reporting | Automated monthly KPIs for an NHS trust |
| Governance | A HIPAA and GDPR checklist for every new extract |

My portfolio is at tobiasz.dev/work and on [GitHub][gh]; you can reach me at
tobiasz@example.org or on 07700 900456.

[gh]: https://github.com/tobiasz-wh

[^1]: Published internally as an MBA capstone with a university partner.

I would welcome the chance to contribute to Brightwater's analytics team.

Kind regards,

Tobiasz Wróblewski-Hale
`;

const speller = loadSpellChecker(__dirname)!;

async function check(body: string, opts: { to?: string; variant?: EnglishVariant; sender?: string } = {}): Promise<NoteDiagnostic[]> {
  const files = {
    'interviews/brightwater.md': INTERVIEW,
    'interviews/mcalister.md': OTHER_INTERVIEW,
    'letters/a.md': note(['type: thank-you', 'interview: ../interviews/brightwater.md', `to: ${opts.to ?? 'Mark Ellison'}`, 'via: email', 'sent: 2026-11-20'], body),
  };
  const index = await indexOf(files);
  const s = settings({ 'interviewFollowUp.senderName': opts.sender ?? SENDER, 'interviewFollowUp.englishVariant': opts.variant ?? 'both' });
  const known = knownWords(index, s);
  return checkNote({
    file: 'letters/a.md',
    text: files['letters/a.md'],
    index,
    context: scheduleContext(day('2026-11-20'), s),
    knownWords: known,
    speller: loadSpellChecker(__dirname, s.englishVariant),
  });
}

const codes = (ds: NoteDiagnostic[]) => ds.map((d) => d.code);
const fixText = (d: NoteDiagnostic) => (d.fixes[0]?.kind === 'edit' ? d.fixes[0].edits[0].newText : undefined);
/** The diagnostic's text in the letter's body (its line in `body`, counting the 7 front-matter lines). */
function spanText(body: string, d: NoteDiagnostic): string {
  const r = plainRange(d.range);
  const line = body.split('\n')[r.start.line - 7];
  return line.slice(r.start.character, r.end.line === r.start.line ? r.end.character : undefined);
}

describe('letter checks, as a careful editor', () => {
  it('a correct, realistic letter with lists, footnotes, tables, links and comments produces nothing', async () => {
    assert.deepEqual(await check(CLEAN), []);
  });

  it('the sender\'s own name is a known word (from the senderName setting)', async () => {
    const body = CLEAN.replace('I would welcome the chance', 'Tobiasz Wróblewski-Hale would welcome the chance');
    assert.deepEqual(await check(body), []);
    const ds = await check(body, { sender: '' });
    assert.deepEqual(ds.map((d) => d.word), ['Tobiasz']);
  });

  it('spelling inside a list continuation paragraph, a footnote and a table cell', async () => {
    const body = CLEAN.replace('evaluation showed', 'evaluaton showed').replace('Published internally', 'Publisehd internally').replace('Automated monthly', 'Automated monthyl');
    const ds = await check(body);
    assert.deepEqual(ds.map((d) => d.word), ['evaluaton', 'monthyl', 'Publisehd']);
  });

  it('spelling: a missing apostrophe is fixed with the contraction first', async () => {
    const ds = await check(CLEAN.replace('I would welcome the chance', 'Ive no doubt I would welcome the chance'));
    assert.deepEqual(codes(ds), ['spelling']);
    assert.equal(fixText(ds[0]), "I've");
    const titles = spellingFixes(ds[0], speller, knownWords(await indexOf({ 'i.md': INTERVIEW }))).map((f) => f.title);
    assert.equal(titles[0], 'Change to "I\'ve"');
    assert.equal(new Set(titles).size, titles.length, titles.join(' | '));
    assert.deepEqual(speller.suggest('dont').slice(0, 1), ["don't"]);
    assert.deepEqual(speller.suggest('Im').slice(0, 1), ["I'm"]);
  });

  it('spelling suggestions are computed for the fix, best first', async () => {
    const ds = await check(CLEAN.replace('I enjoyed hearing', 'I enjoyed hearnig'));
    const fixes = spellingFixes(ds[0], speller, knownWords(await indexOf({ 'i.md': INTERVIEW })));
    assert.equal(fixes[0].title, 'Change to "hearing"');
  });

  it('englishVariant: both accepts British and US spellings; us and gb each flag the other', async () => {
    const gbBody = CLEAN.replace('I enjoyed hearing', 'I enjoyed the organisation and colour of hearing');
    const usBody = CLEAN.replace('I enjoyed hearing', 'I enjoyed the analyzed color of hearing');
    assert.deepEqual(await check(gbBody), []);
    assert.deepEqual(await check(usBody), []);
    assert.deepEqual((await check(gbBody, { variant: 'us' })).map((d) => d.word), ['organisation', 'colour']);
    assert.deepEqual((await check(usBody, { variant: 'gb' })).map((d) => d.word), ['analyzed', 'color']);
  });

  it('repeated-word: across a line break, reported at the repeat, fixed by removing it', async () => {
    const body = CLEAN.replace('to talk about the Clinical Data Analyst role at', 'to talk about the\nthe Clinical Data Analyst role at');
    const ds = await check(body);
    assert.deepEqual(codes(ds), ['repeated-word']);
    assert.equal(plainRange(ds[0].range).start.character, 0);
    const fix = ds[0].fixes[0];
    assert.ok(fix.kind === 'edit' && fix.edits[0].newText === '');
    assert.equal(plainRange(fix.edits[0].range).start.line, plainRange(ds[0].range).start.line - 1);
  });

  it('article: by sound, with the right article as fix; correct ones stay quiet', async () => {
    const ds = await check(CLEAN.replace('an 18-month', 'a 18-month').replace('a university partner', 'an university partner').replace('an MBA capstone', 'a MBA capstone'));
    assert.deepEqual(codes(ds), ['article', 'article', 'article']);
    assert.deepEqual(ds.map(fixText), ['an', 'an', 'a']);
  });

  it('article: acronyms said letter by letter take the article of their first letter; ones said as words are left alone', async () => {
    const body = CLEAN.replace('an MBA capstone', 'an MBA capstone. I have not worked in a MRO, a SEO team or a NASA lab, but I signed an NDA and met an CPA');
    const ds = await check(body);
    assert.deepEqual(ds.filter((d) => d.code === 'article').map((d) => `${spanText(body, d)}>${fixText(d)}`), ['a>an', 'an>a']);
  });

  it('placeholder: the forms people type by hand', async () => {
    const body = CLEAN.replace('Dear Mark,', 'Dear [Name],').replace('on the 19th', 'on [insert date]').replace('07700 900456', 'XXX').replace('Kind regards,', 'Kind regards, TBD');
    const ds = await check(body);
    assert.deepEqual(ds.filter((d) => d.code === 'placeholder').map((d) => spanText(body, d)), ['[Name]', '[insert date]', 'XXX', 'TBD']);
    assert.ok(ds.every((d) => d.code === 'placeholder'));
  });

  it('wrong-recipient: a greeting to another interviewer is fixed in the form written', async () => {
    const ds = await check(CLEAN.replace('Dear Mark,', 'Dear Anna,'));
    assert.deepEqual(codes(ds), ['wrong-recipient']);
    assert.equal(fixText(ds[0]), 'Mark');
    const formal = await check(CLEAN.replace('Dear Mark,', 'Dear Ms. Kowalska-Reid,'));
    assert.equal(fixText(formal[0]), 'Ellison');
  });

  it('wrong-recipient: any interviewer\'s name misspelt anywhere, and not the correct forms', async () => {
    const body = CLEAN.replace("Anna Kowalska-Reid's team", "Anna Kowalsks-Reid's team").replace("Siobhán O'Connor's point", "Siobhan O'Conor's point").replace('Kind regards,', 'Kind regards,\n\ncc: Mark Elison');
    const ds = await check(body);
    assert.deepEqual(codes(ds), ['wrong-recipient', 'wrong-recipient', 'wrong-recipient', 'wrong-recipient']);
    assert.deepEqual(ds.map(fixText), ['Kowalska-Reid', 'Siobhán', "O'Connor", 'Ellison']);
  });

  it('wrong-recipient: a greeting to several interviewers checks each, and greeting them together is fine', async () => {
    assert.deepEqual(await check(CLEAN.replace('Dear Mark,', 'Dear Mark and Anna,')), []);
    const ds = await check(CLEAN.replace('Dear Mark,', 'Dear Mr. Ellison & Ms. Kowalska-Ried,'));
    assert.deepEqual(codes(ds), ['wrong-recipient']);
    assert.equal(fixText(ds[0]), 'Kowalska-Reid');
  });

  it('spelling: an unknown capitalised word inside a sentence is a name, unless it looks like a common word mistyped', async () => {
    assert.deepEqual(await check(CLEAN.replace('your population health team', 'your team in Wolverhampton and Tamworth')), []);
    const ds = await check(CLEAN.replace('the Clinical Data Analyst role', 'the Clinical Data Analyst role in Informatcs Managment'));
    assert.deepEqual(ds.map((d) => d.word), ['Informatcs', 'Managment']);
  });

  it('wrong-recipient: a typographic apostrophe is the same name', async () => {
    assert.deepEqual(await check(CLEAN.replace("Siobhán O'Connor's point", 'Siobhán O’Connor’s point')), []);
  });

  it('company-misspelled: a distinctive word, a generic word next to it, a hyphenated name; not the lower-case generic word', async () => {
    const ds = await check(CLEAN.replace("Brightwater's analytics", "Brightwatre's analytics").replace('Brightwater Health Partners.', 'Brightwater Heath Partners.'));
    assert.deepEqual(codes(ds), ['company-misspelled', 'company-misspelled']);
    assert.deepEqual(ds.map(fixText), ['Health', 'Brightwater']);
    assert.deepEqual(await check(CLEAN.replace('your population health team', 'your partners in population health')), []);
  });

  it('company-misspelled: a real word in the company name\'s place, when the rest of the name follows it', async () => {
    const body = CLEAN.replace('Brightwater Health Partners.', 'Brightwalter Health Partners.');
    assert.deepEqual(codes(await check(body)), ['company-misspelled']);
    assert.deepEqual(await check(CLEAN.replace('Brightwater Health Partners.', 'Brightwater Health Partners. The river was bright water.')), []);
  });

  it('wrong-company: the company of another interview in the journal, fixed to this one', async () => {
    const ds = await check(CLEAN.replace("contribute to Brightwater's analytics team", 'contribute to McAlister-Dunn Logistics'));
    assert.deepEqual(codes(ds), ['wrong-company']);
    assert.match(ds[0].message, /McAlister-Dunn Logistics/);
    assert.equal(fixText(ds[0]), 'Brightwater Health Partners');
  });

  it('confused-word and desperate-tone in context, across line breaks', async () => {
    const body = CLEAN.replace('I would welcome the chance to contribute', 'I would welcome the chance to join there\nteam. I really need\nthis job and would contribute');
    const ds = await check(body);
    assert.deepEqual(codes(ds), ['confused-word', 'desperate-tone']);
    assert.equal(fixText(ds[0]), 'their');
  });
});

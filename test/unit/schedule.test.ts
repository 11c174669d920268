import assert from 'node:assert/strict';
import { brief, note, schedule } from './helpers';

// 2026-11-19 is a Thursday; 2026-11-25 a Wednesday.
const base = ['type: interview', 'company: Acme', 'date: 2026-11-19', 'decision_expected: 2026-12-04', 'interviewers:', '  - name: Jane Smith', '    title: Manager', '    thank_you_sent: 2026-11-20'];
const other = note(['type: interview', 'company: Other', 'date: 2026-11-18', 'decision_expected: 2026-12-30', 'interviewers:', '  - name: O', '    title: T', '    thank_you_sent: 2026-11-18', 'follow_ups:', '  - date: 2026-11-20', '    next: 2027-01-10']);

/** The actions of `a.md` only (the other note keeps two interviews waiting). */
async function actionsOf(lines: string[], today = '2026-11-25', extra: Record<string, string> = {}, settings: Record<string, unknown> = {}) {
  const all = await schedule({ 'a.md': note(lines), 'z-other.md': other, ...extra }, today, settings);
  return brief(all.filter((a) => a.file === 'a.md'));
}

describe('due actions (spec section 3)', () => {
  describe('ask-decision-date', () => {
    it('is due on the interview day while waiting without decision_expected', async () => {
      const lines = base.filter((l) => !l.startsWith('decision_expected'));
      assert.ok((await actionsOf(lines)).includes('ask-decision-date - 2026-11-19 overdue'));
    });
    it('is done once decision_expected is set, and not asked after an outcome', async () => {
      assert.ok(!(await actionsOf(base)).some((a) => a.startsWith('ask-decision-date')));
      const rejected = [...base.filter((l) => !l.startsWith('decision_expected')), 'status: withdrawn'];
      assert.ok(!(await actionsOf(rejected)).some((a) => a.startsWith('ask-decision-date')));
    });
  });

  describe('record-interviewer', () => {
    it('appears when no interviewer is listed', async () => {
      assert.ok((await actionsOf(base.slice(0, 4))).includes('record-interviewer - 2026-11-19 overdue'));
    });
    it('appears when an interviewer lacks a name or a title', async () => {
      assert.ok((await actionsOf([...base, '  - name: Raj'])).includes('record-interviewer - 2026-11-19 overdue'));
      assert.ok((await actionsOf([...base, '  - title: CTO'])).some((a) => a.startsWith('record-interviewer')));
    });
    it('is done when every interviewer has a name and a title', async () => {
      assert.ok(!(await actionsOf(base)).some((a) => a.startsWith('record-interviewer')));
    });
  });

  describe('thank-you', () => {
    const two = [...base.slice(0, 5), '  - name: Jane Smith', '    title: Manager', '  - name: Raj Patel', '    title: Engineer'];
    it('is due two business days after the interview, one per interviewer', async () => {
      assert.deepEqual((await actionsOf(two)).filter((a) => a.startsWith('thank-you')), [
        'thank-you Jane Smith 2026-11-23 overdue',
        'thank-you Raj Patel 2026-11-23 overdue',
      ]);
    });
    it('is due whatever the status, even after a rejection', async () => {
      for (const status of ['offer', 'accepted', 'rejected', 'withdrawn']) {
        const actions = await actionsOf([...two, `status: ${status}`, 'status_date: 2026-11-24']);
        assert.equal(actions.filter((a) => a.startsWith('thank-you')).length, 2, status);
      }
    });
    it('is done by thank_you_sent on the interviewer', async () => {
      assert.ok(!(await actionsOf(base)).some((a) => a.startsWith('thank-you')));
    });
    it('is done by a sent letter to that interviewer, linked by path or wiki link', async () => {
      const letter = (to: string, link: string, sent: string) => note(['type: thank-you', `interview: ${JSON.stringify(link)}`, `to: ${to}`, 'via: email', `sent: ${sent}`]);
      const actions = await actionsOf(two, '2026-11-25', {
        'letters/jane.md': letter('Jane Smith', '../a.md', '2026-11-20'),
        'letters/raj.md': letter('Raj Patel', '[[a]]', ''),
      });
      assert.deepEqual(actions.filter((a) => a.startsWith('thank-you')), ['thank-you Raj Patel 2026-11-23 overdue']);
      const both = await actionsOf(two, '2026-11-25', {
        'letters/jane.md': letter('jane  smith', '../a', '2026-11-20'),
        'letters/raj.md': letter('Raj Patel', '[[a|Acme interview]]', '2026-11-21'),
      });
      assert.ok(!both.some((a) => a.startsWith('thank-you')));
    });
    it('is not closed by a letter linked to another interview', async () => {
      const actions = await actionsOf(two, '2026-11-25', {
        'jane.md': note(['type: thank-you', 'interview: z-other.md', 'to: Jane Smith', 'sent: 2026-11-20']),
      });
      assert.ok(actions.includes('thank-you Jane Smith 2026-11-23 overdue'));
    });
    it('uses the thankYouBusinessDays setting', async () => {
      const actions = await actionsOf(two, '2026-11-25', {}, { 'interviewFollowUp.thankYouBusinessDays': 1 });
      assert.ok(actions.includes('thank-you Raj Patel 2026-11-20 overdue'));
    });
  });

  describe('alert-references', () => {
    it('is due one business day after the interview', async () => {
      assert.ok((await actionsOf([...base, 'references: [Dana Lee, Sam Ortiz]'])).includes('alert-references Dana Lee, Sam Ortiz 2026-11-20 overdue'));
    });
    it('is done by references_alerted, and only while waiting', async () => {
      assert.ok(!(await actionsOf([...base, 'references: [Dana]', 'references_alerted: 2026-11-19'])).some((a) => a.startsWith('alert-references')));
      assert.ok(!(await actionsOf([...base, 'references: [Dana]', 'status: offer'])).some((a) => a.startsWith('alert-references')));
      assert.ok(!(await actionsOf([...base, 'references: []'])).some((a) => a.startsWith('alert-references')));
    });
  });

  describe('follow-up-call', () => {
    it('opens a week after the interview and is due after ten days, moved back to a working day', async () => {
      // D + 10 = Sun 11-29 -> Fri 11-27; opens D + 7 = Thu 11-26.
      assert.ok((await actionsOf(base)).includes('follow-up-call - 2026-11-27 opens 2026-11-26 upcoming'));
    });
    it('is due sooner when the employer decides sooner', async () => {
      const soon = [...base.filter((l) => !l.startsWith('decision_expected')), 'decision_expected: 2026-11-23'];
      // BD(Mon 11-23, 1) = Tue 11-24; opens min(D + 7, due) = 11-24.
      assert.ok((await actionsOf(soon)).includes('follow-up-call - 2026-11-24 opens 2026-11-24 overdue'));
    });
    it('is never due before the interview, even when the decision day written is earlier (which is reported)', async () => {
      const slip = [...base.filter((l) => !l.startsWith('decision_expected')), 'decision_expected: 2026-11-01'];
      assert.ok((await actionsOf(slip)).includes('follow-up-call - 2026-11-19 opens 2026-11-19 overdue'));
      const { parseNote } = await import('../../src/core/notes/note');
      const problems = parseNote(note(slip)).problems;
      assert.deepEqual(problems.map((p) => [p.code, p.severity]), [['field-invalid', 'warning']]);
      assert.match(problems[0].message, /decision_expected \(2026-11-01\) is before the interview \(2026-11-19\)/);
    });
    it('moves back over holidays too', async () => {
      const actions = await actionsOf(base, '2026-11-25', {}, { 'interviewFollowUp.holidays': ['2026-11-26', '2026-11-27'] });
      assert.ok(actions.includes('follow-up-call - 2026-11-25 opens 2026-11-25 today'));
    });
    it('follows the followUpCallDays setting', async () => {
      const actions = await actionsOf(base, '2026-11-25', {}, { 'interviewFollowUp.followUpCallDays': [3, 5] });
      assert.ok(actions.includes('follow-up-call - 2026-11-24 opens 2026-11-20 overdue'));
    });
    it('is done by a follow-up logged on or after the interview day', async () => {
      const sameDay = await actionsOf([...base, 'follow_ups:', '  - date: 2026-11-19']);
      assert.ok(!sameDay.some((a) => a.startsWith('follow-up-call')));
      const before = await actionsOf([...base, 'follow_ups:', '  - date: 2026-11-18']);
      assert.ok(before.some((a) => a.startsWith('follow-up-call')));
    });
  });

  describe('follow-up-again', () => {
    it('is due on the last follow-up\'s next day', async () => {
      const actions = await actionsOf([...base, 'follow_ups:', '  - date: 2026-11-20', '  - date: 2026-11-27', '    next: 2026-12-02']);
      assert.ok(actions.includes('follow-up-again - 2026-12-02 upcoming'));
    });
    it('is due a week after the last follow-up without next, on a working day', async () => {
      // 11-21 (Sat) + 7 = Sat 11-28 -> Fri 11-27
      const actions = await actionsOf([...base, 'follow_ups:', '  - date: 2026-11-20', '    next: 2026-11-23', '  - date: 2026-11-21']);
      assert.ok(actions.includes('follow-up-again - 2026-11-27 upcoming'));
      const interval = await actionsOf([...base, 'follow_ups:', '  - date: 2026-11-20'], '2026-11-25', {}, { 'interviewFollowUp.followUpIntervalDays': 3 });
      assert.ok(interval.includes('follow-up-again - 2026-11-23 overdue'));
    });
    it('appears only while waiting', async () => {
      const actions = await actionsOf([...base, 'status: accepted', 'follow_ups:', '  - date: 2026-11-20']);
      assert.ok(!actions.some((a) => a.startsWith('follow-up-again')));
    });
  });

  describe('leverage-offer', () => {
    const offer = note(['type: interview', 'company: Umbrella', 'date: 2026-11-01', 'status: offer', 'status_date: 2026-11-20', 'interviewers:', '  - name: A', '    title: B', '    thank_you_sent: 2026-11-02']);
    it('is due a business day after another interview\'s offer', async () => {
      const actions = await actionsOf(base, '2026-11-25', { 'offer.md': offer });
      assert.ok(actions.includes('leverage-offer - 2026-11-23 overdue'));
    });
    it('is done by a follow-up logged after the offer\'s date', async () => {
      const after = await actionsOf([...base, 'follow_ups:', '  - date: 2026-11-21'], '2026-11-25', { 'offer.md': offer });
      assert.ok(!after.some((a) => a.startsWith('leverage-offer')));
      const same = await actionsOf([...base, 'follow_ups:', '  - date: 2026-11-20'], '2026-11-25', { 'offer.md': offer });
      assert.ok(same.some((a) => a.startsWith('leverage-offer')));
    });
    it('is not for the offering interview itself, nor for interviews not waiting', async () => {
      const all = await schedule({ 'offer.md': offer, 'a.md': note([...base, 'status: rejected', 'status_date: 2026-11-20']) }, '2026-11-25');
      assert.ok(!all.some((a) => a.kind === 'leverage-offer'));
    });
    it('is one action per waiting interview however many offers, naming the offering companies', async () => {
      const globex = offer.replace('Umbrella', 'Globex').replace('2026-11-20', '2026-11-18');
      const all = await schedule({ 'a.md': note(base), 'offer.md': offer, 'offer2.md': globex, 'z-other.md': other }, '2026-11-25');
      const mine = all.filter((a) => a.kind === 'leverage-offer' && a.file === 'a.md');
      assert.equal(mine.length, 1);
      assert.equal(mine[0].title, 'Tell Acme you have offers from Globex and Umbrella');
      assert.equal(mine[0].person, null);
      // Due a business day after the earliest offer not yet followed up on (Globex, Wed 18 Nov).
      assert.equal(brief(mine)[0], 'leverage-offer - 2026-11-19 overdue');
    });
    it('after a follow-up, only newer offers count; it is never due before the interview', async () => {
      const globex = offer.replace('Umbrella', 'Globex').replace('2026-11-20', '2026-11-18');
      const followed = await schedule({ 'a.md': note([...base, 'follow_ups:', '  - date: 2026-11-19']), 'offer.md': offer, 'offer2.md': globex, 'z-other.md': other }, '2026-11-25');
      const mine = followed.filter((a) => a.kind === 'leverage-offer' && a.file === 'a.md');
      assert.deepEqual(mine.map((a) => a.title), ['Tell Acme you have an offer from Umbrella']);
      const early = offer.replace('2026-11-20', '2026-10-01');
      const later = await actionsOf(base, '2026-11-25', { 'offer.md': early });
      assert.ok(later.includes('leverage-offer - 2026-11-19 overdue'), later.join('\n'));
    });
    it('names at most three companies in its title', async () => {
      const extra: Record<string, string> = {};
      for (const name of ['Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot']) extra[`offer-${name}.md`] = offer.replace('Umbrella', name);
      const mine = (await schedule({ 'a.md': note(base), 'z-other.md': other, ...extra }, '2026-11-25')).filter((a) => a.kind === 'leverage-offer' && a.file === 'a.md');
      assert.equal(mine.length, 1);
      assert.equal(mine[0].title, 'Tell Acme you have offers from Bravo, Charlie and 3 others');
    });
  });

  describe('network', () => {
    it('is due two business days after a rejection and closed only by done.network', async () => {
      const rejected = [...base, 'status: rejected', 'status_date: 2026-11-20'];
      assert.ok((await actionsOf(rejected)).includes('network - 2026-11-24 overdue'));
      assert.ok(!(await actionsOf([...rejected, 'done:', '  network: 2026-11-25'])).some((a) => a.startsWith('network')));
    });
  });

  describe('keep-searching', () => {
    it('appears when at most one interview is waiting, workspace-wide, undated', async () => {
      const one = await schedule({ 'a.md': note(base) }, '2026-11-25');
      const hint = one.find((a) => a.kind === 'keep-searching');
      assert.deepEqual([hint?.file, hint?.company, hint?.due, hint?.state], [null, null, null, 'undated']);
      assert.equal(one[one.length - 1].kind, 'keep-searching', 'undated actions come last');
      const none = await schedule({}, '2026-11-25');
      assert.deepEqual(none.map((a) => a.kind), ['keep-searching']);
    });
    it('is done while more than one interview is waiting', async () => {
      const two = await schedule({ 'a.md': note(base), 'b.md': other }, '2026-11-25');
      assert.ok(!two.some((a) => a.kind === 'keep-searching'));
      const oneWaiting = await schedule({ 'a.md': note(base), 'b.md': other.replace('type: interview', 'type: interview\nstatus: rejected') }, '2026-11-25');
      assert.ok(oneWaiting.some((a) => a.kind === 'keep-searching'));
    });
  });

  describe('withdraw (an offer accepted elsewhere)', () => {
    // Umbrella accepted on Tuesday 2026-11-24: BD(a, 1) is Wednesday 2026-11-25.
    const accepted = note(['type: interview', 'company: Umbrella', 'date: 2026-11-10', 'status: accepted', 'status_date: 2026-11-24', 'interviewers:', '  - name: U', '    title: CEO', '    thank_you_sent: 2026-11-11']);
    const interview = (company: string, extra: string[]) => note(['type: interview', `company: ${company}`, 'date: 2026-11-16', 'decision_expected: 2026-11-20', 'references: [Dana]',
      'interviewers:', '  - name: Mia Wong', '    title: Lead', ...extra]);
    const journal = {
      'accepted.md': accepted,
      // waiting, a follow-up logged: follow-up-again and leverage-offer would be open
      'a.md': interview('Acme', ['follow_ups:', '  - date: 2026-11-18']),
      // waiting, nothing logged: follow-up-call would be open
      'b.md': interview('Globex', []),
      // an offer of its own
      'c.md': interview('Initech', ['status: offer', 'status_date: 2026-11-19']),
      'd.md': interview('Hooli', ['status: rejected', 'status_date: 2026-11-20']),
      'e.md': interview('Pied Piper', ['status: withdrawn', 'status_date: 2026-11-21']),
    };

    it('accepting an offer yields exactly one withdraw per other open interview, and none of their follow-up actions', async () => {
      const all = await schedule(journal, '2026-11-25');
      const withdraws = all.filter((a) => a.kind === 'withdraw');
      assert.deepEqual(withdraws.map((a) => a.file), ['a.md', 'b.md', 'c.md'], 'one per waiting or offer interview, none for the rejected, withdrawn or accepted one');
      assert.deepEqual(brief(withdraws), ['withdraw - 2026-11-25 today', 'withdraw - 2026-11-25 today', 'withdraw - 2026-11-25 today']);
      assert.equal(withdraws[0].title, 'Tell Acme you have accepted an offer from Umbrella and withdraw');
      assert.deepEqual(all.filter((a) => ['follow-up-call', 'follow-up-again', 'leverage-offer'].includes(a.kind)), []);
      assert.ok(!all.some((a) => a.kind === 'keep-searching'), 'an accepted offer ends the search');
    });
    it('leaves the thank-yous (and the rest) in place', async () => {
      const all = await schedule(journal, '2026-11-25');
      assert.deepEqual(all.filter((a) => a.kind === 'thank-you').map((a) => a.file), ['a.md', 'b.md', 'c.md', 'd.md', 'e.md']);
      assert.ok(all.some((a) => a.kind === 'network' && a.file === 'd.md'));
    });
    it('without the acceptance, the same notes have their follow-ups and offer to mention', async () => {
      const { 'accepted.md': _, ...rest } = journal;
      const kinds = (await schedule(rest, '2026-11-25')).map((a) => `${a.file} ${a.kind}`);
      assert.ok(kinds.includes('a.md follow-up-again') && kinds.includes('a.md leverage-offer') && kinds.includes('b.md follow-up-call'));
      assert.ok(!kinds.some((k) => k.endsWith('withdraw')));
    });
    it('is done by status withdrawn or rejected, or done.withdraw', async () => {
      for (const extra of [['status: withdrawn'], ['status: rejected'], ['done:', '  withdraw: 2026-11-25']]) {
        const all = await schedule({ ...journal, 'b.md': interview('Globex', extra) }, '2026-11-25');
        assert.ok(!all.some((a) => a.kind === 'withdraw' && a.file === 'b.md'), extra.join(' '));
      }
    });
    it('is never due before the interview, and undated when the acceptance has no status_date', async () => {
      const later = note(['type: interview', 'company: Later', 'date: 2026-12-01', 'interviewers:', '  - name: X', '    title: Y']);
      const all = await schedule({ 'accepted.md': accepted, 'later.md': later }, '2026-11-25');
      assert.deepEqual(brief(all.filter((a) => a.kind === 'withdraw')), ['withdraw - 2026-12-01 upcoming']);
      const undated = await schedule({ 'accepted.md': accepted.replace('status_date: 2026-11-24\n', ''), 'later.md': later }, '2026-11-25');
      assert.deepEqual(brief(undated.filter((a) => a.kind === 'withdraw')), ['withdraw - undated undated']);
    });
    it('names every accepted company and has no person', async () => {
      const second = accepted.replace('Umbrella', 'Soylent').replace('2026-11-24', '2026-11-26');
      const all = await schedule({ ...journal, 'accepted2.md': second }, '2026-11-27');
      const b = all.find((a) => a.kind === 'withdraw' && a.file === 'b.md')!;
      assert.equal(b.title, 'Tell Globex you have accepted an offer from Umbrella and Soylent and withdraw');
      assert.equal(b.person, null);
      assert.equal(all.filter((a) => a.kind === 'withdraw' && a.file === 'b.md').length, 1);
    });
  });

  describe('done and snooze', () => {
    const open = [...base.slice(0, 5), '  - name: Raj', '    title: Engineer', 'references: [Dana]'];
    it('done.<kind> closes every action of that kind', async () => {
      const actions = await actionsOf([...open, 'done:', '  thank-you: 2026-11-21', '  alert-references: 2026-11-21']);
      assert.ok(!actions.some((a) => a.startsWith('thank-you') || a.startsWith('alert-references')));
    });
    it('done.follow-up-again and done.leverage-offer close what was due then; a newer follow-up or offer opens them again', async () => {
      const followed = [...base, 'follow_ups:', '  - date: 2026-11-20'];
      assert.ok(!(await actionsOf([...followed, 'done:', '  follow-up-again: 2026-11-24'])).some((a) => a.startsWith('follow-up-again')));
      const newer = [...base, 'follow_ups:', '  - date: 2026-11-20', '  - date: 2026-11-25', 'done:', '  follow-up-again: 2026-11-24'];
      assert.ok((await actionsOf(newer, '2026-12-10')).some((a) => a.startsWith('follow-up-again')), 'a follow-up logged after it was done');
      const offer = note(['type: interview', 'company: Umbrella', 'date: 2026-11-01', 'status: offer', 'status_date: 2026-11-20', 'interviewers:', '  - name: A', '    title: B', '    thank_you_sent: 2026-11-02']);
      assert.ok(!(await actionsOf([...base, 'done:', '  leverage-offer: 2026-11-21'], '2026-11-25', { 'offer.md': offer })).some((a) => a.startsWith('leverage-offer')));
      const later = offer.replace('Umbrella', 'Globex').replace('2026-11-20', '2026-11-23');
      assert.ok((await actionsOf([...base, 'done:', '  leverage-offer: 2026-11-21'], '2026-11-25', { 'offer.md': offer, 'offer2.md': later })).some((a) => a.startsWith('leverage-offer')), 'an offer that came after');
    });
    it('snooze.<kind> hides an action until its day', async () => {
      const snoozed = [...open, 'snooze:', '  thank-you: 2026-11-26'];
      assert.ok(!(await actionsOf(snoozed)).some((a) => a.startsWith('thank-you')));
      assert.ok((await actionsOf(snoozed, '2026-11-26')).some((a) => a.startsWith('thank-you')));
    });
  });

  it('states: overdue, today, upcoming', async () => {
    const thanks = (today: string) => actionsOf([...base.slice(0, 5), '  - name: Raj', '    title: Engineer'], today).then((a) => a.find((x) => x.startsWith('thank-you')));
    assert.equal(await thanks('2026-11-22'), 'thank-you Raj 2026-11-23 upcoming');
    assert.equal(await thanks('2026-11-23'), 'thank-you Raj 2026-11-23 today');
    assert.equal(await thanks('2026-11-24'), 'thank-you Raj 2026-11-23 overdue');
  });

  it('sorts by due day with undated last, then by file', async () => {
    const all = await schedule({ 'b.md': note(base.slice(0, 4)), 'a.md': note(base.slice(0, 4)), 'c.md': note([...base, 'status: rejected']) }, '2026-11-25');
    const days = all.map((a) => a.due);
    const dated = days.filter((d) => d !== null) as number[];
    assert.deepEqual(dated, [...dated].sort((x, y) => x - y));
    assert.deepEqual(days.slice(dated.length), [null]);
    assert.equal(all[dated.length].kind, 'network');
    assert.deepEqual(all.slice(0, 2).map((a) => a.file), ['a.md', 'b.md']);
  });

  it('skips date-based actions of a note whose date is invalid, but keeps the note', async () => {
    const all = await schedule({ 'a.md': note(['type: interview', 'company: A', 'date: soon', 'status: rejected', 'status_date: 2026-11-20']) }, '2026-11-25');
    assert.deepEqual(brief(all), ['network - 2026-11-24 overdue', 'keep-searching - undated undated']);
  });
});

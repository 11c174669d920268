import assert from 'node:assert/strict';
import { reminderFor } from '../../src/core/schedule/reminders';
import { resolveSettings } from '../../src/core/shared/settings';
import { statusSummary } from '../../src/core/present/statusSummary';
import type { ActionState, DueAction } from '../../src/core/shared/types';
import { day } from './helpers';

const today = day('2026-11-25');

function action(state: ActionState, title = `a ${state} action`): DueAction {
  const due = state === 'overdue' ? day('2026-11-20') : state === 'today' ? today : state === 'upcoming' ? day('2026-11-30') : null;
  return { kind: 'follow-up-call', file: 'a.md', company: 'Acme', person: null, title, due, opens: null, state, advice: '' };
}

const mix = [action('today'), action('today'), action('overdue'), action('upcoming'), action('undated')];

describe('the daily reminder', () => {
  it('summarises what fell due: "2 follow-ups due today, 1 overdue"', () => {
    assert.deepEqual(reminderFor({ actions: mix, today, lastReminded: undefined, setting: 'on' }), { message: '2 follow-ups due today, 1 overdue.', dueToday: 2, overdue: 1 });
    assert.equal(reminderFor({ actions: [action('overdue'), action('overdue')], today, lastReminded: undefined, setting: 'on' })?.message, '2 follow-ups overdue.');
    assert.equal(reminderFor({ actions: [action('today'), action('today'), action('today')], today, lastReminded: undefined, setting: 'on' })?.message, '3 follow-ups due today.');
  });

  it('names the action when there is only one', () => {
    assert.equal(
      reminderFor({ actions: [action('today', 'Call Acme to follow up'), action('upcoming')], today, lastReminded: undefined, setting: 'on' })?.message,
      '1 follow-up due today: Call Acme to follow up.',
    );
    assert.equal(reminderFor({ actions: [action('overdue', 'Send a thank-you note to Raj Patel at Acme')], today, lastReminded: undefined, setting: 'on' })?.message,
      '1 follow-up overdue: Send a thank-you note to Raj Patel at Acme.');
  });

  it('reminds at most once a day: not again on the day it reminded, again the next day', () => {
    assert.equal(reminderFor({ actions: mix, today, lastReminded: today, setting: 'on' }), undefined);
    assert.ok(reminderFor({ actions: mix, today, lastReminded: day('2026-11-24'), setting: 'on' }));
    // A clock set back (or a day remembered from the future) never reminds twice.
    assert.equal(reminderFor({ actions: mix, today, lastReminded: day('2026-11-26'), setting: 'on' }), undefined);
  });

  it('says nothing when nothing is due today or overdue', () => {
    assert.equal(reminderFor({ actions: [action('upcoming'), action('undated')], today, lastReminded: undefined, setting: 'on' }), undefined);
    assert.equal(reminderFor({ actions: [], today, lastReminded: undefined, setting: 'on' }), undefined);
  });

  it('with "overdue", reminds only when something is overdue; with "off", never', () => {
    assert.equal(reminderFor({ actions: [action('today')], today, lastReminded: undefined, setting: 'overdue' }), undefined);
    assert.equal(reminderFor({ actions: mix, today, lastReminded: undefined, setting: 'overdue' })?.message, '2 follow-ups due today, 1 overdue.');
    assert.equal(reminderFor({ actions: mix, today, lastReminded: undefined, setting: 'off' }), undefined);
  });
});

describe('the status-bar summary', () => {
  it('warns only while something is overdue', () => {
    assert.deepEqual(statusSummary(mix, true), { visible: true, text: '$(bell-dot) 1 overdue', tooltip: 'Interview Follow-Up: 1 overdue, 2 due today. Click to see them.', warning: true });
  });

  it('is quiet otherwise: no colour when something is due today, hidden when nothing is', () => {
    assert.deepEqual(statusSummary([action('today'), action('upcoming')], true), { visible: true, text: '$(bell) 1 due today', tooltip: 'Interview Follow-Up: 0 overdue, 1 due today. Click to see them.', warning: false });
    assert.equal(statusSummary([action('upcoming'), action('undated')], true).visible, false);
    assert.equal(statusSummary([action('upcoming'), action('undated')], true).warning, false);
    assert.equal(statusSummary(mix, false).visible, false, 'hidden before the first interview note');
  });
});

describe('the settings of reminders, calendar alarms and letters', () => {
  it('reads them, with defaults', () => {
    const { settings, problems } = resolveSettings({});
    assert.deepEqual([settings.reminders, settings.calendarAlarmTime, settings.lettersFolder], ['on', '09:00', '']);
    assert.deepEqual(problems, []);
    const custom = resolveSettings({ 'interviewFollowUp.reminders': 'overdue', 'interviewFollowUp.calendarAlarmTime': '07:45', 'interviewFollowUp.lettersFolder': 'letters' });
    assert.deepEqual([custom.settings.reminders, custom.settings.calendarAlarmTime, custom.settings.lettersFolder], ['overdue', '07:45', 'letters']);
  });

  it('refuses values that are not one, naming the setting', () => {
    const { settings, problems } = resolveSettings({ interviewFollowUp: { reminders: 'sometimes', calendarAlarmTime: '9am' } });
    assert.deepEqual([settings.reminders, settings.calendarAlarmTime], ['on', '09:00']);
    assert.equal(problems.length, 2);
    assert.match(problems[0], /interviewFollowUp\.reminders must be one of on, overdue, off/);
    assert.match(problems[1], /interviewFollowUp\.calendarAlarmTime must be a time of day as HH:mm/);
    assert.equal(resolveSettings({ 'interviewFollowUp.calendarAlarmTime': '24:00' }).problems.length, 1);
  });
});

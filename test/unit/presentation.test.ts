import assert from 'node:assert/strict';
import { cs, de, enGB, enUS, fr, ja, pt, ru, zhCN } from 'date-fns/locale';
import { dateLocaleFor, knownDateLocales } from '../../src/core/present/dateLocale';
import { addDays, dayFromCivil, parseDay } from '../../src/core/shared/days';
import {
  actionDescription, actionTooltip, dueLabel, fullDate, interviewTimeLabel, relativeDay, shortDate, typedDateEcho, zonePlace,
} from '../../src/core/present/presentation';
import type { Day, DueAction } from '../../src/core/shared/types';

const TODAY = dayFromCivil(2026, 11, 25); // Wednesday
const day = (text: string) => parseDay(text)!;

function action(due: Day | null, extra: Partial<DueAction> = {}): DueAction {
  return {
    kind: 'follow-up-call', file: 'interviews/acme.md', company: 'Acme Corp', person: null, title: 'Call Acme Corp',
    due, opens: null, state: due === null ? 'undated' : due < TODAY ? 'overdue' : due === TODAY ? 'today' : 'upcoming',
    advice: 'Call within a week to ten days.', ...extra,
  };
}

describe('dates shown to a person (presentation)', () => {
  describe('the locale from VS Code\'s display language', () => {
    it('maps VS Code language ids to date-fns locales', () => {
      assert.equal(dateLocaleFor('de').code, 'de');
      assert.equal(dateLocaleFor('pt-br').code, 'pt-BR');
      assert.equal(dateLocaleFor('zh-cn').code, 'zh-CN');
      assert.equal(dateLocaleFor('zh-tw').code, 'zh-TW');
      assert.equal(dateLocaleFor('zh-hans').code, 'zh-CN');
      assert.equal(dateLocaleFor('de-ch').code, 'de', 'a region it lacks falls back to the language');
      assert.equal(dateLocaleFor('fr-ca').code, 'fr-CA');
    });
    it('is English when there is none', () => {
      assert.equal(dateLocaleFor(undefined).code, 'en-US');
      assert.equal(dateLocaleFor('').code, 'en-US');
      assert.equal(dateLocaleFor('tlh').code, 'en-US');
    });
    it('lets the system\'s region choose the English, and only the English', () => {
      assert.equal(dateLocaleFor('en', 'en-GB').code, 'en-GB');
      assert.equal(dateLocaleFor('en', 'en_AU').code, 'en-AU');
      assert.equal(dateLocaleFor('en', 'de-DE').code, 'en-US');
      assert.equal(dateLocaleFor('de', 'en-GB').code, 'de');
    });
    it('knows the languages VS Code is translated into', () => {
      for (const code of ['cs', 'de', 'es', 'fr', 'it', 'ja', 'ko', 'pl', 'pt-BR', 'ru', 'tr', 'zh-CN', 'zh-TW']) assert.ok(knownDateLocales().includes(code), code);
    });
  });

  describe('short and full dates', () => {
    it('follow the locale\'s order and names, with the year only when it is another', () => {
      const monday = day('2026-11-30');
      assert.equal(shortDate(monday, TODAY, enGB), 'Mon 30 Nov');
      assert.equal(shortDate(monday, TODAY, enUS), 'Mon Nov 30');
      assert.equal(shortDate(monday, TODAY, de), 'Mo. 30. Nov.');
      assert.equal(shortDate(monday, TODAY, fr), 'lun. 30 nov.');
      assert.equal(shortDate(monday, TODAY, ja), '月 11/30');
      assert.equal(shortDate(monday, TODAY, ru), 'пнд 30 нояб.');
      assert.equal(shortDate(monday, TODAY, cs), 'pon 30. 11.');
      assert.equal(shortDate(monday, TODAY, pt), 'seg 30 de nov');
      assert.equal(shortDate(monday, TODAY, zhCN), '周一 11-30');
      assert.equal(shortDate(day('2027-01-04'), TODAY, enGB), 'Mon 4 Jan 2027');
      assert.equal(shortDate(day('2027-01-04'), TODAY, enUS), 'Mon Jan 4, 2027');
    });
    it('write the whole date in the locale', () => {
      assert.equal(fullDate(day('2026-11-30'), enGB), 'Monday, 30 November 2026');
      assert.equal(fullDate(day('2026-11-30'), de), 'Montag, 30. November 2026');
    });
  });

  describe('relative days', () => {
    it('say today, tomorrow, yesterday and counts in English, the language of every sentence', () => {
      assert.deepEqual([0, 1, -1, 3, -3].map((n) => relativeDay(addDays(TODAY, n), TODAY)), ['today', 'tomorrow', 'yesterday', 'in 3 days', '3 days ago']);
    });
  });

  describe('the due label and description of a tree item', () => {
    it('says how far off the day is, then the date beyond a week', () => {
      const labels = [-15, -2, -1, 0, 1, 5, 6, 7, 40].map((n) => dueLabel(action(addDays(TODAY, n)), TODAY, enGB));
      assert.deepEqual(labels, ['15 d overdue', '2 d overdue', '1 d overdue', 'today', 'tomorrow', 'in 5 days', 'in 6 days', 'Wed 2 Dec', 'Mon 4 Jan 2027']);
      assert.equal(dueLabel(action(null), TODAY, enGB), 'no date');
    });
    it('keeps its words English in every display language, and "overdue" is never lost; only dates follow the locale', () => {
      assert.deepEqual([-24, -2, 0, 1, 5, 7].map((n) => dueLabel(action(addDays(TODAY, n)), TODAY, de)), ['24 d overdue', '2 d overdue', 'today', 'tomorrow', 'in 5 days', 'Mi. 2. Dez.']);
      assert.deepEqual([-3, 7].map((n) => dueLabel(action(addDays(TODAY, n)), TODAY, ja)), ['3 d overdue', dueLabel(action(addDays(TODAY, 7)), TODAY, ja)]);
      assert.match(actionTooltip(action(addDays(TODAY, -24)), TODAY, de), /24 days overdue: was due Sonntag, 1\. November 2026\./);
      assert.match(actionTooltip(action(addDays(TODAY, 5)), TODAY, fr), /Due in 5 days: lundi 30 novembre 2026\./);
    });
    it('leads with the due state, then the company: a narrow sidebar cuts the company, not how overdue', () => {
      assert.equal(actionDescription(action(addDays(TODAY, -2)), TODAY, enUS), '2 d overdue · Acme Corp');
      assert.equal(actionDescription(action(addDays(TODAY, -2)), TODAY, enUS, ['drafted']), '2 d overdue · drafted · Acme Corp');
      assert.equal(actionDescription(action(TODAY, { company: null }), TODAY, enUS), 'today');
    });
    it('keeps English as the default', () => {
      assert.equal(dueLabel(action(addDays(TODAY, 7)), TODAY), 'Wed Dec 2');
    });
  });

  describe('the tooltip', () => {
    it('says the due day once, relative and in full', () => {
      const tooltip = actionTooltip(action(day('2026-12-01')), TODAY, enGB);
      assert.match(tooltip, /^\*\*Call Acme Corp\*\*\n\nDue in 6 days: Tuesday, 1 December 2026\.\n\n\*Call within/);
      assert.equal(tooltip.match(/1 December|1 Dec|2026-12-01/g)?.length, 1);
    });
    it('says how overdue, and when it opens', () => {
      const tooltip = actionTooltip(action(day('2026-11-23'), { opens: day('2026-11-26') }), TODAY, enGB);
      assert.match(tooltip, /2 days overdue: was due Monday, 23 November 2026\./);
      assert.match(tooltip, /Makes sense from Thu 26 Nov on\./);
      assert.match(actionTooltip(action(TODAY), TODAY, enGB), /Due today: Wednesday, 25 November 2026\./);
    });
    it('shows the interview\'s time in the note\'s zone and the person\'s own', () => {
      const interview = { date: { day: day('2026-11-19'), minutes: 14 * 60 }, timezone: 'America/New_York', userTimeZone: 'Europe/Berlin' };
      assert.match(actionTooltip(action(TODAY), TODAY, enGB, { interview }), /\n\nInterview: Thu 19 Nov, 14:00 in New York \(20:00 your time\)\n/);
    });
  });

  describe('the interview\'s time', () => {
    const thursday = day('2026-11-19');
    it('converts from the note\'s zone to the person\'s', () => {
      assert.equal(interviewTimeLabel({ date: { day: thursday, minutes: 840 }, timezone: 'America/New_York', userTimeZone: 'Europe/London' }, TODAY, enGB), 'Thu 19 Nov, 14:00 in New York (19:00 your time)');
      assert.equal(interviewTimeLabel({ date: { day: thursday, minutes: 840 }, timezone: 'America/New_York', userTimeZone: 'Asia/Tokyo' }, TODAY, enUS), 'Thu Nov 19, 2:00 PM in New York (Fri Nov 20, 4:00 AM your time)');
      assert.equal(interviewTimeLabel({ date: { day: thursday, minutes: 60 }, timezone: 'Asia/Tokyo', userTimeZone: 'America/Los_Angeles' }, TODAY, enGB), 'Thu 19 Nov, 01:00 in Tokyo (Wed 18 Nov, 08:00 your time)');
    });
    it('says when the person is in the same zone', () => {
      assert.equal(interviewTimeLabel({ date: { day: thursday, minutes: 840 }, timezone: 'America/New_York', userTimeZone: 'America/Toronto' }, TODAY, enGB), 'Thu 19 Nov, 14:00 in New York (your time too)');
    });
    it('follows daylight saving time on the interview\'s day', () => {
      // New York is UTC-4 until 1 November 2026, UTC-5 after; London changes on 25 October.
      assert.equal(interviewTimeLabel({ date: { day: day('2026-10-28'), minutes: 600 }, timezone: 'America/New_York', userTimeZone: 'Europe/London' }, TODAY, enGB), 'Wed 28 Oct, 10:00 in New York (14:00 your time)');
      assert.equal(interviewTimeLabel({ date: { day: day('2026-10-21'), minutes: 600 }, timezone: 'America/New_York', userTimeZone: 'Europe/London' }, TODAY, enGB), 'Wed 21 Oct, 10:00 in New York (15:00 your time)');
    });
    it('uses an ISO offset when the date has one', () => {
      assert.equal(interviewTimeLabel({ date: { day: thursday, minutes: 840, offsetMinutes: -300 }, userTimeZone: 'Europe/Berlin' }, TODAY, enGB), 'Thu 19 Nov, 14:00 UTC−05:00 (20:00 your time)');
    });
    it('is the wall-clock time as written without a zone, and the day without a time', () => {
      assert.equal(interviewTimeLabel({ date: { day: thursday, minutes: 840 }, userTimeZone: 'Asia/Tokyo' }, TODAY, enGB), 'Thu 19 Nov, 14:00');
      assert.equal(interviewTimeLabel({ date: { day: thursday }, timezone: 'America/New_York', userTimeZone: 'Asia/Tokyo' }, TODAY, enGB), 'Thu 19 Nov');
    });
    it('names a zone by its place', () => {
      assert.equal(zonePlace('America/New_York'), 'New York');
      assert.equal(zonePlace('America/Argentina/Buenos_Aires'), 'Buenos Aires');
      assert.equal(zonePlace('Etc/UTC'), 'UTC');
      assert.equal(zonePlace('Etc/GMT+5'), 'GMT+5');
    });
  });

  it('echoes a typed date with its canonical text first', () => {
    assert.equal(typedDateEcho({ day: day('2026-11-27'), text: '2026-11-27 14:00' }, TODAY, enGB), '2026-11-27 14:00 · Friday, 27 November 2026 (in 2 days)');
  });

  it('shows the same days in every time zone', () => {
    const zones = ['UTC', 'America/Los_Angeles', 'America/Sao_Paulo', 'America/St_Johns', 'Europe/London', 'Asia/Beirut', 'Asia/Kathmandu', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
    const days = [day('2018-11-04'), day('2026-03-29'), day('2026-10-25'), day('2026-11-01'), TODAY, day('2026-12-31')];
    const saved = process.env.TZ;
    try {
      const outputs = zones.map((zone) => {
        process.env.TZ = zone;
        return JSON.stringify(days.flatMap((d) => [-9, -1, 0, 1, 4, 12].flatMap((n) => [enGB, de, ja].map((locale) => actionTooltip(action(addDays(d, n), { opens: addDays(d, n - 3) }), d, locale, {
          interview: { date: { day: d, minutes: 9 * 60 }, timezone: 'America/New_York', userTimeZone: 'Asia/Kolkata' },
        }))).concat(dueLabel(action(addDays(d, 20)), d, enUS))));
      });
      outputs.forEach((output, i) => assert.equal(output, outputs[0], zones[i]));
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

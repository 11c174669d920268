import assert from 'node:assert/strict';
import { dateInputExamples, parseDateInput, type DateDirection } from '../../src/core/present/dateInput';
import { addDays, dayFromCivil, parseDay } from '../../src/core/shared/days';
import type { Day } from '../../src/core/shared/types';

const WED = dayFromCivil(2026, 11, 25); // Wednesday 25 November 2026

function read(text: string, direction: DateDirection = 'past', today: Day = WED, allowTime = true): string {
  const r = parseDateInput(text, { today, direction, allowTime, nowMinutes: 9 * 60 + 41 });
  return r.ok ? r.value.text : `ERR ${r.message}`;
}

function day(text: string): Day {
  return parseDay(text)!;
}

const TIME_ZONES = ['UTC', 'America/Los_Angeles', 'America/New_York', 'America/Sao_Paulo', 'America/Santiago', 'America/St_Johns', 'Europe/London', 'Asia/Beirut', 'Asia/Kathmandu', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];

describe('typed dates (dateInput)', () => {
  describe('the forms of the issue, read on Wednesday 2026-11-25', () => {
    const cases: [string, DateDirection, string][] = [
      ['2026-11-19 14:00', 'past', '2026-11-19 14:00'],
      ['2026-11-19', 'future', '2026-11-19'],
      ['2026-11-19T14:00', 'past', '2026-11-19 14:00'],
      ['today 14:00', 'past', '2026-11-25 14:00'],
      ['today at 2pm', 'past', '2026-11-25 14:00'],
      ['yesterday', 'past', '2026-11-24'],
      ['tomorrow', 'future', '2026-11-26'],
      ['fri', 'past', '2026-11-20'],
      ['fri', 'future', '2026-11-27'],
      ['next friday', 'past', '2026-11-27'],
      ['next friday', 'future', '2026-11-27'],
      ['last fri', 'future', '2026-11-20'],
      ['19 Nov', 'past', '2026-11-19'],
      ['Nov 19 2pm', 'past', '2026-11-19 14:00'],
      ['in 3 days', 'future', '2026-11-28'],
      ['3 days ago', 'past', '2026-11-22'],
    ];
    for (const [text, direction, expected] of cases) {
      it(`"${text}" (${direction}) is ${expected}`, () => assert.equal(read(text, direction), expected));
    }
  });

  describe('other ways people write them', () => {
    const cases: [string, string][] = [
      ['  Today  ', '2026-11-25'],
      ['TOMORROW', '2026-11-26'],
      ['tmrw', '2026-11-26'],
      ['on friday', '2026-11-20'],
      ['Thursday', '2026-11-19'],
      ['thurs', '2026-11-19'],
      ['19 November', '2026-11-19'],
      ['November 19', '2026-11-19'],
      ['November 19th, 2026', '2026-11-19'],
      ['19th of November 2026', '2026-11-19'],
      ['Nov 19, 2026', '2026-11-19'],
      ['nov 19 2026 9:30', '2026-11-19 09:30'],
      ['Thu 19 Nov, 14:00', '2026-11-19 14:00'],
      ['19 Nov 2:30 p.m.', '2026-11-19 14:30'],
      ['2pm tomorrow', '2026-11-26 14:00'],
      ['14:00', '2026-11-25 14:00'],
      ['at 9:15', '2026-11-25 09:15'],
      ['12am', '2026-11-25 00:00'],
      ['12pm', '2026-11-25 12:00'],
      ['noon', '2026-11-25 12:00'],
      ['now', '2026-11-25 09:41'],
      ['in a week', '2026-12-02'],
      ['in 2 weeks', '2026-12-09'],
      ['a week ago', '2026-11-18'],
      ['in one day', '2026-11-26'],
      ['in 2 months', '2027-01-25'],
      ['19/11/2026', '2026-11-19'],
      ['11/19/2026', '2026-11-19'],
      ['19.11.2026', '2026-11-19'],
      ['19.11.', '2026-11-19'],
      ['sept 3', '2026-09-03'],
    ];
    for (const [text, expected] of cases) {
      it(`"${text}" is ${expected}`, () => assert.equal(read(text), expected));
    }
  });

  describe('a bare weekday points the way the question does', () => {
    it('past: the most recent one, today included', () => {
      assert.equal(read('wed', 'past'), '2026-11-25');
      assert.equal(read('tue', 'past'), '2026-11-24');
      assert.equal(read('thu', 'past'), '2026-11-19');
    });
    it('future: the next one after today (today is "today")', () => {
      assert.equal(read('wed', 'future'), '2026-12-02');
      assert.equal(read('thu', 'future'), '2026-11-26');
      assert.equal(read('tue', 'future'), '2026-12-01');
    });
    it('"next" and "last" never mean today, whichever way the question points', () => {
      for (const direction of ['past', 'future'] as const) {
        assert.equal(read('next wed', direction), '2026-12-02');
        assert.equal(read('last wed', direction), '2026-11-18');
        assert.equal(read('next thu', direction), '2026-11-26');
        assert.equal(read('last tue', direction), '2026-11-24');
      }
    });
    it('every weekday from every weekday lands within a week, on that weekday', () => {
      const names = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
      for (let offset = 0; offset < 7; offset++) {
        const today = addDays(WED, offset);
        names.forEach((name, index) => {
          const past = parseDateInput(name, { today, direction: 'past' });
          const future = parseDateInput(name, { today, direction: 'future' });
          assert.ok(past.ok && future.ok);
          assert.ok(past.value.day <= today && past.value.day > today - 7, `${name} past`);
          assert.ok(future.value.day > today && future.value.day <= today + 7, `${name} future`);
          assert.equal((((past.value.day + 4) % 7) + 7) % 7, index);
          assert.equal((((future.value.day + 4) % 7) + 7) % 7, index);
        });
      }
    });
  });

  describe('a day without a year', () => {
    it('past: this year when it has come, else last year', () => {
      assert.equal(read('19 Nov', 'past'), '2026-11-19');
      assert.equal(read('25 Nov', 'past'), '2026-11-25');
      assert.equal(read('26 Nov', 'past'), '2025-11-26');
      assert.equal(read('2 Dec', 'past'), '2025-12-02');
    });
    it('future: from today on, else next year', () => {
      assert.equal(read('25 Nov', 'future'), '2026-11-25');
      assert.equal(read('2 Dec', 'future'), '2026-12-02');
      assert.equal(read('19 Nov', 'future'), '2027-11-19');
    });
    it('crosses the year boundary both ways', () => {
      const newYearsEve = day('2026-12-31');
      const newYearsDay = day('2027-01-01');
      assert.equal(read('1 Jan', 'future', newYearsEve), '2027-01-01');
      assert.equal(read('31 Dec', 'past', newYearsDay), '2026-12-31');
      assert.equal(read('tomorrow', 'future', newYearsEve), '2027-01-01');
      assert.equal(read('yesterday', 'past', newYearsDay), '2026-12-31');
      assert.equal(read('in 3 days', 'future', newYearsEve), '2027-01-03');
      assert.equal(read('fri', 'past', newYearsDay), '2027-01-01');
      assert.equal(read('thu', 'past', newYearsDay), '2026-12-31');
    });
    it('crosses month ends, leap days included', () => {
      assert.equal(read('tomorrow', 'future', day('2028-02-28')), '2028-02-29');
      assert.equal(read('tomorrow', 'future', day('2026-02-28')), '2026-03-01');
      assert.equal(read('in 1 month', 'future', day('2026-01-31')), '2026-02-28');
      assert.equal(read('in 1 month', 'future', day('2028-01-31')), '2028-02-29');
      assert.equal(read('a month ago', 'past', day('2026-03-31')), '2026-02-28');
      assert.equal(read('in 2 days', 'future', day('2026-04-30')), '2026-05-02');
    });
    it('29 February goes to the nearest leap year in the question\'s direction', () => {
      assert.equal(read('29 Feb', 'past'), '2024-02-29');
      assert.equal(read('29 Feb', 'future'), '2028-02-29');
      assert.equal(read('29 Feb 2028'), '2028-02-29');
    });
  });

  describe('refusals, each with an example of what works', () => {
    const refused: [string, RegExp][] = [
      ['', /Enter a date, e\.g\. 2026-11-19/],
      ['xyz', /Can't read "xyz" as a date\. Try 2026-11-19 14:00, today 14:00/],
      ['19', /Can't read "19"/],
      ['next week', /"next week" is not one day: say which, e\.g\. next mon, in 7 days/],
      ['11/12/2026', /could be 11 December or 12 November: write the month as a word \(11 Dec\) or as YYYY-MM-DD/],
      ['3/4', /could be 3 April or 4 March/],
      ['31 Nov', /November has no day 31/],
      ['30 Feb 2026', /February has no day 30 in 2026/],
      ['2026-02-30', /"2026-02-30" is not a real day/],
      ['2026-13-01', /not a real day/],
      ['Fri 19 Nov 2026', /2026-11-19 is a Thursday, not a Friday/],
      ['19 Nov 14:00 pm', /"14:00 pm" is not a time of day/],
      ['25:00', /"25:00" is not a time of day/],
      ['13pm', /"13pm" is not a time of day/],
      ['in many days', /Can't count "many"/],
      ['32/12/2026', /not a real day/],
    ];
    for (const [text, message] of refused) {
      it(`refuses "${text}"`, () => assert.match(read(text), message));
    }

    it('refuses a time where only a day is asked for', () => {
      assert.match(read('today 14:00', 'past', WED, false), /Only a day is needed here, without a time: e\.g\. 2026-11-19, today, tomorrow/);
      assert.equal(read('now', 'past', WED, false), '2026-11-25');
    });

    it('gives examples that it reads itself', () => {
      for (const allowTime of [false, true]) {
        for (const example of dateInputExamples(allowTime).replace(' or ', ', ').split(', ')) {
          const r = parseDateInput(example, { today: WED, direction: 'past', allowTime });
          assert.ok(r.ok, `${example}: ${r.ok ? '' : r.message}`);
        }
      }
    });
  });

  describe('results', () => {
    it('carry the day, the minutes and the canonical text', () => {
      assert.deepEqual(parseDateInput('Nov 19 2pm', { today: WED, direction: 'past', allowTime: true }), { ok: true, value: { day: day('2026-11-19'), minutes: 840, text: '2026-11-19 14:00' } });
      assert.deepEqual(parseDateInput('fri', { today: WED, direction: 'future' }), { ok: true, value: { day: day('2026-11-27'), text: '2026-11-27' } });
    });
    it('canonical text reads back as the same day', () => {
      for (const text of ['fri', '19 Nov', 'in 3 days', 'last mon', '2 Dec']) {
        const first = parseDateInput(text, { today: WED, direction: 'future' });
        assert.ok(first.ok);
        const again = parseDateInput(first.value.text, { today: WED, direction: 'past' });
        assert.ok(again.ok);
        assert.equal(again.value.day, first.value.day);
      }
    });
  });

  it('reads the same days in every time zone (DST at midnight included)', () => {
    const inputs = ['today 14:00', 'yesterday', 'fri', 'next fri', '19 Nov', 'Nov 19 2pm', 'in 3 days', '29 Feb', 'in 1 month', '2026-11-01', '4 Nov 2018', '12am', '1 Jan'];
    const todays = [WED, day('2018-11-04'), day('2026-03-29'), day('2026-10-25'), day('2026-12-31'), day('2028-02-29')];
    const saved = process.env.TZ;
    try {
      const outputs = TIME_ZONES.map((zone) => {
        process.env.TZ = zone;
        return JSON.stringify(todays.flatMap((today) => inputs.flatMap((text) => (['past', 'future'] as const).map((direction) => read(text, direction, today)))));
      });
      outputs.forEach((output, i) => assert.equal(output, outputs[0], TIME_ZONES[i]));
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

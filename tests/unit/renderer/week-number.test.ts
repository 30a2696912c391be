// The week-number rule every view shares: a week, starting on the user's first weekday, takes
// the ISO number of its Thursday. Around the turns of 2026→2027 (2026 has 53 ISO weeks; 27
// December 2026 is a Sunday) and 2027→2028 (52 weeks), for weeks from Sunday, Monday and
// Saturday, and mid-year; checked against luxon's own ISO numbers; and as FullCalendar's day
// and week views compute it, through its own date environment and luxon zone plugin, in zones
// where midnight has no instant on the day clocks go forward.
import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { DateEnv } from '@fullcalendar/core/internal';
import luxonPlugin from '@fullcalendar/luxon3';
import {
  fullCalendarWeekNumber,
  weekNumberOf,
} from '../../../src-renderer/calendar/model/week-number';
import { addDays, isoDateIn } from '../../../src-renderer/calendar/model/display-dates';

const SUNDAY = 0;
const MONDAY = 1;
const SATURDAY = 6;
const FROM: Record<number, string> = {
  [SUNDAY]: 'Sunday',
  [MONDAY]: 'Monday',
  [SATURDAY]: 'Saturday',
};

const TABLE: { firstDay: number; date: string; week: number }[] = [
  // Weeks from Sunday.
  { firstDay: SUNDAY, date: '2026-12-20', week: 52 },
  { firstDay: SUNDAY, date: '2026-12-26', week: 52 },
  // Sunday 27 December 2026 to Saturday 2 January 2027: its Thursday is 2026's 31 December.
  { firstDay: SUNDAY, date: '2026-12-27', week: 53 },
  { firstDay: SUNDAY, date: '2027-01-01', week: 53 },
  { firstDay: SUNDAY, date: '2027-01-02', week: 53 },
  { firstDay: SUNDAY, date: '2027-01-03', week: 1 },
  // Sunday 26 December 2027 to Saturday 1 January 2028: Thursday 30 December, 2027 has 52.
  { firstDay: SUNDAY, date: '2027-12-26', week: 52 },
  { firstDay: SUNDAY, date: '2028-01-01', week: 52 },
  { firstDay: SUNDAY, date: '2028-01-02', week: 1 },
  // Weeks from Monday: ISO's own weeks.
  { firstDay: MONDAY, date: '2025-12-29', week: 1 },
  { firstDay: MONDAY, date: '2026-12-28', week: 53 },
  { firstDay: MONDAY, date: '2027-01-03', week: 53 },
  { firstDay: MONDAY, date: '2027-01-04', week: 1 },
  { firstDay: MONDAY, date: '2027-12-27', week: 52 },
  { firstDay: MONDAY, date: '2028-01-02', week: 52 },
  { firstDay: MONDAY, date: '2028-01-03', week: 1 },
  // Weeks from Saturday: Saturday 26 December 2026 to Friday 1 January 2027, then the week
  // of Thursday 7 January; Saturday 25 to Friday 31 December 2027, then that of 6 January.
  { firstDay: SATURDAY, date: '2026-12-25', week: 52 },
  { firstDay: SATURDAY, date: '2026-12-26', week: 53 },
  { firstDay: SATURDAY, date: '2027-01-01', week: 53 },
  { firstDay: SATURDAY, date: '2027-01-02', week: 1 },
  { firstDay: SATURDAY, date: '2027-12-25', week: 52 },
  { firstDay: SATURDAY, date: '2027-12-31', week: 52 },
  { firstDay: SATURDAY, date: '2028-01-01', week: 1 },
  // Mid-year: Wednesday 10 June 2026 is in ISO week 24 whichever day its week starts on; the
  // days after it start week 25 on Saturday, Sunday or Monday as the week does.
  { firstDay: SUNDAY, date: '2026-06-10', week: 24 },
  { firstDay: MONDAY, date: '2026-06-10', week: 24 },
  { firstDay: SATURDAY, date: '2026-06-10', week: 24 },
  { firstDay: SATURDAY, date: '2026-06-13', week: 25 },
  { firstDay: SUNDAY, date: '2026-06-13', week: 24 },
  { firstDay: SUNDAY, date: '2026-06-14', week: 25 },
  { firstDay: MONDAY, date: '2026-06-14', week: 24 },
  { firstDay: MONDAY, date: '2026-06-15', week: 25 },
];

describe('weekNumberOf', () => {
  it.each(TABLE.map((row) => ({ ...row, from: FROM[row.firstDay] })))(
    'weeks from $from: $date is in week $week',
    ({ firstDay, date, week }) => {
      expect(weekNumberOf(date, firstDay)).toBe(week);
    },
  );

  it('gives weeks from Monday their ISO number, and every week one number, one more than the last or 1', () => {
    for (let firstDay = 0; firstDay < 7; firstDay++) {
      let previous = weekNumberOf('2025-11-30', firstDay);
      for (let day = '2025-12-01'; day < '2029-02-01'; day = addDays(day, 1)) {
        const week = weekNumberOf(day, firstDay);
        const weekday = DateTime.fromISO(day, { zone: 'UTC' }).weekday % 7;
        if (weekday !== firstDay) expect(week, `${day} from ${firstDay}`).toBe(previous);
        else expect([previous + 1, 1], `${day} from ${firstDay}`).toContain(week);
        if (firstDay === MONDAY) expect(week).toBe(DateTime.fromISO(day).weekNumber);
        previous = week;
      }
    }
  });
});

/**
 * FullCalendar's date handling for a calendar in `zone` whose weeks start on `firstDay`, as
 * CalendarView sets it up: the luxon plugin's zones, our rule as weekNumberCalculation.
 */
function fullCalendarDates(zone: string, firstDay: number): DateEnv {
  return new DateEnv({
    timeZone: zone,
    namedTimeZoneImpl: luxonPlugin.namedTimeZonedImpl,
    calendarSystem: 'gregory',
    firstDay,
    weekNumberCalculation: fullCalendarWeekNumber(zone, firstDay),
    locale: {
      codeArg: 'en',
      codes: ['en'],
      week: { dow: 0, doy: 4 },
      simpleNumberFormat: new Intl.NumberFormat('en'),
      options: {},
    } as unknown as ConstructorParameters<typeof DateEnv>[0]['locale'],
  });
}

/** The number the day and week views show for a view starting on `date`. */
function shownBy(dates: DateEnv, date: string): number {
  // Their header asks for the first day drawn: a marker, that day's midnight as if in UTC.
  return dates.computeWeekNumber(new Date(`${date}T00:00:00Z`));
}

describe('fullCalendarWeekNumber', () => {
  const zones = ['Europe/Berlin', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];

  it('gives a day view, and a week view from its first day, the number the month grid gives', () => {
    for (const zone of zones) {
      for (const firstDay of [SUNDAY, MONDAY, SATURDAY]) {
        const dates = fullCalendarDates(zone, firstDay);
        for (let day = '2026-12-19'; day < '2027-01-17'; day = addDays(day, 1)) {
          expect(shownBy(dates, day), `${zone} ${day} from ${firstDay}`).toBe(
            weekNumberOf(day, firstDay),
          );
        }
      }
    }
  });

  it.each([
    { zone: 'America/Santiago', sunday: '2026-09-06' },
    { zone: 'America/Havana', sunday: '2026-03-08' },
    { zone: 'Asia/Beirut', sunday: '2026-03-29' },
  ])('numbers a Sunday whose midnight $zone skips by that Sunday', ({ zone, sunday }) => {
    const dates = fullCalendarDates(zone, SUNDAY);
    // FullCalendar hands over an instant of the Saturday before, there.
    expect(isoDateIn(dates.toDate(new Date(`${sunday}T00:00:00Z`)), zone)).toBe(
      addDays(sunday, -1),
    );
    expect(shownBy(dates, sunday)).toBe(weekNumberOf(sunday, SUNDAY));
    expect(shownBy(dates, sunday)).toBe(weekNumberOf(addDays(sunday, -1), SUNDAY) + 1);
  });
});

// The month grid's geometry: which six weeks a month shows from the first weekday, which
// columns a week row has, and where the chips the thinning kept sit: spans clipped to each
// week row, the lowest free lane in the thinning's order (bars above timed events), "+N
// more" under its day's chips, hidden weekends left out, and a drag by whole days.
import { describe, expect, it } from 'vitest';
import {
  layoutWeeks,
  monthRange,
  shiftedByDays,
  shiftedOccurrence,
  weekColumns,
  type WeekRow,
} from '../../../src-renderer/calendar/model/month-layout';
import { thinMonth } from '../../../src-renderer/calendar/model/month-thinning';
import { dayBounds, daySpan } from '../../../src-renderer/calendar/model/grid-days';
import type { Occurrence } from '../../../src-renderer/calendar/model/types';
import { plainOccurrence as occ } from './fixtures';

/** Each row's chips as "key:first-last@lane", in the order they were placed. */
function placed(rows: WeekRow[]): string[][] {
  return rows.map((row) =>
    row.chips.map((c) => `${c.occurrence.key}:${c.first}-${c.last}@${c.lane}`),
  );
}

const MONDAY_FIRST = weekColumns(1, false);

describe('monthRange', () => {
  it('shows six weeks from the first weekday on or before the 1st, as midnights in the zone', () => {
    const june = monthRange('2026-06-17', 1, 'Europe/Berlin');
    expect(june.days).toHaveLength(42);
    expect(june.days[0]).toBe('2026-06-01');
    expect(june.days[41]).toBe('2026-07-12');
    expect(june.start.toISOString()).toBe('2026-05-31T22:00:00.000Z');
    expect(june.end.toISOString()).toBe('2026-07-12T22:00:00.000Z');
    expect(june.currentStart.toISOString()).toBe('2026-05-31T22:00:00.000Z');
    expect(june.currentEnd.toISOString()).toBe('2026-06-30T22:00:00.000Z');
    // Weeks from Sunday start the day before; from Saturday, two days before.
    expect(monthRange('2026-06-01', 0, 'UTC').days[0]).toBe('2026-05-31');
    expect(monthRange('2026-06-30', 6, 'UTC').days[0]).toBe('2026-05-30');
  });
});

describe('weekColumns', () => {
  it('starts on the first weekday and leaves Saturday and Sunday out when weekends are hidden', () => {
    expect(MONDAY_FIRST).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(weekColumns(0, false)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(weekColumns(0, true)).toEqual([1, 2, 3, 4, 5]);
    expect(weekColumns(6, true)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('layoutWeeks', () => {
  const { days } = monthRange('2026-06-10', 1, 'UTC');

  it('clips a bar to each week row it crosses and says where it starts and ends', () => {
    const trip = occ('trip', '2026-06-12', '2026-06-17'); // Friday 12 to Tuesday 16
    const rows = layoutWeeks({ shown: [trip], more: [] }, days, 'UTC', MONDAY_FIRST);
    expect(placed(rows)[1]).toEqual(['trip:4-6@0']);
    expect(placed(rows)[2]).toEqual(['trip:0-1@0']);
    expect(rows[1]!.chips[0]).toMatchObject({ startsHere: true, endsHere: false, bar: true });
    expect(rows[2]!.chips[0]).toMatchObject({ startsHere: false, endsHere: true, bar: true });
    // A bar running past the grid is clipped to it.
    const long = occ('long', '2026-07-10', '2026-08-01');
    const last = layoutWeeks({ shown: [long], more: [] }, days, 'UTC', MONDAY_FIRST)[5]!;
    expect(last.chips[0]).toMatchObject({ first: 4, last: 6, startsHere: true, endsHere: false });
  });

  it('gives each chip the lowest lane free over its columns, in the thinning’s order', () => {
    const list = [
      occ('early', '2026-06-09T08:00:00Z', '2026-06-09T09:00:00Z'), // Tuesday
      occ('bar', '2026-06-08', '2026-06-10'), // Monday and Tuesday
      occ('wed', '2026-06-10T07:00:00Z', '2026-06-10T08:00:00Z'),
      occ('conf', '2026-06-09T09:00:00Z', '2026-06-11T17:00:00Z'), // timed over three days
    ];
    const thinned = thinMonth(
      list,
      { start: new Date(`${days[0]}T00:00:00Z`), end: new Date('2026-07-13T00:00:00Z') },
      'UTC',
      5,
    );
    // The thinning puts bars (longer first) before timed events.
    expect(thinned.shown.map((o) => o.key)).toEqual(['conf', 'bar', 'early', 'wed']);
    const rows = layoutWeeks(thinned, days, 'UTC', MONDAY_FIRST);
    expect(placed(rows)[1]).toEqual(['conf:1-3@0', 'bar:0-1@1', 'early:1-1@2', 'wed:2-2@1']);
    expect(rows[1]!.chips.find((c) => c.occurrence.key === 'conf')!.bar).toBe(true);
    expect(rows[1]!.chips.find((c) => c.occurrence.key === 'early')!.bar).toBe(false);
    expect(rows[1]!.lanes).toBe(3);
  });

  it('puts "+N more" in the lane under its day’s last chip', () => {
    const crowd = Array.from({ length: 6 }, (_, i) =>
      occ(`s${i}`, `2026-06-18T0${i}:00:00Z`, `2026-06-18T0${i}:30:00Z`),
    );
    const range = {
      start: new Date('2026-06-01T00:00:00Z'),
      end: new Date('2026-07-13T00:00:00Z'),
    };
    const thinned = thinMonth(crowd, range, 'UTC', 3);
    const row = layoutWeeks(thinned, days, 'UTC', MONDAY_FIRST)[2]!;
    expect(placed([row])[0]).toEqual(['s0:3-3@0', 's1:3-3@1']);
    expect(row.more).toEqual([{ column: 3, lane: 2, entry: thinned.more[0] }]);
    expect(row.more[0]!.entry).toMatchObject({ date: '2026-06-18', hidden: 4 });
    expect(row.lanes).toBe(3);
  });

  it('leaves hidden weekends out: a bar over one is cut to the weekdays, a weekend event is not drawn', () => {
    const weekdays = weekColumns(1, true);
    const list = [
      occ('fri-mon', '2026-06-12', '2026-06-16'),
      occ('saturday', '2026-06-13T10:00:00Z', '2026-06-13T11:00:00Z'),
    ];
    const rows = layoutWeeks({ shown: list, more: [] }, days, 'UTC', weekdays);
    expect(rows[1]!.days).toEqual([
      '2026-06-08',
      '2026-06-09',
      '2026-06-10',
      '2026-06-11',
      '2026-06-12',
    ]);
    expect(placed(rows)[1]).toEqual(['fri-mon:4-4@0']);
    expect(placed(rows)[2]).toEqual(['fri-mon:0-0@0']);
  });
});

describe('daySpan', () => {
  const { days } = monthRange('2026-06-10', 1, 'Europe/Berlin');
  const indexOf = new Map(days.map((d, i) => [d, i]));
  const berlin = dayBounds(days, 'Europe/Berlin');
  const utc = dayBounds(days, 'UTC');

  it('reads a timed event’s days in the zone, and one ending at midnight stays on its day', () => {
    // 23:30 UTC on the 9th is already the 10th in Berlin.
    const late = occ('late', '2026-06-09T23:30:00Z', '2026-06-10T00:30:00Z');
    expect(daySpan(late, days, indexOf, berlin)?.span).toEqual([9, 9]);
    expect(daySpan(late, days, indexOf, utc)?.span).toEqual([8, 9]);
    const toMidnight = occ('evening', '2026-06-10T20:00:00Z', '2026-06-10T22:00:00Z');
    expect(daySpan(toMidnight, days, indexOf, berlin)?.span).toEqual([9, 9]);
    // One from before the grid into it is clipped, and says so.
    const before = occ('before', '2026-05-20', '2026-06-03');
    expect(daySpan(before, days, indexOf, utc)).toEqual({
      span: [0, 1],
      before: true,
      after: false,
    });
    expect(daySpan(occ('before', '2026-05-01', '2026-05-02'), days, indexOf, utc)).toBeNull();
    // All-day ends are exclusive: ending on the first day shown, it is outside; ending the day
    // after the last day shown, it stops there; ending later, it goes on after.
    expect(daySpan(occ('eve', '2026-05-30', '2026-06-01'), days, indexOf, utc)).toBeNull();
    expect(daySpan(occ('last', '2026-07-10', '2026-07-13'), days, indexOf, utc)).toEqual({
      span: [39, 41],
      before: false,
      after: false,
    });
    expect(daySpan(occ('past', '2026-07-10', '2026-07-15'), days, indexOf, utc)).toEqual({
      span: [39, 41],
      before: false,
      after: true,
    });
    // A timed one running past the grid's last day.
    const night = occ('night', '2026-07-12T20:00:00Z', '2026-07-13T06:00:00Z');
    expect(daySpan(night, days, indexOf, utc)).toEqual({
      span: [41, 41],
      before: false,
      after: true,
    });
    expect(
      daySpan(occ('later', '2026-07-13T08:00:00Z', '2026-07-13T09:00:00Z'), days, indexOf, utc),
    ).toBeNull();
  });
});

describe('shiftedOccurrence', () => {
  it('copies a generated instance, whose fields are getters, with its new times', () => {
    const plain = occ('gen', '2026-06-10T12:00:00.000Z', '2026-06-10T13:00:00.000Z');
    // As series-expansion's instances: every field read through a getter on the prototype.
    const generated = Object.create(
      Object.fromEntries(Object.entries(plain).map(([name, value]) => [name, value])) as Occurrence,
    ) as Occurrence;
    expect(Object.keys(generated)).toEqual([]);
    const moved = shiftedOccurrence(generated, 1, 'UTC');
    expect(moved).toMatchObject({
      key: 'gen',
      event: plain.event,
      title: 'gen',
      allDay: false,
      start: '2026-06-11T12:00:00.000Z',
      endMs: Date.parse('2026-06-11T13:00:00.000Z'),
    });
  });
});

describe('shiftedByDays', () => {
  it('moves an all-day event by dates and a timed one to the same wall time, across summer time', () => {
    expect(shiftedByDays(occ('a', '2026-06-12', '2026-06-14'), 3, 'UTC')).toMatchObject({
      start: '2026-06-15',
      end: '2026-06-17',
    });
    // Friday 27 March 09:00 in Berlin (UTC+1) to Sunday 29 March 09:00 (UTC+2).
    const friday = occ('f', '2026-03-27T08:00:00.000Z', '2026-03-27T09:00:00.000Z');
    expect(shiftedByDays(friday, 2, 'Europe/Berlin')).toEqual({
      start: '2026-03-29T07:00:00.000Z',
      end: '2026-03-29T08:00:00.000Z',
      startMs: Date.parse('2026-03-29T07:00:00.000Z'),
      endMs: Date.parse('2026-03-29T08:00:00.000Z'),
    });
  });
});

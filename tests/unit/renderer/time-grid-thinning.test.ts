// Crowded day columns keep as many events side by side as fit and one "+N more" entry for
// the rest of each cluster; columns that fit, all-day and multi-day events are untouched.
import { describe, expect, it } from 'vitest';
import { thinTimeGrid } from '../../../src-renderer/calendar/model/time-grid-thinning';
import { plainOccurrence as occ } from './fixtures';

const WEEK = { start: new Date('2026-03-09T00:00:00Z'), end: new Date('2026-03-16T00:00:00Z') };

describe('thinTimeGrid', () => {
  it('leaves columns that fit as they are', () => {
    const list = [
      occ('a', '2026-03-10T09:00:00Z', '2026-03-10T10:00:00Z'),
      occ('b', '2026-03-10T09:00:00Z', '2026-03-10T10:00:00Z'),
      occ('c', '2026-03-10T09:30:00Z', '2026-03-10T11:00:00Z'),
    ];
    const { shown, more } = thinTimeGrid(list, WEEK, 'UTC', 3);
    expect(shown.map((o) => o.key).sort()).toEqual(['a', 'b', 'c']);
    expect(more).toEqual([]);
  });

  it('keeps columns − 1 side by side and counts the rest in one entry over their times', () => {
    const list = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id, i) =>
      occ(id, `2026-03-11T0${8 + (i % 2)}:00:00Z`, '2026-03-11T10:00:00Z'),
    );
    // A later cluster that fits stays whole.
    list.push(occ('late', '2026-03-11T15:00:00Z', '2026-03-11T16:00:00Z'));
    const { shown, more } = thinTimeGrid(list, WEEK, 'UTC', 3);
    expect(shown).toHaveLength(3);
    expect(shown.map((o) => o.key)).toContain('late');
    expect(more).toEqual([
      {
        date: '2026-03-11',
        hidden: 5,
        startMs: Date.parse('2026-03-11T08:00:00Z'),
        endMs: Date.parse('2026-03-11T10:00:00Z'),
      },
    ]);
  });

  it('never hides all-day or multi-day events, and counts per day in the display zone', () => {
    const crowd = Array.from({ length: 4 }, (_, i) =>
      occ(`t${i}`, '2026-03-12T23:00:00Z', '2026-03-12T23:45:00Z'),
    );
    const list = [
      ...crowd,
      occ('allday', '2026-03-12', '2026-03-13'),
      occ('long', '2026-03-12T20:00:00Z', '2026-03-14T08:00:00Z'),
    ];
    // In Berlin 23:00 UTC is midnight of the 13th.
    const { shown, more } = thinTimeGrid(list, WEEK, 'Europe/Berlin', 2);
    expect(shown.map((o) => o.key)).toEqual(expect.arrayContaining(['allday', 'long']));
    expect(more).toEqual([expect.objectContaining({ date: '2026-03-13', hidden: 3 })]);
  });
});

// The same event in two Google accounts is shown once: the rule (which copy wins) on its
// own, then where the views get their occurrences (the range queries, series included),
// and the search, each with the real Dexie database underneath.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Calendar, CalendarEvent } from '../../../src-preload/model/event';
import {
  compareCopies,
  copyStanding,
  oneCopyEach,
  type EventCopy,
} from '../../../src-preload/model/event-copies';
import { loadOccurrences } from '../../../src-renderer/db/queries';
import { buildSearchIndex, search } from '../../../src-renderer/search/search-index';
import { switchedCopy } from '../../../src-renderer/calendar/model/account-copies';
import { freshDb, range, timed } from './fixtures';

const WORK = 'ada@work.example';
const HOME = 'ada@home.example';
const calendar = (id: string): Calendar => ({
  id,
  account: id,
  summary: id,
  color: '#039be5',
  accessRole: 'owner',
  syncEnabled: true,
  primary: true,
});

/** The invitation's copy in `calendarId`: organized at work, `home` answering as a guest. */
function copy(
  id: string,
  calendarId: string,
  answer: 'accepted' | 'tentative' | 'needsAction' | 'declined' | 'organizer',
  extra: Partial<CalendarEvent> = {},
): CalendarEvent {
  return timed(id, '2026-03-03T09:00', '2026-03-03T10:00', 'UTC', {
    calendarId,
    summary: 'Planning',
    iCalUID: 'planning@google.com',
    organizer: { email: WORK, self: answer === 'organizer' },
    attendees: [
      { email: WORK, organizer: true, responseStatus: 'accepted' },
      {
        email: HOME,
        self: answer !== 'organizer',
        responseStatus: answer === 'organizer' ? 'needsAction' : answer,
      },
    ],
    google: { etag: '"1"', updated: '2026-02-01T00:00:00.000Z' },
    ...extra,
  });
}

const asCopy = (event: CalendarEvent): EventCopy => ({
  event,
  calendar: calendar(event.calendarId),
});

describe('which copy of an event in two accounts is shown', () => {
  it('the one the person organizes, then accepted, tentative, not answered, declined', () => {
    const order = ['organizer', 'accepted', 'tentative', 'needsAction', 'declined'] as const;
    const standings = order.map((a) => copyStanding(asCopy(copy(a, HOME, a))));
    expect(standings).toEqual([...standings].sort((a, b) => a - b));
    expect(new Set(standings).size).toBe(order.length);
  });

  it('between copies answered alike, the one answered first; a copy not yet on Google last', () => {
    const early = asCopy(
      copy('e', WORK, 'accepted', { google: { etag: '1', updated: '2026-01-01T00:00:00Z' } }),
    );
    const late = asCopy(
      copy('l', HOME, 'accepted', { google: { etag: '1', updated: '2026-02-01T00:00:00Z' } }),
    );
    const local = asCopy(copy('n', 'ada@third.example', 'accepted', { google: undefined }));
    expect([late, local, early].sort(compareCopies)).toEqual([early, late, local]);
  });

  it('shows one item per occurrence and account pair, in order, the others kept beside it', () => {
    const work = copy('w', WORK, 'organizer');
    const home = copy('h', HOME, 'accepted');
    const other = timed('x', '2026-03-03T11:00', '2026-03-03T12:00', 'UTC', { calendarId: HOME });
    const local = copy('l', 'local', 'accepted');
    const { shown, hidden } = oneCopyEach(
      [home, other, work, local],
      (e) => (e.calendarId === 'local' ? undefined : asCopy(e)),
      (e) => e.startMs,
    );
    expect(shown.map((e) => e.id)).toEqual(['x', 'w', 'l']);
    expect(hidden.get(work)?.map((e) => e.id)).toEqual(['h']);
    // Another occurrence of the same event is another pair.
    const later = copy('h2', HOME, 'accepted', { startMs: work.startMs + 86_400_000 });
    expect(oneCopyEach([work, later], asCopy, (e) => e.startMs).shown).toHaveLength(2);
    // Two copies in one account stay, as Google shows them.
    const second = copy('w2', WORK, 'accepted', { calendarId: WORK });
    expect(oneCopyEach([work, second], asCopy, (e) => e.startMs).shown).toHaveLength(2);
  });
});

describe('where the views and the search get their events', () => {
  it('draws the invitation once, from the organizer’s copy, which carries the other; a series’ occurrences likewise', async () => {
    const db = freshDb();
    await db.calendars.bulkAdd([calendar(WORK), calendar(HOME)]);
    const weekly = {
      summary: 'Weekly',
      recurrence: ['RRULE:FREQ=WEEKLY;COUNT=3'],
      iCalUID: 'weekly@google.com',
    };
    await db.events.bulkAdd([
      copy('homecopy', HOME, 'needsAction'),
      copy('workcopy', WORK, 'organizer'),
      copy('homeseries', HOME, 'accepted', { ...weekly, kind: 'master' }),
      copy('workseries', WORK, 'declined', { ...weekly, kind: 'master' }),
    ]);
    const occurrences = await loadOccurrences(
      db,
      range('2026-03-01T00:00:00Z', '2026-03-31T00:00:00Z'),
    );
    const planning = occurrences.filter((o) => o.event.iCalUID === 'planning@google.com');
    expect(planning.map((o) => o.event.id)).toEqual(['workcopy']);
    expect(planning[0]!.copies?.map((o) => o.event.id)).toEqual(['homecopy']);
    // The series: home accepted, work declined — three occurrences, each home's.
    const series = occurrences.filter((o) => o.event.iCalUID === 'weekly@google.com');
    expect(series.map((o) => o.event.id)).toEqual(['homeseries', 'homeseries', 'homeseries']);
    expect(series.map((o) => o.copies?.[0]?.event.id)).toEqual([
      'workseries',
      'workseries',
      'workseries',
    ]);

    // The look moved to the other copy carries the first, so the person can go back.
    const other = switchedCopy(planning[0]!, planning[0]!.copies![0]!);
    expect(other.event.id).toBe('homecopy');
    expect(other.copies?.map((o) => o.event.id)).toEqual(['workcopy']);
    expect(other.copies?.[0]?.copies).toBeUndefined();

    const index = buildSearchIndex(await db.events.toArray(), await db.calendars.toArray(), null);
    const found = search(index, 'planning', Date.parse('2026-03-01T00:00:00Z'));
    expect(found.hits.map((o) => o.event.id)).toEqual(['workcopy']);
    expect(found.hits[0]!.copies?.map((o) => o.event.id)).toEqual(['homecopy']);
    expect(
      search(index, 'weekly', Date.parse('2026-03-01T00:00:00Z')).hits.map((o) => o.event.id),
    ).toEqual(['homeseries']);
  });

  it('with one account, or events only alike in title, changes nothing', async () => {
    const db = freshDb();
    await db.calendars.bulkAdd([calendar(WORK), calendar(HOME)]);
    await db.events.bulkAdd([
      copy('a', WORK, 'organizer', { iCalUID: 'one@google.com' }),
      copy('b', HOME, 'accepted', { iCalUID: 'two@google.com' }),
      copy('c', WORK, 'accepted', { id: 'c' }),
      copy('d', WORK, 'organizer'),
    ]);
    const occurrences = await loadOccurrences(
      db,
      range('2026-03-01T00:00:00Z', '2026-03-08T00:00:00Z'),
    );
    expect(occurrences.map((o) => o.event.id).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(occurrences.every((o) => o.copies === undefined)).toBe(true);
  });
});

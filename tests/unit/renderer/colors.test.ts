// The colour rule: events are drawn and offered in Google's event palette as sync stored it
// (colors.get), under the names Google Calendar shows, matched by colorId; the built-in copy
// of Google's values applies only while none is stored; an event without a known colour takes
// its calendar's.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Calendar, EventPalette } from '../../../src-preload/model/event';
import {
  BUILT_IN_PALETTE,
  FALLBACK_COLOR,
  eventColors,
  occurrenceColor,
} from '../../../src-renderer/calendar/model/colors';
import { createDexieLocalStore } from '../../../src-renderer/db/local-store';
import { loadOccurrences } from '../../../src-renderer/db/queries';
import { prefetchAround } from '../../../src-renderer/db/event-window';
import { freshDb, range, timed } from './fixtures';

const calendar: Calendar = {
  id: 'local',
  summary: 'Mine',
  color: '#abcdef',
  accessRole: 'owner',
  syncEnabled: false,
};
/** Google's palette after a change of values (what colors.get says now), with one colour more. */
const google: EventPalette = {
  colors: {
    '1': { background: '#7986cb', foreground: '#1d1d1d' },
    '11': { background: '#d50000', foreground: '#ffffff' },
    '10': { background: '#0b8043', foreground: '#ffffff' },
    '12': { background: '#123456', foreground: '#ffffff' },
  },
  updated: '2030-01-01T00:00:00.000Z',
};

describe('occurrenceColor', () => {
  it("draws an event's colorId in the stored palette's value, not the built-in one", () => {
    const event = timed('a1234', '2026-03-10T09:00', '2026-03-10T10:00', 'UTC', { colorId: '11' });
    expect(occurrenceColor(event, calendar, google)).toBe('#d50000');
    expect(BUILT_IN_PALETTE.colors['11']?.background).not.toBe('#d50000');
  });

  it('uses the built-in palette while none is stored (never connected)', () => {
    const event = timed('a1234', '2026-03-10T09:00', '2026-03-10T10:00', 'UTC', { colorId: '11' });
    expect(occurrenceColor(event, calendar, null)).toBe('#dc2127');
    expect(occurrenceColor(event, calendar)).toBe('#dc2127');
  });

  it("falls back to the calendar's colour, then to the default, when the colorId names nothing", () => {
    const plain = timed('a1234', '2026-03-10T09:00', '2026-03-10T10:00', 'UTC');
    const unknown = timed('b1234', '2026-03-10T09:00', '2026-03-10T10:00', 'UTC', { colorId: '5' });
    expect(occurrenceColor(plain, calendar, google)).toBe('#abcdef');
    // '5' is in the built-in palette but not in Google's: Google's palette is the one that counts.
    expect(occurrenceColor(unknown, calendar, google)).toBe('#abcdef');
    expect(occurrenceColor(unknown, undefined, google)).toBe(FALLBACK_COLOR);
  });
});

describe('eventColors', () => {
  it("offers the stored palette's values under Google's names, matched by colorId, in Google's order", () => {
    expect(eventColors(google)).toEqual([
      { id: '1', name: 'Lavender', background: '#7986cb' },
      { id: '10', name: 'Basil', background: '#0b8043' },
      { id: '11', name: 'Tomato', background: '#d50000' },
      { id: '12', name: 'Colour 12', background: '#123456' },
    ]);
  });

  it("offers Google's eleven colours from the built-in copy while none is stored", () => {
    const offered = eventColors(null);
    expect(offered.map((c) => c.name)).toEqual([
      'Lavender',
      'Sage',
      'Grape',
      'Flamingo',
      'Banana',
      'Tangerine',
      'Peacock',
      'Graphite',
      'Blueberry',
      'Basil',
      'Tomato',
    ]);
    expect(offered[10]).toEqual({ id: '11', name: 'Tomato', background: '#dc2127' });
  });
});

describe('the views', () => {
  it('draw events, series and exceptions in the palette sync committed, and follow a new one at once', async () => {
    const db = freshDb();
    const store = createDexieLocalStore(db);
    await db.events.bulkAdd([
      timed('tomato1', '2026-03-10T09:00', '2026-03-10T10:00', 'UTC', { colorId: '11' }),
      timed('series1', '2026-03-09T12:00', '2026-03-09T13:00', 'UTC', {
        recurrence: ['RRULE:FREQ=DAILY;COUNT=3'],
        colorId: '1',
      }),
      timed('series1_20260310T120000Z', '2026-03-10T14:00', '2026-03-10T15:00', 'UTC', {
        recurringEventId: 'series1',
        originalStartTime: { dateTime: '2026-03-10T12:00:00Z' },
        colorId: '10',
      }),
    ]);
    const week = range('2026-03-09T00:00:00Z', '2026-03-16T00:00:00Z');
    const colours = async () =>
      Object.fromEntries((await loadOccurrences(db, week)).map((o) => [o.key, o.color]));
    expect((await colours()).tomato1).toBe('#dc2127');

    // Held in the in-memory window, and still the new palette shows at once.
    await prefetchAround(db, week.start.getTime(), week.end.getTime());
    expect(await store.commit({ eventPalette: google })).toEqual({ ok: true });
    expect(await colours()).toEqual({
      tomato1: '#d50000',
      series1_20260309T120000Z: '#7986cb',
      series1_20260310T120000Z: '#0b8043',
      series1_20260311T120000Z: '#7986cb',
    });
    expect(await db.palettes.get('event')).toEqual({ kind: 'event', ...google });
  });
});

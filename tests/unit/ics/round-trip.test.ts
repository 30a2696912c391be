// Export → import into an empty calendar gives back the same events, field for field, on
// generated calendars (fast-check) and on one large calendar. "The same" is the sync engine's
// own comparison (changedFields: a date-time is the same instant in the same zone, an absent
// value the same as Google's default), plus the record's kind, bounds and iCalendar-only
// properties. Into an empty calendar, ids come from UIDs: a Google UID gives back its id, any
// other a new one, under which the series' occurrences keep their stamps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedFields } from '../../../src-preload/model/fields';
import type { IcsEvent } from '../../../src-preload/ics/ics-calendar';
import { readIcs } from '../../../src-preload/ics/ics-reader';
import { writeIcs } from '../../../src-preload/ics/ics-writer';
import { calendarArbitrary, sampleCalendar, SELF, type StoredEvent } from './generated-calendar';

const NOW = new Date('2026-02-01T00:00:00Z');

describe('export → import into an empty calendar', () => {
  it('gives back the same events, field for field, on generated calendars', () => {
    fc.assert(
      fc.property(calendarArbitrary({ singles: [0, 30], series: [0, 12] }), (events) => {
        expectRoundTrip(events);
      }),
      { numRuns: Number(process.env.ALMANAC_ICS_RUNS ?? 40) },
    );
  });

  it('gives back the same events on a large calendar (2,000 single events, 200 series)', () => {
    const events = sampleCalendar(2000, 200, 7);
    expect(events.length).toBeGreaterThan(2200);
    expect(events.filter((e) => e.kind === 'exception').length).toBeGreaterThan(200);
    expectRoundTrip(events);
  });
});

function expectRoundTrip(events: StoredEvent[]): void {
  const { text, problems } = writeIcs(events, { name: 'Generated', now: NOW });
  expect(problems).toEqual([]);
  const read = readIcs(text, { zone: 'Europe/Paris', selfEmails: [SELF] });
  expect(read.problems).toEqual([]);
  expect(read.events).toHaveLength(events.length);

  const uidOf = (e: StoredEvent) => e.iCalUID ?? `${e.recurringEventId ?? e.id}@google.com`;
  const stampOf = (id: string) => id.slice(id.indexOf('_') + 1);
  const keyOf = (e: { kind: string; id: string; iCalUID?: string }, uid: string) =>
    e.kind === 'exception' ? `${uid}|${stampOf(e.id)}` : uid;
  const readBy = new Map<string, IcsEvent>(read.events.map((e) => [keyOf(e, e.iCalUID!), e]));
  const newIds = new Map<string, string>();
  for (const original of events.filter((e) => e.kind !== 'exception')) {
    const back = readBy.get(uidOf(original))!;
    newIds.set(original.id, back.id);
    if (uidOf(original) === `${original.id}@google.com`) expect(back.id).toBe(original.id);
  }
  for (const original of events) {
    const uid = uidOf(original);
    const back = readBy.get(keyOf(original, uid));
    expect(back, `${original.kind} ${original.id}`).toBeDefined();
    const expected = {
      ...original,
      iCalUID: uid,
      ...(original.recurringEventId
        ? { recurringEventId: newIds.get(original.recurringEventId) }
        : {}),
    };
    expect(changedFields(back!, expected), `${original.kind} “${original.summary}”`).toEqual([]);
    expect([back!.kind, back!.startMs, back!.endMs, back!.icsProperties]).toEqual([
      original.kind,
      original.startMs,
      original.endMs,
      original.icsProperties,
    ]);
  }
}

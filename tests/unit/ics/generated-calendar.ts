// Calendars of stored events as Almanac keeps them (and Google gives them), generated with
// fast-check for the export → import round trip: single events and series in many zones and
// all-day, with moved and cancelled occurrences, EXDATE and RDATE lines (their fields come
// from generated-fields.ts).
//
// What the iCalendar format itself cannot carry is not generated, and is said where it is:
// a time in the hour clocks go back that is its second occurrence (a TZID time there means
// the first, RFC 5545 §3.3.5); CR and other control characters in text (TEXT cannot hold
// them); a guest's name equal to their address (Google writes one for the other).
import fc from 'fast-check';
import type { EventDateTime, EventFields } from '../../../src-preload/model/event';
import { generatedInstance } from '../../../src-preload/model/generated-instance';
import { ianaOffsets, wallToInstant } from '../../../src-preload/ics/zone-offsets';
import {
  fieldsArbitrary,
  fieldsOnly,
  idArbitrary,
  isoDate,
  record,
  spanArbitrary,
  timed,
  uidArbitrary,
  unambiguous,
  utcStamp,
  wallStamp,
  type StoredEvent,
} from './generated-fields';

export { SELF, type StoredEvent } from './generated-fields';

export function calendarArbitrary(size: {
  singles: [number, number];
  series: [number, number];
}): fc.Arbitrary<StoredEvent[]> {
  return fc
    .tuple(
      fc.array(singleArbitrary(), { minLength: size.singles[0], maxLength: size.singles[1] }),
      fc.array(seriesArbitrary(), { minLength: size.series[0], maxLength: size.series[1] }),
    )
    .map(([singles, series]) => distinct([...singles, ...series.flat()]));
}

/** One fixed calendar of exactly this many single events and series. */
export function sampleCalendar(singles: number, series: number, seed = 42): StoredEvent[] {
  const [calendar] = fc.sample(
    calendarArbitrary({ singles: [singles, singles], series: [series, series] }),
    { seed, numRuns: 1 },
  );
  return calendar!;
}

// ---------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;

function singleArbitrary(): fc.Arbitrary<StoredEvent> {
  return fc
    .tuple(idArbitrary, fieldsArbitrary, spanArbitrary)
    .chain(([id, fields, span]) =>
      uidArbitrary(id).map((uid) =>
        record(id, 'single', { ...fields, ...span, ...(uid ? { iCalUID: uid } : {}) }),
      ),
    );
}

/** A master and its exceptions. */
function seriesArbitrary(): fc.Arbitrary<StoredEvent[]> {
  return fc
    .record({
      id: idArbitrary,
      fields: fieldsArbitrary,
      span: spanArbitrary,
      rule: fc.integer({ min: 0, max: 5 }),
      // Weeks after the start: which occurrences are excluded, moved, cancelled, added.
      weeks: fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: 0, maxLength: 8 }),
      roles: fc.array(fc.constantFrom('exdate', 'moved', 'cancelled', 'rdate'), {
        minLength: 8,
        maxLength: 8,
      }),
      moved: fc.array(fc.tuple(fieldsArbitrary, spanArbitrary), { minLength: 8, maxLength: 8 }),
      lineOrder: fc.boolean(),
    })
    .filter(({ span }) => {
      const start: EventDateTime = span.start;
      return start.timeZone !== undefined || start.date !== undefined;
    })
    .chain((series) => uidArbitrary(series.id).map((uid) => buildSeries(series, uid)))
    .filter((events) => events.length > 0);
}

function buildSeries(
  s: {
    id: string;
    fields: Partial<StoredEvent>;
    span: { start: EventDateTime; end: EventDateTime };
    rule: number;
    weeks: number[];
    roles: string[];
    moved: [Partial<StoredEvent>, { start: EventDateTime; end: EventDateTime }][];
    lineOrder: boolean;
  },
  uid: string | undefined,
): StoredEvent[] {
  const allDay = Boolean(s.span.start.date);
  const zone = s.span.start.timeZone ?? 'UTC';
  const startMs = allDay
    ? Date.parse(`${s.span.start.date}T00:00:00Z`)
    : Date.parse(s.span.start.dateTime!);
  // Occurrences k weeks on keep the wall-clock time in the series' zone.
  const offsets = ianaOffsets(zone);
  const wall = startMs + (allDay ? 0 : offsets(startMs) * 1000);
  const occurrence = (weeks: number): { original: EventDateTime; instant: number } | null => {
    const w = wall + weeks * 7 * DAY_MS;
    if (allDay) return { original: { date: isoDate(w) }, instant: w };
    const instant = wallToInstant(w, offsets);
    // A wall time skipped or repeated by a change of offset is not a clean occurrence.
    if (instant + offsets(instant) * 1000 !== w || !unambiguous(instant, zone)) return null;
    return { original: timed(instant, zone), instant };
  };
  const stamp = (o: { original: EventDateTime; instant: number }) =>
    allDay ? o.original.date!.replace(/-/g, '') : utcStamp(o.instant);
  const untilStamp = allDay
    ? utcStamp(wall + 30 * 7 * DAY_MS).slice(0, 8)
    : utcStamp(startMs + 30 * 7 * DAY_MS);
  const rule = [
    'RRULE:FREQ=WEEKLY',
    'RRULE:FREQ=DAILY;COUNT=400',
    `RRULE:FREQ=WEEKLY;UNTIL=${untilStamp}`,
    'RRULE:FREQ=WEEKLY;INTERVAL=1;WKST=SU',
    'RRULE:FREQ=DAILY;INTERVAL=7',
    'RRULE:FREQ=WEEKLY;COUNT=45',
  ][s.rule]!;
  const master = record(s.id, 'master', {
    ...s.fields,
    ...s.span,
    ...(uid ? { iCalUID: uid } : {}),
  });
  const exdates: string[] = [];
  const rdates: string[] = [];
  const exceptions: StoredEvent[] = [];
  s.weeks.forEach((weeks, k) => {
    const role = s.roles[k]!;
    const found = occurrence(role === 'rdate' ? weeks + 0.5 : weeks);
    if (!found) return;
    const value = allDay
      ? stamp(found)
      : zone === 'UTC'
        ? utcStamp(found.instant)
        : wallStamp(found.instant, offsets);
    if (role === 'exdate') exdates.push(value);
    else if (role === 'rdate') rdates.push(value);
    else {
      const id = `${s.id}_${stamp(found)}`;
      const { icsProperties: _p, ...masterFields } = master;
      const base =
        role === 'cancelled'
          ? {
              ...(generatedInstance(fieldsOnly(masterFields), s.id, found.original) as EventFields),
              status: 'cancelled' as const,
            }
          : {
              ...s.moved[k]![0],
              ...s.moved[k]![1],
              recurringEventId: s.id,
              originalStartTime: found.original,
            };
      const exception = record(id, 'exception', {
        ...(base as Partial<StoredEvent>),
        recurringEventId: s.id,
        originalStartTime: found.original,
        ...(uid ? { iCalUID: uid } : {}),
      });
      exceptions.push(exception);
    }
  });
  const params = allDay ? ';VALUE=DATE' : zone === 'UTC' ? '' : `;TZID=${zone}`;
  const lines = [rule];
  if (exdates.length > 0) lines.push(`EXDATE${params}:${exdates.join(',')}`);
  if (rdates.length > 0) lines.push(`RDATE${params}:${rdates.join(',')}`);
  master.recurrence = s.lineOrder ? lines : lines.reverse();
  return [master, ...exceptions];
}

/**
 * A calendar holds each id once, and each iCalUID once (a series' events share theirs):
 * a series that drew an id already taken (shrinking makes many) gets another, and one that
 * drew a taken iCalUID goes without, like an event made here.
 */
function distinct(events: StoredEvent[]): StoredEvent[] {
  const series = new Map<string, StoredEvent[]>();
  const groups: StoredEvent[][] = [];
  for (const event of events) {
    if (event.kind === 'exception') series.get(event.recurringEventId!)?.push(event);
    else {
      const group = [event];
      groups.push(group);
      series.set(event.id, group);
    }
  }
  const ids = new Set<string>();
  const uids = new Set<string>();
  const out: StoredEvent[] = [];
  groups.forEach((group, k) => {
    const oldId = group[0]!.id;
    const id = ids.has(oldId) ? `${oldId.slice(0, 20)}${k.toString(32).padStart(6, '0')}` : oldId;
    let uid = group[0]!.iCalUID;
    if (uid === `${oldId}@google.com`) uid = `${id}@google.com`;
    if (uid !== undefined && uids.has(uid)) uid = undefined;
    if (uids.has(`${id}@google.com`)) return;
    ids.add(id);
    uids.add(uid ?? `${id}@google.com`);
    for (const event of group) {
      const renamed: StoredEvent = {
        ...event,
        id: event === group[0] ? id : `${id}${event.id.slice(oldId.length)}`,
      };
      if (event.recurringEventId) renamed.recurringEventId = id;
      if (uid === undefined) delete renamed.iCalUID;
      else renamed.iCalUID = uid;
      out.push(renamed);
    }
  });
  return out;
}

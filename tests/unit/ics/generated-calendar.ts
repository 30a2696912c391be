// Calendars of stored events as Almanac keeps them (and Google gives them), generated with
// fast-check for the export → import round trip and for the benchmark: single events and
// series in many zones and all-day, with moved and cancelled occurrences, EXDATE and RDATE
// lines, guests, reminders, Google's own fields, and text full of what iCalendar escapes.
//
// What the iCalendar format itself cannot carry is not generated, and is said where it is:
// a time in the hour clocks go back that is its second occurrence (a TZID time there means
// the first, RFC 5545 §3.3.5); CR and other control characters in text (TEXT cannot hold
// them); a guest's name equal to their address (Google writes one for the other).
import fc from 'fast-check';
import { DateTime } from 'luxon';
import type {
  Attendee,
  CalendarEvent,
  EventDateTime,
  EventFields,
  Reminders,
} from '../../../src-preload/contract';
import { generatedInstance } from '../../../src-main/google/event-mapping';
import { ianaOffsets, wallToInstant } from '../../../src-preload/ics/zone-offsets';

export const SELF = 'me@example.org';

export const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Asia/Tokyo',
  'Australia/Sydney',
  'America/Sao_Paulo',
  'Asia/Kolkata',
  'Europe/London',
  'Pacific/Auckland',
  'UTC',
];

export type StoredEvent = CalendarEvent & {
  icsProperties?: { url?: string; categories?: string[] };
};

/** A calendar of `minSeries`–`maxSeries` series and `minSingles`–`maxSingles` single events. */
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

/** One fixed calendar of exactly this many single events and series, for the benchmark. */
export function sampleCalendar(singles: number, series: number, seed = 42): StoredEvent[] {
  const [calendar] = fc.sample(
    calendarArbitrary({ singles: [singles, singles], series: [series, series] }),
    { seed, numRuns: 1 },
  );
  return calendar!;
}

// ---------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const FROM = Date.UTC(2021, 0, 1);
const TO = Date.UTC(2030, 0, 1);

const idArbitrary = fc.string({
  unit: fc.constantFrom(...'0123456789abcdefghijklmnopqrstuv'),
  minLength: 26,
  maxLength: 26,
});

/** Text with what iCalendar escapes (, ; \ and line breaks), quotes, RFC 6868's ^, and any printable Unicode. */
const textUnit = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.constantFrom('a', 'b', ' ', 'é', 'ß', '日', '😀', '👩‍💻') },
  { weight: 1, arbitrary: fc.constantFrom(',', ';', ':', '\\', '"', "'", '\n', '\t', '^', '<b>') },
);
const text = (maxLength: number) => fc.string({ unit: textUnit, minLength: 1, maxLength });
const trimmedText = (maxLength: number) =>
  text(maxLength)
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '');

const emailArbitrary = fc
  .tuple(
    fc.string({
      unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789.'),
      minLength: 1,
      maxLength: 10,
    }),
    fc.constantFrom('example.com', 'example.org', 'exämple.test', 'corp.example'),
  )
  .map(([local, domain]) => `${local}@${domain}`);

const instantArbitrary = fc
  .integer({ min: FROM / 60_000, max: TO / 60_000 })
  .map((minutes) => minutes * 60_000);

function timed(instant: number, zone: string): EventDateTime {
  const dateTime = DateTime.fromMillis(instant, { zone }).toISO({ suppressMilliseconds: true })!;
  return { dateTime, timeZone: zone };
}

/** Whether the wall time of `instant` in `zone` reads back as `instant` (not the second of two). */
function unambiguous(instant: number, zone: string): boolean {
  const offsets = ianaOffsets(zone);
  return wallToInstant(instant + offsets(instant) * 1000, offsets) === instant;
}

const spanArbitrary = fc.oneof(
  fc
    .record({ start: instantArbitrary, minutes: fc.integer({ min: 0, max: 600 }) })
    .map(({ start, minutes }) => ({
      start: { dateTime: new Date(start).toISOString().replace('.000Z', 'Z') },
      end: { dateTime: new Date(start + minutes * 60_000).toISOString().replace('.000Z', 'Z') },
    })),
  fc
    .record({
      zone: fc.constantFrom(...ZONES),
      endZone: fc.option(fc.constantFrom(...ZONES), { nil: undefined }),
      start: instantArbitrary,
      minutes: fc.integer({ min: 0, max: 3 * 24 * 60 }),
    })
    .filter(
      ({ zone, endZone, start, minutes }) =>
        unambiguous(start, zone) && unambiguous(start + minutes * 60_000, endZone ?? zone),
    )
    .map(({ zone, endZone, start, minutes }) => ({
      start: timed(start, zone),
      end: timed(start + minutes * 60_000, endZone ?? zone),
    })),
  fc
    .record({
      day: fc.integer({ min: FROM / DAY_MS, max: TO / DAY_MS }),
      days: fc.integer({ min: 1, max: 14 }),
    })
    .map(({ day, days }) => ({
      start: { date: isoDate(day * DAY_MS) },
      end: { date: isoDate((day + days) * DAY_MS) },
    })),
);

const remindersArbitrary: fc.Arbitrary<Reminders | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant({ useDefault: true }),
  fc.constant({ useDefault: false }),
  fc
    .uniqueArray(
      fc.record({
        method: fc.constantFrom('popup' as const, 'email' as const),
        minutes: fc.integer({ min: 0, max: 40320 }),
      }),
      { minLength: 1, maxLength: 5, selector: (o) => `${o.method}${o.minutes}` },
    )
    .map((overrides) => ({
      useDefault: false,
      overrides: overrides.sort(
        (a, b) => a.minutes - b.minutes || a.method.localeCompare(b.method),
      ),
    })),
);

const specialTypeArbitrary = fc.constantFrom<Partial<EventFields>>(
  {},
  { eventType: 'default' },
  {
    eventType: 'focusTime',
    focusTimeProperties: { autoDeclineMode: 'declineNone', chatStatus: 'doNotDisturb' },
  },
  {
    eventType: 'workingLocation',
    workingLocationProperties: { type: 'homeOffice', homeOffice: {} },
  },
  { eventType: 'birthday', birthdayProperties: { type: 'birthday', contact: 'people/c12345' } },
);

/** The fields every event has, times aside. */
const fieldsArbitrary = fc
  .record(
    {
      status: fc.constantFrom('confirmed' as const, 'tentative' as const),
      summary: fc.oneof(fc.constant(''), text(60)),
      description: text(400),
      location: text(80),
      organizer: fc.record(
        { email: fc.oneof(emailArbitrary, fc.constant(SELF)), displayName: trimmedText(30) },
        { requiredKeys: ['email'] },
      ),
      guests: fc.uniqueArray(
        fc.record(
          {
            email: fc.oneof({ weight: 5, arbitrary: emailArbitrary }, fc.constant(SELF)),
            displayName: trimmedText(30),
            responseStatus: fc.constantFrom(
              'needsAction' as const,
              'accepted' as const,
              'declined' as const,
              'tentative' as const,
            ),
            optional: fc.constant(true),
            resource: fc.constant(true),
            comment: text(40),
          },
          { requiredKeys: ['email', 'responseStatus'] },
        ),
        { minLength: 1, maxLength: 6, selector: (a) => a.email.toLowerCase() },
      ),
      reminders: remindersArbitrary,
      transparency: fc.constantFrom('opaque' as const, 'transparent' as const),
      visibility: fc.constantFrom(
        'default' as const,
        'public' as const,
        'private' as const,
        'confidential' as const,
      ),
      colorId: fc.integer({ min: 1, max: 11 }).map(String),
      guestsCanModify: fc.boolean(),
      hangoutLink: fc.constant('https://meet.google.com/abc-defg-hij'),
      conferenceData: fc.constant({
        conferenceId: 'abc-defg-hij',
        entryPoints: [{ entryPointType: 'video', uri: 'https://meet.google.com/abc-defg-hij' }],
      }),
      creator: fc.record(
        { email: emailArbitrary, self: fc.boolean() },
        { requiredKeys: ['email'] },
      ),
      special: specialTypeArbitrary,
      url: fc.constantFrom('https://example.org/agenda?id=1&x=a,b', 'https://example.com/'),
      categories: fc.array(trimmedText(20), { minLength: 1, maxLength: 3 }),
    },
    { requiredKeys: ['status', 'summary', 'special'] },
  )
  .map(({ guests, special, url, categories, organizer, reminders, ...fields }) => {
    const out: Partial<StoredEvent> = { ...fields, ...special };
    if (reminders) out.reminders = reminders;
    if (organizer) {
      out.organizer = { ...organizer };
      if (organizer.email === SELF) out.organizer.self = true;
    }
    if (guests) {
      out.attendees = guests.map((g) => {
        const guest: Attendee = { ...g };
        if (guest.displayName?.toLowerCase() === guest.email.toLowerCase())
          delete guest.displayName;
        if (organizer && g.email.toLowerCase() === organizer.email.toLowerCase())
          guest.organizer = true;
        if (g.email === SELF) guest.self = true;
        return guest;
      });
    }
    if (url || categories)
      out.icsProperties = { ...(url ? { url } : {}), ...(categories ? { categories } : {}) };
    return out;
  });

/** iCalUIDs in the forms calendars write them: Google's, Exchange's, UUIDs, anything. */
const uidArbitrary = (id: string) =>
  fc.oneof(
    fc.constant(undefined),
    fc.constant(`${id}@google.com`),
    fc.uuid().map((u) => u.toUpperCase()),
    fc.string({ unit: fc.constantFrom(...'0123456789ABCDEF'), minLength: 112, maxLength: 112 }),
    trimmedText(60).map((t) => `${t}@example.com`),
  );

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

function record(id: string, kind: StoredEvent['kind'], fields: Partial<StoredEvent>): StoredEvent {
  const start = fields.start!;
  const end = fields.end!;
  const instant = (v: EventDateTime) =>
    v.date ? Date.parse(`${v.date}T00:00:00Z`) : Date.parse(v.dateTime!);
  return {
    status: 'confirmed',
    summary: '',
    ...fields,
    start,
    end,
    id,
    kind,
    calendarId: 'generated',
    startMs: instant(start),
    endMs: instant(end),
    localVersion: 1,
    updatedAt: '2026-01-01T00:00:00.000Z',
  } as StoredEvent;
}

function fieldsOnly(event: Partial<StoredEvent>): Partial<EventFields> {
  const {
    id: _i,
    kind: _k,
    calendarId: _c,
    startMs: _s,
    endMs: _e,
    localVersion: _l,
    updatedAt: _u,
    ...fields
  } = event as StoredEvent;
  return fields;
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

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function utcStamp(instant: number): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function wallStamp(instant: number, offsets: (ms: number) => number): string {
  return utcStamp(instant + offsets(instant) * 1000).slice(0, 15);
}

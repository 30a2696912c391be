// The parts of generated events (see generated-calendar.ts): ids, UIDs in every form,
// text full of what iCalendar escapes, guests, reminders, Google's own fields, and times in
// many zones, all-day or in UTC, avoiding only what the format cannot carry (said there).
import fc from 'fast-check';
import { DateTime } from 'luxon';
import type {
  Attendee,
  CalendarEvent,
  EventDateTime,
  EventFields,
  Reminders,
} from '../../../src-preload/model/event';
import { ianaOffsets, wallToInstant } from '../../../src-preload/ics/zone-offsets';

export const SELF = 'me@example.org';

const ZONES = [
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

// ---------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const FROM = Date.UTC(2021, 0, 1);
const TO = Date.UTC(2030, 0, 1);

export const idArbitrary = fc.string({
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

export function timed(instant: number, zone: string): EventDateTime {
  const dateTime = DateTime.fromMillis(instant, { zone }).toISO({ suppressMilliseconds: true })!;
  return { dateTime, timeZone: zone };
}

/** Whether the wall time of `instant` in `zone` reads back as `instant` (not the second of two). */
export function unambiguous(instant: number, zone: string): boolean {
  const offsets = ianaOffsets(zone);
  return wallToInstant(instant + offsets(instant) * 1000, offsets) === instant;
}

export const spanArbitrary = fc.oneof(
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
export const fieldsArbitrary = fc
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
export const uidArbitrary = (id: string) =>
  fc.oneof(
    fc.constant(undefined),
    fc.constant(`${id}@google.com`),
    fc.uuid().map((u) => u.toUpperCase()),
    fc.string({ unit: fc.constantFrom(...'0123456789ABCDEF'), minLength: 112, maxLength: 112 }),
    trimmedText(60).map((t) => `${t}@example.com`),
  );

export function record(
  id: string,
  kind: StoredEvent['kind'],
  fields: Partial<StoredEvent>,
): StoredEvent {
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

export function fieldsOnly(event: Partial<StoredEvent>): Partial<EventFields> {
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

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function utcStamp(instant: number): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function wallStamp(instant: number, offsets: (ms: number) => number): string {
  return utcStamp(instant + offsets(instant) * 1000).slice(0, 15);
}

// Importing a changed file again, and one file into two calendars (real Dexie on
// fake-indexeddb): the event becomes what the file now says — a place, notes, a guest, a
// reminder, a repeat rule or a changed occurrence taken out of the file goes here too, and
// is sent to Google as a change — while what the calendar keeps of its own (a colour chosen
// here, Google's conference) stays; and each calendar keeps its own copy of a UID.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { AlmanacDatabase } from '../../../src-renderer/db/database';
import { applyImport, prepareImport } from '../../../src-renderer/ics/ics-import';
import { exportCalendars } from '../../../src-renderer/ics/ics-export';
import { readIcs } from '../../../src-preload/ics/ics-reader';
import { freshDb } from '../renderer/fixtures';

const zone = 'Europe/Berlin';

function file(...events: string[][]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', ...events.flat(), 'END:VCALENDAR']
    .map((line) => `${line}\r\n`)
    .join('');
}

const full = [
  'BEGIN:VEVENT',
  'UID:review@example.com',
  'DTSTAMP:20260101T000000Z',
  'DTSTART;TZID=Europe/Berlin:20260302T100000',
  'DTEND;TZID=Europe/Berlin:20260302T110000',
  'RRULE:FREQ=WEEKLY;COUNT=10',
  'EXDATE;TZID=Europe/Berlin:20260316T100000',
  'SUMMARY:Review',
  'LOCATION:Room 4',
  'DESCRIPTION:Bring the figures',
  'ORGANIZER:mailto:ada@example.com',
  'ATTENDEE;PARTSTAT=ACCEPTED:mailto:grace@example.com',
  'BEGIN:VALARM',
  'ACTION:DISPLAY',
  'DESCRIPTION:Review',
  'TRIGGER:-PT15M',
  'END:VALARM',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:review@example.com',
  'DTSTAMP:20260101T000000Z',
  'RECURRENCE-ID;TZID=Europe/Berlin:20260309T100000',
  'DTSTART;TZID=Europe/Berlin:20260309T140000',
  'DTEND;TZID=Europe/Berlin:20260309T150000',
  'SUMMARY:Review (afternoon)',
  'END:VEVENT',
];

const bare = [
  'BEGIN:VEVENT',
  'UID:review@example.com',
  'DTSTAMP:20260201T000000Z',
  'DTSTART;TZID=Europe/Berlin:20260302T100000',
  'DTEND;TZID=Europe/Berlin:20260302T110000',
  'SUMMARY:Review',
  'END:VEVENT',
];

async function importInto(db: AlmanacDatabase, calendarId: string, text: string) {
  const prepared = await prepareImport(db, calendarId, text, { zone });
  return { prepared, done: await applyImport(db, prepared) };
}

async function onlyRoot(db: AlmanacDatabase, calendarId: string) {
  const roots = await db.events
    .where('calendarId')
    .equals(calendarId)
    .filter((e) => e.kind !== 'exception')
    .toArray();
  expect(roots).toHaveLength(1);
  return roots[0]!;
}

async function googleCalendar(db: AlmanacDatabase): Promise<void> {
  await db.calendars.add({
    id: 'work@example.com',
    summary: 'Work',
    color: '#0f0',
    accessRole: 'owner',
    account: 'me@example.com',
    syncEnabled: true,
  });
}

describe('importing a changed file again', () => {
  it('removes what the file no longer has and keeps what the calendar chose', async () => {
    const db = freshDb();
    await importInto(db, 'local', file(full));
    const first = await onlyRoot(db, 'local');
    expect(first).toMatchObject({
      kind: 'master',
      location: 'Room 4',
      description: 'Bring the figures',
      attendees: [expect.objectContaining({ email: 'grace@example.com' })],
      reminders: { useDefault: false, overrides: [{ method: 'popup', minutes: 15 }] },
    });
    expect(first.recurrence!.join('\n')).toContain('EXDATE');
    expect(await db.events.where('recurringEventId').equals(first.id).count()).toBe(1);
    await db.events.update(first.id, { colorId: '5' });

    const { prepared, done } = await importInto(db, 'local', file(bare));
    expect(prepared.summary).toContain('1 already here will be updated');
    expect(done).toMatchObject({ added: 0, updated: 1 });
    const after = await onlyRoot(db, 'local');
    expect(after.id).toBe(first.id);
    expect(after.kind).toBe('single');
    expect(after.recurrence).toBeUndefined();
    expect(after.location).toBeUndefined();
    expect(after.description).toBeUndefined();
    expect(after.attendees).toBeUndefined();
    expect(after.organizer).toBeUndefined();
    expect(after.reminders).toBeUndefined();
    expect(after.colorId).toBe('5');
    // The moved occurrence went with the repeats.
    expect(await db.events.where('calendarId').equals('local').count()).toBe(1);
  });

  it('turns a changed occurrence the file dropped back into a plain one, the series kept', async () => {
    const db = freshDb();
    await importInto(db, 'local', file(full));
    const series = await onlyRoot(db, 'local');
    await importInto(db, 'local', file(full.slice(0, full.indexOf('END:VEVENT') + 1)));
    expect(await onlyRoot(db, 'local')).toMatchObject({ id: series.id, kind: 'master' });
    expect(await db.events.where('recurringEventId').equals(series.id).count()).toBe(0);
  });

  it('sends the removals to Google and keeps what only Google has', async () => {
    const db = freshDb();
    await googleCalendar(db);
    await importInto(db, 'work@example.com', file(full));
    const imported = await onlyRoot(db, 'work@example.com');
    // As if the sync engine had sent it: linked to Google, with a conference Google added.
    const conferenceData = { conferenceId: 'aaa-bbbb-ccc' };
    await db.events.update(imported.id, {
      google: { etag: '"1"', updated: '2026-02-01T00:00:00Z' },
      base: { ...imported, conferenceData },
      dirty: [],
      conferenceData,
      hangoutLink: 'https://meet.google.com/aaa-bbbb-ccc',
    });
    await db.outbox.clear();

    await importInto(db, 'work@example.com', file(bare));
    const after = await onlyRoot(db, 'work@example.com');
    expect(after.conferenceData).toEqual(conferenceData);
    expect(after.hangoutLink).toBe('https://meet.google.com/aaa-bbbb-ccc');
    expect(after.location).toBeUndefined();
    expect(after.dirty).toEqual(
      expect.arrayContaining(['location', 'description', 'attendees', 'reminders', 'recurrence']),
    );
    const [patch] = await db.outbox.where('eventId').equals(after.id).toArray();
    expect(patch).toMatchObject({ op: 'patch', sendUpdates: 'none' });
    expect(patch!.fields).toEqual(expect.arrayContaining(['location', 'recurrence']));
  });
});

describe('one UID in two calendars', () => {
  const single = [
    'BEGIN:VEVENT',
    'UID:lunch@example.com',
    'DTSTAMP:20260101T000000Z',
    'DTSTART:20260302T120000Z',
    'DTEND:20260302T130000Z',
    'SUMMARY:Lunch',
    'END:VEVENT',
  ];

  async function twoCalendars(): Promise<AlmanacDatabase> {
    const db = freshDb();
    await db.open();
    await db.calendars.add({
      id: 'home',
      summary: 'Home',
      color: '#f0f',
      accessRole: 'owner',
      syncEnabled: false,
    });
    return db;
  }

  it('gives each calendar its own copy, and a re-import updates only its own', async () => {
    const db = await twoCalendars();
    await importInto(db, 'local', file(single));
    const second = await importInto(db, 'home', file(single));
    expect(second.prepared.summary).toBe('Import 1 event into Home');
    expect(second.done).toMatchObject({ added: 1, updated: 0 });
    const mine = await onlyRoot(db, 'local');
    const theirs = await onlyRoot(db, 'home');
    expect(mine.id).not.toBe(theirs.id);
    expect([mine.iCalUID, theirs.iCalUID]).toEqual(['lunch@example.com', 'lunch@example.com']);

    const renamed = file(single.map((l) => (l === 'SUMMARY:Lunch' ? 'SUMMARY:Long lunch' : l)));
    const again = await importInto(db, 'home', renamed);
    expect(again.prepared.summary).toBe('Import 1 event into Home; 1 already here will be updated');
    expect((await onlyRoot(db, 'home')).summary).toBe('Long lunch');
    expect((await onlyRoot(db, 'local')).summary).toBe('Lunch');
  });

  it('exports the event once when every calendar goes into one file', async () => {
    const db = await twoCalendars();
    await importInto(db, 'local', file(single));
    await importInto(db, 'home', file(single));
    const all = await exportCalendars(db, null, zone);
    expect(all.text.match(/^UID:lunch@example\.com/gm)).toHaveLength(1);
    expect(all.events).toBe(1);
    expect(readIcs(all.text, { zone }).problems).toEqual([]);
  });
});

describe('a changed occurrence naming a time its series does not have', () => {
  // Weekly on Mondays at 10:00 Berlin time; 2026-03-31 is a Tuesday, and 9:00 on 2026-04-06
  // is an hour off (the series keeps 10:00 across the clock change of 29 March).
  const stray = (recurrenceId: string, status = 'CONFIRMED') => [
    'BEGIN:VEVENT',
    'UID:review@example.com',
    'DTSTAMP:20260101T000000Z',
    `RECURRENCE-ID;TZID=Europe/Berlin:${recurrenceId}`,
    'DTSTART;TZID=Europe/Berlin:20260401T140000',
    'DTEND;TZID=Europe/Berlin:20260401T150000',
    `STATUS:${status}`,
    'SUMMARY:Review (stray)',
    'END:VEVENT',
  ];

  it('is imported as an event of its own, and the preview says so', async () => {
    const db = freshDb();
    const { prepared, done } = await importInto(
      db,
      'local',
      file(full, stray('20260406T090000'), stray('20260331T100000', 'CANCELLED')),
    );
    expect(prepared.summary).toBe('Import 2 events (1 repeating) into My calendar');
    expect(prepared.plan.preview.notes.map((n) => n.message)).toContain(
      'it changes an occurrence its series does not have (RECURRENCE-ID); it was imported as an event of its own',
    );
    expect(done.added).toBe(2);
    const stored = await db.events.where('calendarId').equals('local').toArray();
    expect(stored.find((e) => e.summary === 'Review (stray)')).toMatchObject({
      kind: 'single',
      start: { dateTime: '2026-04-01T14:00:00+02:00', timeZone: 'Europe/Berlin' },
    });
    // The real changed occurrence is still its series' exception; nothing cancelled on Tuesday.
    expect(stored.filter((e) => e.kind === 'exception').map((e) => e.summary)).toEqual([
      'Review (afternoon)',
    ]);

    const again = await importInto(db, 'local', file(full, stray('20260406T090000')));
    expect(again.prepared.summary).toContain('2 already here will be updated');
    expect(await db.events.where('calendarId').equals('local').count()).toBe(stored.length);
  });
});

// An .ics file imported into a Google calendar, through the renderer's own import and the
// real engine against the emulator: events.import carries the iCalUID and not our id (Google:
// "only one of them should be supplied"), and the records here take the ids Google answers
// with — a series' exceptions too — so importing the file again updates, never duplicates,
// and nobody is emailed. A file in which a series became a single event clears the series'
// repeat on Google.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { googleItems, startSyncWorld, type SyncWorld } from './harness';
import { applyImport, prepareImport } from '../../../src-renderer/ics/ics-import';

let w: SyncWorld;
beforeEach(async () => {
  w = await startSyncWorld();
  await w.engine.syncAll();
});
afterEach(() => w.close());

const zone = 'Europe/Berlin';

function file(...events: string[][]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', ...events.flat(), 'END:VCALENDAR']
    .map((line) => `${line}\r\n`)
    .join('');
}

const series = (summary = 'Review') => [
  'BEGIN:VEVENT',
  'UID:review@example.com',
  'DTSTAMP:20300101T000000Z',
  'DTSTART;TZID=Europe/Berlin:20300304T100000',
  'DTEND;TZID=Europe/Berlin:20300304T110000',
  'RRULE:FREQ=WEEKLY;COUNT=6',
  `SUMMARY:${summary}`,
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:review@example.com',
  'DTSTAMP:20300101T000000Z',
  'RECURRENCE-ID;TZID=Europe/Berlin:20300311T100000',
  'DTSTART;TZID=Europe/Berlin:20300311T140000',
  'DTEND;TZID=Europe/Berlin:20300311T150000',
  `SUMMARY:${summary} (afternoon)`,
  'END:VEVENT',
];

const single = (summary = 'Budget talk') => [
  'BEGIN:VEVENT',
  'UID:budget-7@example.com',
  'DTSTAMP:20300101T000000Z',
  'DTSTART;TZID=Europe/Berlin:20300305T090000',
  'DTEND;TZID=Europe/Berlin:20300305T100000',
  `SUMMARY:${summary}`,
  'ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:grace@example.net',
  'END:VEVENT',
];

/** The review series as a single event now: its RRULE and its changed occurrence gone. */
const reviewOnce = [
  'BEGIN:VEVENT',
  'UID:review@example.com',
  'DTSTAMP:20300201T000000Z',
  'DTSTART;TZID=Europe/Berlin:20300304T100000',
  'DTEND;TZID=Europe/Berlin:20300304T110000',
  'SUMMARY:Review',
  'END:VEVENT',
];

async function importFile(text: string) {
  const prepared = await prepareImport(w.db, w.email, text, { zone });
  return applyImport(w.db, prepared);
}

const live = async () => (await googleItems(w)).filter((e) => e.status !== 'cancelled');

test('events.import sends the iCalUID and not our id; the records take Google’s ids, exceptions too; a second import updates them, emailing nobody', async () => {
  expect(await importFile(file(series(), single()))).toMatchObject({ added: 2 });
  const report = await w.engine.syncAll();
  expect(report.ok).toBe(true);

  const imports = w.batchBodies
    .flatMap((b) => b.split(/\r?\n--/))
    .filter((part) => part.includes('/events/import'));
  expect(imports).toHaveLength(2);
  for (const part of imports) {
    const body = JSON.parse(part.slice(part.indexOf('{'), part.lastIndexOf('}') + 1));
    expect(body).toHaveProperty('iCalUID');
    expect(body).not.toHaveProperty('id');
  }

  const onGoogle = await live();
  const here = (await w.db.events.toArray()).filter((e) => e.status !== 'cancelled');
  expect(here).toHaveLength(3);
  // Every record here is Google's event under Google's id, linked.
  expect(new Set(here.map((e) => e.id))).toEqual(new Set(onGoogle.map((e) => e.id)));
  for (const record of here) expect(record.google?.etag).toBeTruthy();
  const master = here.find((e) => e.kind === 'master')!;
  const exception = here.find((e) => e.kind === 'exception')!;
  expect(exception).toMatchObject({ recurringEventId: master.id, summary: 'Review (afternoon)' });
  expect(onGoogle.find((e) => e.id === exception.id)).toMatchObject({
    recurringEventId: master.id,
    summary: 'Review (afternoon)',
  });
  expect(await w.db.outbox.count()).toBe(0);

  // The same file again, changed: the same events on Google, updated in place.
  expect(await importFile(file(series('Review 2'), single('Budget talk 2')))).toMatchObject({
    added: 0,
  });
  await w.engine.syncAll();
  const again = await live();
  expect(again.map((e) => e.id).sort()).toEqual(onGoogle.map((e) => e.id).sort());
  expect(again.map((e) => e.summary).sort()).toEqual(
    ['Budget talk 2', 'Review 2', 'Review 2 (afternoon)'].sort(),
  );
  expect((await w.db.events.toArray()).filter((e) => e.status !== 'cancelled')).toHaveLength(3);
  expect(await w.notifications()).toEqual([]);
  expect(await w.db.outbox.count()).toBe(0);
});

test('a file in which a series became a single event clears the repeat of the series on Google', async () => {
  await importFile(file(series()));
  await w.engine.syncAll();
  const master = (await live()).find((e) => e.recurrence)!;
  expect(master.recurrence).toEqual(['RRULE:FREQ=WEEKLY;COUNT=6']);

  await importFile(file(reviewOnce));
  const report = await w.engine.syncAll();
  expect(report.ok).toBe(true);
  const { data: now } = await w.remote.events.get({ calendarId: w.email, eventId: master.id! });
  expect(now.recurrence ?? []).toEqual([]);
  expect(now).toMatchObject({ summary: 'Review', status: 'confirmed' });
  const here = await w.local(master.id!);
  expect(here?.recurrence ?? []).toEqual([]);
  expect(here?.kind).toBe('single');
  // One event on Google and here, no occurrence of the old series left.
  expect((await live()).filter((e) => e.iCalUID === 'review@example.com')).toHaveLength(1);
  expect(
    (await w.db.events.toArray()).filter((e) => e.status !== 'cancelled' && e.recurringEventId),
  ).toEqual([]);
  expect(await w.db.outbox.count()).toBe(0);
  expect(await w.notifications()).toEqual([]);
});

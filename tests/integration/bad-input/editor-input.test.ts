// Bad input typed into the editor, through the renderer's own operations, then synced: each
// case is refused with a message tied to its field (nothing written, nothing queued), or
// saved and carried to Google intact. Covers the same kinds as the Google-side cases:
// missing fields, impossible rules, dates in year 1 and 9999, 2,000 guests, a 1 MB
// description, HTML with script.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { DraftValidationError, createEvent } from '../../../src-renderer/db/event-writes';
import { newDraft } from '../../../src-renderer/calendar/model/drafts';
import type { EventDraft } from '../../../src-renderer/calendar/model/types';
import { onGoogle, startSyncWorld, type SyncWorld } from '../sync/harness';

let w: SyncWorld;
beforeEach(async () => {
  w = await startSyncWorld();
  await w.engine.syncAll();
});
afterEach(() => w.close());

const draft = (change: (d: EventDraft) => void = () => undefined): EventDraft => {
  const d = {
    ...newDraft({
      start: '2030-06-10T09:00:00.000Z',
      end: '2030-06-10T10:00:00.000Z',
      allDay: false,
      timeZone: 'UTC',
      calendarId: w.email,
    }),
    summary: 'Typed',
  };
  change(d);
  return d;
};

async function refused(d: EventDraft): Promise<{ field: string; message: string }[]> {
  const before = { events: await w.db.events.count(), outbox: await w.db.outbox.count() };
  const error = await createEvent(w.db, d).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DraftValidationError);
  // Nothing written, nothing queued for Google.
  expect({ events: await w.db.events.count(), outbox: await w.db.outbox.count() }).toEqual(before);
  return (error as DraftValidationError).problems;
}

test.each<[string, (d: EventDraft) => void, string, RegExp]>([
  ['no title', (d) => (d.summary = '   '), 'summary', /Add a title/],
  ['no start date', (d) => (d.startDate = ''), 'start', /valid start/],
  ['a start that is not a date', (d) => (d.startDate = '2030-02-30x'), 'start', /valid start/],
  ['an end before the start', (d) => (d.endTime = '08:00'), 'end', /before the start/],
  [
    'a zone that does not exist',
    (d) => (d.timeZone = 'Mars/Olympus_Mons'),
    'timeZone',
    /not a time zone/,
  ],
  [
    'every 0 days',
    (d) => (d.repeat = { freq: 'DAILY', interval: 0, end: { type: 'never' } }),
    'repeat',
    /at least 1/,
  ],
  [
    '-3 occurrences',
    (d) => (d.repeat = { freq: 'DAILY', interval: 1, end: { type: 'count', count: -3 } }),
    'repeat',
    /at least once/,
  ],
  [
    'weekly on no day',
    (d) => (d.repeat = { freq: 'WEEKLY', interval: 1, byDay: [], end: { type: 'never' } }),
    'repeat',
    /day of the week/,
  ],
  [
    'a rule ending before it starts',
    (d) => (d.repeat = { freq: 'DAILY', interval: 1, end: { type: 'until', date: '2030-06-01' } }),
    'repeat',
    /ends before/,
  ],
  [
    'a guest that is not an address',
    (d) => (d.attendees = [{ email: '<script>alert(1)</script>', responseStatus: 'needsAction' }]),
    'guests',
    /not an email address/,
  ],
  [
    'a guest twice',
    (d) =>
      (d.attendees = [
        { email: 'a@example.org', responseStatus: 'needsAction' },
        { email: 'A@example.org', responseStatus: 'needsAction' },
      ]),
    'guests',
    /twice/,
  ],
  ['a 1 MB description', (d) => (d.description = 'x'.repeat(1_048_576)), 'description', /too long/],
  ['a 5,000-character place', (d) => (d.location = 'y'.repeat(5000)), 'location', /too long/],
])('%s is refused with a message at its field', async (_name, change, field, message) => {
  const problems = await refused(draft(change));
  expect(
    problems.some((p) => p.field === field && message.test(p.message)),
    JSON.stringify(problems),
  ).toBe(true);
});

test('dates in year 1 and year 9999 are saved and reach Google unchanged', async () => {
  const early = await createEvent(
    w.db,
    draft((d) => ((d.startDate = '0001-01-01'), (d.endDate = '0001-01-01'))),
  );
  const late = await createEvent(
    w.db,
    draft((d) => ((d.startDate = '9999-12-31'), (d.endDate = '9999-12-31'))),
  );
  const report = await w.engine.syncAll();
  expect(report.ok).toBe(true);
  expect(new Date((await onGoogle(w, early)).start?.dateTime ?? '').toISOString()).toBe(
    '0001-01-01T09:00:00.000Z',
  );
  expect(new Date((await onGoogle(w, late)).start?.dateTime ?? '').toISOString()).toBe(
    '9999-12-31T09:00:00.000Z',
  );
});

test('2,000 guests are saved and invited only when the user chose Send', async () => {
  const attendees = Array.from({ length: 2000 }, (_, i) => ({
    email: `guest${i}@example.org`,
    responseStatus: 'needsAction' as const,
  }));
  const quiet = await createEvent(
    w.db,
    draft((d) => (d.attendees = attendees)),
    { sendUpdates: 'none' },
  );
  expect((await w.engine.syncAll()).ok).toBe(true);
  expect((await onGoogle(w, quiet)).attendees).toHaveLength(2000);
  expect(await w.notifications()).toEqual([]);
});

test('HTML with script typed into the description is kept as text for Google, never run here', async () => {
  const html =
    '<p>Hi</p><img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=2</script>';
  const title = '<b onmouseover="globalThis.__pwned=3">Bold?</b>';
  const id = await createEvent(
    w.db,
    draft((d) => ((d.summary = title), (d.description = html))),
  );
  expect((await w.engine.syncAll()).ok).toBe(true);
  const remote = await onGoogle(w, id);
  expect(remote.summary).toBe(title);
  expect(remote.description).toBe(html);
  expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
});

// Bad input from Google: items with fields we do not know, fields missing, unreadable rules,
// dates at the ends of the calendar, 2,000 guests, a 1 MB description, HTML with script. Each
// is either synced intact or skipped with a line in the sync log; the sync never stops, the
// other events still arrive, and nothing of the user's is lost. Raw items are written straight
// into the emulator's store, so Google's own validation cannot tidy them first.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { calendar_v3 } from '@googleapis/calendar';
import { loadOccurrences } from '../../../src-renderer/db/queries';
import { onGoogle, startSyncWorld, type SyncWorld } from '../sync/harness';

let w: SyncWorld;
beforeEach(async () => {
  w = await startSyncWorld();
  await w.engine.syncAll();
});
afterEach(() => w.close());

let n = 0;
/** Puts an item on Google exactly as given (plus the bookkeeping every item has). */
function putRaw(resource: Record<string, unknown>): string {
  const world = w.google.world;
  const id = (resource.id as string) ?? `rawitem${String(++n).padStart(4, '0')}`;
  const now = new Date(world.clock.now()).toISOString();
  world.calendars.get(w.email)!.store.put({
    kind: 'calendar#event',
    etag: world.nextEtag(),
    status: 'confirmed',
    created: now,
    updated: now,
    iCalUID: `${id}@google.com`,
    organizer: { email: w.email, self: true },
    creator: { email: w.email, self: true },
    ...resource,
    id,
  } as calendar_v3.Schema$Event);
  return id;
}

const timed = (start: string, end: string) => ({
  start: { dateTime: start, timeZone: 'UTC' },
  end: { dateTime: end, timeZone: 'UTC' },
});
const wholeYear = {
  start: new Date('2030-01-01T00:00:00Z'),
  end: new Date('2031-01-01T00:00:00Z'),
};

/** A well-formed event next to the bad ones: it must always arrive. */
function witness(): string {
  return putRaw({ summary: 'Witness', ...timed('2030-06-01T09:00:00Z', '2030-06-01T10:00:00Z') });
}

test('unknown fields are ignored on the way in and kept on Google by our patches', async () => {
  const id = putRaw({
    summary: 'From the future',
    ...timed('2030-06-02T09:00:00Z', '2030-06-02T10:00:00Z'),
    workingLocationProperties: { type: 'officeLocation', officeLocation: { label: 'HQ' } },
    someFieldGoogleAddsNextYear: { nested: [1, 2, 3] },
    eventType: 'focusTime',
    focusTimeProperties: { autoDeclineMode: 'declineNone' },
  });
  const report = await w.engine.syncAll();
  expect(report.ok).toBe(true);
  expect((await w.local(id))?.summary).toBe('From the future');
  await w.editLocal(id, (d) => (d.location = 'Desk'));
  expect((await w.engine.syncAll()).ok).toBe(true);
  const remote = (await onGoogle(w, id)) as Record<string, unknown>;
  expect(remote.location).toBe('Desk');
  expect(remote.someFieldGoogleAddsNextYear).toEqual({ nested: [1, 2, 3] });
  expect(remote.focusTimeProperties).toEqual({ autoDeclineMode: 'declineNone' });
});

test('items with fields missing are skipped with a logged reason or shown with defaults; the sync goes on', async () => {
  const noTitle = putRaw({ ...timed('2030-06-03T09:00:00Z', '2030-06-03T10:00:00Z') });
  const noStart = putRaw({ summary: 'No start', end: { dateTime: '2030-06-03T10:00:00Z' } });
  const noEnd = putRaw({ summary: 'No end', start: { dateTime: '2030-06-03T11:00:00Z' } });
  const emptyStart = putRaw({ summary: 'Empty start', start: {}, end: {} });
  const garbage = putRaw({
    summary: 'Garbage times',
    start: { dateTime: 'tomorrow-ish' },
    end: { dateTime: 'later' },
  });
  const notObject = putRaw({ summary: 'String start', start: '2030-06-03', end: 42 });
  const ok = witness();

  const report = await w.engine.syncAll();
  expect(report.ok).toBe(true);
  expect((await w.local(ok))?.summary).toBe('Witness');
  expect((await w.local(noTitle))?.summary ?? '').toBe('');

  // Each broken item is either stored in a shape the views can draw, or skipped with a line
  // in the sync log naming it.
  const log = await w.log();
  for (const id of [noStart, noEnd, emptyStart, garbage, notObject]) {
    const local = await w.local(id);
    if (local) {
      expect(Number.isFinite(local.startMs) && Number.isFinite(local.endMs), id).toBe(true);
      expect(local.endMs).toBeGreaterThanOrEqual(local.startMs);
    } else {
      expect(
        log.some((l) => l.eventId === id && l.level !== 'info'),
        `${id} skipped without a word in the sync log`,
      ).toBe(true);
    }
  }
  // The views draw what arrived without throwing.
  const shown = await loadOccurrences(w.db, wholeYear);
  expect(shown.map((o) => o.event.id)).toContain(ok);

  // The sync token was kept: the next sync is incremental and quiet.
  const again = await w.engine.syncAll();
  expect(again.ok).toBe(true);
  expect(again.pulled).toBe(0);
});

test('unreadable repeat rules are logged and the event is shown once, unchanged', async () => {
  const rules = [
    ['RRULE:FREQ=SOMETIMES'],
    ['RRULE:'],
    ['RRULE:FREQ=DAILY;COUNT=-1'],
    ['RRULE:FREQ=WEEKLY;BYDAY=XX'],
    ['EXRULE:garbage'],
    ['not a rule at all'],
    ['RRULE:FREQ=DAILY;UNTIL=notadate'],
  ];
  const ids = rules.map((recurrence, i) =>
    putRaw({
      summary: `Odd ${i}`,
      ...timed(`2030-06-1${i}T09:00:00Z`, `2030-06-1${i}T10:00:00Z`),
      recurrence,
    }),
  );
  const ok = witness();
  const report = await w.engine.syncAll();
  expect(report.ok).toBe(true);
  expect((await w.local(ok))?.summary).toBe('Witness');
  const shown = await loadOccurrences(w.db, wholeYear);
  const log = await w.log();
  for (const [i, id] of ids.entries()) {
    const local = await w.local(id);
    expect(local?.recurrence, id).toEqual(rules[i]);
    const times = shown.filter((o) => o.event.id === id).length;
    const logged = log.some((l) => l.code === 'recurrence-unreadable' && l.eventId === id);
    // Either rrule can read it after all (then it repeats), or it is shown once and logged.
    expect(times >= 1, `${id} not shown`).toBe(true);
    if (times === 1) expect(logged, `${id} shown once without a word`).toBe(true);
  }
  // A local edit of such an event never rewrites its rule.
  await w.editLocal(ids[0] as string, (d) => (d.location = 'Somewhere'));
  await w.engine.syncAll();
  expect((await onGoogle(w, ids[0] as string)).recurrence).toEqual(rules[0]);
});

test('dates in year 1 and year 9999 sync and show without breaking the view', async () => {
  const early = putRaw({
    summary: 'Year one',
    ...timed('0001-01-01T09:00:00Z', '0001-01-01T10:00:00Z'),
  });
  const late = putRaw({
    summary: 'Year 9999',
    ...timed('9999-12-31T09:00:00Z', '9999-12-31T10:00:00Z'),
  });
  const lateAllDay = putRaw({
    summary: 'Last day',
    start: { date: '9999-12-30' },
    end: { date: '9999-12-31' },
  });
  const ok = witness();
  const report = await w.engine.syncAll();
  expect(report.ok).toBe(true);
  for (const id of [early, late, lateAllDay, ok]) {
    const local = await w.local(id);
    expect(local, id).toBeDefined();
    expect(Number.isFinite(local!.startMs), id).toBe(true);
  }
  expect(
    (
      await loadOccurrences(w.db, {
        start: new Date('9999-12-01T00:00:00Z'),
        end: new Date('9999-12-31T23:00:00Z'),
      })
    )
      .map((o) => o.event.id)
      .sort(),
  ).toEqual([late, lateAllDay].sort());
  expect(
    (
      await loadOccurrences(w.db, {
        start: new Date('0001-01-01T00:00:00Z'),
        end: new Date('0001-01-02T00:00:00Z'),
      })
    ).map((o) => o.event.id),
  ).toEqual([early]);
  // An edit goes back with the far date intact.
  await w.editLocal(late, (d) => (d.location = 'Far away'));
  await w.engine.syncAll();
  const remote = await onGoogle(w, late);
  expect(remote.location).toBe('Far away');
  expect(new Date(remote.start?.dateTime ?? '').toISOString()).toBe('9999-12-31T09:00:00.000Z');
  await w.editLocal(early, (d) => (d.location = 'Long ago'));
  await w.engine.syncAll();
  expect(new Date((await onGoogle(w, early)).start?.dateTime ?? '').toISOString()).toBe(
    '0001-01-01T09:00:00.000Z',
  );
  expect((await w.local(early))?.startMs).toBe(Date.parse('0001-01-01T09:00:00Z'));
});

test('2,000 guests and a 1 MB description arrive intact, and an edit of another field leaves them alone, mailing nobody', async () => {
  const attendees = Array.from({ length: 2000 }, (_, i) => ({
    email: `guest${i}@example.org`,
    responseStatus: 'needsAction',
  }));
  const description = `<p>${'Long agenda line. '.repeat(58_255)}</p>`;
  expect(description.length).toBeGreaterThan(1_000_000);
  const crowd = putRaw({
    summary: 'Conference',
    ...timed('2030-06-05T09:00:00Z', '2030-06-05T17:00:00Z'),
    attendees,
  });
  const essay = putRaw({
    summary: 'Essay',
    ...timed('2030-06-06T09:00:00Z', '2030-06-06T10:00:00Z'),
    description,
  });
  expect((await w.engine.syncAll()).ok).toBe(true);
  expect((await w.local(crowd))?.attendees).toHaveLength(2000);
  expect((await w.local(essay))?.description).toBe(description);
  await w.editLocal(crowd, (d) => (d.location = 'Hall A'));
  await w.editLocal(essay, (d) => (d.location = 'Library'));
  expect((await w.engine.syncAll()).ok).toBe(true);
  const remoteCrowd = await onGoogle(w, crowd);
  expect(remoteCrowd.location).toBe('Hall A');
  expect(remoteCrowd.attendees).toHaveLength(2000);
  expect((await onGoogle(w, essay)).description).toBe(description);
  expect(await w.notifications()).toEqual([]);
});

test('HTML with script in a description is stored as Google has it (it is sanitized where it is shown)', async () => {
  const html =
    '<p>Agenda</p><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><a href="javascript:alert(1)">link</a>';
  const id = putRaw({
    summary: 'Suspicious',
    ...timed('2030-06-07T09:00:00Z', '2030-06-07T10:00:00Z'),
    description: html,
  });
  expect((await w.engine.syncAll()).ok).toBe(true);
  expect((await w.local(id))?.description).toBe(html);
  // Nothing about it changes Google's copy unless the user edits the description.
  await w.editLocal(id, (d) => (d.location = 'Room'));
  await w.engine.syncAll();
  expect((await onGoogle(w, id)).description).toBe(html);
});

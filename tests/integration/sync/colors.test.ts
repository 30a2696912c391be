// Google's event colours: colors.get is read with the calendar list (at first, when asked to,
// and at most hourly), its event palette lands in the renderer's database and the views draw
// with it; an incremental sync with nothing changed stays one request per calendar; a
// colors.get that fails costs only the colours.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { loadOccurrences } from '../../../src-renderer/db/queries';
import { startSyncWorld, type SyncWorld } from './harness';

let w: SyncWorld;
beforeEach(async () => {
  w = await startSyncWorld();
});
afterEach(() => w.close());

const colorsCalls = async () =>
  (await w.requests()).filter((r) => r.path === '/calendar/v3/colors');

test('the first sync reads colors.get with the calendar list and stores Google’s event palette', async () => {
  const { data: google } = await w.remote.colors.get();
  await w.clearRequests();
  expect((await w.engine.syncAll()).ok).toBe(true);
  expect(await colorsCalls()).toHaveLength(1);
  const stored = await w.db.palettes.get('event');
  expect(stored?.updated).toBe(google.updated);
  expect(stored?.colors).toEqual(google.event);
  expect(Object.keys(stored?.colors ?? {})).toHaveLength(11);
});

test('colors.get is not read again on every cycle: nothing changed is one request for the calendar', async () => {
  await w.engine.syncAll();
  await w.clearRequests();
  await w.engine.syncAll();
  const calls = (await w.requests()).filter((r) => !r.batched);
  expect(calls.map((r) => r.path)).toEqual([`/calendar/v3/calendars/${w.email}/events`]);
  // When the user asks (Sync button, Preferences), the calendar list and the colours are read again.
  await w.clearRequests();
  await w.engine.syncAll({ refreshCalendars: true });
  expect(await colorsCalls()).toHaveLength(1);
});

test('a palette Google changed reaches the store on the next calendar-list read, and events are drawn in it', async () => {
  await w.engine.syncAll();
  const id = await w.createLocal(
    'Tomato meeting',
    '2030-05-01T09:00Z',
    '2030-05-01T10:00Z',
    (d) => (d.colorId = '11'),
  );
  await w.engine.syncAll();
  const day = { start: new Date('2030-05-01T00:00:00Z'), end: new Date('2030-05-02T00:00:00Z') };
  const colourOf = async () =>
    (await loadOccurrences(w.db, day)).find((o) => o.event.id === id)?.color;
  expect(await colourOf()).toBe('#dc2127');

  await w.admin('colors', { event: { '11': { background: '#d50000', foreground: '#ffffff' } } });
  await w.engine.syncAll();
  expect(await colourOf()).toBe('#dc2127'); // not re-read within the hour
  await w.engine.syncAll({ refreshCalendars: true });
  expect((await w.db.palettes.get('event'))?.colors['11']).toEqual({
    background: '#d50000',
    foreground: '#ffffff',
  });
  expect(await colourOf()).toBe('#d50000');
});

test('a colors.get that fails is logged and costs only the colours: calendars and events still sync', async () => {
  await w.engine.syncAll();
  const before = await w.db.palettes.get('event');
  await w.faults([
    { match: { path: '/calendar/v3/colors' }, respond: { status: 400, reason: 'badRequest' } },
  ]);
  const { data } = await w.remote.events.insert({
    calendarId: w.email,
    requestBody: {
      summary: 'From phone',
      start: { dateTime: '2030-03-01T09:00:00Z' },
      end: { dateTime: '2030-03-01T10:00:00Z' },
    },
  });
  const report = await w.engine.syncAll({ refreshCalendars: true });
  expect(report.ok).toBe(true);
  expect((await w.local(data.id as string))?.summary).toBe('From phone');
  expect(await w.db.palettes.get('event')).toEqual(before);
  expect((await w.log()).filter((l) => l.code === 'colors-failed')).toHaveLength(1);
});

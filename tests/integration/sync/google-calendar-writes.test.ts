// Google calendars changed from the app, through the real gateway against the emulator: a
// new calendar is created on Google with its colour and reminders and syncs from the start;
// an owner's rename and zone go to the calendar, its colour and reminders to the account's
// list entry; and what Google then has comes back on the next calendar discovery.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { GoogleGateway } from '../../../src-main/google/gateway';
import { googleEndpoints } from '../../../src-main/google/endpoints';
import {
  CalendarChangeRefused,
  createGoogleCalendar,
  updateGoogleCalendar,
} from '../../../src-main/sync/google-calendar-writes';
import { createDexieLocalStore } from '../../../src-renderer/db/local-store';
import { CLIENT, startSyncWorld, type SyncWorld } from './harness';

let w: SyncWorld;
let gateway: GoogleGateway;
beforeEach(async () => {
  w = await startSyncWorld();
  const { access_token } = await w.admin<{ access_token: string }>('tokens', {
    email: w.email,
    clientId: CLIENT.clientId,
  });
  gateway = new GoogleGateway({
    client: { getAccessToken: async () => ({ token: access_token }), credentials: {} },
    apiRoot: googleEndpoints(w.url).apiRoot,
  });
});
afterEach(() => w.close());

const DETAILS = {
  summary: 'Climbing',
  color: '#0b8043',
  timeZone: 'Asia/Tokyo',
  defaultReminders: [{ method: 'popup' as const, minutes: 45 }],
};

test('a calendar made here is created on Google, stored as Google answers, and synced', async () => {
  const store = createDexieLocalStore(w.db);
  const made = await createGoogleCalendar(gateway, store, w.email, DETAILS);

  const { data: onGoogle } = await w.remote.calendarList.get({ calendarId: made.id });
  expect(onGoogle).toMatchObject({
    summary: 'Climbing',
    timeZone: 'Asia/Tokyo',
    accessRole: 'owner',
    backgroundColor: '#0b8043',
    defaultReminders: [{ method: 'popup', minutes: 45 }],
  });
  expect(await w.db.calendars.get(made.id)).toMatchObject({
    summary: 'Climbing',
    color: '#0b8043',
    timeZone: 'Asia/Tokyo',
    account: w.email,
    accessRole: 'owner',
    syncEnabled: true,
    defaultReminders: [{ method: 'popup', minutes: 45 }],
  });

  // An event put there on Google arrives with the next sync: it syncs without a tick.
  await w.remote.events.insert({
    calendarId: made.id,
    requestBody: {
      summary: 'Bouldering',
      start: { dateTime: '2030-06-01T18:00:00+09:00' },
      end: { dateTime: '2030-06-01T20:00:00+09:00' },
    },
  });
  await w.engine.syncAll({ refreshCalendars: true });
  const events = await w.db.events.where('calendarId').equals(made.id).toArray();
  expect(events.map((e) => e.summary)).toEqual(['Bouldering']);
});

test("an owner's rename and zone go to the calendar, colour and reminders to the list entry, and come back", async () => {
  const store = createDexieLocalStore(w.db);
  const made = await createGoogleCalendar(gateway, store, w.email, DETAILS);
  await w.clearRequests();
  await updateGoogleCalendar(gateway, store, w.email, made.id, {
    ...DETAILS,
    summary: 'Climbing club',
    timeZone: 'Europe/Vienna',
    color: '#d50000',
    defaultReminders: [],
  });
  const calls = (await w.requests()).map((r) => `${r.method} ${r.path.split('?')[0]}`);
  expect(calls).toEqual([
    `PATCH /calendar/v3/calendars/${made.id}`,
    `PATCH /calendar/v3/users/me/calendarList/${made.id}`,
  ]);
  const { data: calendar } = await w.remote.calendars.get({ calendarId: made.id });
  expect(calendar).toMatchObject({ summary: 'Climbing club', timeZone: 'Europe/Vienna' });
  const { data: entry } = await w.remote.calendarList.get({ calendarId: made.id });
  expect(entry.backgroundColor).toBe('#d50000');
  expect(entry.defaultReminders ?? []).toEqual([]);
  expect(await w.db.calendars.get(made.id)).toMatchObject({
    summary: 'Climbing club',
    color: '#d50000',
    timeZone: 'Europe/Vienna',
    defaultReminders: [],
  });

  // Changed on Google elsewhere: the next calendar discovery brings it here.
  await w.remote.calendarList.patch({
    calendarId: made.id,
    colorRgbFormat: true,
    requestBody: { backgroundColor: '#3f51b5', foregroundColor: '#ffffff' },
  });
  await w.engine.syncAll({ refreshCalendars: true });
  expect((await w.db.calendars.get(made.id))?.color).toBe('#3f51b5');

  // Nothing changed: nothing is sent.
  await w.clearRequests();
  const stored = (await w.db.calendars.get(made.id))!;
  await updateGoogleCalendar(gateway, store, w.email, made.id, {
    summary: stored.summary,
    color: stored.color,
    timeZone: stored.timeZone!,
    defaultReminders: stored.defaultReminders ?? [],
  });
  expect(await w.requests()).toEqual([]);
  await expect(
    updateGoogleCalendar(gateway, store, w.email, made.id, { ...DETAILS, summary: ' ' }),
  ).rejects.toBeInstanceOf(CalendarChangeRefused);
});

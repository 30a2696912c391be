// What syncs and what happens around it: calendar discovery (primary on, others off with
// their colour), read-only calendars one way, recurrence as Google has it (masters,
// exceptions, cancelled instances, an unreadable rule kept and logged), Meet links and
// special event types kept verbatim, 401 → one refresh then "Reconnect", one sync at a time.
import { problemOfFailure } from '../../../src-main/auth/sign-in-guide';
import type { GoogleFailure } from '../../../src-main/google/errors';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { onGoogle, startSyncWorld, type SyncWorld } from './harness';

let w: SyncWorld;
beforeEach(async () => {
  w = await startSyncWorld();
});
afterEach(() => w.close());

test('the primary calendar syncs by default; other calendars appear with their colour, unticked', async () => {
  await w.admin('accounts', { email: 'bob@example.com' });
  const { id: team } = await w.admin<{ id: string }>('calendars', {
    email: 'bob@example.com',
    summary: 'Team',
  });
  await w.admin('calendars', { email: w.email, id: team, summary: 'Team', accessRole: 'writer' });
  await w.admin('events', {
    calendarId: team,
    events: [
      { summary: 'Team offsite', start: { date: '2030-06-01' }, end: { date: '2030-06-02' } },
    ],
  });
  const report = await w.engine.syncAll();
  expect(report.calendars).toEqual([w.email]);
  const calendars = await w.db.calendars.toArray();
  const primary = calendars.find((c) => c.id === w.email);
  const other = calendars.find((c) => c.id === team);
  expect(primary).toMatchObject({
    primary: true,
    syncEnabled: true,
    account: w.email,
    accessRole: 'owner',
  });
  expect(other).toMatchObject({
    summary: 'Team',
    syncEnabled: false,
    account: w.email,
    accessRole: 'writer',
  });
  expect(other?.color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(await w.db.events.where('calendarId').equals(team).count()).toBe(0);

  // The user ticks it: its events arrive on the next sync.
  await w.db.calendars.update(team, { syncEnabled: true });
  await w.engine.syncAll();
  expect(
    (await w.db.events.where('calendarId').equals(team).toArray()).map((e) => e.summary),
  ).toEqual(['Team offsite']);
});

test("each calendar keeps the user's default reminders from Google's calendar list, and a change to them arrives with the next list read", async () => {
  await w.admin('accounts', { email: 'bob@example.com' });
  const { id: shared } = await w.admin<{ id: string }>('calendars', {
    email: 'bob@example.com',
    summary: 'Shared',
  });
  await w.admin('calendars', {
    email: w.email,
    id: shared,
    summary: 'Shared',
    accessRole: 'reader',
  });
  await w.remote.calendarList.patch({
    calendarId: w.email,
    requestBody: {
      defaultReminders: [
        { method: 'popup', minutes: 25 },
        { method: 'email', minutes: 1440 },
      ],
    },
  });
  await w.engine.syncAll();
  const stored = new Map((await w.db.calendars.toArray()).map((c) => [c.id, c]));
  expect(stored.get(w.email)?.defaultReminders).toEqual([
    { method: 'popup', minutes: 25 },
    { method: 'email', minutes: 1440 },
  ]);
  // Google gives none for a calendar the user can only read; stored as none, not unknown.
  expect(stored.get(shared)?.defaultReminders).toEqual([]);

  await w.remote.calendarList.patch({
    calendarId: w.email,
    requestBody: { defaultReminders: [{ method: 'popup', minutes: 5 }] },
  });
  await w.engine.syncAll({ refreshCalendars: true });
  expect((await w.db.calendars.get(w.email))?.defaultReminders).toEqual([
    { method: 'popup', minutes: 5 },
  ]);
});

test('calendars stored before default reminders were kept read the calendar list again at the next sync', async () => {
  await w.engine.syncAll();
  await w.db.calendars.update(w.email, { defaultReminders: undefined });
  await w.engine.syncAll();
  expect((await w.db.calendars.get(w.email))?.defaultReminders).toEqual([
    { method: 'popup', minutes: 10 },
  ]);
});

test('a calendar the user can only read syncs one way; a local change there is not sent and is logged', async () => {
  await w.admin('accounts', { email: 'bob@example.com' });
  const { id: holidays } = await w.admin<{ id: string }>('calendars', {
    email: 'bob@example.com',
    summary: 'Holidays',
  });
  await w.admin('calendars', {
    email: w.email,
    id: holidays,
    summary: 'Holidays',
    accessRole: 'reader',
  });
  const { ids } = await w.admin<{ ids: string[] }>('events', {
    calendarId: holidays,
    events: [{ summary: 'New Year', start: { date: '2031-01-01' }, end: { date: '2031-01-02' } }],
  });
  await w.engine.syncAll();
  await w.db.calendars.update(holidays, { syncEnabled: true });
  await w.engine.syncAll();
  expect((await w.local(ids[0] as string))?.summary).toBe('New Year');
  // The renderer refuses edits there; an entry that slips in anyway is not sent.
  await w.db.outbox.add({
    eventId: ids[0] as string,
    calendarId: holidays,
    op: 'delete',
    sendUpdates: 'all',
    createdAt: Date.now(),
  });
  await w.clearRequests();
  await w.engine.syncAll();
  expect((await w.requests()).filter((r) => r.batched)).toEqual([]);
  expect((await w.log()).some((l) => l.code === 'read-only')).toBe(true);
  expect(await w.db.outbox.count()).toBe(0);
});

test('series, exceptions and cancelled instances arrive as Google keeps them; a local "this event" edit goes up as an exception', async () => {
  await w.engine.syncAll();
  const { data: master } = await w.remote.events.insert({
    calendarId: w.email,
    requestBody: {
      summary: 'Standup',
      recurrence: ['RRULE:FREQ=DAILY;COUNT=5', 'EXDATE;TZID=Europe/Berlin:20300702T090000'],
      start: { dateTime: '2030-07-01T09:00:00', timeZone: 'Europe/Berlin' },
      end: { dateTime: '2030-07-01T09:15:00', timeZone: 'Europe/Berlin' },
    },
  });
  const seriesId = master.id as string;
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: `${seriesId}_20300703T070000Z`,
    requestBody: { summary: 'Standup (long)' },
  });
  await w.remote.events.delete({ calendarId: w.email, eventId: `${seriesId}_20300704T070000Z` });
  await w.engine.syncAll();
  const local = await w.local(seriesId);
  expect(local?.kind).toBe('master');
  expect(local?.recurrence).toEqual([
    'RRULE:FREQ=DAILY;COUNT=5',
    'EXDATE;TZID=Europe/Berlin:20300702T090000',
  ]);
  expect(local?.start.timeZone).toBe('Europe/Berlin');
  expect(await w.local(`${seriesId}_20300703T070000Z`)).toMatchObject({
    kind: 'exception',
    summary: 'Standup (long)',
    recurringEventId: seriesId,
  });
  expect(await w.local(`${seriesId}_20300704T070000Z`)).toMatchObject({
    kind: 'exception',
    status: 'cancelled',
  });

  await w.editLocal(
    `${seriesId}_20300703T070000Z`,
    (d) => (d.location = 'Kitchen'),
    undefined,
    'this',
  );
  await w.engine.syncAll();
  expect((await onGoogle(w, `${seriesId}_20300703T070000Z`)).location).toBe('Kitchen');
  expect((await onGoogle(w, seriesId)).recurrence).toEqual([
    'RRULE:FREQ=DAILY;COUNT=5',
    'EXDATE;TZID=Europe/Berlin:20300702T090000',
  ]);
});

test('a recurrence that cannot be read is logged and kept as a single event; the sync goes on', async () => {
  await w.engine.syncAll();
  await w.admin('events', {
    calendarId: w.email,
    events: [
      {
        id: 'oddseries1',
        summary: 'Odd rule',
        recurrence: ['RRULE:FREQ=DAILY;COUNT=3'],
        start: { dateTime: '2030-08-01T09:00:00Z', timeZone: 'UTC' },
        end: { dateTime: '2030-08-01T10:00:00Z', timeZone: 'UTC' },
      },
      {
        summary: 'Normal',
        start: { dateTime: '2030-08-02T09:00:00Z' },
        end: { dateTime: '2030-08-02T10:00:00Z' },
      },
    ],
  });
  // Google knows rule parts we do not; the emulator refuses to store them, so put one in place
  // behind its back, as if Google had sent it.
  const stored = w.google.world.calendars.get(w.email)?.store.get('oddseries1');
  if (!stored) throw new Error('seeded series missing');
  stored.resource.recurrence = ['RRULE:FREQ=DAILY;BYDAY=XX'];
  const report = await w.engine.syncAll();
  expect(report.ok).toBe(true);
  const odd = await w.local('oddseries1');
  expect(odd?.kind).toBe('single');
  expect(odd?.recurrence).toBeTruthy();
  expect((await w.db.events.toArray()).some((e) => e.summary === 'Normal')).toBe(true);
  expect(
    (await w.log()).some((l) => l.code === 'recurrence-unreadable' && l.eventId === 'oddseries1'),
  ).toBe(true);
});

test('Meet links, conference data and special event types are kept verbatim through a local edit', async () => {
  await w.engine.syncAll();
  const { data } = await w.remote.events.insert({
    calendarId: w.email,
    conferenceDataVersion: 1,
    requestBody: {
      summary: 'Video call',
      start: { dateTime: '2030-09-01T09:00:00Z' },
      end: { dateTime: '2030-09-01T10:00:00Z' },
      conferenceData: {
        createRequest: { requestId: 'req-1', conferenceSolutionKey: { type: 'hangoutsMeet' } },
      },
    },
  });
  await w.engine.syncAll();
  const id = data.id as string;
  const local = await w.local(id);
  expect(local?.hangoutLink).toBe(data.hangoutLink);
  expect(local?.conferenceData).toEqual(data.conferenceData);
  await w.editLocal(id, (d) => (d.summary = 'Video call (renamed)'));
  await w.engine.syncAll();
  const after = await onGoogle(w, id);
  expect(after.summary).toBe('Video call (renamed)');
  expect(after.hangoutLink).toBe(data.hangoutLink);
  expect(after.conferenceData).toEqual(data.conferenceData);
});

test('401: one token refresh, then a revoked grant turns the account to Reconnect', async () => {
  await w.engine.syncAll();
  expect(w.authFailures).toEqual([]);
  await w.admin('refresh-tokens/revoke', { email: w.email });
  // The cached access token is revoked with the grant: the API says 401, the refresh says invalid_grant.
  const report = await w.engine.syncAll();
  expect(report.ok).toBe(false);
  expect(report.error?.code).toBe('auth');
  expect(w.authFailures).toHaveLength(1);
  const tokenCalls = (await w.requests()).filter((r) => r.path === '/token');
  expect(tokenCalls.at(-1)?.status).toBe(400);
  expect((await w.log()).at(-1)).toMatchObject({ level: 'error', code: 'sync' });
});

test('a grant revoked while a change waits to go up: the push reports invalid_grant, which asks to reconnect, and the change waits', async () => {
  await w.engine.syncAll();
  await w.createLocal('Waiting', '2030-03-05T07:00Z', '2030-03-05T08:00Z');
  await w.admin('refresh-tokens/revoke', { email: w.email });
  const report = await w.engine.syncAll();
  expect(report).toMatchObject({ ok: false, pushed: 0, error: { code: 'auth' } });
  expect(w.authFailures).toHaveLength(1);
  const failure = w.authFailures[0] as GoogleFailure;
  expect(failure.reason).toBe('invalid_grant');
  // What the account shows: "expired or revoked" with Reconnect, not an unknown error.
  expect(problemOfFailure(failure)).toMatchObject({ code: 'invalid_grant' });
  expect(await w.db.outbox.count()).toBe(1);
});

test('one sync at a time: a second call while one runs gets the same run', async () => {
  const a = w.engine.syncAll();
  const b = w.engine.syncAll();
  expect(b).toBe(a);
  await a;
  expect((await w.log()).filter((l) => l.code === 'sync')).toHaveLength(1);
});

test('401 inside a push (an access token Google stopped taking early): one refresh, and the push goes through', async () => {
  const googleUi = new Set(w.google.world.accessTokens.keys());
  await w.engine.syncAll();
  const id = await w.createLocal('Standup', '2030-03-04T07:00Z', '2030-03-04T08:00Z');
  // The app's access token is past its hour on Google's side; the app still thinks it is good.
  for (const [key, token] of w.google.world.accessTokens)
    if (!googleUi.has(key)) token.expiresAt = w.google.world.clock.now();
  const report = await w.engine.syncAll();
  expect(report).toMatchObject({ ok: true, pushed: 1 });
  expect(w.authFailures).toEqual([]);
  expect((await onGoogle(w, id)).summary).toBe('Standup');
  expect((await w.requests()).filter((r) => r.path === '/token').at(-1)?.status).toBe(200);
});

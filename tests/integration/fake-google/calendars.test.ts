// Conformance: calendarList (with sync tokens), calendars.get, colors.get, the `primary`
// keyword, calendar access (404 for calendars not in the list, 403 for read-only ones), and
// events.move between calendars.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { failure, startHarness, timed, type Harness, type User } from './harness.js';

let h: Harness;
let alice: User;
let bob: User;
let workId: string;

beforeAll(async () => {
  h = await startHarness();
  alice = await h.user('alice@example.com');
  bob = await h.user('bob@example.com');
  workId = (
    await h.admin<{ id: string }>('calendars', { email: 'alice@example.com', summary: 'Work' })
  ).id;
  // Bob's primary calendar, shared read-only with Alice.
  await h.admin('calendars', {
    email: 'alice@example.com',
    id: 'bob@example.com',
    accessRole: 'reader',
  });
});
afterAll(() => h.close());

describe('calendarList', () => {
  test('lists the primary calendar first with Google’s entry fields', async () => {
    const { data } = await alice.api.calendarList.list();
    expect(data.kind).toBe('calendar#calendarList');
    expect(data.items?.map((c) => [c.id, c.accessRole, c.primary ?? false])).toEqual([
      ['alice@example.com', 'owner', true],
      [workId, 'owner', false],
      ['bob@example.com', 'reader', false],
    ]);
    expect(data.items?.[1]).toMatchObject({
      kind: 'calendar#calendarListEntry',
      summary: 'Work',
      timeZone: 'UTC',
      backgroundColor: expect.stringMatching(/^#[0-9a-f]{6}$/),
    });
    expect(data.nextSyncToken).toBeTruthy();
    expect(workId).toMatch(/@group\.calendar\.google\.com$/);
  });

  test('get by id and by primary', async () => {
    expect((await alice.api.calendarList.get({ calendarId: 'primary' })).data.id).toBe(
      'alice@example.com',
    );
    expect((await alice.api.calendarList.get({ calendarId: workId })).data.summary).toBe('Work');
    expect(
      (await failure(alice.api.calendarList.get({ calendarId: 'nobody@example.com' }))).status,
    ).toBe(404);
  });

  test('syncToken returns only entries added since; minAccessRole with it → 400; a bad token → 410', async () => {
    const { data: first } = await alice.api.calendarList.list();
    const { data: same } = await alice.api.calendarList.list({ syncToken: first.nextSyncToken! });
    expect(same.items).toEqual([]);
    const { id } = await h.admin<{ id: string }>('calendars', {
      email: 'alice@example.com',
      summary: 'Hobby',
    });
    const { data: next } = await alice.api.calendarList.list({ syncToken: first.nextSyncToken! });
    expect(next.items?.map((c) => c.id)).toEqual([id]);
    expect(
      (
        await failure(
          alice.api.calendarList.list({ syncToken: first.nextSyncToken!, minAccessRole: 'owner' }),
        )
      ).status,
    ).toBe(400);
    const f = await failure(alice.api.calendarList.list({ syncToken: `x${first.nextSyncToken}` }));
    expect(f.status).toBe(410);
    expect(f.reason).toBe('fullSyncRequired');
  });

  test('default reminders: a popup 10 minutes before for editors, none for readers; patch changes them, and events.list reports them', async () => {
    const { data } = await alice.api.calendarList.list();
    const byId = new Map(data.items?.map((c) => [c.id, c.defaultReminders]));
    expect(byId.get(workId)).toEqual([{ method: 'popup', minutes: 10 }]);
    expect(byId.get('bob@example.com')).toEqual([]);

    const patched = await alice.api.calendarList.patch({
      calendarId: workId,
      requestBody: {
        defaultReminders: [
          { method: 'popup', minutes: 25 },
          { method: 'email', minutes: 60 },
        ],
      },
    });
    expect(patched.data.defaultReminders).toEqual([
      { method: 'popup', minutes: 25 },
      { method: 'email', minutes: 60 },
    ]);
    const events = await alice.api.events.list({ calendarId: workId });
    expect(events.data.defaultReminders).toEqual(patched.data.defaultReminders);
    // Another user's list is theirs: Bob's own defaults for his calendar did not change.
    expect(
      (await bob.api.calendarList.get({ calendarId: 'primary' })).data.defaultReminders,
    ).toEqual([{ method: 'popup', minutes: 10 }]);
    const bad = await failure(
      alice.api.calendarList.patch({
        calendarId: workId,
        requestBody: { defaultReminders: [{ method: 'sms', minutes: 5 }] },
      }),
    );
    expect(bad.status).toBe(400);
  });

  test('minAccessRole filters', async () => {
    const { data } = await alice.api.calendarList.list({ minAccessRole: 'writer' });
    expect(data.items?.map((c) => c.id)).not.toContain('bob@example.com');
  });
});

describe('calendars and colors', () => {
  test('calendars.get', async () => {
    const { data } = await alice.api.calendars.get({ calendarId: 'primary' });
    expect(data).toMatchObject({
      kind: 'calendar#calendar',
      id: 'alice@example.com',
      summary: 'alice@example.com',
      timeZone: 'UTC',
    });
    expect((await failure(bob.api.calendars.get({ calendarId: workId }))).status).toBe(404);
  });

  test('colors.get returns Google’s palettes', async () => {
    const { data } = await alice.api.colors.get();
    expect(data).toMatchObject({ kind: 'calendar#colors', updated: '2012-02-14T00:00:00.000Z' });
    expect(Object.keys(data.event ?? {})).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
    ]);
    expect(Object.keys(data.calendar ?? {})).toHaveLength(24);
    for (const entry of [
      ...Object.values(data.event ?? {}),
      ...Object.values(data.calendar ?? {}),
    ]) {
      expect(entry).toEqual({
        background: expect.stringMatching(/^#[0-9a-f]{6}$/),
        foreground: expect.stringMatching(/^#[0-9a-f]{6}$/),
      });
    }
    expect(data.event?.['11']?.background).toBe('#dc2127');
  });

  test('a palette changed through the admin API is what colors.get, calendar colours and colorId checks use', async () => {
    const before = (await alice.api.colors.get()).data;
    const entry = (await alice.api.calendarList.get({ calendarId: 'primary' })).data;
    try {
      await h.admin('colors', {
        event: {
          '11': { background: '#d50000', foreground: '#ffffff' },
          '12': { background: '#123456' },
        },
        calendar: { [entry.colorId!]: { background: '#654321' } },
      });
      const { data } = await alice.api.colors.get();
      expect(data.event?.['11']).toEqual({ background: '#d50000', foreground: '#ffffff' });
      expect(data.event?.['1']).toEqual(before.event?.['1']);
      expect(data.updated).not.toBe(before.updated);
      expect(
        (await alice.api.calendarList.get({ calendarId: 'primary' })).data.backgroundColor,
      ).toBe('#654321');
      // An event may carry any colorId of the event palette, and only those.
      const { data: event } = await alice.api.events.insert({
        calendarId: 'primary',
        requestBody: { colorId: '12', ...timed('2030-01-01T09:00:00Z', '2030-01-01T10:00:00Z') },
      });
      expect(event.colorId).toBe('12');
      const refused = await failure(
        alice.api.events.patch({
          calendarId: 'primary',
          eventId: event.id!,
          requestBody: { colorId: '13' },
        }),
      );
      expect([refused.status, refused.reason]).toEqual([400, 'invalid']);
      await expect(h.admin('colors', { event: { '1': { background: 'blue' } } })).rejects.toThrow(
        /400/,
      );
    } finally {
      await h.admin('colors', { event: before.event, calendar: before.calendar });
    }
  });
});

describe('access', () => {
  test('events of a calendar not in the caller’s list → 404', async () => {
    expect((await failure(bob.api.events.list({ calendarId: workId }))).status).toBe(404);
  });

  test('a reader can list but not write → 403 requiredAccessLevel', async () => {
    await bob.api.events.insert({
      calendarId: 'primary',
      requestBody: {
        id: 'bobs000001',
        summary: 'Bob’s',
        ...timed('2030-01-01T09:00:00Z', '2030-01-01T10:00:00Z'),
      },
    });
    const { data } = await alice.api.events.list({ calendarId: 'bob@example.com' });
    expect(data.items?.map((e) => e.id)).toEqual(['bobs000001']);
    expect(data.accessRole).toBe('reader');
    const f = await failure(
      alice.api.events.patch({
        calendarId: 'bob@example.com',
        eventId: 'bobs000001',
        requestBody: { summary: 'mine now' },
      }),
    );
    expect(f.status).toBe(403);
    expect(f.reason).toBe('requiredAccessLevel');
  });
});

describe('move', () => {
  test('moves an event: gone (cancelled) from the source, present in the destination with it as organizer', async () => {
    await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: {
        id: 'move000001',
        summary: 'Moving',
        ...timed('2030-01-01T09:00:00Z', '2030-01-01T10:00:00Z'),
      },
    });
    const { data: sourceBefore } = await alice.api.events.list({ calendarId: 'primary' });
    const { data: moved } = await alice.api.events.move({
      calendarId: 'primary',
      eventId: 'move000001',
      destination: workId,
    });
    expect(moved.id).toBe('move000001');
    expect(moved.organizer?.email).toBe(workId);
    expect(
      (await alice.api.events.get({ calendarId: workId, eventId: 'move000001' })).data.summary,
    ).toBe('Moving');
    const { data: changes } = await alice.api.events.list({
      calendarId: 'primary',
      syncToken: sourceBefore.nextSyncToken!,
    });
    expect(changes.items?.map((e) => [e.id, e.status])).toEqual([['move000001', 'cancelled']]);
  });

  test('moving to a calendar the caller cannot write → 403; a missing destination → 400', async () => {
    await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: { id: 'move000002', ...timed('2030-01-01T09:00:00Z', '2030-01-01T10:00:00Z') },
    });
    expect(
      (
        await failure(
          alice.api.events.move({
            calendarId: 'primary',
            eventId: 'move000002',
            destination: 'bob@example.com',
          }),
        )
      ).status,
    ).toBe(403);
    const raw = await fetch(`${h.url}/calendar/v3/calendars/primary/events/move000002/move`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${alice.tokens.access_token}` },
    });
    expect(raw.status).toBe(400);
  });
});

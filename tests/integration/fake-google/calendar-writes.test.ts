// Conformance: the calendar writes an app reaches for, through the real client —
// calendars.insert/patch/update/delete (owner only; a primary calendar stays) and
// calendarList.insert/patch/update/delete with colorId, RGB colours, hidden, selected and
// default reminders, each reported by a calendar-list sync token.

import type { calendar_v3 } from '@googleapis/calendar';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { failure, startHarness, type Harness, type User } from './harness.js';

let h: Harness;
let cleo: User;

beforeAll(async () => {
  h = await startHarness();
  cleo = await h.user('cleo@example.com', { timeZone: 'Europe/Paris' });
});
afterAll(() => h.close());

describe('calendars', () => {
  test('insert makes a calendar its creator owns, in their zone unless one is given', async () => {
    const { data } = await cleo.api.calendars.insert({
      requestBody: { summary: 'Garden', description: 'Seeds and such' },
    });
    expect(data).toMatchObject({
      kind: 'calendar#calendar',
      summary: 'Garden',
      description: 'Seeds and such',
      timeZone: 'Europe/Paris',
    });
    const entry = await cleo.api.calendarList.get({ calendarId: data.id! });
    expect(entry.data).toMatchObject({ accessRole: 'owner', summary: 'Garden', selected: true });
    const tokyo = await cleo.api.calendars.insert({
      requestBody: { summary: 'Trip', timeZone: 'Asia/Tokyo' },
    });
    expect(tokyo.data.timeZone).toBe('Asia/Tokyo');
  });

  test('insert without a title, or with a zone Google does not know → 400', async () => {
    expect((await failure(cleo.api.calendars.insert({ requestBody: {} }))).status).toBe(400);
    expect(
      (
        await failure(
          cleo.api.calendars.insert({ requestBody: { summary: 'x', timeZone: 'Nowhere/Else' } }),
        )
      ).status,
    ).toBe(400);
  });

  test('patch changes what it names; update replaces the rest', async () => {
    const { data } = await cleo.api.calendars.insert({
      requestBody: { summary: 'Club', description: 'Tuesdays', location: 'Hall' },
    });
    const patched = await cleo.api.calendars.patch({
      calendarId: data.id!,
      requestBody: { summary: 'Chess club', timeZone: 'America/Chicago' },
    });
    expect(patched.data).toMatchObject({
      summary: 'Chess club',
      description: 'Tuesdays',
      location: 'Hall',
      timeZone: 'America/Chicago',
    });
    expect(patched.data.etag).not.toBe(data.etag);
    const updated = await cleo.api.calendars.update({
      calendarId: data.id!,
      requestBody: { summary: 'Go club' },
    });
    expect(updated.data.summary).toBe('Go club');
    expect(updated.data.description).toBeUndefined();
    expect(updated.data.location).toBeUndefined();
  });

  test('delete takes a secondary calendar off every list; a primary one cannot go', async () => {
    const { data } = await cleo.api.calendars.insert({ requestBody: { summary: 'Temp' } });
    const { data: before } = await cleo.api.calendarList.list();
    await cleo.api.calendars.delete({ calendarId: data.id! });
    expect((await failure(cleo.api.calendars.get({ calendarId: data.id! }))).status).toBe(404);
    const changes = await cleo.api.calendarList.list({ syncToken: before.nextSyncToken! });
    expect(changes.data.items).toEqual([expect.objectContaining({ id: data.id, deleted: true })]);
    expect((await failure(cleo.api.calendars.delete({ calendarId: 'primary' }))).status).toBe(400);
  });

  test('only the owner changes a calendar', async () => {
    const { data } = await cleo.api.calendars.insert({ requestBody: { summary: 'Shared' } });
    const dan = await h.user('dan@example.com');
    await h.admin('calendars', { email: dan.email, id: data.id, accessRole: 'writer' });
    const f = await failure(
      dan.api.calendars.patch({ calendarId: data.id!, requestBody: { summary: 'Mine now' } }),
    );
    expect(f.status).toBe(403);
    expect(f.reason).toBe('requiredAccessLevel');
  });
});

describe('calendarList', () => {
  test('patch sets colour, hidden, selected and default reminders; a sync token reports it', async () => {
    const { data: cal } = await cleo.api.calendars.insert({ requestBody: { summary: 'Work' } });
    const { data: list } = await cleo.api.calendarList.list();
    const { data } = await cleo.api.calendarList.patch({
      calendarId: cal.id!,
      requestBody: {
        colorId: '7',
        hidden: true,
        selected: false,
        defaultReminders: [
          { method: 'popup', minutes: 15 },
          { method: 'email', minutes: 60 },
        ],
      },
    });
    expect(data).toMatchObject({
      colorId: '7',
      backgroundColor: '#42d692',
      hidden: true,
      selected: false,
      defaultReminders: [
        { method: 'popup', minutes: 15 },
        { method: 'email', minutes: 60 },
      ],
    });
    const changes = await cleo.api.calendarList.list({ syncToken: list.nextSyncToken! });
    expect(changes.data.items?.map((e) => e.id)).toEqual([cal.id]);
    // Hidden calendars leave the plain list; its events' defaults follow the entry.
    const plain = await cleo.api.calendarList.list();
    expect(plain.data.items?.some((e) => e.id === cal.id)).toBe(false);
    const events = await cleo.api.events.list({ calendarId: cal.id! });
    expect(events.data.defaultReminders).toEqual([
      { method: 'popup', minutes: 15 },
      { method: 'email', minutes: 60 },
    ]);
  });

  test('RGB colours need colorRgbFormat=true, and pick the nearest colorId', async () => {
    const { data: cal } = await cleo.api.calendars.insert({ requestBody: { summary: 'Paint' } });
    const refused = await failure(
      cleo.api.calendarList.patch({
        calendarId: cal.id!,
        requestBody: { backgroundColor: '#ff0000' },
      }),
    );
    expect(refused.status).toBe(400);
    const { data } = await cleo.api.calendarList.patch({
      calendarId: cal.id!,
      colorRgbFormat: true,
      requestBody: { backgroundColor: '#f83a23', foregroundColor: '#000000' },
    });
    expect(data).toMatchObject({
      backgroundColor: '#f83a23',
      foregroundColor: '#000000',
      colorId: '3',
    });
  });

  test('bad values → 400: an unknown colorId, six reminders, a reminder past four weeks', async () => {
    for (const requestBody of [
      { colorId: '99' },
      { defaultReminders: Array.from({ length: 6 }, () => ({ method: 'popup', minutes: 5 })) },
      { defaultReminders: [{ method: 'popup', minutes: 40321 }] },
      { hidden: 'yes' },
    ]) {
      const f = await failure(
        cleo.api.calendarList.patch({
          calendarId: 'primary',
          requestBody: requestBody as calendar_v3.Schema$CalendarListEntry,
        }),
      );
      expect(f.status, JSON.stringify(requestBody)).toBe(400);
    }
  });

  test('update resets what it leaves out', async () => {
    await cleo.api.calendarList.patch({
      calendarId: 'primary',
      requestBody: { summaryOverride: 'Me', selected: false },
    });
    const { data } = await cleo.api.calendarList.update({
      calendarId: 'primary',
      requestBody: { colorId: '2' },
    });
    expect(data.summaryOverride).toBeUndefined();
    expect(data.selected).toBe(true);
    expect(data.defaultReminders).toEqual([]);
  });

  test('delete takes a calendar off the list (the calendar stays); insert puts it back', async () => {
    const { data: cal } = await cleo.api.calendars.insert({ requestBody: { summary: 'Later' } });
    await cleo.api.calendarList.delete({ calendarId: cal.id! });
    expect((await failure(cleo.api.calendarList.get({ calendarId: cal.id! }))).status).toBe(404);
    const back = await cleo.api.calendarList.insert({
      requestBody: { id: cal.id!, colorId: '5', selected: true },
    });
    expect(back.data).toMatchObject({ id: cal.id, colorId: '5', accessRole: 'owner' });
    expect((await cleo.api.calendars.get({ calendarId: cal.id! })).data.summary).toBe('Later');
    expect(
      (await failure(cleo.api.calendarList.insert({ requestBody: { id: 'nobody@example.com' } })))
        .status,
    ).toBe(404);
    expect((await failure(cleo.api.calendarList.delete({ calendarId: 'primary' }))).status).toBe(
      400,
    );
  });
});

// Conformance: Google keeps an instant and answers with it written in one zone — the
// request's timeZone where the method takes one, else the calendar's — while each event's
// own timeZone stays. Through the real client: get, list (full, incremental, single events,
// ordered), instances and originalStartTime, write answers, a batch part, and a calendar
// whose zone changes (every answer re-written, no etag moved).

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readBatch, writeBatch } from './strict-multipart.js';
import { failure, startHarness, type Harness, type User } from './harness.js';

let h: Harness;
let bea: User;

beforeAll(async () => {
  h = await startHarness();
  bea = await h.user('bea@example.com', { timeZone: 'Europe/Brussels' });
  await bea.api.events.insert({
    calendarId: 'primary',
    requestBody: {
      id: 'utcinsert1',
      summary: 'Inserted in UTC',
      start: { dateTime: '2031-03-22T09:00:00Z' },
      end: { dateTime: '2031-03-22T10:00:00Z' },
    },
  });
  await bea.api.events.insert({
    calendarId: 'primary',
    requestBody: {
      id: 'amerique01',
      summary: 'New York morning',
      start: { dateTime: '2031-07-01T09:00:00', timeZone: 'America/New_York' },
      end: { dateTime: '2031-07-01T10:00:00', timeZone: 'America/New_York' },
    },
  });
});
afterAll(() => h.close());

describe('the calendar’s zone, unless the request names one', () => {
  test('get writes times in the calendar’s zone and keeps the event’s own zone', async () => {
    const utc = (await bea.api.events.get({ calendarId: 'primary', eventId: 'utcinsert1' })).data;
    expect(utc.start).toEqual({ dateTime: '2031-03-22T10:00:00+01:00' });
    expect(utc.end).toEqual({ dateTime: '2031-03-22T11:00:00+01:00' });
    const ny = (await bea.api.events.get({ calendarId: 'primary', eventId: 'amerique01' })).data;
    expect(ny.start).toEqual({
      dateTime: '2031-07-01T15:00:00+02:00',
      timeZone: 'America/New_York',
    });
  });

  test('timeZone=UTC on the request writes both in Z, with the same etag', async () => {
    const plain = (await bea.api.events.get({ calendarId: 'primary', eventId: 'amerique01' })).data;
    const inUtc = (
      await bea.api.events.get({ calendarId: 'primary', eventId: 'amerique01', timeZone: 'UTC' })
    ).data;
    expect(inUtc.start).toEqual({ dateTime: '2031-07-01T13:00:00Z', timeZone: 'America/New_York' });
    expect(inUtc.etag).toBe(plain.etag);
    const listed = (await bea.api.events.list({ calendarId: 'primary', timeZone: 'UTC' })).data;
    expect(listed.items?.map((e) => e.start?.dateTime)).toEqual([
      '2031-03-22T09:00:00Z',
      '2031-07-01T13:00:00Z',
    ]);
  });

  test('a time zone Google does not know → 400', async () => {
    const f = await failure(
      bea.api.events.get({
        calendarId: 'primary',
        eventId: 'utcinsert1',
        timeZone: 'Mars/Olympus',
      }),
    );
    expect(f.status).toBe(400);
  });

  test('insert, patch and update answer in the calendar’s zone', async () => {
    const inserted = await bea.api.events.insert({
      calendarId: 'primary',
      requestBody: {
        id: 'echo000001',
        start: { dateTime: '2031-01-10T08:00:00-05:00' },
        end: { dateTime: '2031-01-10T09:00:00-05:00' },
      },
    });
    expect(inserted.data.start?.dateTime).toBe('2031-01-10T14:00:00+01:00');
    const patched = await bea.api.events.patch({
      calendarId: 'primary',
      eventId: 'echo000001',
      requestBody: { summary: 'renamed' },
    });
    expect(patched.data.end?.dateTime).toBe('2031-01-10T15:00:00+01:00');
    const updated = await bea.api.events.update({
      calendarId: 'primary',
      eventId: 'echo000001',
      requestBody: {
        start: { dateTime: '2031-01-10T13:00:00Z' },
        end: { dateTime: '2031-01-10T14:00:00Z' },
      },
    });
    expect(updated.data.start?.dateTime).toBe('2031-01-10T14:00:00+01:00');
    // Sending back the same time written with another offset is no new time.
    expect(updated.data.sequence).toBe(0);
  });

  test('incremental and single-event lists, instances and originalStartTime follow the rule', async () => {
    const { data: full } = await bea.api.events.list({ calendarId: 'primary' });
    await bea.api.events.insert({
      calendarId: 'primary',
      requestBody: {
        id: 'tokio00001',
        summary: 'Tokyo daily',
        start: { dateTime: '2031-02-03T09:00:00', timeZone: 'Asia/Tokyo' },
        end: { dateTime: '2031-02-03T10:00:00', timeZone: 'Asia/Tokyo' },
        recurrence: ['RRULE:FREQ=DAILY;COUNT=3'],
      },
    });
    await bea.api.events.patch({
      calendarId: 'primary',
      eventId: 'tokio00001_20310204T000000Z',
      requestBody: { summary: 'moved one' },
    });
    const changes = (
      await bea.api.events.list({ calendarId: 'primary', syncToken: full.nextSyncToken! })
    ).data.items;
    const exception = changes?.find((e) => e.id === 'tokio00001_20310204T000000Z');
    expect(exception?.originalStartTime).toEqual({
      dateTime: '2031-02-04T01:00:00+01:00',
      timeZone: 'Asia/Tokyo',
    });
    const singles = (
      await bea.api.events.list({
        calendarId: 'primary',
        singleEvents: true,
        orderBy: 'startTime',
        timeMin: '2031-02-01T00:00:00Z',
        timeMax: '2031-02-10T00:00:00Z',
        timeZone: 'Asia/Tokyo',
      })
    ).data.items;
    expect(singles?.map((e) => e.start?.dateTime)).toEqual([
      '2031-02-03T09:00:00+09:00',
      '2031-02-04T09:00:00+09:00',
      '2031-02-05T09:00:00+09:00',
    ]);
    const instances = (
      await bea.api.events.instances({ calendarId: 'primary', eventId: 'tokio00001' })
    ).data.items;
    expect(instances?.map((e) => [e.start?.dateTime, e.originalStartTime?.dateTime])).toEqual([
      ['2031-02-03T01:00:00+01:00', '2031-02-03T01:00:00+01:00'],
      ['2031-02-04T01:00:00+01:00', '2031-02-04T01:00:00+01:00'],
      ['2031-02-05T01:00:00+01:00', '2031-02-05T01:00:00+01:00'],
    ]);
  });

  test('a batch part answers as the same call alone would', async () => {
    const { status, parts } = await readBatch(
      await writeBatch(h.url, bea.tokens.access_token, [
        { method: 'GET', path: '/calendar/v3/calendars/primary/events/utcinsert1' },
        { method: 'GET', path: '/calendar/v3/calendars/primary/events/utcinsert1?timeZone=UTC' },
      ]),
    );
    expect(status).toBe(200);
    expect(parts.map((p) => (p.body as { start: { dateTime: string } }).start.dateTime)).toEqual([
      '2031-03-22T10:00:00+01:00',
      '2031-03-22T09:00:00Z',
    ]);
  });
});

describe('a calendar whose zone changes', () => {
  test('answers write the new offsets; no event, etag or sync token moves', async () => {
    const cal = await h.user('cal@example.com', { timeZone: 'Europe/Brussels' });
    await cal.api.events.insert({
      calendarId: 'primary',
      requestBody: {
        id: 'shift00001',
        start: { dateTime: '2031-03-22T09:00:00Z' },
        end: { dateTime: '2031-03-22T10:00:00Z' },
      },
    });
    const before = (await cal.api.events.list({ calendarId: 'primary' })).data;
    await cal.api.calendars.patch({
      calendarId: 'primary',
      requestBody: { timeZone: 'America/Los_Angeles' },
    });
    const after = (await cal.api.events.get({ calendarId: 'primary', eventId: 'shift00001' })).data;
    expect(after.start?.dateTime).toBe('2031-03-22T02:00:00-07:00');
    expect(after.etag).toBe(before.items?.[0]?.etag);
    const changes = await cal.api.events.list({
      calendarId: 'primary',
      syncToken: before.nextSyncToken!,
    });
    expect(changes.data.items).toEqual([]);
    expect(changes.data.timeZone).toBe('America/Los_Angeles');
  });
});

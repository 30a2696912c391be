// Conformance: freebusy.query (busy periods merged and cut to the window, series expanded,
// free and declined events left out, per-calendar errors), settings.list/get (Google's
// documented settings, read-only, sync tokens), events.quickAdd (a line of text becomes an
// event) and the 501 "not emulated" answer for the methods the emulator lacks.

import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { failure, startHarness, timed, type Harness, type User } from './harness.js';

let h: Harness;
let eve: User;

beforeAll(async () => {
  h = await startHarness();
  eve = await h.user('eve@example.com', { timeZone: 'Europe/Madrid' });
  const insert = (requestBody: object) =>
    eve.api.events.insert({ calendarId: 'primary', requestBody });
  await insert({ summary: 'A', ...timed('2031-04-07T09:00:00Z', '2031-04-07T10:00:00Z') });
  await insert({
    summary: 'B overlaps A',
    ...timed('2031-04-07T09:30:00Z', '2031-04-07T11:00:00Z'),
  });
  await insert({
    summary: 'Free time',
    transparency: 'transparent',
    ...timed('2031-04-07T13:00:00Z', '2031-04-07T14:00:00Z'),
  });
  await insert({
    summary: 'Declined',
    attendees: [
      { email: 'eve@example.com', responseStatus: 'declined' },
      { email: 'x@example.org' },
    ],
    ...timed('2031-04-07T15:00:00Z', '2031-04-07T16:00:00Z'),
  });
  await insert({
    summary: 'Daily',
    start: { dateTime: '2031-04-06T20:00:00', timeZone: 'Europe/Madrid' },
    end: { dateTime: '2031-04-06T21:00:00', timeZone: 'Europe/Madrid' },
    recurrence: ['RRULE:FREQ=DAILY;COUNT=3'],
  });
});
afterAll(() => h.close());

describe('freebusy.query', () => {
  test('busy periods merge, are cut to the window, and read in the asked zone', async () => {
    const { data } = await eve.api.freebusy.query({
      requestBody: {
        timeMin: '2031-04-07T00:00:00Z',
        timeMax: '2031-04-07T18:30:00Z',
        timeZone: 'Europe/Madrid',
        items: [{ id: 'primary' }, { id: 'nobody@example.com' }],
      },
    });
    expect(data.kind).toBe('calendar#freeBusy');
    // A+B merge; the free and the declined events are not busy; the series' 20:00 occurrence
    // of the 6th ended before the window, the 7th's is cut at the window's end (20:30).
    expect(data.calendars?.primary?.busy).toEqual([
      { start: '2031-04-07T11:00:00+02:00', end: '2031-04-07T13:00:00+02:00' },
      { start: '2031-04-07T20:00:00+02:00', end: '2031-04-07T20:30:00+02:00' },
    ]);
    expect(data.calendars?.['nobody@example.com']).toEqual({
      errors: [{ domain: 'global', reason: 'notFound' }],
      busy: [],
    });
  });

  test('UTC when no zone is given; an empty window or no bounds → 400', async () => {
    const { data } = await eve.api.freebusy.query({
      requestBody: {
        timeMin: '2031-04-07T09:00:00Z',
        timeMax: '2031-04-07T09:45:00Z',
        items: [{ id: 'eve@example.com' }],
      },
    });
    expect(data.calendars?.['eve@example.com']?.busy).toEqual([
      { start: '2031-04-07T09:00:00Z', end: '2031-04-07T09:45:00Z' },
    ]);
    const empty = await failure(
      eve.api.freebusy.query({
        requestBody: {
          timeMin: '2031-04-07T10:00:00Z',
          timeMax: '2031-04-07T10:00:00Z',
          items: [],
        },
      }),
    );
    expect(empty.reason).toBe('timeRangeEmpty');
    expect((await failure(eve.api.freebusy.query({ requestBody: { items: [] } }))).status).toBe(
      400,
    );
  });

  test('calendars past calendarExpansionMax answer tooManyCalendarsRequested', async () => {
    const { data } = await eve.api.freebusy.query({
      requestBody: {
        timeMin: '2031-04-07T00:00:00Z',
        timeMax: '2031-04-08T00:00:00Z',
        calendarExpansionMax: 1,
        items: [{ id: 'primary' }, { id: 'eve@example.com' }],
      },
    });
    expect(data.calendars?.['eve@example.com']?.errors).toEqual([
      { domain: 'global', reason: 'tooManyCalendarsRequested' },
    ]);
  });
});

describe('settings', () => {
  test('list has Google’s settings with their defaults and the account’s zone', async () => {
    const { data } = await eve.api.settings.list();
    const values = Object.fromEntries(data.items!.map((s) => [s.id, s.value]));
    expect(values).toMatchObject({
      timezone: 'Europe/Madrid',
      locale: 'en',
      weekStart: '0',
      format24HourTime: 'false',
      hideWeekends: 'false',
      defaultEventLength: '60',
    });
    expect(data.items![0]).toMatchObject({ kind: 'calendar#setting', etag: expect.any(String) });
    expect(data.nextSyncToken).toEqual(expect.any(String));
  });

  test('get reads one; a change made in Google’s UI shows, and a sync token lists only it', async () => {
    const { data: first } = await eve.api.settings.list();
    await h.admin('settings', {
      email: eve.email,
      settings: { weekStart: '1', format24HourTime: 'true' },
    });
    expect((await eve.api.settings.get({ setting: 'weekStart' })).data.value).toBe('1');
    const changes = await eve.api.settings.list({ syncToken: first.nextSyncToken! });
    expect(changes.data.items?.map((s) => [s.id, s.value]).sort()).toEqual([
      ['format24HourTime', 'true'],
      ['weekStart', '1'],
    ]);
    expect((await failure(eve.api.settings.get({ setting: 'favouriteColour' }))).status).toBe(404);
  });
});

describe('events.quickAdd', () => {
  test('a time and a title: an event of the default length, in the calendar’s zone', async () => {
    const { data } = await eve.api.events.quickAdd({
      calendarId: 'primary',
      text: 'Lunch with Bob tomorrow at 1pm',
    });
    const tomorrow = DateTime.now().setZone('Europe/Madrid').plus({ days: 1 });
    expect(data.summary).toBe('Lunch with Bob');
    expect(Date.parse(data.start!.dateTime!)).toBe(
      tomorrow.set({ hour: 13, minute: 0, second: 0, millisecond: 0 }).toMillis(),
    );
    expect(Date.parse(data.end!.dateTime!) - Date.parse(data.start!.dateTime!)).toBe(3_600_000);
    expect(data.etag).toEqual(expect.any(String));
  });

  test('an explicit end is kept; a date without a time is all-day; plain text is today', async () => {
    const ranged = await eve.api.events.quickAdd({
      calendarId: 'primary',
      text: 'Appointment at Somewhere on June 3rd 2031 10am-10:25am',
    });
    expect(ranged.data.summary).toBe('Appointment at Somewhere');
    expect(ranged.data.start?.dateTime).toBe('2031-06-03T10:00:00+02:00');
    expect(ranged.data.end?.dateTime).toBe('2031-06-03T10:25:00+02:00');
    const day = await eve.api.events.quickAdd({
      calendarId: 'primary',
      text: 'Dentist on 2031-06-05',
    });
    expect(day.data).toMatchObject({
      summary: 'Dentist',
      start: { date: '2031-06-05' },
      end: { date: '2031-06-06' },
    });
    const plain = await eve.api.events.quickAdd({ calendarId: 'primary', text: 'Call mum' });
    expect(plain.data.start?.date).toBe(DateTime.now().setZone('Europe/Madrid').toISODate());
  });

  test('no text → 400', async () => {
    expect(
      (await failure(eve.api.events.quickAdd({ calendarId: 'primary', text: '' }))).status,
    ).toBe(400);
  });
});

describe('what is not emulated', () => {
  test('answers 501 in Google’s error shape, saying so, never 404', async () => {
    const calls = [
      eve.api.acl.list({ calendarId: 'primary' }),
      eve.api.events.watch({
        calendarId: 'primary',
        requestBody: { id: 'c1', type: 'web_hook', address: 'https://example.org/hook' },
      }),
      eve.api.calendars.clear({ calendarId: 'primary' }),
      eve.api.channels.stop({ requestBody: { id: 'c1', resourceId: 'r1' } }),
      eve.api.settings.watch({ requestBody: { id: 'c2', type: 'web_hook' } }),
    ];
    for (const call of calls) {
      const f = await failure(call);
      expect(f.status).toBe(501);
      expect(f.data).toMatchObject({
        error: {
          code: 501,
          status: 'UNIMPLEMENTED',
          errors: [{ reason: 'notImplemented', message: expect.stringContaining('not emulated') }],
        },
      });
    }
  });
});

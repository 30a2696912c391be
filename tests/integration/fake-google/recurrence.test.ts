// Conformance: recurring events — masters with RRULE/EXDATE/RDATE, instance ids, singleEvents
// expansion, exceptions and cancelled instances, the showDeleted × singleEvents matrix,
// events.instances, and daylight-saving behaviour.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { failure, startHarness, type Harness, type User } from './harness.js';

let h: Harness;
let alice: User;

beforeAll(async () => {
  h = await startHarness();
  // The series here live in Berlin, on a Berlin calendar: answers write Berlin offsets.
  alice = await h.user('alice@example.com', { timeZone: 'Europe/Berlin' });
});
afterAll(() => h.close());

const weekly = (id: string, extra: string[] = []) => ({
  id,
  summary: 'Standup',
  start: { dateTime: '2030-01-07T09:00:00', timeZone: 'Europe/Berlin' },
  end: { dateTime: '2030-01-07T09:15:00', timeZone: 'Europe/Berlin' },
  recurrence: ['RRULE:FREQ=WEEKLY;COUNT=4', ...extra],
});

describe('series', () => {
  test('a master lists as one item; singleEvents expands it with Google-style instance ids', async () => {
    await alice.api.events.insert({ calendarId: 'primary', requestBody: weekly('series0001') });
    const masters = await alice.api.events.list({
      calendarId: 'primary',
      iCalUID: 'series0001@google.com',
    });
    expect(masters.data.items?.map((e) => e.id)).toEqual(['series0001']);
    expect(masters.data.items?.[0]?.recurrence).toEqual(['RRULE:FREQ=WEEKLY;COUNT=4']);
    const { data } = await alice.api.events.list({
      calendarId: 'primary',
      singleEvents: true,
      q: 'Standup',
      orderBy: 'startTime',
    });
    const series = (data.items ?? []).filter((e) => e.recurringEventId === 'series0001');
    expect(series.map((e) => e.id)).toEqual([
      'series0001_20300107T080000Z',
      'series0001_20300114T080000Z',
      'series0001_20300121T080000Z',
      'series0001_20300128T080000Z',
    ]);
    expect(series[1]).toMatchObject({
      recurringEventId: 'series0001',
      originalStartTime: { dateTime: '2030-01-14T09:00:00+01:00', timeZone: 'Europe/Berlin' },
      start: { dateTime: '2030-01-14T09:00:00+01:00', timeZone: 'Europe/Berlin' },
      end: { dateTime: '2030-01-14T09:15:00+01:00', timeZone: 'Europe/Berlin' },
      iCalUID: 'series0001@google.com',
    });
    expect(series[1]?.recurrence).toBeUndefined();
  });

  test('all-day instances are named <id>_<YYYYMMDD>', async () => {
    await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: {
        id: 'bithdae001',
        summary: 'Birthday',
        start: { date: '2030-03-10' },
        end: { date: '2030-03-11' },
        recurrence: ['RRULE:FREQ=YEARLY;COUNT=2'],
      },
    });
    const { data } = await alice.api.events.instances({
      calendarId: 'primary',
      eventId: 'bithdae001',
    });
    expect(data.items?.map((e) => [e.id, e.start?.date, e.end?.date])).toEqual([
      ['bithdae001_20300310', '2030-03-10', '2030-03-11'],
      ['bithdae001_20310310', '2031-03-10', '2031-03-11'],
    ]);
  });

  test('a recurring event without a time zone → 400', async () => {
    const f = await failure(
      alice.api.events.insert({
        calendarId: 'primary',
        requestBody: {
          start: { dateTime: '2030-01-07T09:00:00Z' },
          end: { dateTime: '2030-01-07T10:00:00Z' },
          recurrence: ['RRULE:FREQ=DAILY'],
        },
      }),
    );
    expect(f.status).toBe(400);
  });

  test('invalid recurrence lines (garbage, DTSTART) → 400', async () => {
    const base = {
      start: { dateTime: '2030-01-07T09:00:00', timeZone: 'UTC' },
      end: { dateTime: '2030-01-07T10:00:00', timeZone: 'UTC' },
    };
    expect(
      (
        await failure(
          alice.api.events.insert({
            calendarId: 'primary',
            requestBody: { ...base, recurrence: ['RRULE:FREQ=SOMETIMES'] },
          }),
        )
      ).status,
    ).toBe(400);
    expect(
      (
        await failure(
          alice.api.events.insert({
            calendarId: 'primary',
            requestBody: { ...base, recurrence: ['DTSTART:20300107T090000Z', 'RRULE:FREQ=DAILY'] },
          }),
        )
      ).status,
    ).toBe(400);
  });

  test('EXDATE removes and RDATE adds occurrences', async () => {
    await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: weekly('ecrdate001', [
        'EXDATE;TZID=Europe/Berlin:20300114T090000',
        'RDATE;TZID=Europe/Berlin:20300116T090000',
      ]),
    });
    const { data } = await alice.api.events.instances({
      calendarId: 'primary',
      eventId: 'ecrdate001',
    });
    expect(data.items?.map((e) => e.id)).toEqual([
      'ecrdate001_20300107T080000Z',
      'ecrdate001_20300116T080000Z',
      'ecrdate001_20300121T080000Z',
      'ecrdate001_20300128T080000Z',
    ]);
  });

  test('expansion keeps wall-clock time across daylight saving', async () => {
    await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: {
        id: 'dst0000001',
        start: { dateTime: '2030-03-25T09:00:00', timeZone: 'Europe/Berlin' },
        end: { dateTime: '2030-03-25T10:00:00', timeZone: 'Europe/Berlin' },
        recurrence: ['RRULE:FREQ=WEEKLY;COUNT=2'],
      },
    });
    const { data } = await alice.api.events.instances({
      calendarId: 'primary',
      eventId: 'dst0000001',
    });
    expect(data.items?.map((e) => e.start?.dateTime)).toEqual([
      '2030-03-25T09:00:00+01:00',
      '2030-04-01T09:00:00+02:00',
    ]);
    // Europe switches on 2030-03-31: 09:00 is 08:00Z before and 07:00Z after.
    expect(data.items?.[0]?.id).toBe('dst0000001_20300325T080000Z');
  });

  test('an open-ended series expands only within the window asked for', async () => {
    await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: {
        id: 'dailie0001',
        summary: 'Daily',
        start: { dateTime: '2030-01-01T12:00:00', timeZone: 'UTC' },
        end: { dateTime: '2030-01-01T12:30:00', timeZone: 'UTC' },
        recurrence: ['RRULE:FREQ=DAILY'],
      },
    });
    const { data } = await alice.api.events.list({
      calendarId: 'primary',
      singleEvents: true,
      q: 'Daily',
      timeMin: '2030-02-01T00:00:00Z',
      timeMax: '2030-02-04T00:00:00Z',
    });
    expect(data.items?.map((e) => e.id)).toEqual([
      'dailie0001_20300201T120000Z',
      'dailie0001_20300202T120000Z',
      'dailie0001_20300203T120000Z',
    ]);
  });
});

describe('exceptions', () => {
  test('patching an instance creates an exception; the series lists without it', async () => {
    await alice.api.events.insert({ calendarId: 'primary', requestBody: weekly('ecept00001') });
    const { data: moved } = await alice.api.events.patch({
      calendarId: 'primary',
      eventId: 'ecept00001_20300114T080000Z',
      requestBody: {
        summary: 'Standup (moved)',
        start: { dateTime: '2030-01-15T10:00:00', timeZone: 'Europe/Berlin' },
        end: { dateTime: '2030-01-15T10:15:00', timeZone: 'Europe/Berlin' },
      },
    });
    expect(moved).toMatchObject({
      id: 'ecept00001_20300114T080000Z',
      recurringEventId: 'ecept00001',
      originalStartTime: { dateTime: '2030-01-14T09:00:00+01:00', timeZone: 'Europe/Berlin' },
    });
    const { data: got } = await alice.api.events.get({
      calendarId: 'primary',
      eventId: 'ecept00001_20300114T080000Z',
    });
    expect(got.summary).toBe('Standup (moved)');
    const { data } = await alice.api.events.instances({
      calendarId: 'primary',
      eventId: 'ecept00001',
    });
    expect(data.items?.map((e) => [e.id, e.summary])).toEqual([
      ['ecept00001_20300107T080000Z', 'Standup'],
      ['ecept00001_20300114T080000Z', 'Standup (moved)'],
      ['ecept00001_20300121T080000Z', 'Standup'],
      ['ecept00001_20300128T080000Z', 'Standup'],
    ]);
    // Without singleEvents the exception is its own item next to the master.
    const { data: raw } = await alice.api.events.list({
      calendarId: 'primary',
      q: 'Standup (moved)',
    });
    expect(raw.items?.map((e) => e.id)).toEqual(['ecept00001_20300114T080000Z']);
  });

  test('an instance id that is not an occurrence → 404', async () => {
    await alice.api.events.insert({ calendarId: 'primary', requestBody: weekly('notocc0001') });
    expect(
      (
        await failure(
          alice.api.events.get({ calendarId: 'primary', eventId: 'notocc0001_20300108T080000Z' }),
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await failure(
          alice.api.events.patch({
            calendarId: 'primary',
            eventId: 'notocc0001_20300108T080000Z',
            requestBody: { summary: 'x' },
          }),
        )
      ).status,
    ).toBe(404);
  });

  test('an unedited instance can be fetched by id', async () => {
    await alice.api.events.insert({ calendarId: 'primary', requestBody: weekly('getinst001') });
    const { data } = await alice.api.events.get({
      calendarId: 'primary',
      eventId: 'getinst001_20300121T080000Z',
    });
    expect(data).toMatchObject({
      recurringEventId: 'getinst001',
      start: { dateTime: '2030-01-21T09:00:00+01:00' },
    });
  });
});

describe('cancelled instances and the showDeleted × singleEvents matrix', () => {
  let ids: (params: Record<string, unknown>) => Promise<string[]>;
  beforeAll(async () => {
    const dora = await h.user('dora@example.com', { timeZone: 'Europe/Berlin' });
    await dora.api.events.insert({ calendarId: 'primary', requestBody: weekly('matri00001') });
    await dora.api.events.delete({ calendarId: 'primary', eventId: 'matri00001_20300114T080000Z' });
    await dora.api.events.insert({
      calendarId: 'primary',
      requestBody: {
        id: 'single0001',
        start: { dateTime: '2030-01-08T09:00:00Z' },
        end: { dateTime: '2030-01-08T10:00:00Z' },
      },
    });
    await dora.api.events.insert({
      calendarId: 'primary',
      requestBody: {
        id: 'deleted001',
        start: { dateTime: '2030-01-09T09:00:00Z' },
        end: { dateTime: '2030-01-09T10:00:00Z' },
      },
    });
    await dora.api.events.delete({ calendarId: 'primary', eventId: 'deleted001' });
    await dora.api.events.insert({
      calendarId: 'primary',
      requestBody: { ...weekly('delseries1'), recurrence: ['RRULE:FREQ=WEEKLY;COUNT=2'] },
    });
    await dora.api.events.delete({ calendarId: 'primary', eventId: 'delseries1' });
    ids = async (params) =>
      ((await dora.api.events.list({ calendarId: 'primary', ...params })).data.items ?? [])
        .map((e) => `${e.id}${e.status === 'cancelled' ? ' ×' : ''}`)
        .sort();
  });

  test('deleting an instance makes a cancelled exception; get returns it', async () => {
    const dora = await h.user('dora@example.com', { timeZone: 'Europe/Berlin' });
    const { data } = await dora.api.events.get({
      calendarId: 'primary',
      eventId: 'matri00001_20300114T080000Z',
    });
    expect(data.status).toBe('cancelled');
    expect(data.recurringEventId).toBe('matri00001');
  });

  test('singleEvents=false, showDeleted=false: masters, live events, cancelled exceptions of live series', async () => {
    expect(await ids({})).toEqual(['matri00001', 'matri00001_20300114T080000Z ×', 'single0001']);
  });

  test('singleEvents=false, showDeleted=true: everything', async () => {
    expect(await ids({ showDeleted: true })).toEqual([
      'deleted001 ×',
      'delseries1 ×',
      'matri00001',
      'matri00001_20300114T080000Z ×',
      'single0001',
    ]);
  });

  test('singleEvents=true, showDeleted=false: live instances and events only', async () => {
    expect(await ids({ singleEvents: true })).toEqual([
      'matri00001_20300107T080000Z',
      'matri00001_20300121T080000Z',
      'matri00001_20300128T080000Z',
      'single0001',
    ]);
  });

  test('singleEvents=true, showDeleted=true: cancelled instances too, never a master', async () => {
    expect(await ids({ singleEvents: true, showDeleted: true })).toEqual([
      'deleted001 ×',
      'delseries1_20300107T080000Z ×',
      'delseries1_20300114T080000Z ×',
      'matri00001_20300107T080000Z',
      'matri00001_20300114T080000Z ×',
      'matri00001_20300121T080000Z',
      'matri00001_20300128T080000Z',
      'single0001',
    ]);
  });

  test('a cancelled exception in a list carries id, recurringEventId and originalStartTime', async () => {
    const dora = await h.user('dora@example.com', { timeZone: 'Europe/Berlin' });
    const { data } = await dora.api.events.list({ calendarId: 'primary' });
    const cancelled = data.items?.find((e) => e.status === 'cancelled');
    expect(cancelled).toMatchObject({
      id: 'matri00001_20300114T080000Z',
      recurringEventId: 'matri00001',
      originalStartTime: { dateTime: '2030-01-14T09:00:00+01:00' },
    });
  });

  test('incremental sync reports a cancelled instance with its series keys', async () => {
    const erin = await h.user('erin@example.com', { timeZone: 'Europe/Berlin' });
    await erin.api.events.insert({ calendarId: 'primary', requestBody: weekly('incinst001') });
    const { data: full } = await erin.api.events.list({ calendarId: 'primary' });
    await erin.api.events.delete({ calendarId: 'primary', eventId: 'incinst001_20300121T080000Z' });
    const { data } = await erin.api.events.list({
      calendarId: 'primary',
      syncToken: full.nextSyncToken!,
    });
    expect(data.items).toEqual([
      {
        kind: 'calendar#event',
        etag: expect.any(String),
        id: 'incinst001_20300121T080000Z',
        status: 'cancelled',
        recurringEventId: 'incinst001',
        originalStartTime: { dateTime: '2030-01-21T09:00:00+01:00', timeZone: 'Europe/Berlin' },
      },
    ]);
  });

  test('instances with showDeleted include cancelled ones', async () => {
    const dora = await h.user('dora@example.com', { timeZone: 'Europe/Berlin' });
    const { data } = await dora.api.events.instances({
      calendarId: 'primary',
      eventId: 'matri00001',
      showDeleted: true,
    });
    expect(data.items?.map((e) => e.status)).toEqual([
      'confirmed',
      'cancelled',
      'confirmed',
      'confirmed',
    ]);
    const { data: live } = await dora.api.events.instances({
      calendarId: 'primary',
      eventId: 'matri00001',
    });
    expect(live.items).toHaveLength(3);
  });
});

// Conformance: what Google leaves out when asked to — `fields` partial responses on get and
// list, `maxAttendees` (the participant only, with attendeesOmitted), the `eventTypes` filter
// on list — through the real client.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { failure, startHarness, timed, type Harness, type User } from './harness.js';

let h: Harness;
let ada: User;

const slot = timed('2031-05-05T09:00:00Z', '2031-05-05T10:00:00Z');

beforeAll(async () => {
  h = await startHarness();
  ada = await h.user('ada@example.com');
  await ada.api.events.insert({
    calendarId: 'primary',
    requestBody: {
      id: 'meeting001',
      summary: 'Board meeting',
      location: 'Room 1',
      ...slot,
      attendees: [
        { email: 'ada@example.com', responseStatus: 'accepted' },
        { email: 'bob@example.org' },
        { email: 'cy@example.org' },
      ],
    },
  });
  await ada.api.events.insert({
    calendarId: 'primary',
    requestBody: {
      id: 'focus00001',
      summary: 'Focus',
      eventType: 'focusTime',
      focusTimeProperties: { chatStatus: 'doNotDisturb' },
      ...timed('2031-05-06T09:00:00Z', '2031-05-06T11:00:00Z'),
    },
  });
  await ada.api.events.insert({
    calendarId: 'primary',
    requestBody: {
      id: 'offsite001',
      summary: 'Away',
      eventType: 'outOfOffice',
      outOfOfficeProperties: { autoDeclineMode: 'declineNone' },
      ...timed('2031-05-07T09:00:00Z', '2031-05-07T17:00:00Z'),
    },
  });
});
afterAll(() => h.close());

describe('fields', () => {
  test('get with fields=id,summary answers those two and nothing else', async () => {
    const { data } = await ada.api.events.get({
      calendarId: 'primary',
      eventId: 'meeting001',
      fields: 'id,summary',
    });
    expect(data).toEqual({ id: 'meeting001', summary: 'Board meeting' });
  });

  test('a sub-selection reaches into objects and arrays', async () => {
    const { data } = await ada.api.events.get({
      calendarId: 'primary',
      eventId: 'meeting001',
      fields: 'start/dateTime,attendees(email)',
    });
    expect(data).toEqual({
      start: { dateTime: '2031-05-05T09:00:00Z' },
      attendees: [
        { email: 'ada@example.com' },
        { email: 'bob@example.org' },
        { email: 'cy@example.org' },
      ],
    });
  });

  test('list with fields=items(id,updated),nextSyncToken, and the token still works', async () => {
    const { data } = await ada.api.events.list({
      calendarId: 'primary',
      fields: 'items(id,updated),nextSyncToken',
    });
    expect(Object.keys(data).sort()).toEqual(['items', 'nextSyncToken']);
    expect(data.items?.map((e) => Object.keys(e).sort())).toEqual([
      ['id', 'updated'],
      ['id', 'updated'],
      ['id', 'updated'],
    ]);
    const next = await ada.api.events.list({
      calendarId: 'primary',
      syncToken: data.nextSyncToken!,
    });
    expect(next.data.items).toEqual([]);
  });

  test('a selector Google cannot read → 400; an error answer is never cut', async () => {
    const bad = await failure(
      ada.api.events.get({ calendarId: 'primary', eventId: 'meeting001', fields: 'items(id' }),
    );
    expect(bad.status).toBe(400);
    expect(bad.reason).toBe('invalidParameter');
    const missing = await failure(
      ada.api.events.get({ calendarId: 'primary', eventId: 'nosuchone1', fields: 'id' }),
    );
    expect(missing.data).toMatchObject({ error: { code: 404, errors: [{ reason: 'notFound' }] } });
  });
});

describe('maxAttendees', () => {
  test('more guests than asked for: only the participant, with attendeesOmitted', async () => {
    const { data } = await ada.api.events.get({
      calendarId: 'primary',
      eventId: 'meeting001',
      maxAttendees: 2,
    });
    expect(data.attendees).toEqual([
      { email: 'ada@example.com', self: true, organizer: true, responseStatus: 'accepted' },
    ]);
    expect(data.attendeesOmitted).toBe(true);
    const listed = await ada.api.events.list({ calendarId: 'primary', maxAttendees: 1 });
    const meeting = listed.data.items?.find((e) => e.id === 'meeting001');
    expect(meeting?.attendees?.map((a) => a.email)).toEqual(['ada@example.com']);
    expect(meeting?.attendeesOmitted).toBe(true);
  });

  test('as many guests as asked for, or more room: the whole list, nothing omitted', async () => {
    const { data } = await ada.api.events.get({
      calendarId: 'primary',
      eventId: 'meeting001',
      maxAttendees: 3,
    });
    expect(data.attendees).toHaveLength(3);
    expect(data.attendeesOmitted).toBeUndefined();
  });

  test('write answers are cut too, and the stored guest list is not', async () => {
    const { data } = await ada.api.events.patch({
      calendarId: 'primary',
      eventId: 'meeting001',
      maxAttendees: 1,
      requestBody: { location: 'Room 2' },
    });
    expect(data.attendees).toHaveLength(1);
    const whole = await ada.api.events.get({ calendarId: 'primary', eventId: 'meeting001' });
    expect(whole.data.attendees).toHaveLength(3);
  });

  test('a write with attendeesOmitted changes the attendees it names and keeps the rest', async () => {
    const { data: seen } = await ada.api.events.get({
      calendarId: 'primary',
      eventId: 'meeting001',
      maxAttendees: 1,
    });
    await ada.api.events.patch({
      calendarId: 'primary',
      eventId: 'meeting001',
      requestBody: {
        attendeesOmitted: true,
        attendees: seen.attendees!.map((a) => ({ ...a, responseStatus: 'tentative' })),
      },
    });
    const { data } = await ada.api.events.get({ calendarId: 'primary', eventId: 'meeting001' });
    expect(data.attendees?.map((a) => [a.email, a.responseStatus])).toEqual([
      ['ada@example.com', 'tentative'],
      ['bob@example.org', 'needsAction'],
      ['cy@example.org', 'needsAction'],
    ]);
  });

  test('maxAttendees below 1 → 400', async () => {
    const f = await failure(
      ada.api.events.get({ calendarId: 'primary', eventId: 'meeting001', maxAttendees: 0 }),
    );
    expect(f.status).toBe(400);
  });
});

describe('eventTypes', () => {
  test('list keeps only the types asked for; none asked means every type', async () => {
    const ids = async (eventTypes?: string[]) =>
      (
        await ada.api.events.list({ calendarId: 'primary', ...(eventTypes ? { eventTypes } : {}) })
      ).data.items
        ?.map((e) => e.id)
        .sort();
    expect(await ids()).toEqual(['focus00001', 'meeting001', 'offsite001']);
    expect(await ids(['focusTime'])).toEqual(['focus00001']);
    expect(await ids(['default', 'outOfOffice'])).toEqual(['meeting001', 'offsite001']);
    expect(await ids(['workingLocation'])).toEqual([]);
  });

  test('an unknown type → 400', async () => {
    const f = await failure(ada.api.events.list({ calendarId: 'primary', eventTypes: ['party'] }));
    expect(f.status).toBe(400);
  });
});

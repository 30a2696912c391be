// Conformance: Google's special event types through the real client — birthdays (created only
// as Google specifies, then only colour, title, reminders and date may change, and not the date
// of one from Contacts), events from Gmail (never created through the API, few fields
// writable), and the status events (primary calendars only; focus time and out of office timed
// and without guests; working location public, free, without guests and never written through
// the batch endpoint). The type itself never changes, and an imported birthday becomes default.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { calendar_v3 } from '@googleapis/calendar';
import { sendBatch } from '../../../src-main/google/batch';
import { failure, startHarness, timed, type Harness, type User } from './harness.js';

let h: Harness;
let alice: User;
let secondary: string;

beforeAll(async () => {
  h = await startHarness({ quotaPerUserPerMinute: 100_000 });
  alice = await h.user('alice@example.com');
  secondary = (
    await h.admin<{ id: string }>('calendars', { email: 'alice@example.com', summary: 'Side' })
  ).id;
});
afterAll(() => h.close());

let n = 0;
const nextId = () => `kinds${String(++n).padStart(5, '0')}`;
const insert = (requestBody: calendar_v3.Schema$Event, calendarId = 'primary') =>
  alice.api.events.insert({ calendarId, requestBody: { id: nextId(), ...requestBody } });
const patch = (eventId: string, requestBody: calendar_v3.Schema$Event) =>
  alice.api.events.patch({ calendarId: 'primary', eventId, requestBody });
const refused = async (promise: Promise<unknown>) => {
  const f = await failure(promise);
  return [f.status, f.reason];
};
const RESTRICTED = [400, 'eventTypeRestriction'];

const birthday = (extra: calendar_v3.Schema$Event = {}): calendar_v3.Schema$Event => ({
  eventType: 'birthday',
  summary: 'Grace',
  start: { date: '2030-03-15' },
  end: { date: '2030-03-16' },
  recurrence: ['RRULE:FREQ=YEARLY'],
  visibility: 'private',
  transparency: 'transparent',
  ...extra,
});
const workingLocation = (extra: calendar_v3.Schema$Event = {}): calendar_v3.Schema$Event => ({
  eventType: 'workingLocation',
  start: { date: '2030-03-18' },
  end: { date: '2030-03-19' },
  visibility: 'public',
  transparency: 'transparent',
  workingLocationProperties: { type: 'officeLocation', officeLocation: { label: 'HQ, floor 3' } },
  ...extra,
});

describe('birthdays', () => {
  test('are created as Google specifies and come back with their birthdayProperties', async () => {
    const { data } = await insert(
      birthday({
        colorId: '4',
        reminders: { useDefault: false, overrides: [{ method: 'popup', minutes: 600 }] },
      }),
    );
    expect(data).toMatchObject({
      eventType: 'birthday',
      birthdayProperties: { type: 'birthday' },
      recurrence: ['RRULE:FREQ=YEARLY'],
      colorId: '4',
    });
    const leap = await insert(
      birthday({
        start: { date: '2032-02-29' },
        end: { date: '2032-03-01' },
        recurrence: ['RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1'],
      }),
    );
    expect(leap.data.eventType).toBe('birthday');
  });

  test('are refused in any other shape', async () => {
    for (const bad of [
      birthday(timed('2030-03-15T09:00:00Z', '2030-03-15T10:00:00Z', 'UTC')),
      birthday({ end: { date: '2030-03-17' } }),
      birthday({ visibility: undefined }),
      birthday({ transparency: 'opaque' }),
      birthday({ recurrence: ['RRULE:FREQ=YEARLY;COUNT=3'] }),
      birthday({ recurrence: undefined }),
      birthday({ description: 'Cake!' }),
      birthday({ location: 'Home' }),
      birthday({ attendees: [{ email: 'bob@example.com' }] }),
      birthday({ birthdayProperties: { type: 'anniversary' } }),
      birthday({ birthdayProperties: { type: 'birthday', contact: 'people/c12345' } }),
    ]) {
      expect(await refused(insert(bad)), JSON.stringify(bad)).toEqual(RESTRICTED);
    }
  });

  test('only their colour, title, reminders and date may change; their type never', async () => {
    const { data } = await insert(birthday());
    const id = data.id!;
    expect(
      (
        await patch(id, {
          colorId: '9',
          summary: 'Grace Hopper',
          reminders: { useDefault: false, overrides: [] },
        })
      ).data,
    ).toMatchObject({
      colorId: '9',
      summary: 'Grace Hopper',
      birthdayProperties: { type: 'birthday' },
    });
    expect(
      (await patch(id, { start: { date: '2030-12-09' }, end: { date: '2030-12-10' } })).data.start,
    ).toEqual({ date: '2030-12-09' });
    for (const body of [
      { location: 'Home' },
      { description: 'x' },
      { recurrence: ['RRULE:FREQ=MONTHLY'] },
      { visibility: 'public' },
      { start: { date: '2030-12-09' }, end: { date: '2030-12-11' } },
      { birthdayProperties: { type: 'other' } },
      { eventType: 'default' },
    ]) {
      expect(await refused(patch(id, body)), JSON.stringify(body)).toEqual(RESTRICTED);
    }
    // Sending what the event already has is no change at all.
    expect(
      (await patch(id, { recurrence: ['RRULE:FREQ=YEARLY'], visibility: 'private' })).status,
    ).toBe(200);
    expect(
      await refused(
        alice.api.events.move({ calendarId: 'primary', eventId: id, destination: secondary }),
      ),
    ).toEqual(RESTRICTED);
  });

  test('one from Google Contacts keeps its date: Google changes it there', async () => {
    const { ids } = await h.admin<{ ids: string[] }>('events', {
      calendarId: 'alice@example.com',
      events: [
        birthday({
          id: nextId(),
          birthdayProperties: { type: 'birthday', contact: 'people/c12345' },
        }),
      ],
    });
    const id = ids[0]!;
    expect(
      await refused(patch(id, { start: { date: '2030-03-20' }, end: { date: '2030-03-21' } })),
    ).toEqual(RESTRICTED);
    expect((await patch(id, { colorId: '2' })).data).toMatchObject({
      colorId: '2',
      birthdayProperties: { type: 'birthday', contact: 'people/c12345' },
    });
  });

  test('an imported birthday becomes a default event', async () => {
    const { data } = await alice.api.events.import({
      calendarId: 'primary',
      requestBody: {
        ...birthday(),
        iCalUID: 'grace-birthday@example.com',
        birthdayProperties: { type: 'birthday' },
      },
    });
    expect(data.eventType).toBe('default');
    expect(data.birthdayProperties).toBeUndefined();
  });
});

describe('events from Gmail', () => {
  test('cannot be created through the API; only some of their fields may change', async () => {
    expect(
      await refused(
        insert({
          eventType: 'fromGmail',
          ...timed('2030-04-01T09:00:00Z', '2030-04-01T10:00:00Z'),
        }),
      ),
    ).toEqual(RESTRICTED);
    const { ids } = await h.admin<{ ids: string[] }>('events', {
      calendarId: 'alice@example.com',
      events: [
        {
          id: nextId(),
          eventType: 'fromGmail',
          summary: 'Flight LH123',
          ...timed('2030-04-01T09:00:00Z', '2030-04-01T10:00:00Z'),
        },
      ],
    });
    expect((await patch(ids[0]!, { colorId: '3', transparency: 'transparent' })).data.colorId).toBe(
      '3',
    );
    expect(await refused(patch(ids[0]!, { summary: 'My flight' }))).toEqual(RESTRICTED);
    expect(
      await refused(patch(ids[0]!, timed('2030-04-01T10:00:00Z', '2030-04-01T11:00:00Z'))),
    ).toEqual(RESTRICTED);
  });
});

describe('status events', () => {
  const focus = (extra: calendar_v3.Schema$Event = {}): calendar_v3.Schema$Event => ({
    eventType: 'focusTime',
    ...timed('2030-05-01T09:00:00Z', '2030-05-01T11:00:00Z'),
    focusTimeProperties: {
      chatStatus: 'doNotDisturb',
      autoDeclineMode: 'declineOnlyNewConflictingInvitations',
    },
    ...extra,
  });
  const away = (extra: calendar_v3.Schema$Event = {}): calendar_v3.Schema$Event => ({
    eventType: 'outOfOffice',
    ...timed('2030-05-02T00:00:00Z', '2030-05-04T00:00:00Z'),
    outOfOfficeProperties: {
      autoDeclineMode: 'declineAllConflictingInvitations',
      declineMessage: 'On holiday',
    },
    ...extra,
  });

  test('exist only on primary calendars', async () => {
    for (const body of [focus(), away(), workingLocation()])
      expect(await refused(insert(body, secondary)), body.eventType!).toEqual(RESTRICTED);
    expect(
      await refused(
        insert({
          eventType: 'sometimes',
          ...timed('2030-05-01T09:00:00Z', '2030-05-01T10:00:00Z'),
        }),
      ),
    ).toEqual([400, 'invalid']);
  });

  test('focus time and out of office are timed, busy and without guests, also after a change', async () => {
    for (const make of [focus, away]) {
      const { data } = await insert(make());
      expect(data.eventType).toBe(make().eventType);
      expect(
        await refused(insert(make({ start: { date: '2030-05-01' }, end: { date: '2030-05-02' } }))),
      ).toEqual(RESTRICTED);
      expect(await refused(insert(make({ attendees: [{ email: 'bob@example.com' }] })))).toEqual(
        RESTRICTED,
      );
      expect(await refused(insert(make({ transparency: 'transparent' })))).toEqual(RESTRICTED);
      expect(await refused(patch(data.id!, { attendees: [{ email: 'bob@example.com' }] }))).toEqual(
        RESTRICTED,
      );
      const recoloured = (await patch(data.id!, { colorId: '5' })).data;
      expect(recoloured.focusTimeProperties ?? recoloured.outOfOfficeProperties).toEqual(
        make().focusTimeProperties ?? make().outOfOfficeProperties,
      );
    }
    expect(
      await refused(
        insert({
          eventType: 'focusTime',
          ...timed('2030-05-01T09:00:00Z', '2030-05-01T11:00:00Z'),
        }),
      ),
    ).toEqual([400, 'required']);
  });

  test('working location is public, free and without guests, and is never written through the batch endpoint', async () => {
    const { data } = await insert(workingLocation());
    expect(data.workingLocationProperties).toEqual({
      type: 'officeLocation',
      officeLocation: { label: 'HQ, floor 3' },
    });
    expect(
      (await insert(workingLocation(timed('2030-03-20T08:00:00Z', '2030-03-21T18:00:00Z')))).status,
    ).toBe(200);
    for (const bad of [
      workingLocation({ end: { date: '2030-03-20' } }),
      workingLocation({ visibility: 'default' }),
      workingLocation({ transparency: 'opaque' }),
      workingLocation({ attendees: [{ email: 'bob@example.com' }] }),
    ]) {
      expect(await refused(insert(bad)), JSON.stringify(bad)).toEqual(RESTRICTED);
    }
    expect((await patch(data.id!, { colorId: '7' })).data).toMatchObject({
      colorId: '7',
      workingLocationProperties: data.workingLocationProperties,
    });
    const path = '/calendar/v3/calendars/alice%40example.com/events';
    const [inserted, patched, read] = await sendBatch(alice.auth, `${h.url}/`, [
      { method: 'POST', path, body: { id: nextId(), ...workingLocation() } },
      { method: 'PATCH', path: `${path}/${data.id}`, body: { colorId: '8' } },
      { method: 'GET', path: `${path}/${data.id}` },
    ]);
    expect([inserted?.status, patched?.status, read?.status]).toEqual([400, 400, 200]);
    expect((read?.body as calendar_v3.Schema$Event).colorId).toBe('7');
  });
});

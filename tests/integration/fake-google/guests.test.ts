// Conformance: attendees, organizer/creator/self, guests' limits (403 forbiddenForNonOrganizer),
// the notification emails sendUpdates asks for, and conferenceData with conferenceDataVersion.

import type { calendar_v3 } from '@googleapis/calendar';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { failure, startHarness, timed, type Harness, type User } from './harness.js';

interface Mail {
  to: string;
  kind: string;
  calendarId: string;
  eventId: string;
}

let h: Harness;
let alice: User;
const slot = timed('2030-01-07T09:00:00Z', '2030-01-07T10:00:00Z');
const mails = async (): Promise<[string, string, string][]> =>
  (await h.admin<Mail[]>('notifications', undefined, 'GET'))
    .map((m) => [m.kind, m.to, m.eventId] as [string, string, string])
    .sort();

beforeAll(async () => {
  h = await startHarness();
  alice = await h.user('alice@example.com');
  await h.admin('accounts', { email: 'bob@example.com' });
});
afterAll(() => h.close());
beforeEach(() => h.admin('notifications', undefined, 'DELETE'));

describe('attendees', () => {
  test('attendees come back with responseStatus and the organizer/self flags', async () => {
    const { data } = await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: {
        ...slot,
        attendees: [
          { email: 'alice@example.com', responseStatus: 'accepted' },
          { email: 'bob@example.com' },
          { email: 'carol@elsewhere.org', optional: true },
        ],
      },
    });
    expect(data.attendees).toEqual([
      { email: 'alice@example.com', organizer: true, self: true, responseStatus: 'accepted' },
      { email: 'bob@example.com', responseStatus: 'needsAction' },
      { email: 'carol@elsewhere.org', optional: true, responseStatus: 'needsAction' },
    ]);
  });

  test('an attendee without email → 400', async () => {
    expect(
      (
        await failure(
          alice.api.events.insert({
            calendarId: 'primary',
            requestBody: { ...slot, attendees: [{ displayName: 'Nobody' }] },
          }),
        )
      ).status,
    ).toBe(400);
  });
});

describe('sendUpdates', () => {
  test('insert with all → an invitation per guest, never to the organizer', async () => {
    await alice.api.events.insert({
      calendarId: 'primary',
      sendUpdates: 'all',
      requestBody: {
        id: 'inviteall1',
        ...slot,
        attendees: [
          { email: 'alice@example.com' },
          { email: 'bob@example.com' },
          { email: 'carol@elsewhere.org' },
        ],
      },
    });
    expect(await mails()).toEqual([
      ['invitation', 'bob@example.com', 'inviteall1'],
      ['invitation', 'carol@elsewhere.org', 'inviteall1'],
    ]);
  });

  test('externalOnly mails only guests without a Google account; none or absent mails nobody', async () => {
    const attendees = [{ email: 'bob@example.com' }, { email: 'carol@elsewhere.org' }];
    await alice.api.events.insert({
      calendarId: 'primary',
      sendUpdates: 'externalOnly',
      requestBody: { id: 'eternal001', ...slot, attendees },
    });
    await alice.api.events.insert({
      calendarId: 'primary',
      sendUpdates: 'none',
      requestBody: { id: 'nomail0001', ...slot, attendees },
    });
    await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: { id: 'nomail0002', ...slot, attendees },
    });
    expect(await mails()).toEqual([['invitation', 'carol@elsewhere.org', 'eternal001']]);
  });

  test('patch: updates to kept guests, invitation to added, cancellation to removed', async () => {
    await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: {
        id: 'patchmail1',
        ...slot,
        attendees: [{ email: 'bob@example.com' }, { email: 'carol@elsewhere.org' }],
      },
    });
    await alice.api.events.patch({
      calendarId: 'primary',
      eventId: 'patchmail1',
      sendUpdates: 'all',
      requestBody: {
        summary: 'Renamed',
        attendees: [{ email: 'bob@example.com' }, { email: 'dan@elsewhere.org' }],
      },
    });
    expect(await mails()).toEqual([
      ['cancellation', 'carol@elsewhere.org', 'patchmail1'],
      ['invitation', 'dan@elsewhere.org', 'patchmail1'],
      ['update', 'bob@example.com', 'patchmail1'],
    ]);
  });

  test('delete with all → cancellation to every guest', async () => {
    await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: { id: 'delmail001', ...slot, attendees: [{ email: 'bob@example.com' }] },
    });
    await alice.api.events.delete({
      calendarId: 'primary',
      eventId: 'delmail001',
      sendUpdates: 'all',
    });
    const [mail] = await h.admin<Mail[]>('notifications', undefined, 'GET');
    expect(mail).toMatchObject({
      to: 'bob@example.com',
      kind: 'cancellation',
      calendarId: 'alice@example.com',
      eventId: 'delmail001',
      at: expect.any(String),
    });
  });
});

describe('guests who are not the organizer', () => {
  test('may change their response and reminders, not shared fields → 403 forbiddenForNonOrganizer', async () => {
    const bob = await h.user('bob@example.com');
    const params: calendar_v3.Params$Resource$Events$Import = {
      calendarId: 'primary',
      requestBody: {
        iCalUID: 'meeting-1@elsewhere.org',
        summary: 'Their meeting',
        organizer: { email: 'carol@elsewhere.org' },
        ...slot,
        attendees: [{ email: 'carol@elsewhere.org' }, { email: 'bob@example.com' }],
      },
    };
    const { data } = await bob.api.events.import(params);
    expect(data.organizer).toEqual({ email: 'carol@elsewhere.org' });
    expect(data.attendees?.find((a) => a.email === 'bob@example.com')?.self).toBe(true);
    const id = data.id!;
    const { data: rsvp } = await bob.api.events.patch({
      calendarId: 'primary',
      eventId: id,
      requestBody: {
        attendees: [
          { email: 'carol@elsewhere.org' },
          { email: 'bob@example.com', responseStatus: 'accepted' },
        ],
        reminders: { useDefault: false, overrides: [{ method: 'popup', minutes: 5 }] },
      },
    });
    expect(rsvp.attendees?.find((a) => a.self)?.responseStatus).toBe('accepted');
    for (const body of [
      { summary: 'Hijacked' },
      { ...timed('2030-01-08T09:00:00Z', '2030-01-08T10:00:00Z') },
      { attendees: [{ email: 'bob@example.com' }] },
      { extendedProperties: { shared: { a: 'b' } } },
    ]) {
      const f = await failure(
        bob.api.events.patch({ calendarId: 'primary', eventId: id, requestBody: body }),
      );
      expect(f.status).toBe(403);
      expect(f.reason).toBe('forbiddenForNonOrganizer');
    }
    // PUT without the organizer's fields counts as changing them.
    const f = await failure(
      bob.api.events.update({ calendarId: 'primary', eventId: id, requestBody: { ...slot } }),
    );
    expect(f.reason).toBe('forbiddenForNonOrganizer');
  });

  test('import requires iCalUID', async () => {
    expect(
      (await failure(alice.api.events.import({ calendarId: 'primary', requestBody: { ...slot } })))
        .status,
    ).toBe(400);
  });
});

describe('conferenceData', () => {
  const createRequest = {
    conferenceData: {
      createRequest: { requestId: 'req-1', conferenceSolutionKey: { type: 'hangoutsMeet' } },
    },
  };

  test('ignored without conferenceDataVersion=1', async () => {
    const { data } = await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: { ...slot, ...createRequest },
    });
    expect(data.conferenceData).toBeUndefined();
    expect(data.hangoutLink).toBeUndefined();
  });

  test('with conferenceDataVersion=1 a createRequest makes a Meet conference', async () => {
    const { data } = await alice.api.events.insert({
      calendarId: 'primary',
      conferenceDataVersion: 1,
      requestBody: { ...slot, ...createRequest },
    });
    expect(data.conferenceData?.createRequest?.status?.statusCode).toBe('success');
    expect(data.conferenceData?.conferenceSolution?.key?.type).toBe('hangoutsMeet');
    expect(data.hangoutLink).toMatch(/^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    // A later patch without the version keeps the conference.
    const { data: patched } = await alice.api.events.patch({
      calendarId: 'primary',
      eventId: data.id!,
      requestBody: { summary: 'x', conferenceData: null } as unknown as calendar_v3.Schema$Event,
    });
    expect(patched.hangoutLink).toBe(data.hangoutLink);
  });

  test('conferenceDataVersion=2 → 400', async () => {
    expect(
      (
        await failure(
          alice.api.events.insert({
            calendarId: 'primary',
            conferenceDataVersion: 2,
            requestBody: slot,
          }),
        )
      ).status,
    ).toBe(400);
  });
});

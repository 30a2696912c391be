// Conformance: single events through the real client — insert/get/patch/update/delete, ids,
// etags and conditional requests, deleted events, validation errors.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { failure, startHarness, timed, allDay, type Harness, type User } from './harness.js';

let h: Harness;
let alice: User;

beforeAll(async () => {
  h = await startHarness();
  alice = await h.user('alice@example.com');
});
afterAll(() => h.close());

const slot = timed('2030-01-07T09:00:00Z', '2030-01-07T10:00:00Z');

describe('ids', () => {
  test('a client-chosen base32hex id is kept', async () => {
    const { data } = await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: { id: 'abcdef0123456789', summary: 'Mine', ...slot },
    });
    expect(data.id).toBe('abcdef0123456789');
    expect(data.iCalUID).toBe('abcdef0123456789@google.com');
  });

  test('server-generated ids follow the same alphabet', async () => {
    const { data } = await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: { summary: 'Generated', ...slot },
    });
    expect(data.id).toMatch(/^[a-v0-9]{5,1024}$/);
  });

  test.each(['ABCDEF', 'abc', 'wxyz12345', '6f1e4c2a-9b0d-4e8f-a1b2-c3d4e5f60718'])(
    'invalid id %s → 400',
    async (id) => {
      const f = await failure(
        alice.api.events.insert({ calendarId: 'primary', requestBody: { id, ...slot } }),
      );
      expect(f.status).toBe(400);
      expect(f.reason).toBe('invalid');
    },
  );

  test('a duplicate id → 409 duplicate, also after the first was deleted', async () => {
    await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: { id: 'dup0000001', ...slot },
    });
    expect(
      (
        await failure(
          alice.api.events.insert({
            calendarId: 'primary',
            requestBody: { id: 'dup0000001', ...slot },
          }),
        )
      ).reason,
    ).toBe('duplicate');
    await alice.api.events.delete({ calendarId: 'primary', eventId: 'dup0000001' });
    const f = await failure(
      alice.api.events.insert({
        calendarId: 'primary',
        requestBody: { id: 'dup0000001', ...slot },
      }),
    );
    expect(f.status).toBe(409);
    expect(f.reason).toBe('duplicate');
  });
});

describe('resource shape', () => {
  test('insert returns Google’s read-only fields', async () => {
    const { data, headers } = await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: { summary: 'Shape', ...slot },
    });
    expect(data.kind).toBe('calendar#event');
    expect(data.status).toBe('confirmed');
    expect(data.etag).toMatch(/^"\d+"$/);
    expect((headers as unknown as Headers).get('etag')).toBe(data.etag);
    expect(data.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(data.updated).toBe(data.created);
    expect(data.creator).toEqual({ email: 'alice@example.com', self: true });
    expect(data.organizer).toMatchObject({ email: 'alice@example.com', self: true });
    expect(data.reminders).toEqual({ useDefault: true });
    expect(data.sequence).toBe(0);
    expect(data.htmlLink).toMatch(/^https:\/\/www\.google\.com\/calendar\/event\?eid=/);
  });

  test('read-only fields in the body are ignored', async () => {
    const { data } = await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: {
        summary: 'Sneaky',
        etag: '"1"',
        created: '2000-01-01T00:00:00.000Z',
        organizer: { email: 'mallory@example.com' },
        ...slot,
      },
    });
    expect(data.etag).not.toBe('"1"');
    expect(data.created).not.toBe('2000-01-01T00:00:00.000Z');
    expect(data.organizer?.email).toBe('alice@example.com');
  });

  test('a local time with a timeZone is read in its zone, answered in the calendar’s', async () => {
    const { data } = await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: timed('2030-07-01T09:00:00', '2030-07-01T10:00:00', 'Europe/Berlin'),
    });
    // Alice's calendar is in UTC: 09:00 in Berlin (summer) is 07:00Z; the zone stays Berlin's.
    expect(data.start).toEqual({ dateTime: '2030-07-01T07:00:00Z', timeZone: 'Europe/Berlin' });
  });
});

describe('validation', () => {
  test('missing end → 400 required', async () => {
    const f = await failure(
      alice.api.events.insert({
        calendarId: 'primary',
        requestBody: { start: { dateTime: '2030-01-01T00:00:00Z' } },
      }),
    );
    expect(f.status).toBe(400);
    expect(f.reason).toBe('required');
  });

  test('end before start → 400 timeRangeEmpty', async () => {
    const f = await failure(
      alice.api.events.insert({
        calendarId: 'primary',
        requestBody: timed('2030-01-01T10:00:00Z', '2030-01-01T09:00:00Z'),
      }),
    );
    expect(f.status).toBe(400);
    expect(f.reason).toBe('timeRangeEmpty');
  });

  test('a dateTime without offset or timeZone → 400', async () => {
    const f = await failure(
      alice.api.events.insert({
        calendarId: 'primary',
        requestBody: timed('2030-01-01T09:00:00', '2030-01-01T10:00:00'),
      }),
    );
    expect(f.status).toBe(400);
  });

  test('mixed date and dateTime → 400', async () => {
    const f = await failure(
      alice.api.events.insert({
        calendarId: 'primary',
        requestBody: { start: { date: '2030-01-01' }, end: { dateTime: '2030-01-02T00:00:00Z' } },
      }),
    );
    expect(f.status).toBe(400);
  });

  test('useDefault with overrides → 400; more than five overrides → 400', async () => {
    const both = await failure(
      alice.api.events.insert({
        calendarId: 'primary',
        requestBody: {
          ...slot,
          reminders: { useDefault: true, overrides: [{ method: 'popup', minutes: 5 }] },
        },
      }),
    );
    expect(both.status).toBe(400);
    const six = Array.from({ length: 6 }, (_, i) => ({ method: 'popup', minutes: i }));
    expect(
      (
        await failure(
          alice.api.events.insert({
            calendarId: 'primary',
            requestBody: { ...slot, reminders: { useDefault: false, overrides: six } },
          }),
        )
      ).status,
    ).toBe(400);
  });

  test('reminders overrides are kept', async () => {
    const { data } = await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: {
        ...slot,
        reminders: { useDefault: false, overrides: [{ method: 'email', minutes: 30 }] },
      },
    });
    expect(data.reminders).toEqual({
      useDefault: false,
      overrides: [{ method: 'email', minutes: 30 }],
    });
  });

  test('an unknown sendUpdates value → 400', async () => {
    const f = await failure(
      alice.api.events.insert({
        calendarId: 'primary',
        sendUpdates: 'everyone',
        requestBody: slot,
      }),
    );
    expect(f.status).toBe(400);
  });

  test('a malformed JSON body → 400 parseError (raw HTTP)', async () => {
    const response = await fetch(`${h.url}/calendar/v3/calendars/primary/events`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${alice.tokens.access_token}`,
        'Content-Type': 'application/json',
      },
      body: '{"summary": ',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: { code: number; errors: { reason: string }[] };
    };
    expect(body.error.code).toBe(400);
    expect(body.error.errors[0]?.reason).toBe('parseError');
  });
});

describe('updates', () => {
  test('patch changes given fields only, bumps etag and updated', async () => {
    const { data: created } = await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: { summary: 'Before', location: 'Room 1', ...slot },
    });
    await new Promise((r) => setTimeout(r, 2));
    const { data: patched } = await alice.api.events.patch({
      calendarId: 'primary',
      eventId: created.id!,
      requestBody: { summary: 'After' },
    });
    expect(patched.summary).toBe('After');
    expect(patched.location).toBe('Room 1');
    expect(patched.etag).not.toBe(created.etag);
    expect(patched.updated! > created.updated!).toBe(true);
    expect(patched.created).toBe(created.created);
  });

  test('patch with null clears a field', async () => {
    const { data: created } = await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: { summary: 'x', location: 'Room 2', ...slot },
    });
    const { data } = await alice.api.events.patch({
      calendarId: 'primary',
      eventId: created.id!,
      requestBody: { location: null },
    });
    expect(data.location).toBeUndefined();
  });

  test('update (PUT) replaces the resource: omitted fields are cleared', async () => {
    const { data: created } = await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: { summary: 'Full', description: 'text', ...slot },
    });
    const { data } = await alice.api.events.update({
      calendarId: 'primary',
      eventId: created.id!,
      requestBody: { summary: 'Replaced', ...slot },
    });
    expect(data.summary).toBe('Replaced');
    expect(data.description).toBeUndefined();
    expect(data.id).toBe(created.id);
  });

  test('changing the time bumps sequence', async () => {
    const { data: created } = await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: { summary: 's', ...slot },
    });
    const { data } = await alice.api.events.patch({
      calendarId: 'primary',
      eventId: created.id!,
      requestBody: timed('2030-01-08T09:00:00Z', '2030-01-08T10:00:00Z'),
    });
    expect(data.sequence).toBe(1);
  });

  test('patch of an unknown id → 404 notFound', async () => {
    const f = await failure(
      alice.api.events.patch({
        calendarId: 'primary',
        eventId: 'nosuchevent1',
        requestBody: { summary: 'x' },
      }),
    );
    expect(f.status).toBe(404);
    expect(f.reason).toBe('notFound');
  });
});

describe('etags', () => {
  test('If-Match with the current etag succeeds, with a stale one → 412 conditionNotMet', async () => {
    const { data: v1 } = await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: { summary: 'v1', ...slot },
    });
    const { data: v2 } = await alice.api.events.patch(
      { calendarId: 'primary', eventId: v1.id!, requestBody: { summary: 'v2' } },
      { headers: { 'If-Match': v1.etag! } },
    );
    expect(v2.summary).toBe('v2');
    const f = await failure(
      alice.api.events.patch(
        { calendarId: 'primary', eventId: v1.id!, requestBody: { summary: 'v3' } },
        { headers: { 'If-Match': v1.etag! } },
      ),
    );
    expect(f.status).toBe(412);
    expect(f.reason).toBe('conditionNotMet');
    const g = await failure(
      alice.api.events.delete(
        { calendarId: 'primary', eventId: v1.id! },
        { headers: { 'If-Match': v1.etag! } },
      ),
    );
    expect(g.status).toBe(412);
    const { data: still } = await alice.api.events.get({ calendarId: 'primary', eventId: v1.id! });
    expect(still.summary).toBe('v2');
  });

  test('If-None-Match with the current etag → 304, with an old one → 200', async () => {
    const { data: v1 } = await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: { summary: 'cached', ...slot },
    });
    const same = await alice.api.events.get(
      { calendarId: 'primary', eventId: v1.id! },
      { headers: { 'If-None-Match': v1.etag! } },
    );
    expect(same.status).toBe(304);
    await alice.api.events.patch({
      calendarId: 'primary',
      eventId: v1.id!,
      requestBody: { summary: 'changed' },
    });
    const fresh = await alice.api.events.get(
      { calendarId: 'primary', eventId: v1.id! },
      { headers: { 'If-None-Match': v1.etag! } },
    );
    expect(fresh.status).toBe(200);
    expect(fresh.data.summary).toBe('changed');
  });
});

describe('deletion', () => {
  test('delete → 204; get still returns the full body, cancelled; second delete → 410 deleted', async () => {
    const { data } = await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: { summary: 'Doomed', ...allDay('2030-02-01', '2030-02-02') },
    });
    const del = await alice.api.events.delete({ calendarId: 'primary', eventId: data.id! });
    expect(del.status).toBe(204);
    const { data: got } = await alice.api.events.get({ calendarId: 'primary', eventId: data.id! });
    expect(got.status).toBe('cancelled');
    expect(got.summary).toBe('Doomed');
    const f = await failure(alice.api.events.delete({ calendarId: 'primary', eventId: data.id! }));
    expect(f.status).toBe(410);
    expect(f.reason).toBe('deleted');
  });

  test('get/delete of ids that never existed → 404', async () => {
    expect(
      (await failure(alice.api.events.get({ calendarId: 'primary', eventId: 'neverexisted' })))
        .status,
    ).toBe(404);
    expect(
      (await failure(alice.api.events.delete({ calendarId: 'primary', eventId: 'neverexisted' })))
        .status,
    ).toBe(404);
  });

  test('a cancelled event can be restored by patching status', async () => {
    const { data } = await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: { summary: 'Back', ...slot },
    });
    await alice.api.events.delete({ calendarId: 'primary', eventId: data.id! });
    const { data: restored } = await alice.api.events.patch({
      calendarId: 'primary',
      eventId: data.id!,
      requestBody: { status: 'confirmed' },
    });
    expect(restored.status).toBe('confirmed');
  });
});

describe('errors', () => {
  test('errors carry Google’s envelope, with the canonical status beside the code', async () => {
    const f = await failure(
      alice.api.events.get({ calendarId: 'primary', eventId: 'neverexisted' }),
    );
    expect(f.data).toEqual({
      error: {
        code: 404,
        message: 'Not Found',
        errors: [{ domain: 'global', reason: 'notFound', message: 'Not Found' }],
        status: 'NOT_FOUND',
      },
    });
  });

  test('a stale If-Match is 412 FAILED_PRECONDITION; a repeated id 409 ALREADY_EXISTS', async () => {
    const { data } = await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: { id: 'status0001', ...slot },
    });
    await alice.api.events.patch({
      calendarId: 'primary',
      eventId: 'status0001',
      requestBody: { summary: 'moved on' },
    });
    const stale = await failure(
      alice.api.events.patch(
        { calendarId: 'primary', eventId: 'status0001', requestBody: { summary: 'late' } },
        { headers: { 'If-Match': data.etag! } },
      ),
    );
    expect(stale.status).toBe(412);
    expect(stale.data).toMatchObject({
      error: { code: 412, status: 'FAILED_PRECONDITION', errors: [{ reason: 'conditionNotMet' }] },
    });
    const again = await failure(
      alice.api.events.insert({
        calendarId: 'primary',
        requestBody: { id: 'status0001', ...slot },
      }),
    );
    expect(again.data).toMatchObject({ error: { code: 409, status: 'ALREADY_EXISTS' } });
  });
});

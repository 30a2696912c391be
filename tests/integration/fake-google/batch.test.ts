// Conformance: POST /batch/calendar/v3 over raw HTTP (the clients have no batch support):
// multipart/mixed in and out, per-part statuses in order with response-Content-IDs, outer
// headers inherited, part headers (If-Match) honoured, at most 1000 calls, each counted.
// Every answer is read by the strict reader (strict-multipart.ts): each part a full HTTP
// response with Content-Length, as Google's other client libraries need.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHarness, type Harness, type User } from './harness.js';
import { readBatch, writeBatch, type BatchCall, type StrictPart } from './strict-multipart.js';

let h: Harness;
let alice: User;

beforeAll(async () => {
  h = await startHarness({ quotaPerUserPerMinute: 100_000 });
  alice = await h.user('alice@example.com');
});
afterAll(() => h.close());

/** A batch read with the strict reader: every answer below must satisfy it. */
async function batch(
  calls: BatchCall[],
  token = alice.tokens.access_token,
): Promise<{ status: number; parts: StrictPart[] }> {
  const response = await writeBatch(h.url, token, calls);
  if (!/^multipart\/mixed/.test(response.headers.get('content-type') ?? ''))
    return { status: response.status, parts: [] };
  return readBatch(response);
}

const slot = {
  start: { dateTime: '2030-01-07T09:00:00Z' },
  end: { dateTime: '2030-01-07T10:00:00Z' },
};

describe('batch', () => {
  test('runs each part in order with its own status and Content-ID', async () => {
    const { status, parts } = await batch([
      {
        method: 'POST',
        path: '/calendar/v3/calendars/primary/events',
        body: { id: 'batch00001', summary: 'one', ...slot },
      },
      {
        method: 'POST',
        path: '/calendar/v3/calendars/primary/events',
        body: { id: 'batch00001', summary: 'dup', ...slot },
      },
      { method: 'GET', path: '/calendar/v3/calendars/primary/events/batch00001' },
      { method: 'GET', path: '/calendar/v3/calendars/primary/events/nosuchevent' },
      { method: 'DELETE', path: '/calendar/v3/calendars/primary/events/batch00001' },
    ]);
    expect(status).toBe(200);
    expect(parts.map((p) => [p.contentId, p.status])).toEqual([
      ['response-item1', 200],
      ['response-item2', 409],
      ['response-item3', 200],
      ['response-item4', 404],
      ['response-item5', 204],
    ]);
    expect(parts[0]?.body).toMatchObject({ id: 'batch00001', summary: 'one' });
    expect(
      (parts[1]?.body as { error: { errors: { reason: string }[] } }).error.errors[0]?.reason,
    ).toBe('duplicate');
    expect(parts[2]?.headers.etag).toBe((parts[0]?.body as { etag: string }).etag);
  });

  test('a batch mixing inserts, patches, deletes and failures reads strictly, part by part', async () => {
    const { data } = await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: { id: 'strict0001', ...slot },
    });
    await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: { id: 'strict0002', ...slot },
    });
    const { status, parts } = await batch([
      {
        method: 'POST',
        path: '/calendar/v3/calendars/primary/events',
        body: { id: 'strict0003', summary: 'new', ...slot },
      },
      {
        method: 'PATCH',
        path: '/calendar/v3/calendars/primary/events/strict0001',
        headers: { 'If-Match': data.etag! },
        body: { summary: 'patched' },
      },
      { method: 'DELETE', path: '/calendar/v3/calendars/primary/events/strict0002' },
      {
        method: 'PATCH',
        path: '/calendar/v3/calendars/primary/events/strict0001',
        headers: { 'If-Match': data.etag! },
        body: { summary: 'stale' },
      },
      { method: 'DELETE', path: '/calendar/v3/calendars/primary/events/strict0002' },
      { method: 'GET', path: '/calendar/v3/calendars/primary/events/nosuchone' },
    ]);
    expect(status).toBe(200);
    expect(parts.map((p) => p.status)).toEqual([200, 200, 204, 412, 410, 404]);
    // Events carry their etag as a header; the 204 has an empty body of length 0.
    for (const part of parts.slice(0, 2))
      expect(part.headers.etag).toBe((part.body as { etag: string }).etag);
    expect(parts[2]).toMatchObject({ headers: { 'content-length': '0' }, body: undefined });
    expect(parts[3]?.body).toMatchObject({
      error: { code: 412, status: 'FAILED_PRECONDITION', errors: [{ reason: 'conditionNotMet' }] },
    });
    expect(parts[3]?.headers['content-type']).toMatch(/^application\/json/);
  });

  test('part headers apply: a stale If-Match fails only that part', async () => {
    const { data } = await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: { id: 'batchif001', ...slot },
    });
    const { parts } = await batch([
      {
        method: 'PATCH',
        path: '/calendar/v3/calendars/primary/events/batchif001',
        headers: { 'If-Match': data.etag! },
        body: { summary: 'first' },
      },
      {
        method: 'PATCH',
        path: '/calendar/v3/calendars/primary/events/batchif001',
        headers: { 'If-Match': data.etag! },
        body: { summary: 'second' },
      },
    ]);
    expect(parts.map((p) => p.status)).toEqual([200, 412]);
    expect(
      (await alice.api.events.get({ calendarId: 'primary', eventId: 'batchif001' })).data.summary,
    ).toBe('first');
  });

  test('the outer Authorization applies to every part; without it every part is 401', async () => {
    const { status, parts } = await batch(
      [{ method: 'GET', path: '/calendar/v3/users/me/calendarList' }],
      'ya29.nope',
    );
    expect(status).toBe(200);
    expect(parts[0]?.status).toBe(401);
  });

  test('1000 calls are accepted, 1001 are refused with 400', async () => {
    const thousand = Array.from({ length: 1000 }, (_, i) => ({
      method: 'POST',
      path: '/calendar/v3/calendars/primary/events',
      body: { id: `bulk${String(i).padStart(6, '0')}`, ...slot },
    }));
    const ok = await batch(thousand);
    expect(ok.parts).toHaveLength(1000);
    expect(ok.parts.every((p) => p.status === 200)).toBe(true);
    const tooMany = await batch([...thousand, thousand[0]!]);
    expect(tooMany.status).toBe(400);
  });

  test('each part is logged (batched: true) and counted against quota', async () => {
    await h.admin('requests', undefined, 'DELETE');
    await h.admin('quota', { perUserPerMinute: 3 });
    try {
      await h.admin('clock', { advanceMs: 61_000 });
      const { parts } = await batch(
        Array.from({ length: 5 }, () => ({ method: 'GET', path: '/calendar/v3/colors' })),
      );
      expect(parts.map((p) => p.status)).toEqual([200, 200, 200, 403, 403]);
      expect(parts[3]?.headers['retry-after']).toMatch(/^\d+$/);
      const log = await h.admin<{ path: string; batched: boolean; status: number }[]>(
        'requests',
        undefined,
        'GET',
      );
      expect(log.filter((r) => r.batched).map((r) => r.status)).toEqual([200, 200, 200, 403, 403]);
      expect(log.filter((r) => !r.batched).map((r) => r.path)).toEqual(['/batch/calendar/v3']);
    } finally {
      await h.admin('quota', { perUserPerMinute: 100_000 });
    }
  });

  test('a body that is not multipart → 400', async () => {
    const response = await fetch(`${h.url}/batch/calendar/v3`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${alice.tokens.access_token}`,
        'Content-Type': 'application/json',
      },
      body: '{}',
    });
    expect(response.status).toBe(400);
  });
});

// Conformance: POST /batch/calendar/v3 over raw HTTP (the clients have no batch support):
// multipart/mixed in and out, per-part statuses in order with response-Content-IDs, outer
// headers inherited, part headers (If-Match) honoured, at most 1000 calls, each counted.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHarness, type Harness, type User } from './harness.js';

let h: Harness;
let alice: User;

beforeAll(async () => {
  h = await startHarness({ quotaPerUserPerMinute: 100_000 });
  alice = await h.user('alice@example.com');
});
afterAll(() => h.close());

interface Call {
  method: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

async function batch(
  calls: Call[],
  token = alice.tokens.access_token,
): Promise<{
  status: number;
  parts: { contentId: string; status: number; headers: Record<string, string>; body: unknown }[];
}> {
  const boundary = 'batch_almanac_test';
  const body =
    calls
      .map((c, i) =>
        [
          `--${boundary}`,
          'Content-Type: application/http',
          `Content-ID: <item${i + 1}>`,
          '',
          `${c.method} ${c.path} HTTP/1.1`,
          ...Object.entries(c.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
          ...(c.body !== undefined
            ? ['Content-Type: application/json', '', JSON.stringify(c.body)]
            : ['', '']),
        ].join('\r\n'),
      )
      .join('\r\n') + `\r\n--${boundary}--\r\n`;
  const response = await fetch(`${h.url}/batch/calendar/v3`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': `multipart/mixed; boundary=${boundary}`,
    },
    body,
  });
  const text = await response.text();
  const responseBoundary = /boundary=(\S+)/.exec(response.headers.get('content-type') ?? '')?.[1];
  if (!responseBoundary) return { status: response.status, parts: [] };
  const parts = text
    .split(`--${responseBoundary}`)
    .slice(1, -1)
    .map((part) => {
      const [outer = '', inner = ''] =
        part.split(/\r\n\r\n/, 2).length === 2
          ? [part.slice(0, part.indexOf('\r\n\r\n')), part.slice(part.indexOf('\r\n\r\n') + 4)]
          : [part, ''];
      const contentId = /Content-ID: <([^>]+)>/.exec(outer)?.[1] ?? '';
      const headEnd = inner.indexOf('\r\n\r\n');
      const head = inner.slice(0, headEnd).split('\r\n');
      const status = Number(/^HTTP\/1\.1 (\d+)/.exec(head[0] ?? '')?.[1]);
      const headers = Object.fromEntries(
        head
          .slice(1)
          .map((l) => [
            l.slice(0, l.indexOf(':')).toLowerCase(),
            l.slice(l.indexOf(':') + 1).trim(),
          ]),
      );
      const raw = inner.slice(headEnd + 4).replace(/\r\n$/, '');
      return { contentId, status, headers, body: raw ? JSON.parse(raw) : undefined };
    });
  return { status: response.status, parts };
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

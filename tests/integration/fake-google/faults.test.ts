// Conformance: what tests can make go wrong — injected error responses (nth/every/times),
// lost responses before and after the call applied, delays, added latency, per-user quota
// with Retry-After, and the request log that counts it all.

import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { failure, startHarness, timed, type Harness, type User } from './harness.js';

let h: Harness;
let alice: User;
const slot = timed('2030-01-07T09:00:00Z', '2030-01-07T10:00:00Z');

beforeAll(async () => {
  h = await startHarness();
  alice = await h.user('alice@example.com');
});
afterAll(() => h.close());
afterEach(async () => {
  await h.admin('faults', undefined, 'DELETE');
  await h.admin('latency', { ms: 0 });
});

describe('faults', () => {
  test('respond: the nth matching call fails with the given status, reason and Retry-After', async () => {
    await h.admin('faults', {
      rules: [
        {
          match: { method: 'GET', path: '/calendar/v3/users/me/calendarList', nth: 2 },
          respond: { status: 403, reason: 'userRateLimitExceeded', retryAfter: 7 },
        },
      ],
    });
    await alice.api.calendarList.list();
    const f = await failure(alice.api.calendarList.list());
    expect(f.status).toBe(403);
    expect(f.reason).toBe('userRateLimitExceeded');
    expect(f.headers?.get('retry-after')).toBe('7');
    expect((await alice.api.calendarList.list()).status).toBe(200);
  });

  test('every and times: every 2nd call fails, at most twice', async () => {
    await h.admin('faults', {
      rules: [
        { match: { path: '/calendar/v3/colors', every: 2 }, respond: { status: 503 }, times: 2 },
      ],
    });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        await alice.api.colors.get().then(
          (r) => r.status,
          (e: { status: number }) => e.status,
        ),
      );
    expect(statuses).toEqual([200, 503, 200, 503, 200, 200]);
  });

  test('drop before-apply: the connection is cut and nothing happened', async () => {
    await h.admin('faults', {
      rules: [
        {
          match: { method: 'POST', path: '/calendar/v3/calendars/' },
          drop: 'before-apply',
          times: 1,
        },
      ],
    });
    await expect(
      alice.api.events.insert({
        calendarId: 'primary',
        requestBody: { id: 'dropped001', ...slot },
      }),
    ).rejects.toThrow();
    expect(
      (await failure(alice.api.events.get({ calendarId: 'primary', eventId: 'dropped001' })))
        .status,
    ).toBe(404);
  });

  test('drop after-apply: the connection is cut but the insert happened; the retry sees 409', async () => {
    await h.admin('faults', {
      rules: [
        {
          match: { method: 'POST', path: '^/calendar/v3/calendars/[^/]+/events$' },
          drop: 'after-apply',
          times: 1,
        },
      ],
    });
    await expect(
      alice.api.events.insert({
        calendarId: 'primary',
        requestBody: { id: 'applied001', ...slot },
      }),
    ).rejects.toThrow();
    expect(
      (await alice.api.events.get({ calendarId: 'primary', eventId: 'applied001' })).status,
    ).toBe(200);
    expect(
      (
        await failure(
          alice.api.events.insert({
            calendarId: 'primary',
            requestBody: { id: 'applied001', ...slot },
          }),
        )
      ).reason,
    ).toBe('duplicate');
  });

  test('delayMs and latency slow calls down', async () => {
    await h.admin('faults', {
      rules: [{ match: { path: '/calendar/v3/colors' }, delayMs: 150, times: 1 }],
    });
    let started = performance.now();
    await alice.api.colors.get();
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    await h.admin('latency', { ms: 60 });
    started = performance.now();
    await alice.api.colors.get();
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  test('the token endpoint can be faulted too', async () => {
    await h.admin('faults', {
      rules: [{ match: { path: '/token' }, respond: { status: 500 }, times: 5 }],
    });
    const f = await failure(alice.auth.refreshAccessToken());
    expect(f.status).toBe(500);
  });
});

describe('quota', () => {
  test('over the per-user limit → 403 rateLimitExceeded with Retry-After; other users unaffected; a minute later it works', async () => {
    await h.admin('quota', { perUserPerMinute: 3 });
    const bob = await h.user('bob@example.com');
    try {
      await h.admin('clock', { advanceMs: 61_000 });
      for (let i = 0; i < 3; i++) await alice.api.colors.get();
      const f = await failure(alice.api.colors.get());
      expect(f.status).toBe(403);
      expect(f.reason).toBe('rateLimitExceeded');
      expect(Number(f.headers?.get('retry-after'))).toBeGreaterThan(0);
      expect((await bob.api.colors.get()).status).toBe(200);
      await h.admin('quota', { status: 429 });
      expect((await failure(alice.api.colors.get())).status).toBe(429);
      await h.admin('clock', { advanceMs: 61_000 });
      expect((await alice.api.colors.get()).status).toBe(200);
    } finally {
      await h.admin('quota', { perUserPerMinute: 600, status: 403 });
    }
  });
});

describe('request log', () => {
  test('records method, decoded path, query, status and batched', async () => {
    await h.admin('requests', undefined, 'DELETE');
    await alice.api.events.list({
      calendarId: 'alice@example.com',
      maxResults: 5,
      singleEvents: true,
    });
    await failure(alice.api.events.get({ calendarId: 'primary', eventId: 'nosuchevent' }));
    const log = await h.admin<
      {
        method: string;
        path: string;
        query: Record<string, string>;
        status: number;
        batched: boolean;
      }[]
    >('requests', undefined, 'GET');
    expect(log.map((r) => [r.method, r.path, r.status, r.batched])).toEqual([
      ['GET', '/calendar/v3/calendars/alice@example.com/events', 200, false],
      ['GET', '/calendar/v3/calendars/primary/events/nosuchevent', 404, false],
    ]);
    expect(log[0]?.query).toEqual({ maxResults: '5', singleEvents: 'true' });
  });
});

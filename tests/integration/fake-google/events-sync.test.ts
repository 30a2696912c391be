// Conformance: events.list as a sync engine uses it — paging, nextPageToken xor nextSyncToken,
// incremental changes behind sync tokens, deletions as minimal cancelled items, forbidden
// parameter combinations, 410 fullSyncRequired, time windows and filters.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { failure, startHarness, timed, type Harness, type User } from './harness.js';

let h: Harness;
let alice: User;
let bob: User;

beforeAll(async () => {
  h = await startHarness();
  alice = await h.user('alice@example.com');
  bob = await h.user('bob@example.com');
  const hex = (i: number): string => `evt${i.toString(16).padStart(8, '0')}`;
  await h.admin('events', {
    calendarId: 'bob@example.com',
    events: Array.from({ length: 2600 }, (_, i) => ({
      id: hex(i),
      summary: `Event ${i}`,
      ...timed(
        `2030-03-01T${String(i % 24).padStart(2, '0')}:00:00Z`,
        `2030-03-01T${String(i % 24).padStart(2, '0')}:30:00Z`,
      ),
    })),
  });
});
afterAll(() => h.close());

async function fullSync(
  user: User,
  calendarId: string,
  params: Record<string, unknown> = {},
): Promise<{ ids: string[]; syncToken: string; pages: number }> {
  const ids: string[] = [];
  let pageToken: string | undefined;
  let pages = 0;
  for (;;) {
    const { data } = await user.api.events.list({
      calendarId,
      ...params,
      ...(pageToken ? { pageToken } : {}),
    });
    pages += 1;
    // Exactly one of the two tokens on every page.
    expect(Boolean(data.nextPageToken) !== Boolean(data.nextSyncToken)).toBe(true);
    ids.push(...(data.items ?? []).map((e) => e.id!));
    if (data.nextSyncToken) return { ids, syncToken: data.nextSyncToken, pages };
    pageToken = data.nextPageToken!;
  }
}

describe('paging', () => {
  test('default page size is 250', async () => {
    const { data } = await bob.api.events.list({ calendarId: 'primary' });
    expect(data.items).toHaveLength(250);
    expect(data.nextPageToken).toBeTruthy();
    expect(data.nextSyncToken).toBeUndefined();
  });

  test('maxResults is capped at 2500', async () => {
    const { data } = await bob.api.events.list({ calendarId: 'primary', maxResults: 5000 });
    expect(data.items).toHaveLength(2500);
    expect(data.nextPageToken).toBeTruthy();
  });

  test('paging through returns every event once, then a sync token', async () => {
    const { ids, pages } = await fullSync(bob, 'primary', { maxResults: 1000 });
    expect(pages).toBe(3);
    expect(ids).toHaveLength(2600);
    expect(new Set(ids).size).toBe(2600);
  });

  test('collection fields: kind, summary, timeZone, accessRole, defaultReminders', async () => {
    const { data } = await alice.api.events.list({ calendarId: 'primary' });
    expect(data.kind).toBe('calendar#events');
    expect(data.summary).toBe('alice@example.com');
    expect(data.timeZone).toBe('UTC');
    expect(data.accessRole).toBe('owner');
    expect(data.defaultReminders).toEqual([{ method: 'popup', minutes: 10 }]);
  });

  test('a page token from another query → 400', async () => {
    const { data } = await bob.api.events.list({ calendarId: 'primary', maxResults: 10 });
    const f = await failure(
      bob.api.events.list({
        calendarId: 'primary',
        pageToken: data.nextPageToken!,
        singleEvents: true,
      }),
    );
    expect(f.status).toBe(400);
  });

  test('maxResults=0 → 400', async () => {
    expect(
      (await failure(bob.api.events.list({ calendarId: 'primary', maxResults: 0 }))).status,
    ).toBe(400);
  });
});

describe('incremental sync', () => {
  test('returns only what changed since the token, deletions as minimal cancelled items', async () => {
    const a = await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: {
        id: 'sinca00001',
        summary: 'A',
        ...timed('2030-01-01T09:00:00Z', '2030-01-01T10:00:00Z'),
      },
    });
    await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: {
        id: 'sincb00001',
        summary: 'B',
        ...timed('2030-01-01T09:00:00Z', '2030-01-01T10:00:00Z'),
      },
    });
    const { syncToken } = await fullSync(alice, 'primary');
    await alice.api.events.patch({
      calendarId: 'primary',
      eventId: a.data.id!,
      requestBody: { summary: 'A2' },
    });
    await alice.api.events.delete({ calendarId: 'primary', eventId: 'sincb00001' });
    await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: {
        id: 'sincc00001',
        summary: 'C',
        ...timed('2030-01-02T09:00:00Z', '2030-01-02T10:00:00Z'),
      },
    });
    const { data } = await alice.api.events.list({ calendarId: 'primary', syncToken });
    const byId = new Map((data.items ?? []).map((e) => [e.id, e]));
    expect([...byId.keys()].sort()).toEqual(['sinca00001', 'sincb00001', 'sincc00001']);
    expect(byId.get('sinca00001')?.summary).toBe('A2');
    const deleted = byId.get('sincb00001')!;
    expect(deleted.status).toBe('cancelled');
    expect(Object.keys(deleted).sort()).toEqual(['etag', 'id', 'kind', 'status']);
    expect(data.nextSyncToken).toBeTruthy();
    expect(data.nextSyncToken).not.toBe(syncToken);
  });

  test('an event changed twice appears once, in its latest state', async () => {
    const { syncToken } = await fullSync(alice, 'primary');
    await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: {
        id: 'tice000001',
        summary: '1',
        ...timed('2030-01-01T09:00:00Z', '2030-01-01T10:00:00Z'),
      },
    });
    await alice.api.events.patch({
      calendarId: 'primary',
      eventId: 'tice000001',
      requestBody: { summary: '2' },
    });
    const { data } = await alice.api.events.list({ calendarId: 'primary', syncToken });
    expect(data.items?.map((e) => [e.id, e.summary])).toEqual([['tice000001', '2']]);
  });

  test('nothing changed → no items and the same token', async () => {
    const { syncToken } = await fullSync(alice, 'primary');
    const { data } = await alice.api.events.list({ calendarId: 'primary', syncToken });
    expect(data.items).toEqual([]);
    expect(data.nextSyncToken).toBe(syncToken);
  });

  test('incremental results page with the same token, the new sync token on the last page only', async () => {
    const { syncToken } = await fullSync(bob, 'primary', { maxResults: 2500 });
    for (let i = 0; i < 5; i++)
      await bob.api.events.patch({
        calendarId: 'primary',
        eventId: `evt${i.toString(16).padStart(8, '0')}`,
        requestBody: { summary: `changed ${i}` },
      });
    const first = await bob.api.events.list({ calendarId: 'primary', syncToken, maxResults: 3 });
    expect(first.data.items).toHaveLength(3);
    expect(first.data.nextSyncToken).toBeUndefined();
    const second = await bob.api.events.list({
      calendarId: 'primary',
      syncToken,
      maxResults: 3,
      pageToken: first.data.nextPageToken!,
    });
    expect(second.data.items).toHaveLength(2);
    expect(second.data.nextSyncToken).toBeTruthy();
    expect(second.data.nextPageToken).toBeUndefined();
  });

  test('changes made while paging a full sync are picked up by the next incremental sync', async () => {
    const first = await alice.api.events.list({ calendarId: 'primary', maxResults: 1 });
    await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: {
        id: 'midpage001',
        summary: 'late',
        ...timed('2030-01-01T09:00:00Z', '2030-01-01T10:00:00Z'),
      },
    });
    let pageToken = first.data.nextPageToken;
    let syncToken: string | undefined;
    while (pageToken) {
      const { data } = await alice.api.events.list({
        calendarId: 'primary',
        maxResults: 1,
        pageToken,
      });
      pageToken = data.nextPageToken ?? undefined;
      syncToken = data.nextSyncToken ?? undefined;
    }
    const { data } = await alice.api.events.list({ calendarId: 'primary', syncToken: syncToken! });
    expect(data.items?.map((e) => e.id)).toContain('midpage001');
  });

  test.each([
    ['timeMin', { timeMin: '2030-01-01T00:00:00Z' }],
    ['timeMax', { timeMax: '2030-01-01T00:00:00Z' }],
    ['q', { q: 'x' }],
    ['orderBy', { orderBy: 'updated' }],
    ['iCalUID', { iCalUID: 'x@google.com' }],
    ['updatedMin', { updatedMin: '2030-01-01T00:00:00Z' }],
    ['privateExtendedProperty', { privateExtendedProperty: ['a=b'] }],
    ['sharedExtendedProperty', { sharedExtendedProperty: ['a=b'] }],
    ['showDeleted=false', { showDeleted: false }],
  ])('syncToken with %s → 400', async (_name, params) => {
    const { syncToken } = await fullSync(alice, 'primary');
    const f = await failure(alice.api.events.list({ calendarId: 'primary', syncToken, ...params }));
    expect(f.status).toBe(400);
  });

  test('syncToken with singleEvents and maxResults is allowed', async () => {
    const { syncToken } = await fullSync(alice, 'primary', { singleEvents: true });
    const { data } = await alice.api.events.list({
      calendarId: 'primary',
      syncToken,
      singleEvents: true,
      maxResults: 10,
    });
    expect(data.nextSyncToken).toBeTruthy();
  });

  test('a tampered token → 410 fullSyncRequired', async () => {
    const { syncToken } = await fullSync(alice, 'primary');
    const f = await failure(
      alice.api.events.list({ calendarId: 'primary', syncToken: `1${syncToken}` }),
    );
    expect(f.status).toBe(410);
    expect(f.reason).toBe('fullSyncRequired');
  });

  test('a token from another calendar → 410', async () => {
    const { syncToken } = await fullSync(alice, 'primary');
    expect((await failure(bob.api.events.list({ calendarId: 'primary', syncToken }))).status).toBe(
      410,
    );
  });

  test('tokens expired by the admin API → 410; a new full sync works again', async () => {
    const { syncToken } = await fullSync(alice, 'primary');
    await h.admin('sync-tokens/expire', { calendarId: 'alice@example.com' });
    const f = await failure(alice.api.events.list({ calendarId: 'primary', syncToken }));
    expect(f.status).toBe(410);
    expect(f.reason).toBe('fullSyncRequired');
    const again = await fullSync(alice, 'primary');
    const { data } = await alice.api.events.list({
      calendarId: 'primary',
      syncToken: again.syncToken,
    });
    expect(data.items).toEqual([]);
  });
});

describe('full list filters', () => {
  test('deleted events are left out unless showDeleted', async () => {
    await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: {
        id: 'gone000001',
        summary: 'gone',
        ...timed('2031-01-01T09:00:00Z', '2031-01-01T10:00:00Z'),
      },
    });
    await alice.api.events.delete({ calendarId: 'primary', eventId: 'gone000001' });
    const { ids } = await fullSync(alice, 'primary');
    expect(ids).not.toContain('gone000001');
    const withDeleted = await alice.api.events.list({
      calendarId: 'primary',
      showDeleted: true,
      maxResults: 2500,
    });
    const item = withDeleted.data.items?.find((e) => e.id === 'gone000001');
    expect(item?.status).toBe('cancelled');
    expect(item?.summary).toBe('gone');
  });

  test('timeMin bounds the end and timeMax the start, both exclusive', async () => {
    const carol = await h.user('carol@example.com');
    await carol.api.events.insert({
      calendarId: 'primary',
      requestBody: { id: 'before0001', ...timed('2030-05-01T08:00:00Z', '2030-05-01T09:00:00Z') },
    });
    await carol.api.events.insert({
      calendarId: 'primary',
      requestBody: { id: 'overlap001', ...timed('2030-05-01T08:30:00Z', '2030-05-01T09:30:00Z') },
    });
    await carol.api.events.insert({
      calendarId: 'primary',
      requestBody: { id: 'inside0001', ...timed('2030-05-01T09:15:00Z', '2030-05-01T09:45:00Z') },
    });
    await carol.api.events.insert({
      calendarId: 'primary',
      requestBody: { id: 'after00001', ...timed('2030-05-01T10:00:00Z', '2030-05-01T11:00:00Z') },
    });
    await carol.api.events.insert({
      calendarId: 'primary',
      requestBody: { id: 'alldae0001', start: { date: '2030-05-01' }, end: { date: '2030-05-02' } },
    });
    const { data } = await carol.api.events.list({
      calendarId: 'primary',
      timeMin: '2030-05-01T09:00:00Z',
      timeMax: '2030-05-01T10:00:00Z',
    });
    expect(data.items?.map((e) => e.id).sort()).toEqual(['alldae0001', 'inside0001', 'overlap001']);
  });

  test('timeMax ≤ timeMin → 400 timeRangeEmpty', async () => {
    const f = await failure(
      alice.api.events.list({
        calendarId: 'primary',
        timeMin: '2030-01-02T00:00:00Z',
        timeMax: '2030-01-01T00:00:00Z',
      }),
    );
    expect(f.status).toBe(400);
    expect(f.reason).toBe('timeRangeEmpty');
  });

  test('timeMin without an offset → 400', async () => {
    expect(
      (
        await failure(
          alice.api.events.list({ calendarId: 'primary', timeMin: '2030-01-02T00:00:00' }),
        )
      ).status,
    ).toBe(400);
  });

  test('orderBy=startTime needs singleEvents; with it, results are in start order', async () => {
    expect(
      (await failure(alice.api.events.list({ calendarId: 'primary', orderBy: 'startTime' })))
        .status,
    ).toBe(400);
    const { data } = await alice.api.events.list({
      calendarId: 'primary',
      orderBy: 'startTime',
      singleEvents: true,
      maxResults: 2500,
    });
    const starts = (data.items ?? []).map((e) =>
      Date.parse(e.start?.dateTime ?? `${e.start?.date}T00:00:00Z`),
    );
    expect(starts.length).toBeGreaterThan(3);
    expect([...starts].sort((x, y) => x - y)).toEqual(starts);
  });

  test('q, iCalUID and extended-property filters', async () => {
    await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: {
        id: 'filter0001',
        summary: 'Quarterly Planning',
        extendedProperties: { private: { almanac: 'yes' }, shared: { team: 'red' } },
        ...timed('2030-06-01T09:00:00Z', '2030-06-01T10:00:00Z'),
      },
    });
    const byText = await alice.api.events.list({ calendarId: 'primary', q: 'quarterly' });
    expect(byText.data.items?.map((e) => e.id)).toEqual(['filter0001']);
    const byUid = await alice.api.events.list({
      calendarId: 'primary',
      iCalUID: 'filter0001@google.com',
    });
    expect(byUid.data.items?.map((e) => e.id)).toEqual(['filter0001']);
    const byPrivate = await alice.api.events.list({
      calendarId: 'primary',
      privateExtendedProperty: ['almanac=yes'],
    });
    expect(byPrivate.data.items?.map((e) => e.id)).toEqual(['filter0001']);
    const byShared = await alice.api.events.list({
      calendarId: 'primary',
      sharedExtendedProperty: ['team=blue'],
    });
    expect(byShared.data.items).toEqual([]);
  });

  test('updatedMin includes deleted events regardless of showDeleted', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    await alice.api.events.insert({
      calendarId: 'primary',
      requestBody: { id: 'updmin0001', ...timed('2030-06-01T09:00:00Z', '2030-06-01T10:00:00Z') },
    });
    await alice.api.events.delete({ calendarId: 'primary', eventId: 'updmin0001' });
    const { data } = await alice.api.events.list({
      calendarId: 'primary',
      updatedMin: since,
      maxResults: 2500,
    });
    expect(data.items?.find((e) => e.id === 'updmin0001')?.status).toBe('cancelled');
  });
});

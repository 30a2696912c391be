// Two Google accounts side by side (two-accounts-world.ts): each signs in on its own and
// gets its own vault entry; one account's token never reaches the other's requests; a 503
// or a dead sign-in in one leaves the other syncing; disconnecting one wipes only its grant.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { GoogleStatus } from '../../../src-preload/contract';
import { createEvent } from '../../../src-renderer/db/event-writes';
import { ADA, BOB, draft, slot, twoAccounts } from './two-accounts-world';

const w = twoAccounts();

describe('two accounts side by side', () => {
  test('each account signs in on its own, gets its own vault entry, and both sets of events arrive', async () => {
    expect((await w.connect(ADA)).accounts.map((a) => a.email)).toEqual([ADA]);
    const status = await w.connect(BOB);
    expect(status).toMatchObject({
      state: 'connected',
      account: ADA,
      accounts: [
        { email: ADA, state: 'connected' },
        { email: BOB, state: 'connected' },
      ],
    });
    const vault = JSON.parse(readFileSync(join(w.dataDir, 'vault.json'), 'utf8'));
    expect(Object.keys(vault).sort()).toEqual([
      'clientSecret',
      `refreshToken:${ADA}`,
      `refreshToken:${BOB}`,
    ]);

    await w.syncNow();
    expect(await w.local()).toEqual([`${ADA}: Ada work`, `${BOB}: Bob home`]);
    const calendars = await w.db.calendars.toArray();
    expect(calendars.find((c) => c.id === ADA)?.account).toBe(ADA);
    expect(calendars.find((c) => c.id === BOB)?.account).toBe(BOB);
  });

  test("one account's token never reaches the other account's requests", async () => {
    await w.connect(ADA);
    await w.connect(BOB);
    await w.admin('requests', undefined, 'DELETE');
    await createEvent(w.db, { ...draft(3, ADA), summary: 'Ada new' });
    await createEvent(w.db, { ...draft(4, BOB), summary: 'Bob new' });
    await w.syncNow();
    await w.syncNow();
    const calls = (await w.requests()).filter((r) => r.path.startsWith('/calendar/'));
    const touching = (email: string) =>
      calls.filter((r) => decodeURIComponent(r.path).includes(`/calendars/${email}/`));
    expect(touching(ADA).length).toBeGreaterThan(0);
    expect(touching(BOB).length).toBeGreaterThan(0);
    expect(new Set(touching(ADA).map((r) => r.user))).toEqual(new Set([ADA]));
    expect(new Set(touching(BOB).map((r) => r.user))).toEqual(new Set([BOB]));
    // Every call went with one of the two (the calendar lists too, each its own).
    expect(calls.every((r) => r.user === ADA || r.user === BOB)).toBe(true);
    expect(await w.onGoogle(ADA)).toEqual(['Ada new', 'Ada work']);
    expect(await w.onGoogle(BOB)).toEqual(['Bob home', 'Bob new']);
  });

  test('Google failing for one account never stops the other, whose cycle runs beside it', async () => {
    await w.connect(ADA);
    await w.connect(BOB);
    await w.syncNow();
    // Bob's calendar answers 503 (his cycle backs off and retries); Ada edits meanwhile.
    await w.admin('faults', {
      rules: [{ match: { path: `/calendar/v3/calendars/${BOB}/` }, respond: { status: 503 } }],
    });
    await w.admin('events', {
      calendarId: ADA,
      events: [{ summary: 'Ada on Google', ...slot(5) }],
    });
    await createEvent(w.db, { ...draft(6, ADA), summary: 'Ada here' });
    await createEvent(w.db, { ...draft(7, BOB), summary: 'Bob here' });
    const both = w.syncNow();
    // Ada's cycle finishes while Bob's still waits to try Google again.
    await expect.poll(() => w.local(), { timeout: 10_000 }).toContain(`${ADA}: Ada on Google`);
    await expect.poll(() => w.onGoogle(ADA)).toEqual(['Ada here', 'Ada on Google', 'Ada work']);
    expect(w.app.sync.status()).toMatchObject({ running: true, retry: { reason: 'unavailable' } });
    expect((await w.db.outbox.toArray()).map((e) => e.calendarId)).toEqual([BOB]);
    // Google answers Bob again: his change goes up in the same cycle.
    await w.admin('faults', undefined, 'DELETE');
    expect((await both).lastResult?.ok).toBe(true);
    expect(await w.onGoogle(BOB)).toEqual(['Bob here', 'Bob home']);
    expect(await w.db.outbox.count()).toBe(0);
  });

  test('a dead sign-in asks only that account to reconnect; the other keeps syncing', async () => {
    await w.connect(ADA);
    await w.connect(BOB);
    await w.syncNow();
    await w.admin('refresh-tokens/revoke', { email: BOB });
    await w.admin('clock', { advanceMs: 2 * 3_600_000 }); // every access token expired
    await w.admin('events', { calendarId: ADA, events: [{ summary: 'Ada later', ...slot(8) }] });
    const status = await w.syncNow();
    expect(status.lastResult?.error?.message.startsWith(`${BOB}: `)).toBe(true);
    expect(await w.local()).toContain(`${ADA}: Ada later`);
    const google = (await w.call('google:status', null)) as GoogleStatus;
    expect(google.state).toBe('connected');
    expect(google.accounts).toMatchObject([
      { email: ADA, state: 'connected' },
      { email: BOB, state: 'reconnect', problem: { code: 'invalid_grant' } },
    ]);
    // Ada syncs on; Bob's calendars make no calls until he reconnects.
    await w.admin('requests', undefined, 'DELETE');
    await w.syncNow();
    expect((await w.requests()).some((r) => r.user === BOB)).toBe(false);
    expect((await w.requests()).some((r) => r.user === ADA)).toBe(true);
    expect((await w.connect(BOB, true)).accounts.map((a) => a.state)).toEqual([
      'connected',
      'connected',
    ]);
    await w.admin('events', { calendarId: BOB, events: [{ summary: 'Bob later', ...slot(9) }] });
    await w.syncNow();
    expect(await w.local()).toContain(`${BOB}: Bob later`);
  });

  test('a calendar both accounts list is kept once, synced by the account whose primary it is', async () => {
    // Bob shared his calendar with Ada: her list has it too, and she connected first.
    await w.admin('calendars', { email: ADA, id: BOB, accessRole: 'reader' });
    await w.connect(ADA);
    await w.syncNow();
    expect((await w.db.calendars.get(BOB))?.account).toBe(ADA);
    await w.connect(BOB);
    await w.syncNow();
    await w.syncNow(); // Ada's next calendar list read leaves it with Bob
    await w.call('sync:now', { refreshCalendars: true });
    expect(await w.db.calendars.get(BOB)).toMatchObject({ account: BOB, syncEnabled: true });
    expect(await w.local()).toEqual([`${ADA}: Ada work`, `${BOB}: Bob home`]);
  });

  test('disconnecting one account revokes and wipes only its grant', async () => {
    await w.connect(ADA);
    await w.connect(BOB);
    await w.syncNow();
    await w.admin('requests', undefined, 'DELETE');
    const status = (await w.call('google:disconnect', { account: BOB })) as GoogleStatus;
    expect(status.accounts.map((a) => a.email)).toEqual([ADA]);
    expect((await w.requests()).map((r) => r.path)).toEqual(['/revoke']);
    const vault = JSON.parse(readFileSync(join(w.dataDir, 'vault.json'), 'utf8'));
    expect(Object.keys(vault).sort()).toEqual(['clientSecret', `refreshToken:${ADA}`]);
    await w.admin('events', { calendarId: ADA, events: [{ summary: 'Ada after', ...slot(9) }] });
    expect((await w.syncNow()).lastResult).toMatchObject({ ok: true });
    expect(await w.local()).toContain(`${ADA}: Ada after`);
  });
});

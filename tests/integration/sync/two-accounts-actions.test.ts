// Reset Account, Pause and Stop synchronization act on the account they are for
// (two-accounts-world.ts); the other account's events here and on Google stay as they were,
// and it goes on syncing.
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import type { GoogleStatus, ResetReport } from '../../../src-preload/contract';
import { createEvent, updateEvent } from '../../../src-renderer/db/event-writes';
import { occurrenceOfRecord } from '../../../src-renderer/db/queries';
import { draftFromOccurrence } from '../../../src-renderer/calendar/model/drafts';
import { moveKind, moveToCalendar } from '../../../src-renderer/db/calendar-moves';
import { ADA, BOB, draft, slot, twoAccounts } from './two-accounts-world';

const w = twoAccounts();

describe('actions on one of two accounts', () => {
  test('Reset Account (delete from both) for Ada leaves Bob untouched on both sides', async () => {
    await w.connect(ADA);
    await w.connect(BOB);
    await w.syncNow();
    await createEvent(w.db, { ...draft(3, BOB), summary: 'Bob new' });
    await w.syncNow();
    const bobHere = (await w.local()).filter((e) => e.startsWith(BOB));
    const bobOnGoogle = await w.onGoogle(BOB);
    expect(bobOnGoogle).toEqual(['Bob home', 'Bob new']);

    const report = (await w.call('google:reset', {
      existing: 'delete-both',
      next: 'all',
      notifyGuests: false,
      account: ADA,
    })) as ResetReport;
    expect(report).toMatchObject({ ok: true, deletedOnGoogle: 1 });
    expect(await w.onGoogle(ADA)).toEqual([]);
    expect((await w.local()).filter((e) => e.startsWith(ADA))).toEqual([]);
    // Bob: the same here and on Google, still connected, and still syncing.
    expect((await w.local()).filter((e) => e.startsWith(BOB))).toEqual(bobHere);
    expect(await w.onGoogle(BOB)).toEqual(bobOnGoogle);
    const google = (await w.call('google:status', null)) as GoogleStatus;
    expect(google.accounts).toMatchObject([{ email: BOB, state: 'connected' }]);
    await w.admin('events', { calendarId: BOB, events: [{ summary: 'Bob later', ...slot(4) }] });
    await w.syncNow();
    expect(await w.local()).toContain(`${BOB}: Bob later`);
  });

  test("Reset Account of Ada holds only Ada's sync: Bob syncs while it runs", async () => {
    await w.connect(ADA);
    await w.connect(BOB);
    await w.syncNow();
    // Google answers Ada's deletions slowly, so the reset is still under way below.
    await w.admin('faults', {
      rules: [
        { match: { method: 'DELETE', path: `/calendar/v3/calendars/${ADA}/` }, delayMs: 1500 },
      ],
    });
    let finished = false;
    const resetting = w
      .call('google:reset', {
        existing: 'delete-google',
        next: 'all',
        notifyGuests: false,
        account: ADA,
      })
      .finally(() => (finished = true));
    await expect.poll(() => w.app.sync.status().reset).toBe('running');
    await w.admin('events', {
      calendarId: BOB,
      events: [{ summary: 'Bob meanwhile', ...slot(5) }],
    });
    await w.syncNow();
    expect(await w.local()).toContain(`${BOB}: Bob meanwhile`);
    expect(finished).toBe(false);
    // One reset at a time: Bob's is refused, not answered with Ada's report.
    await expect(
      w.call('google:reset', { existing: 'keep', next: 'all', notifyGuests: false, account: BOB }),
    ).rejects.toThrow('Another Reset Account is under way');
    expect(await resetting).toMatchObject({ ok: true, deletedOnGoogle: 1 });
    expect(await w.onGoogle(ADA)).toEqual([]);
  });

  test('"Synchronize only new events" for Ada, then for Bob: each account keeps its own, on both sides', async () => {
    await w.connect(ADA);
    await w.connect(BOB);
    await w.syncNow();
    // An event Ada keeps only here at her reset (her sync paused meanwhile).
    await w.call('sync:pause', { paused: true, account: ADA });
    const keptId = await createEvent(w.db, { ...draft(7, ADA), summary: 'Ada kept here' });
    const onlyNew = (account: string) =>
      w.call('google:reset', {
        existing: 'delete-local',
        next: 'new',
        notifyGuests: false,
        account,
      });
    await onlyNew(ADA);
    await onlyNew(BOB);
    expect(await w.local()).toEqual([`${ADA}: Ada kept here`]);
    await w.admin('events', { calendarId: ADA, events: [{ summary: 'Ada after', ...slot(5) }] });
    await w.admin('events', { calendarId: BOB, events: [{ summary: 'Bob after', ...slot(6) }] });
    await w.connect(ADA);
    await w.connect(BOB);
    await w.call('sync:pause', { paused: false, account: ADA });
    // An edit of what Ada kept here stays here, as it would had Bob not been reset after her.
    const kept = (await occurrenceOfRecord(w.db, keptId))!;
    await updateEvent(
      w.db,
      kept,
      { ...draftFromOccurrence(kept, 'UTC'), summary: 'Ada edited' },
      'this',
    );
    await w.syncNow();
    // What each had on Google before its own reset stays there; what came after arrives.
    expect(await w.onGoogle(ADA)).toEqual(['Ada after', 'Ada work']);
    expect(await w.local()).toEqual([
      `${ADA}: Ada after`,
      `${ADA}: Ada edited`,
      `${BOB}: Bob after`,
    ]);
  });

  test('a reset names an account that is connected, or is refused', async () => {
    await w.connect(ADA);
    await expect(
      w.call('google:reset', { existing: 'keep', next: 'all', notifyGuests: false, account: BOB }),
    ).rejects.toThrow(`${BOB} is not connected to Almanac.`);
  });

  test("pausing Bob holds only Bob's changes; resuming him sends them", async () => {
    await w.connect(ADA);
    await w.connect(BOB);
    await w.syncNow();
    await w.call('sync:pause', { paused: true, account: BOB });
    await createEvent(w.db, { ...draft(5, ADA), summary: 'Ada while Bob pauses' });
    await createEvent(w.db, { ...draft(6, BOB), summary: 'Bob while paused' });
    await w.syncNow();
    expect(await w.onGoogle(ADA)).toContain('Ada while Bob pauses');
    expect(await w.onGoogle(BOB)).toEqual(['Bob home']);
    expect((await w.db.outbox.toArray()).map((e) => e.calendarId)).toEqual([BOB]);
    expect(w.app.settings.get()).toMatchObject({ syncPaused: false, pausedAccounts: [BOB] });

    await w.call('sync:pause', { paused: false, account: BOB });
    await expect.poll(() => w.onGoogle(BOB)).toEqual(['Bob home', 'Bob while paused']);
    expect(w.app.settings.get().pausedAccounts).toEqual([]);
  });

  test('resuming one account while all are paused resumes that one alone', async () => {
    await w.connect(ADA);
    await w.connect(BOB);
    await w.syncNow();
    await w.call('sync:pause', { paused: true });
    expect(w.app.sync.status().paused).toBe(true);
    await w.call('sync:pause', { paused: false, account: ADA });
    expect(w.app.settings.get()).toMatchObject({ syncPaused: false, pausedAccounts: [BOB] });
    expect(w.app.sync.status().paused).toBe(false);
  });

  test('Stop synchronization for Ada signs her out and keeps her events; Bob syncs on', async () => {
    await w.connect(ADA);
    await w.connect(BOB);
    await w.syncNow();
    await w.call('google:disconnect', { account: ADA });
    expect(await w.local()).toEqual([`${ADA}: Ada work`, `${BOB}: Bob home`]);
    await w.admin('events', { calendarId: ADA, events: [{ summary: 'Ada unseen', ...slot(7) }] });
    await w.admin('events', { calendarId: BOB, events: [{ summary: 'Bob seen', ...slot(8) }] });
    await w.syncNow();
    expect(await w.local()).toEqual([`${ADA}: Ada work`, `${BOB}: Bob home`, `${BOB}: Bob seen`]);
    expect(await w.onGoogle(ADA)).toEqual(['Ada unseen', 'Ada work']);
  });

  test("an event moved to the other account's calendar is a new event there and a delete here, with no email", async () => {
    await w.connect(ADA);
    await w.connect(BOB);
    await w.syncNow();
    const event = (await w.db.events.toArray()).find((e) => e.summary === 'Ada work')!;
    const [from, to] = [await w.db.calendars.get(ADA), await w.db.calendars.get(BOB)];
    expect(moveKind(event, from!, to!)).toEqual({ type: 'copy', mail: 'reinvite' });
    await moveToCalendar(w.db, event.id, BOB, 'none');
    await w.syncNow();
    expect(await w.onGoogle(ADA)).toEqual([]);
    expect(await w.onGoogle(BOB)).toEqual(['Ada work', 'Bob home']);
    expect(await w.local()).toEqual([`${BOB}: Ada work`, `${BOB}: Bob home`]);
    expect(await w.db.outbox.count()).toBe(0);
    expect(await w.admin('notifications', undefined, 'GET')).toEqual([]);
  });
});

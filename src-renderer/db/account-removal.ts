// What disconnecting one Google account leaves behind: nothing of it. Its calendars, their
// events, queued changes, sync state and display choices leave this computer in one
// transaction (the person was asked first); every other account's calendars and the
// calendars kept only here are not touched.
import type { AlmanacDatabase } from './database';

/** Removes a disconnected account's calendars and everything in them; answers how many events went. */
export async function forgetGoogleAccount(db: AlmanacDatabase, account: string): Promise<number> {
  const tables = [db.calendars, db.events, db.outbox, db.syncState, db.calendarDisplay];
  return db.transaction('rw', tables, async () => {
    const email = account.toLowerCase();
    const ids = (await db.calendars.toArray())
      .filter((c) => c.account?.toLowerCase() === email)
      .map((c) => c.id);
    let removed = 0;
    for (const id of ids) {
      removed += await db.events.where('calendarId').equals(id).delete();
      await db.outbox.where('calendarId').equals(id).delete();
    }
    await db.syncState.bulkDelete(ids);
    await db.calendarDisplay.bulkDelete(ids);
    await db.calendars.bulkDelete(ids);
    return removed;
  });
}

/** How many events (not counting a series' changed occurrences) an account has here. */
export async function countAccountEvents(db: AlmanacDatabase, account: string): Promise<number> {
  const email = account.toLowerCase();
  const ids = (await db.calendars.toArray())
    .filter((c) => c.account?.toLowerCase() === email)
    .map((c) => c.id);
  if (ids.length === 0) return 0;
  return db.events
    .where('calendarId')
    .anyOf(ids)
    .filter((e) => e.status !== 'cancelled' && e.kind !== 'exception')
    .count();
}

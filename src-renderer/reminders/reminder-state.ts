// What this computer did with each occurrence's reminders, kept in IndexedDB so that a
// restart, a reload, a sync or a time-zone change never shows a reminder twice and never
// forgets a snooze. One record per occurrence (keyed by its instance id, the same id here
// and on Google, so a sync rewriting the event keeps it), remembering the start it was
// about: an occurrence moved to another time is a new one and reminds again.
import type { AlmanacDatabase } from '../db/database';

export interface ReminderRecord {
  /** The occurrence's instance id. */
  key: string;
  /** The occurrence's start when this was recorded: a date for all-day ones, else an ISO instant. */
  start: string;
  /** When the occurrence ends (ms), so old records can go. */
  endMs: number;
  /** Minutes-before of the reminders already shown (or passed over) for this start. */
  fired: number[];
  /**
   * active: shown and waiting for the user; snoozed: back at `snoozeUntil`; dismissed: done;
   * quiet: a reminder passed over without showing (it arrived after the event had started).
   */
  status: 'active' | 'snoozed' | 'dismissed' | 'quiet';
  snoozeUntil?: number;
  /** When it was last shown (ms). */
  shownAt?: number;
  /** Shown in the group of reminders that fell due while Almanac was not running. */
  missed?: boolean;
}

/** One reminder to record as shown (or passed over), as the schedule found it due. */
export interface Claim {
  key: string;
  start: string;
  endMs: number;
  /** The reminders of this occurrence that fell due (empty for a snooze coming back). */
  minutes: number[];
  /** A snooze coming back: it only counts if the record is still snoozed until then. */
  snoozeUntil?: number;
  outcome: 'show' | 'missed' | 'quiet';
}

export async function readRecords(db: AlmanacDatabase): Promise<Map<string, ReminderRecord>> {
  const records = await db.reminders.toArray();
  return new Map(records.map((r) => [r.key, r]));
}

/** When the schedule last looked (ms), or null before it first ran on this computer. */
export async function readCheckedAt(db: AlmanacDatabase): Promise<number | null> {
  return (await db.reminderMeta.get(CLOCK))?.at ?? null;
}

export async function writeCheckedAt(db: AlmanacDatabase, at: number): Promise<void> {
  await db.reminderMeta.put({ name: CLOCK, at });
}

/**
 * Records `claims` in one transaction and answers the records written: those another tab
 * (or an earlier run) already recorded are left out, so only one place ever shows them.
 */
export function claim(
  db: AlmanacDatabase,
  claims: Claim[],
  now: number,
): Promise<{ claim: Claim; record: ReminderRecord }[]> {
  return db.transaction('rw', db.reminders, db.reminderMeta, async () => {
    const current = await db.reminders.bulkGet(claims.map((c) => c.key));
    const written: { claim: Claim; record: ReminderRecord }[] = [];
    claims.forEach((c, i) => {
      const stored = current[i];
      const same = stored && stored.start === c.start ? stored : undefined;
      if (c.snoozeUntil !== undefined) {
        if (same?.status !== 'snoozed' || same.snoozeUntil !== c.snoozeUntil) return;
      } else if (same && c.minutes.every((m) => same.fired.includes(m))) return;
      const fired = [...new Set([...(same?.fired ?? []), ...c.minutes])].sort((a, b) => a - b);
      const record: ReminderRecord =
        c.outcome === 'quiet'
          ? { key: c.key, start: c.start, endMs: c.endMs, fired, status: same?.status ?? 'quiet' }
          : {
              key: c.key,
              start: c.start,
              endMs: c.endMs,
              fired,
              status: 'active',
              shownAt: now,
              ...(c.outcome === 'missed' ? { missed: true } : {}),
            };
      if (c.outcome === 'quiet' && same?.snoozeUntil !== undefined)
        record.snoozeUntil = same.snoozeUntil;
      written.push({ claim: c, record });
    });
    await db.reminders.bulkPut(written.map((w) => w.record));
    await db.reminderMeta.put({ name: CLOCK, at: now });
    return written;
  });
}

/** Dismisses or snoozes an occurrence's reminder; null when there is no record of it. */
export function updateRecord(
  db: AlmanacDatabase,
  key: string,
  change: { status: 'dismissed' } | { status: 'snoozed'; snoozeUntil: number },
): Promise<ReminderRecord | null> {
  return db.transaction('rw', db.reminders, async () => {
    const stored = await db.reminders.get(key);
    if (!stored) return null;
    const { snoozeUntil: _old, missed: _missed, ...rest } = stored;
    const next: ReminderRecord = { ...rest, ...change };
    await db.reminders.put(next);
    return next;
  });
}

/** Forgets records of occurrences that ended before `before`: nothing reminds of them any more. */
export async function pruneRecords(db: AlmanacDatabase, before: number): Promise<number> {
  return db.reminders.where('endMs').below(before).delete();
}

/** The row of `reminderMeta` that holds when the schedule last looked. */
export interface ReminderMeta {
  name: string;
  at: number;
}

const CLOCK = 'checkedAt';

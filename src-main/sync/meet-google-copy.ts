// Carrying out a pushed change's meeting with Google's copy, once the push has read it: the
// decisions are push-meeting.ts's; this reads what they need (the record as it is now, its
// series as both sides agreed on it, whether Google's occurrence is its series' plain one),
// stores a merge under the version it was made from, and reads back a series' exceptions
// when a delete gives way to Google's copy.
import type { CalendarEvent, EventFields } from '../../src-preload/model/event';
import type { GoogleEvent } from '../google/event-mapping';
import { whereOf, type CalendarRun } from './calendar-run';
import { commitOne, seriesBases } from './commit';
import { exceptionsOf, isPlainInstance } from './google-series';
import type { Finished } from './push-follow-ups';
import { isFirstInstanceEdit, type PushJob, type PushStep } from './push-plan';
import { isUnchangedCopy, planAfterMeeting, planChangeMet, planDeleteMet } from './push-meeting';

/** Google's copy is known: a delete or a change meets it; `after`: what else comes back with it. */
export async function meetGoogleCopy(
  run: CalendarRun,
  job: PushJob,
  remote: GoogleEvent,
): Promise<{ step: PushStep; after: Finished[] }> {
  const { store, google, cal } = run;
  const where = whereOf(run);
  if (job.op.op === 'delete' || job.op.op === 'drop') {
    const unchanged = remote.status !== 'cancelled' && (await unchangedOnGoogle(run, job, remote));
    const step = planDeleteMet(job, remote, unchanged, where);
    if (step.type !== 'finish' || step.settle.type !== 'take-google') return { step, after: [] };
    // A series comes back whole: its exceptions (moved, edited, cancelled occurrences) went
    // with the local delete, so they are read back from Google too.
    const exceptions = await exceptionsOf(google, cal.id, remote);
    return {
      step,
      after: exceptions.map((item) => ({
        id: item.id as string,
        seqs: [],
        settle: { type: 'take-google', remote: item, onlyIfGone: true },
        log: [],
      })),
    };
  }
  const [current = null] = await store.events([job.op.eventId]);
  const firstEdit = isFirstInstanceEdit(current);
  // A series inserted in this very push was agreed on only now: its base is read now.
  const seriesId = current?.recurringEventId;
  const series =
    firstEdit && seriesId
      ? job.seriesBase
        ? new Map([[seriesId, job.seriesBase]])
        : await seriesBases(store, [seriesId])
      : undefined;
  const meeting = planChangeMet(job, current, remote, series, where);
  if (meeting.type === 'finish' || !current)
    return {
      step: {
        type: 'finish',
        settle: meeting.type === 'finish' ? meeting.settle : { type: 'keep' },
      },
      after: [],
    };
  run.report.conflicts += meeting.conflicts;
  const stored = await commitOne(store, meeting.record, current.localVersion, meeting.log);
  // Edited meanwhile: fetch and merge again.
  if (!stored) return { step: { type: 'fetch' }, after: [] };
  job.local = stored;
  job.sendUpdates = meeting.sendUpdates;
  const merged = { ...meeting.merged, localVersion: stored.localVersion };
  return { step: planAfterMeeting(job, merged, firstEdit, meeting.sendUpdates), after: [] };
}

/**
 * Whether Google's copy of what is deleted here is unchanged there: as this computer last
 * knew it (see isUnchangedCopy), or the plain occurrence of its series (as this computer
 * knows the series, or Google does).
 */
async function unchangedOnGoogle(
  run: CalendarRun,
  job: PushJob,
  remote: GoogleEvent,
): Promise<boolean> {
  if (isUnchangedCopy(job, remote)) return true;
  const local = job.local;
  if (local && !isFirstInstanceEdit(local)) return false;
  const seriesId = local?.recurringEventId ?? remote.recurringEventId;
  const original = local?.originalStartTime ?? originalOf(remote);
  if (!seriesId || !original) return false;
  const [master] = await run.store.events([seriesId]);
  const known: (Partial<EventFields> | undefined)[] = [
    job.seriesBase,
    master?.google ? master.base : undefined,
  ];
  return isPlainInstance(run.google, run.cal.id, seriesId, original, remote, known);
}

function originalOf(remote: GoogleEvent): CalendarEvent['originalStartTime'] {
  const value = remote.originalStartTime;
  if (!value) return undefined;
  const out: Record<string, string> = {};
  for (const key of ['date', 'dateTime', 'timeZone'] as const) {
    const v = value[key];
    if (v !== null && v !== undefined) out[key] = v;
  }
  return out;
}

// The three-way merge of one record: what the user changed here since the version both sides
// last agreed on (`base`, or for an exception never synced here the instance its series
// generates), merged field by field with Google's version. The pull uses it when both sides
// changed an event; a push whose write met Google's newer version (412) and adoption use it too.
import type { CalendarEvent, EventFieldName, EventFields } from '../../src-preload/model/event';
import { logLine, type SyncLogEntry } from '../../src-preload/sync-log';
import type { EventRecord } from '../../src-preload/local-store';
import {
  EVENT_FIELDS,
  READ_ONLY_FIELDS,
  changedFields,
  sameField,
} from '../../src-preload/model/fields';
import { fieldsFromGoogle, recordFromGoogle, type GoogleEvent } from '../google/event-mapping';
import { generatedInstance } from '../../src-preload/model/generated-instance';
import { said } from '../../src-preload/log-words';
import type { PullAction, PullContext } from './pull-plan';

/**
 * The three-way merge: a field changed on one side takes that side's value;
 * changed on both, the newer change wins and the loser goes to the log with enough to put
 * it back. The result's base is Google's version; `dirty` lists what still has to go up.
 */
export function merge(
  local: CalendarEvent,
  remote: GoogleEvent,
  ctx: PullContext,
): PullAction & { type: 'put' } {
  const theirs = fieldsFromGoogle(remote);
  const inherited = instanceBase(local, ctx);
  const base = local.base ?? inherited ?? {};
  const mine = new Set(localChangedFields(local, inherited));
  const localNewer = Date.parse(local.updatedAt) > Date.parse(remote.updated ?? '');
  const merged: Record<string, unknown> = {};
  const entries: SyncLogEntry[] = [];
  let conflicts = 0;
  for (const field of EVENT_FIELDS) {
    const remoteChanged = !sameField(field, theirs[field], base[field]);
    const localChanged = mine.has(field) && !READ_ONLY_FIELDS.has(field);
    let value: unknown = theirs[field];
    if (localChanged && !remoteChanged) value = local[field];
    else if (localChanged && remoteChanged && !sameField(field, local[field], theirs[field])) {
      conflicts++;
      value = localNewer ? local[field] : theirs[field];
      const lost = localNewer ? theirs[field] : local[field];
      entries.push(
        logLine(
          ctx,
          'warn',
          'conflict',
          local.id,
          said('conflict', {
            summary: local.summary || theirs.summary || '',
            field,
            kept: localNewer ? 'local' : 'google',
          }),
          {
            field,
            kept: localNewer ? 'local' : 'google',
            lost,
            restore: { [field]: lost },
          },
        ),
      );
    }
    if (value !== undefined) merged[field] = value;
  }
  const fields = merged as unknown as EventFields;
  const linked = recordFromGoogle(remote, ctx.calendarId).event;
  const dirty = changedFields(fields, theirs).filter((f) => !READ_ONLY_FIELDS.has(f));
  const event: EventRecord = {
    ...linked,
    ...fields,
    kind:
      local.kind === 'master' || linked.kind === 'master'
        ? fields.recurrence
          ? 'master'
          : 'single'
        : linked.kind,
    startMs: dirty.includes('start') || dirty.includes('end') ? local.startMs : linked.startMs,
    endMs: dirty.includes('start') || dirty.includes('end') ? local.endMs : linked.endMs,
    updatedAt: localNewer ? local.updatedAt : (remote.updated ?? ctx.now),
    dirty,
  };
  // A field the merge left empty (cleared here) must not keep Google's value from `linked`.
  for (const field of EVENT_FIELDS)
    if (merged[field] === undefined) delete (event as unknown as Record<string, unknown>)[field];
  return { type: 'put', event, log: entries, conflicts };
}

/**
 * Fields the user changed since base: the dirty list, minus any that are back to base. A
 * record never synced has no base of its own; everything it holds counts, unless a base is
 * given (an exception's generated instance).
 */
export function localChangedFields(
  local: CalendarEvent,
  base: Partial<EventFields> | undefined = local.google ? local.base : undefined,
): EventFieldName[] {
  const dirty = local.dirty ?? [];
  const candidates =
    dirty.length > 0 || local.google ? dirty : EVENT_FIELDS.filter((f) => local[f] !== undefined);
  if (!base) return candidates;
  return candidates.filter((f) => !sameField(f, local[f], base[f]));
}

/**
 * The base of an exception never synced here: the instance Google generated from its series
 * as both sides last agreed on it. Google's instance has every field of the series without
 * anyone changing it on Google, and the local exception was copied from the same series, so
 * a field equal to the series' value is a change on neither side. Undefined for any other
 * record, or when the series was never agreed on either.
 */
export function instanceBase(
  local: CalendarEvent,
  ctx: Pick<PullContext, 'series'>,
): Partial<EventFields> | undefined {
  if (
    local.google ||
    local.kind !== 'exception' ||
    !local.recurringEventId ||
    !local.originalStartTime
  )
    return undefined;
  const series = ctx.series?.get(local.recurringEventId);
  return series
    ? generatedInstance(series, local.recurringEventId, local.originalStartTime)
    : undefined;
}

export function hasLocalEdits(local: CalendarEvent): boolean {
  return !local.google || Boolean(local.movingFrom) || localChangedFields(local).length > 0;
}

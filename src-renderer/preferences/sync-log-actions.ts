// What the Sync log pane does besides showing lines: put back a value that lost a conflict
// (as a local edit, so it syncs like any change the user makes), make a version Google
// refused a new event of the person's own, and build the diagnostics
// file (app and OS versions, settings without secrets, the connection's state, the log).
import type { EventFieldName, EventFields } from '../../src-preload/model/event';
import { canWrite } from '../../src-preload/model/calendar-access';
import { instantOf } from '../../src-preload/model/event-time';
import { lineOf, logLine, type SyncLogEntry } from '../../src-preload/sync-log';
import { redactValue } from '../../src-preload/redact';
import type { AlmanacDatabase } from '../db/database';
import { LocalChanges, changeEvents } from '../db/local-changes';
import { newEventId } from '../db/event-writes';
import { shownName } from '../db/queries';
import { getApi } from '../bridge';
import { activeLocale } from '../i18n/active-locale';
import { sentenceText } from '../i18n/log-line-words';
import { said } from '../../src-preload/log-words';

/** The value a conflict entry says was lost, or null when the entry has nothing to restore. */
export function lostValue(entry: SyncLogEntry): { field: EventFieldName; value: unknown } | null {
  const conflict = lineOf(entry, 'conflict');
  if (!conflict?.eventId) return null;
  const { field, restore } = conflict.detail;
  return { field, value: restore[field] };
}

/** Writes the lost value back as a local edit (queued for Google when the calendar syncs). */
export async function restoreLostValue(db: AlmanacDatabase, entry: SyncLogEntry): Promise<string> {
  const lost = lostValue(entry);
  if (!lost || !entry.eventId) throw new Error(activeLocale().t('logAction.nothing'));
  const eventId = entry.eventId;
  return changeEvents(db, async () => {
    const event = await db.events.get(eventId);
    if (!event) throw new Error(activeLocale().t('logAction.eventGone'));
    const changes = await LocalChanges.open(db, event.calendarId);
    await changes.edit(event, { [lost.field]: structuredClone(lost.value) });
    const sentence = said('restoredValue', {
      summary: event.summary,
      field: lost.field,
      value: show(lost.value),
    });
    await db.syncLog.add(
      logLine(
        { now: new Date().toISOString(), calendarId: event.calendarId },
        'info',
        'restored-value',
        event.id,
        sentence,
        { restoredFrom: entry.id },
      ),
    );
    return sentenceText(sentence, activeLocale().t);
  });
}

/** What "Restore as a new event" makes from a line of a change Google refused, or null. */
export function refusedVersion(entry: SyncLogEntry): Partial<EventFields> | null {
  return lineOf(entry, 'refused')?.detail.newEvent ?? null;
}

/**
 * The version Google refused, as a new event of the person's own (no guests: they were not
 * the person's to invite), in the same calendar when it takes changes, else the first that does.
 */
export async function restoreAsNewEvent(db: AlmanacDatabase, entry: SyncLogEntry): Promise<string> {
  const version = refusedVersion(entry);
  if (!version?.start || !version.end) throw new Error(activeLocale().t('logAction.nothing'));
  const { start, end } = version;
  return changeEvents(db, async () => {
    const calendars = await db.calendars.toArray();
    const calendar =
      calendars.find((c) => c.id === entry.calendarId && canWrite(c)) ??
      calendars.find((c) => c.primary && canWrite(c)) ??
      calendars.find(canWrite);
    if (!calendar) throw new Error(activeLocale().t('logAction.noCalendar'));
    const changes = await LocalChanges.open(db, calendar.id);
    const id = newEventId();
    await changes.insert({
      ...structuredClone(version),
      id,
      calendarId: calendar.id,
      kind: 'single',
      status: 'confirmed',
      summary: version.summary ?? '',
      start,
      end,
      startMs: instantOf(start),
      endMs: instantOf(end),
      updatedAt: new Date().toISOString(),
    });
    const sentence = said('restoredAsNew', {
      summary: version.summary ?? '',
      calendar: shownName(calendar).summary,
    });
    await db.syncLog.add(
      logLine(
        { now: new Date().toISOString(), calendarId: calendar.id },
        'info',
        'restored-value',
        id,
        sentence,
        {
          restoredFrom: entry.id,
        },
      ),
    );
    return sentenceText(sentence, activeLocale().t);
  });
}

/**
 * The diagnostics file as text (JSON): nothing secret in it, by construction, and whatever
 * Google's answers put into the log lines is redacted by the same rules as main's log.
 */
export async function diagnostics(db: AlmanacDatabase): Promise<string> {
  const api = getApi();
  const [app, settings, google, sync] = await Promise.all([
    api.getAppInfo(),
    api.getSettings(),
    api.getGoogleStatus(),
    api.getSyncStatus(),
  ]);
  const status = google.ok ? google.value : null;
  return JSON.stringify(
    redactValue({
      exportedAt: new Date().toISOString(),
      app: app.ok ? app.value : null,
      os: {
        userAgent: navigator.userAgent,
        platform: navigator.platform,
        language: navigator.language,
      },
      settings: settings.ok ? settings.value : null,
      // The connection without the secret's hint or the sign-in address.
      google: status
        ? {
            enabled: status.enabled,
            clientId: status.clientId,
            state: status.state,
            account: status.account,
            problem: status.problem,
          }
        : null,
      sync: sync.ok ? sync.value : null,
      calendars: (await db.calendars.toArray()).map((c) => ({
        id: c.id,
        summary: c.summary,
        accessRole: c.accessRole,
        account: c.account,
        syncEnabled: c.syncEnabled,
      })),
      pendingChanges: await db.outbox.count(),
      log: await db.syncLog.orderBy('id').toArray(),
    }),
    null,
    2,
  );
}

/** Saves text as a file: a download in the browser shell, the save dialog in Electron. */
export function saveFile(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'empty';
  if (typeof value === 'string') return `“${value}”`;
  const when = value as { dateTime?: string; date?: string };
  if (typeof value === 'object' && (when.dateTime || when.date))
    return when.dateTime ?? when.date ?? '';
  return JSON.stringify(value);
}

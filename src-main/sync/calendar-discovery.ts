// Which calendars the account has (calendarList) and what Google's event colours look like
// (colors.get), read together and stored in one commit. The primary calendar syncs by
// default; the others wait for the user's tick in Preferences, which a later read keeps.
import type { calendar_v3 } from '@googleapis/calendar';
import { ReminderOverrideSchema } from '../../src-preload/model/event';
import type { Calendar, EventPalette } from '../../src-preload/model/event';
import type { LocalStore } from '../../src-preload/local-store';
import { logLine, type SyncLogEntry } from '../../src-preload/sync-log';
import { AuthFailure, type GoogleGateway } from '../google/gateway';
import { said } from '../../src-preload/log-words';

/**
 * Reads the account's calendars and stores them; answers every calendar known here (those
 * of other accounts, or kept only on this computer, included).
 */
export async function discoverCalendars(
  google: GoogleGateway,
  store: LocalStore,
  local: Calendar[],
  account: string,
  now: Date,
): Promise<Calendar[]> {
  const byId = new Map(local.map((c) => [c.id, c]));
  const found: Calendar[] = [];
  let pageToken: string | undefined;
  do {
    const page = await google.calendarList(pageToken);
    for (const entry of page.items ?? []) {
      const known = entry.id ? byId.get(entry.id) : undefined;
      if (!entry.id || entry.deleted || ownedElsewhere(known, entry.id, account)) continue;
      // Taken over from another account (it is this one's primary): none of its choices carry over.
      const mine = known?.account && !same(known.account, account) ? undefined : known;
      found.push(calendarOf(entry, account, mine));
    }
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  const colors = await readEventPalette(google, now);
  await store.commit({
    calendars: found,
    ...(colors.palette ? { eventPalette: colors.palette } : {}),
    log: colors.log,
  });
  const ids = new Set(found.map((c) => c.id));
  return [...local.filter((c) => !ids.has(c.id)), ...found];
}

/**
 * A calendar two connected accounts both list (one shared it with the other, or both
 * subscribe to the same holidays) is kept here once, synced by one account: the account it
 * is the primary calendar of, else the one that listed it first. Otherwise it would change
 * hands every cycle, and its events with it.
 */
function ownedElsewhere(known: Calendar | undefined, id: string, account: string): boolean {
  if (!known?.account || same(known.account, account)) return false;
  return !same(id, account);
}

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** A calendarList entry as a calendar here; `existing`: the same calendar as known before. */
export function calendarOf(
  entry: calendar_v3.Schema$CalendarListEntry,
  account: string,
  existing: Calendar | undefined,
): Calendar {
  const calendar: Calendar = {
    id: entry.id as string,
    summary: entry.summaryOverride ?? entry.summary ?? (entry.id as string),
    color: entry.backgroundColor ?? existing?.color ?? '#4986e7',
    accessRole: (entry.accessRole as Calendar['accessRole']) ?? 'reader',
    account,
    // The primary calendar syncs by default; others wait for the user's tick.
    syncEnabled: existing?.syncEnabled ?? entry.primary === true,
  };
  if (entry.timeZone) calendar.timeZone = entry.timeZone;
  if (entry.primary) calendar.primary = true;
  // What "Default reminders" means for its events (none when Google gives none).
  calendar.defaultReminders = (entry.defaultReminders ?? []).flatMap((reminder) => {
    const parsed = ReminderOverrideSchema.safeParse(reminder);
    return parsed.success ? [parsed.data] : [];
  });
  return calendar;
}

/** colors.get's event palette as we keep it: entries with a usable background; null when none. */
export function eventPaletteOf(colors: calendar_v3.Schema$Colors): EventPalette | null {
  const entries = Object.entries(colors.event ?? {}).filter(
    ([, c]) => typeof c?.background === 'string' && HEX_COLOR.test(c.background),
  );
  if (entries.length === 0) return null;
  const palette: EventPalette = {
    colors: Object.fromEntries(
      entries.map(([id, c]) => [
        id,
        {
          background: c.background as string,
          foreground: c.foreground && HEX_COLOR.test(c.foreground) ? c.foreground : '#1d1d1d',
        },
      ]),
    ),
  };
  if (colors.updated) palette.updated = colors.updated;
  return palette;
}

// ---------------------------------------------------------------------------------------

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/**
 * Google's event colours. A failure costs only the colours — the stored ones, or the
 * renderer's built-in copy, stay in use — so it is logged and the sync goes on.
 */
async function readEventPalette(
  google: GoogleGateway,
  now: Date,
): Promise<{ palette: EventPalette | null; log: SyncLogEntry[] }> {
  try {
    return { palette: eventPaletteOf(await google.colors()), log: [] };
  } catch (error) {
    if (error instanceof AuthFailure) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const line = logLine(
      { now: now.toISOString() },
      'warn',
      'colors-failed',
      undefined,
      said('colorsFailed', { reason: message }),
    );
    return { palette: null, log: [line] };
  }
}

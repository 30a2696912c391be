// Calendars subscribed to from a URL (a holiday list, a team's rota, a sports fixture): kept
// here as read-only calendars (accessRole reader, no Google account, so the writer of local
// changes refuses them and sync never uploads them), whose events are replaced by the feed's
// on every refresh that brings a change. Main fetches the feed; this reads and stores it.
import type { Calendar, CalendarEvent } from '../../src-preload/model/event';
import { instanceIdFor } from '../../src-preload/model/instance-ids';
import { readIcs } from '../../src-preload/ics/ics-reader';
import { calendarEventId, eventIdForUid } from '../../src-preload/ics/event-ids';
import type { IcsCalendar } from '../../src-preload/ics/ics-calendar';
import { FeedFailure } from './feed-failure';
import type { AlmanacDatabase } from '../db/database';
import { getApi } from '../bridge';
import type { AlmanacApi } from '../../src-preload/almanac-api';
import { activeLocale } from '../i18n/active-locale';

/** How often a feed is fetched when it does not say (REFRESH-INTERVAL): twelve hours. */
export const DEFAULT_REFRESH_MINUTES = 12 * 60;
/** A feed asking for more than this is still fetched no more often than every 15 minutes. */
const MIN_REFRESH_MINUTES = 15;

/** Fetches a feed: main's fetch over the bridge (a test may give main's fetch directly). */
export type FeedFetcher = AlmanacApi['fetchFeed'];

/** Subscribes to the feed at `url`: fetched and read now, so a bad address fails here. */
export async function subscribe(db: AlmanacDatabase, url: string, zone: string): Promise<Calendar> {
  const address = url.trim();
  const id = `feed${eventIdForUid(address)}`;
  if (await db.calendars.get(id)) throw new Error(activeLocale().t('feed.already'));
  const answer = await fetched((request) => getApi().fetchFeed(request), address);
  if (answer.unchanged) throw new Error(activeLocale().t('feed.empty'));
  const feed = readFeed(answer.text, zone);
  const now = new Date().toISOString();
  const calendar: Calendar = {
    id,
    summary: feed.name?.trim() || hostOf(address),
    color: feed.color ?? '#9e69af',
    accessRole: 'reader',
    syncEnabled: false,
    ...(feed.timeZone ? { timeZone: feed.timeZone } : {}),
    subscription: {
      url: address,
      refreshMinutes: refreshMinutesOf(feed),
      ...validators(answer),
      lastRefreshAt: now,
      lastAttemptAt: now,
    },
  };
  await db.transaction('rw', [db.calendars, db.events], async () => {
    await db.calendars.put(calendar);
    await replaceEvents(db, calendar.id, feed, now);
  });
  return calendar;
}

/**
 * Fetches the feed again; its events change only when the feed did. A failure is kept on the
 * calendar, with how many came in a row (the schedule backs off by it). Gives back the
 * calendar as it then is, undefined once it is gone.
 */
export async function refreshSubscription(
  db: AlmanacDatabase,
  calendarId: string,
  zone: string,
  fetchFeed: FeedFetcher = (request) => getApi().fetchFeed(request),
  now = new Date().toISOString(),
): Promise<Calendar | undefined> {
  await refreshOnce(db, calendarId, zone, fetchFeed, now);
  return db.calendars.get(calendarId);
}

async function refreshOnce(
  db: AlmanacDatabase,
  calendarId: string,
  zone: string,
  fetchFeed: FeedFetcher,
  now: string,
): Promise<void> {
  const calendar = await db.calendars.get(calendarId);
  const source = calendar?.subscription;
  if (!calendar || !source) return;
  try {
    const answer = await fetched(fetchFeed, source.url, source);
    if (answer.unchanged) {
      const { lastError: _error, lastErrorWords: _words, failures: _failures, ...rest } = source;
      await db.calendars.update(calendarId, {
        subscription: { ...rest, lastRefreshAt: now, lastAttemptAt: now },
      });
      return;
    }
    const feed = readFeed(answer.text, zone);
    await db.transaction('rw', [db.calendars, db.events], async () => {
      await db.calendars.update(calendarId, {
        subscription: {
          url: source.url,
          refreshMinutes: refreshMinutesOf(feed),
          ...validators(answer),
          lastRefreshAt: now,
          lastAttemptAt: now,
        },
      });
      await replaceEvents(db, calendarId, feed, now);
    });
  } catch (error) {
    // What was said is kept, to be worded when shown; the words of the moment too, for a
    // reader that does not know them.
    const { lastErrorWords: _words, ...kept } = source;
    await db.calendars.update(calendarId, {
      subscription: {
        ...kept,
        lastAttemptAt: now,
        lastError: error instanceof Error ? error.message : String(error),
        ...(error instanceof FeedFailure ? { lastErrorWords: error.words } : {}),
        failures: (source.failures ?? 0) + 1,
      },
    });
  }
}

/** Removes the subscription and its events. */
export async function unsubscribe(db: AlmanacDatabase, calendarId: string): Promise<void> {
  await db.transaction('rw', [db.calendars, db.events], async () => {
    await db.events.where('calendarId').equals(calendarId).delete();
    await db.calendars.delete(calendarId);
  });
}

// ---------------------------------------------------------------------------------------

async function fetched(
  fetchFeed: FeedFetcher,
  url: string,
  since: { etag?: string; lastModified?: string } = {},
) {
  const result = await fetchFeed({
    url,
    ...(since.etag ? { etag: since.etag } : {}),
    ...(since.lastModified ? { lastModified: since.lastModified } : {}),
  });
  if (!result.ok) throw new FeedFailure({ refused: result.error });
  return result.value;
}

/** The feed read; one that is not a calendar at all is refused, events it cannot read are left out. */
function readFeed(text: string, zone: string): IcsCalendar {
  const feed = readIcs(text, { zone });
  if (feed.events.length === 0 && feed.problems.some((p) => p.skipped || p.line === undefined)) {
    throw new FeedFailure({ notCalendar: feed.problems[0] ?? null });
  }
  return feed;
}

function refreshMinutesOf(feed: IcsCalendar): number {
  return Math.max(MIN_REFRESH_MINUTES, feed.refreshMinutes ?? DEFAULT_REFRESH_MINUTES);
}

function validators(answer: { etag?: string; lastModified?: string }) {
  return {
    ...(answer.etag ? { etag: answer.etag } : {}),
    ...(answer.lastModified ? { lastModified: answer.lastModified } : {}),
  };
}

/**
 * The calendar's events become the feed's, each under its id in this calendar, so the same
 * event in two subscriptions (or also imported) stays two records.
 */
async function replaceEvents(
  db: AlmanacDatabase,
  calendarId: string,
  feed: IcsCalendar,
  updatedAt: string,
): Promise<void> {
  const own = (id: string) => calendarEventId(calendarId, id);
  const records: CalendarEvent[] = [];
  for (const event of feed.events) {
    const { icsProperties: _extras, ...fields } = event;
    if (event.kind !== 'exception' && event.status === 'cancelled') continue;
    const series = event.recurringEventId ? own(event.recurringEventId) : undefined;
    const id =
      series && event.originalStartTime
        ? instanceIdFor(series, event.originalStartTime)
        : own(event.id);
    records.push({
      ...fields,
      id,
      ...(series ? { recurringEventId: series } : {}),
      calendarId,
      localVersion: 1,
      updatedAt,
    });
  }
  await db.events.where('calendarId').equals(calendarId).delete();
  await db.events.bulkPut(records);
}

function hostOf(url: string): string {
  try {
    return new URL(url.replace(/^webcals?:/i, 'https:')).host;
  } catch {
    return url;
  }
}

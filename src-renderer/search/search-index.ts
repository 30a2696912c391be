// Search over every event on this computer, in memory so each keystroke answers at once and
// offline: one lower-cased, accent-free text per record (title, location, the description's
// text, guests' names and emails), matched word by word. A repeating series is found once and
// shown at its next occurrence (worked out only for series that match, and remembered). An
// event kept in two Google accounts is found once, as the views show it (oneCopyEach).
import type { Calendar, CalendarEvent, EventPalette } from '../../src-preload/model/event';
import { oneCopyEach } from '../../src-preload/model/event-copies';
import { instantOf } from '../../src-preload/model/event-time';
import { occurrenceColor } from '../calendar/model/colors';
import { occurrenceOf } from '../calendar/model/occurrence';
import { expandSeries } from '../calendar/model/series-expansion';
import type { Occurrence } from '../calendar/model/types';

export interface SearchIndex {
  entries: SearchEntry[];
  /** A series' exceptions, by series id, for placing its next occurrence. */
  exceptions: Map<string, CalendarEvent[]>;
  colorOf(event: CalendarEvent): string;
}

export interface SearchResults {
  /** The first `limit` hits: upcoming ones soonest first, then past ones latest first. */
  hits: Occurrence[];
  /** How many records matched in all. */
  total: number;
}

/** The index of every live record: plain events, series (once each) and exceptions. */
export function buildSearchIndex(
  records: readonly CalendarEvent[],
  calendars: readonly Calendar[],
  palette: EventPalette | null,
): SearchIndex {
  const calendarById = new Map(calendars.map((c) => [c.id, c]));
  const masters = new Map<string, CalendarEvent>();
  const exceptions = new Map<string, CalendarEvent[]>();
  for (const record of records) {
    if (record.kind === 'master') masters.set(record.id, record);
    else if (record.recurringEventId) {
      const list = exceptions.get(record.recurringEventId);
      if (list) list.push(record);
      else exceptions.set(record.recurringEventId, [record]);
    }
  }
  // An exception of a deleted series is gone with it.
  const live = records.filter(
    (r) =>
      r.status !== 'cancelled' &&
      !(r.recurringEventId && masters.get(r.recurringEventId)?.status === 'cancelled'),
  );
  const { shown, hidden } = oneCopyEach(
    live,
    (record) => {
      const calendar = calendarById.get(record.calendarId);
      return calendar?.account ? { event: record, calendar } : undefined;
    },
    // A series once; an occurrence by the instant its series gives it.
    (r) =>
      r.kind === 'master'
        ? -Infinity
        : r.originalStartTime
          ? instantOf(r.originalStartTime)
          : r.startMs,
  );
  const entries: SearchEntry[] = shown.map((record) => ({
    record,
    master: record.recurringEventId ? masters.get(record.recurringEventId) : undefined,
    text: searchText(record),
    copies: hidden.get(record),
  }));
  return {
    entries,
    exceptions,
    colorOf: (event) => occurrenceColor(event, calendarById.get(event.calendarId), palette),
  };
}

/** The records matching every word of `query`, as occurrences to open; empty for no words. */
export function search(index: SearchIndex, query: string, now: number, limit = 50): SearchResults {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return { hits: [], total: 0 };
  // Matching is a scan of plain strings; occurrences are made only for the hits shown.
  const found: { entry: SearchEntry; at: number }[] = [];
  for (const entry of index.entries) {
    if (!words.every((w) => entry.text.includes(w))) continue;
    const at = entry.record.kind === 'master' ? nextStart(index, entry, now) : entry.record.startMs;
    if (at !== null) found.push({ entry, at });
  }
  const upcoming = found.filter((f) => f.at >= now - DAY_MS).sort((a, b) => a.at - b.at);
  const past = found.filter((f) => f.at < now - DAY_MS).sort((a, b) => b.at - a.at);
  const hits = [...upcoming, ...past]
    .slice(0, limit)
    .map((f) => occurrenceOfEntry(index, f.entry, now))
    .filter((o): o is Occurrence => o !== null);
  return { hits, total: found.length };
}

// ---------------------------------------------------------------------------------------

interface SearchEntry {
  record: CalendarEvent;
  /** An exception's series, when it is stored here. */
  master?: CalendarEvent;
  text: string;
  /** A series' next occurrence, once worked out (null: none in a year either side). */
  next?: Occurrence | null;
  /** The same event in the person's other accounts, not listed. */
  copies?: CalendarEvent[];
}

const DAY_MS = 86_400_000;
const YEAR_MS = 366 * DAY_MS;

function searchText(event: CalendarEvent): string {
  const guests = (event.attendees ?? []).map((a) => `${a.displayName ?? ''} ${a.email ?? ''}`);
  return normalize(
    [event.summary, event.location, htmlText(event.description), ...guests]
      .filter(Boolean)
      .join('\n'),
  );
}

/** Lower case without accents, so "cafe" finds "Café". */
function normalize(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A description's words: Google's descriptions are HTML. */
function htmlText(html: string | undefined): string {
  if (!html) return '';
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

function occurrenceOfEntry(index: SearchIndex, entry: SearchEntry, now: number): Occurrence | null {
  const { record } = entry;
  if (record.kind !== 'master') {
    const occurrence = occurrenceOf(record, index.colorOf(record), entry.master);
    if (entry.copies)
      occurrence.copies = entry.copies.map((copy) => occurrenceOf(copy, index.colorOf(copy)));
    return occurrence;
  }
  if (entry.next === undefined) entry.next = nextOccurrence(index, record, now);
  return entry.next;
}

function nextStart(index: SearchIndex, entry: SearchEntry, now: number): number | null {
  const next = occurrenceOfEntry(index, entry, now);
  return next ? Date.parse(next.start) : null;
}

/**
 * The series' next occurrence from `now`, else its last one in the past year. Most series
 * repeat within weeks, so a short look ahead comes first.
 */
function nextOccurrence(index: SearchIndex, master: CalendarEvent, now: number): Occurrence | null {
  const color = index.colorOf(master);
  const exceptions = index.exceptions.get(master.id) ?? [];
  const first = (from: number, to: number) =>
    expandSeries(master, exceptions, { start: new Date(from), end: new Date(to) }, color);
  const ahead = first(now, now + 15 * DAY_MS);
  const later = ahead.length > 0 ? ahead : first(now, now + YEAR_MS);
  if (later.length > 0) return later.reduce((a, b) => (b.start < a.start ? b : a));
  const behind = first(Math.max(master.startMs, now - YEAR_MS), now);
  return behind.length > 0 ? behind.reduce((a, b) => (b.start > a.start ? b : a)) : null;
}

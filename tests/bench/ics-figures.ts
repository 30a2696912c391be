// iCalendar figures for `npm run bench`: reading a 10,000-event file (1,000 of the
// events repeating, each series with a moved and a cancelled occurrence) and writing 20,000
// events out, each as the median of five runs with the fastest and slowest, beside a floor
// measured in the same run: what ical.js alone takes to parse that file, or to print those
// lines from its own parsed form. The first run in the process (compiling the code, loading
// zone data) is reported apart.
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import type { CalendarEvent, EventDateTime } from '../../src-preload/model/event';
import { readIcs } from '../../src-preload/ics/ics-reader';
import { writeIcs } from '../../src-preload/ics/ics-writer';

const RUNS = 5;
const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney', 'UTC'];
const NOW = new Date('2026-02-01T00:00:00Z');

export async function measureIcs(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};

  const file = writeIcs(calendar(10_000, 1_000), { name: 'Bench', now: NOW }).text;
  out.ics_parse_file_bytes = new TextEncoder().encode(file).length;
  let t0 = performance.now();
  const first = readIcs(file, { zone: 'Europe/Berlin' });
  out.ics_parse_10000_events_first_in_process_ms = round(performance.now() - t0);
  if (first.problems.length > 0)
    throw new Error(`the bench file reads with problems: ${first.problems[0]!.message}`);
  out.ics_parse_records = first.events.length;
  out.ics_parse_series = first.events.filter((e) => e.kind === 'master').length;
  const parse = runs(() => readIcs(file, { zone: 'Europe/Berlin' }));
  const parseFloor = runs(() => new ICAL.Component(ICAL.parse(file)).getAllSubcomponents('vevent'));
  report(out, 'ics_parse_10000_events_1000_series', parse);
  report(out, 'ics_parse_floor_icaljs_parse', parseFloor);
  out.ics_parse_ratio_to_floor = round(median(parse) / median(parseFloor));

  const events = calendar(20_000, 2_000);
  t0 = performance.now();
  const exported = writeIcs(events, { name: 'Bench', now: NOW }).text;
  out.ics_export_20000_events_first_in_process_ms = round(performance.now() - t0);
  out.ics_export_records = events.length;
  out.ics_export_bytes = new TextEncoder().encode(exported).length;
  const exportRuns = runs(() => writeIcs(events, { name: 'Bench', now: NOW }));
  const jcal = ICAL.parse(exported);
  const exportFloor = runs(() => ICAL.stringify(jcal));
  report(out, 'ics_export_20000_events', exportRuns);
  report(out, 'ics_export_floor_icaljs_stringify', exportFloor);
  out.ics_export_ratio_to_floor = round(median(exportRuns) / median(exportFloor));
  return out;
}

// ---------------------------------------------------------------------------------------

function runs(work: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

function report(out: Record<string, number>, name: string, times: number[]): void {
  out[`${name}_median_ms`] = round(median(times));
  out[`${name}_min_ms`] = round(times[0]!);
  out[`${name}_max_ms`] = round(times.at(-1)!);
}

function median(sorted: number[]): number {
  return sorted[Math.floor(sorted.length / 2)]!;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * `count` events as a calendar holds them, `series` of them weekly series with one moved and
 * one cancelled occurrence: titles, places, notes, a few guests, a reminder, zones around the
 * world and some all-day days.
 */
export function calendar(count: number, series: number): CalendarEvent[] {
  const out: CalendarEvent[] = [];
  for (let i = 0; i < count; i += 1) {
    const zone = ZONES[i % ZONES.length]!;
    const allDay = i % 10 === 9;
    const startMs = Date.UTC(2025, 0, 1, 7 + (i % 10)) + (i % 730) * 86_400_000;
    const id = `bench${i.toString(32).padStart(6, '0')}`;
    const repeating = i < series;
    const event = record(id, repeating ? 'master' : 'single', allDay, startMs, zone, {
      summary: `${repeating ? 'Weekly review' : 'Meeting'} ${i} — Büro & café`,
      location: `Room ${i % 40}, Building ${String.fromCharCode(65 + (i % 6))}`,
      description: `Agenda for meeting ${i}: status, risks; next steps.\nNotes, links and more notes.`,
      attendees: Array.from({ length: i % 4 }, (_, k) => ({
        email: `person${(i + k) % 500}@example.com`,
        displayName: `Person ${(i + k) % 500}`,
        responseStatus: (['accepted', 'needsAction', 'tentative'] as const)[k % 3]!,
      })),
      reminders: { useDefault: false, overrides: [{ method: 'popup', minutes: 10 + (i % 3) * 5 }] },
      iCalUID: `${id}@example.com`,
    });
    if (repeating) {
      event.recurrence = ['RRULE:FREQ=WEEKLY;COUNT=52'];
      out.push(event, ...exceptions(event, allDay, startMs, zone));
    } else out.push(event);
  }
  return out;
}

function exceptions(
  master: CalendarEvent,
  allDay: boolean,
  startMs: number,
  zone: string,
): CalendarEvent[] {
  return [2, 5].map((weeks, k) => {
    // The occurrence is the same wall-clock time weeks later in the series' zone: across a
    // daylight-saving change that is not a multiple of 7×24 hours, and an exception at any
    // other instant would name an occurrence the series does not have.
    const occurrenceMs = allDay
      ? startMs + weeks * 7 * 86_400_000
      : DateTime.fromMillis(startMs, { zone }).plus({ weeks }).toMillis();
    const original = at(occurrenceMs, allDay, zone);
    const stamp = allDay
      ? original.date!.replace(/-/g, '')
      : new Date(occurrenceMs).toISOString().replace(/[-:]|\.\d{3}/g, '');
    const moved = record(
      `${master.id}_${stamp}`,
      'exception',
      allDay,
      occurrenceMs + 86_400_000,
      zone,
      {
        summary: `${master.summary} (moved)`,
        iCalUID: master.iCalUID!,
        recurringEventId: master.id,
        originalStartTime: original,
      },
    );
    return k === 0
      ? moved
      : { ...moved, status: 'cancelled' as const, start: original, end: original };
  });
}

function record(
  id: string,
  kind: CalendarEvent['kind'],
  allDay: boolean,
  startMs: number,
  zone: string,
  fields: Partial<CalendarEvent>,
): CalendarEvent {
  const endMs = startMs + (allDay ? 86_400_000 : 3_600_000);
  return {
    status: 'confirmed',
    summary: '',
    ...fields,
    id,
    kind,
    calendarId: 'bench',
    start: at(startMs, allDay, zone),
    end: at(endMs, allDay, zone),
    startMs,
    endMs,
    localVersion: 1,
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

function at(instant: number, allDay: boolean, zone: string): EventDateTime {
  if (allDay) return { date: new Date(instant).toISOString().slice(0, 10) };
  const dateTime = DateTime.fromMillis(instant, { zone }).toISO({ suppressMilliseconds: true })!;
  return zone === 'UTC' ? { dateTime } : { dateTime, timeZone: zone };
}

// The VEVENTs of a file put together the way Google stores events: one record per event, and
// for a repeating event a series master (RRULE, EXRULE, RDATE and EXDATE lines in the series'
// IANA zone, UNTIL in UTC as Google wants it) plus one exception per changed or cancelled
// occurrence, under Google's instance id `<seriesId>_<stamp>` with `recurringEventId` and
// `originalStartTime`.
//
// EXDATEs stay EXDATE lines, as Google keeps them; an occurrence the file both excludes and
// overrides is the override's. Occurrences Almanac itself wrote as cancelled (EXDATE marked
// X-ALMANAC-INSTANCE=CANCELLED) come back as cancelled exceptions, as they were stored.
import { because, problemWords } from './ics-reasons';
import ICAL from 'ical.js';
import type { EventDateTime, EventFields } from '../model/event';
import { generatedInstance } from '../model/generated-instance';
import { instantOf as dateTimeInstant } from '../model/event-time';
import { instanceIdFor } from '../model/instance-ids';
import { eventIdForUid, uidForUnnamedEvent } from './event-ids';
import { EventProblem, messageOf, reasonOf, type ReadVevent } from './event-reader';
import type { IcsEvent, IcsProblem } from './ics-calendar';
import {
  atInstant,
  eventDateTime,
  icalTime,
  instantOf,
  isoDate,
  wallAt,
  type TimeValue,
} from './time-values';

/** Every VEVENT read from a file, grouped by UID into events and series. */
export function assembleEvents(
  read: readonly ReadVevent[],
  floatingZone: string,
): {
  events: IcsEvent[];
  problems: IcsProblem[];
} {
  const events: IcsEvent[] = [];
  const problems: IcsProblem[] = [];
  for (const group of groupByUid(read, problems)) {
    try {
      events.push(...assembleGroup(group, floatingZone, problems));
    } catch (error) {
      const first = group.main ?? group.overrides[0]!;
      problems.push({
        line: error instanceof EventProblem && error.line !== undefined ? error.line : first.line,
        event: first.label,
        ...reasonOf(error),
        skipped: true,
      });
    }
  }
  return { events, problems };
}

/**
 * The occurrence Google generates for a series at `originalStart` before anyone edits it, as
 * the shared model builds it (the sync engine's base for an exception), with its instance id
 * and the bounds a record indexes.
 */
export function generatedOccurrence(master: IcsEvent, originalStart: EventDateTime): IcsEvent {
  const { icsProperties: _properties, ...series } = master;
  const instance = generatedInstance(series, master.id, originalStart);
  const startMs = dateTimeInstant(instance.start);
  return {
    ...series,
    ...instance,
    recurrence: undefined,
    id: instanceIdFor(master.id, originalStart),
    kind: 'exception',
    start: instance.start!,
    end: instance.end!,
    startMs,
    endMs: startMs + (master.endMs - master.startMs),
  };
}

// ---------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;

interface Group {
  uid: string;
  main?: ReadVevent;
  overrides: ReadVevent[];
}

function groupByUid(read: readonly ReadVevent[], problems: IcsProblem[]): Group[] {
  const groups = new Map<string, Group>();
  for (const vevent of read) {
    let uid = vevent.uid;
    if (!uid) {
      uid = uidForUnnamedEvent(String(vevent.start.wall), vevent.fields.summary);
      vevent.fields.iCalUID = uid;
      problems.push({
        line: vevent.line,
        event: vevent.label,
        ...problemWords(because('noUid')),
        skipped: false,
      });
    }
    let group = groups.get(uid);
    if (!group) groups.set(uid, (group = { uid, overrides: [] }));
    if (!vevent.recurrenceId) group.main = newest(group.main, vevent, problems);
    else group.overrides.push(vevent);
  }
  for (const group of groups.values()) {
    const byOccurrence = new Map<number, ReadVevent>();
    for (const override of group.overrides) {
      const key = instantOf(override.recurrenceId!);
      byOccurrence.set(key, newest(byOccurrence.get(key), override, problems)!);
    }
    group.overrides = [...byOccurrence.values()];
  }
  return [...groups.values()];
}

/** Of two versions of one event, the later one (SEQUENCE, then LAST-MODIFIED/DTSTAMP, then file order). */
function newest(
  kept: ReadVevent | undefined,
  next: ReadVevent,
  problems: IcsProblem[],
): ReadVevent {
  if (!kept) return next;
  const winner =
    next.sequence > kept.sequence || (next.sequence === kept.sequence && next.stamp >= kept.stamp)
      ? next
      : kept;
  const loser = winner === next ? kept : next;
  problems.push({
    line: loser.line,
    event: loser.label,
    ...problemWords(because('otherVersion', { line: winner.line })),
    skipped: true,
  });
  return winner;
}

function assembleGroup(group: Group, floatingZone: string, problems: IcsProblem[]): IcsEvent[] {
  const main = group.main;
  const repeats = main?.recurrence.some((p) => p.name === 'RRULE' || p.name === 'RDATE');
  if (main) problems.push(...main.notes);
  if (main && !repeats) {
    for (const override of group.overrides)
      problems.push({
        line: override.line,
        event: override.label,
        ...problemWords(because('notRepeating')),
        skipped: true,
      });
    return [record(main, eventIdForUid(group.uid), 'single', main.start, main.end)];
  }
  if (!main) {
    // Occurrences without their series (an invitation to one meeting of a series): kept as
    // exceptions of a series the calendar may already have; importing decides.
    return group.overrides.map((override) => {
      problems.push(...override.notes);
      const original = override.recurrenceId!;
      const seriesId = eventIdForUid(group.uid);
      const originalStart = eventDateTime(original);
      return {
        ...record(
          override,
          occurrenceId(seriesId, original, original.date),
          'exception',
          override.start,
          override.end,
        ),
        recurringEventId: seriesId,
        originalStartTime: originalStart,
      };
    });
  }

  const seriesZone = main.start.date ? null : zoneOfSeries(main.start);
  const masterId = eventIdForUid(group.uid);
  const master = record(
    main,
    masterId,
    'master',
    inZone(main.start, seriesZone),
    inZone(main.end, seriesZone),
  );
  const key = (value: TimeValue) => occurrenceKey(value, main.start, seriesZone);
  const overridden = new Set(group.overrides.map((o) => key(o.recurrenceId!)));
  master.recurrence = recurrenceLines(main, seriesZone, floatingZone, overridden);
  const out: IcsEvent[] = [master];
  for (const override of group.overrides) {
    problems.push(...override.notes);
    const original = originalStart(override.recurrenceId!, main.start, seriesZone);
    // A cancelled occurrence is only its place in the series; stored as Almanac stores one
    // deleted here, it reads back the same however it was written.
    if (override.fields.status === 'cancelled') {
      out.push({ ...generatedOccurrence(master, original.time), status: 'cancelled' });
      continue;
    }
    out.push({
      ...record(
        override,
        occurrenceId(masterId, original.value, seriesZone === null),
        'exception',
        override.start,
        override.end,
      ),
      recurringEventId: masterId,
      originalStartTime: original.time,
    });
  }
  for (const value of main.cancelled) {
    if (overridden.has(key(value))) continue;
    out.push({
      ...generatedOccurrence(master, originalStart(value, main.start, seriesZone).time),
      status: 'cancelled',
    });
  }
  return out;
}

function record(
  vevent: ReadVevent,
  id: string,
  kind: IcsEvent['kind'],
  start: TimeValue,
  end: TimeValue,
): IcsEvent {
  const fields: EventFields = {
    ...vevent.fields,
    start: eventDateTime(start),
    end: eventDateTime(end),
  };
  return {
    ...fields,
    id,
    kind,
    startMs: instantOf(start),
    endMs: instantOf(end),
    ...(vevent.icsProperties ? { icsProperties: vevent.icsProperties } : {}),
  };
}

/** The IANA zone a timed series repeats in. */
function zoneOfSeries(start: TimeValue): string {
  if (start.zone.kind === 'iana') return start.zone.name;
  if (start.zone.kind === 'own') return start.zone.seriesZone;
  return 'UTC';
}

/**
 * A master's start and end carry a zone, as Google requires of a series: a UTC time gets UTC,
 * a time in a zone known only by its rules the series' zone.
 */
function inZone(value: TimeValue, seriesZone: string | null): TimeValue {
  if (seriesZone === null || value.date || value.zone.kind === 'iana') return value;
  const zone = value.zone.kind === 'utc' ? 'UTC' : seriesZone;
  const instant = instantOf(value);
  return { wall: wallAt(instant, zone), date: false, zone: { kind: 'iana', name: zone } };
}

/**
 * Where an occurrence originally started, as the series counts occurrences: a date for an
 * all-day series, else an instant shown in the series' zone. A date on a timed series (some
 * writers use one to name a day's occurrence) takes the series' time of day.
 */
function originalStart(
  value: TimeValue,
  start: TimeValue,
  seriesZone: string | null,
): { value: TimeValue; time: EventDateTime } {
  if (seriesZone === null) {
    const date = { ...value, date: true, wall: Math.floor(value.wall / DAY_MS) * DAY_MS };
    return { value: date, time: { date: isoDate(date.wall) } };
  }
  const time = timed(value, start);
  return { value: time, time: atInstant(instantOf(time), seriesZone) };
}

function occurrenceKey(value: TimeValue, start: TimeValue, seriesZone: string | null): number {
  const original = originalStart(value, start, seriesZone).value;
  return original.date ? original.wall : instantOf(original);
}

/** The instance id of the occurrence at `value` (an all-day series' by date). */
function occurrenceId(seriesId: string, value: TimeValue, allDay: boolean): string {
  return instanceIdFor(
    seriesId,
    allDay || value.date
      ? { date: isoDate(value.wall) }
      : { dateTime: new Date(instantOf(value)).toISOString() },
  );
}

/**
 * The master's recurrence lines as Google keeps them, one per property of the file, in its
 * order. What Google and Almanac read as written stays as written; the rest is rewritten:
 * a zone that is not an IANA name becomes the series' zone, UNTIL becomes a date for an
 * all-day series and a UTC time otherwise, and EXDATEs of overridden occurrences go.
 */
function recurrenceLines(
  main: ReadVevent,
  seriesZone: string | null,
  floatingZone: string,
  overridden: ReadonlySet<number>,
): string[] {
  const lines: string[] = [];
  for (const property of main.recurrence) {
    const { name, rule } = property;
    if (rule) {
      const until = rule.until;
      const rewrite =
        until &&
        (seriesZone === null
          ? !until.isDate
          : until.isDate || until.zone !== ICAL.Timezone.utcTimezone);
      const written = rule.clone();
      if (rewrite) written.until = untilOf(until, main.start, seriesZone, floatingZone);
      try {
        written.iterator(icalTime(main.start.wall, seriesZone === null)).next();
      } catch (error) {
        throw new EventProblem(
          because('unreadable', { property: name, ignored: 'no', detail: messageOf(error) }),
          property.line,
        );
      }
      lines.push(`${name}:${rewrite ? written.toString() : property.text}`);
      continue;
    }
    const values = (property.values ?? []).filter(
      (v) => name !== 'EXDATE' || !overridden.has(occurrenceKey(v, main.start, seriesZone)),
    );
    if (values.length > 0) lines.push(dateLine(name, values, main.start, seriesZone));
  }
  return lines;
}

function untilOf(
  until: ICAL.Time,
  start: TimeValue,
  seriesZone: string | null,
  floatingZone: string,
): ICAL.Time {
  const utc = until.zone === ICAL.Timezone.utcTimezone;
  const wall = Date.UTC(
    until.year,
    until.month - 1,
    until.day,
    until.hour,
    until.minute,
    until.second,
  );
  if (seriesZone === null) {
    // A UTC UNTIL on an all-day series names the day it falls on in the calendar's zone.
    const day = utc && !until.isDate ? wallAt(wall, floatingZone) : wall;
    return icalTime(Math.floor(day / DAY_MS) * DAY_MS, true);
  }
  if (utc && !until.isDate) return until;
  // A date UNTIL includes that whole day; a floating one is a wall time where DTSTART's is.
  const last = until.isDate ? wall + DAY_MS - 1000 : wall;
  return icalTime(instantOf({ wall: last, date: false, zone: start.zone }), false, true);
}

/**
 * An RDATE or EXDATE line: dates as dates; times in UTC, or in one IANA zone, as written;
 * other times (floating, a zone known by its rules only) as wall times in the series' zone.
 */
function dateLine(
  name: string,
  values: readonly TimeValue[],
  start: TimeValue,
  seriesZone: string | null,
): string {
  const first = values[0]!;
  const sameIana = (v: TimeValue) =>
    v.zone.kind === 'iana' && first.zone.kind === 'iana' && v.zone.name === first.zone.name;
  let params: string;
  let stamps: string[];
  if (seriesZone === null || values.every((v) => v.date)) {
    params = ';VALUE=DATE';
    stamps = values.map((v) => icalTime(v.wall, true).toICALString());
  } else if (values.every((v) => v.zone.kind === 'utc') || seriesZone === 'UTC') {
    params = '';
    stamps = values.map((v) => icalTime(instantOf(timed(v, start)), false, true).toICALString());
  } else if (values.every(sameIana)) {
    params = `;TZID=${(first.zone as { name: string }).name}`;
    stamps = values.map((v) => icalTime(v.wall, false).toICALString());
  } else {
    params = `;TZID=${seriesZone}`;
    stamps = values.map((v) =>
      icalTime(wallAt(instantOf(timed(v, start)), seriesZone), false).toICALString(),
    );
  }
  return `${name}${params}:${[...new Set(stamps)].join(',')}`;
}

/** A date among times stands for the series' occurrence that day, at its time of day. */
function timed(value: TimeValue, start: TimeValue): TimeValue {
  return value.date ? { ...start, wall: value.wall + (start.wall % DAY_MS) } : value;
}

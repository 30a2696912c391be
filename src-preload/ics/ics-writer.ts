// Writing events out as one iCalendar file (RFC 5545), with ical.js building and folding the
// lines and escaping the text. Pure, like the reader, and its mirror: what it writes reads
// back as the same events, field for field.
//
// - Times keep their zone: TZID with a VTIMEZONE for every IANA zone used (vtimezone-writer.ts),
//   dates for all-day events, UTC for times without a zone.
// - A series is its master (RRULE, EXDATE, … as stored) followed by its changed occurrences
//   (RECURRENCE-ID), all under the master's UID. Cancelled occurrences are EXDATEs, which every
//   program understands, marked X-ALMANAC-INSTANCE=CANCELLED so Almanac reads them back as the
//   cancelled occurrences they were.
// - The UID is the iCalUID (uidForEvent for events not on Google yet); guests are ATTENDEEs with
//   their answer (PARTSTAT); popup reminders are DISPLAY alarms; what iCalendar has no property
//   for goes in X-ALMANAC-FIELDS (almanac-fields.ts).
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import type { EventDateTime } from '../model/event';
import { ALMANAC_FIELDS, almanacFieldsOf } from './almanac-fields';
import { uidForEvent } from './event-ids';
import { EventProblem, reasonOf } from './event-reader';
import { because } from './ics-reasons';
import type { ExportableEvent, IcsProblem } from './ics-calendar';
import { icsText } from './ics-text';
import { writeAttendee, writePerson } from './people';
import { addAlarms } from './reminders';
import { icalTime, wallAt } from './time-values';
import { vtimezone } from './vtimezone-writer';
import { isValidZone } from '../model/zoned-time';

export interface WriteOptions {
  /** The calendar's name (X-WR-CALNAME), which programs offer as the new calendar's. */
  name?: string;
  /** The calendar's zone (X-WR-TIMEZONE). */
  timeZone?: string;
  /** DTSTAMP of events that carry no `updatedAt`. */
  now?: Date;
}

export interface IcsExport {
  text: string;
  /** Events that could not be written (a time that cannot be read), each with why. */
  problems: IcsProblem[];
}

export function writeIcs(
  events: readonly ExportableEvent[],
  options: WriteOptions = {},
): IcsExport {
  const problems: IcsProblem[] = [];
  const zones = new Map<string, { from: number; to: number }>();
  const stamp = (options.now ?? new Date()).toISOString();
  const writer = new EventWriter(zones, stamp);

  const roots = events.filter((e) => e.kind !== 'exception' && !e.recurringEventId);
  const rootIds = new Set(roots.map((e) => e.id));
  const exceptions = new Map<string, ExportableEvent[]>();
  for (const event of events) {
    if (!event.recurringEventId) continue;
    const list = exceptions.get(event.recurringEventId) ?? [];
    list.push(event);
    exceptions.set(event.recurringEventId, list);
  }

  const vevents: ICAL.Component[] = [];
  const attempt = (event: ExportableEvent, write: () => ICAL.Component[]) => {
    try {
      vevents.push(...write());
    } catch (error) {
      problems.push({
        event: event.summary || uidForEvent(event),
        ...reasonOf(error, 'eventUnwritable'),
        skipped: true,
      });
    }
  };
  for (const root of roots) {
    // A cancelled event is a deleted one; its changed occurrences go with it.
    if (root.status === 'cancelled') continue;
    attempt(root, () => writer.series(root, exceptions.get(root.id) ?? []));
  }
  // Occurrences whose series is not exported (not in this calendar) still go out on their own.
  for (const [seriesId, list] of exceptions) {
    if (rootIds.has(seriesId)) continue;
    for (const exception of list)
      if (exception.status !== 'cancelled')
        attempt(exception, () => [writer.occurrence(exception, null)]);
  }

  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('prodid', '-//Almanac//Almanac Calendar//EN');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  if (options.name) calendar.addPropertyWithValue('x-wr-calname', icsText(options.name));
  if (options.timeZone && isValidZone(options.timeZone))
    calendar.addPropertyWithValue('x-wr-timezone', options.timeZone);
  for (const [zone, years] of [...zones].sort(([a], [b]) => a.localeCompare(b)))
    calendar.addSubcomponent(vtimezone(zone, years.from, years.to));
  for (const vevent of vevents) calendar.addSubcomponent(vevent);
  // ical.js folds at 75 octets and then adds the continuation's leading space, one over
  // RFC 5545's limit.
  ICAL.foldLength = 74;
  return { text: `${calendar.toString()}\r\n`, problems };
}

// ---------------------------------------------------------------------------------------

class EventWriter {
  constructor(
    private readonly zones: Map<string, { from: number; to: number }>,
    private readonly stamp: string,
  ) {}

  /** A single event, or a series master followed by its changed occurrences. */
  series(root: ExportableEvent, exceptions: readonly ExportableEvent[]): ICAL.Component[] {
    const vevent = this.common(root, uidForEvent(root));
    const zone = root.start.date ? null : zoneOf(root.start);
    for (const line of root.recurrence ?? []) {
      const property = ICAL.Property.fromString(line);
      const tzid = property.getParameter('tzid');
      if (typeof tzid === 'string')
        this.use(
          tzid,
          property.getValues().map((v) => (v instanceof ICAL.Time ? v.year : NaN)),
        );
      vevent.addProperty(property);
    }
    const changed: ICAL.Component[] = [];
    const ordered = [...exceptions].sort(
      (a, b) => instantOf(a.originalStartTime) - instantOf(b.originalStartTime),
    );
    for (const exception of ordered) {
      if (exception.status !== 'cancelled') changed.push(this.occurrence(exception, root));
      else if (exception.originalStartTime) {
        const exdate = this.timeProperty('exdate', exception.originalStartTime, zone);
        exdate.setParameter('x-almanac-instance', 'CANCELLED');
        vevent.addProperty(exdate);
      }
    }
    return [vevent, ...changed];
  }

  /** A changed occurrence: the whole event as it now is, and which occurrence it replaces. */
  occurrence(exception: ExportableEvent, master: ExportableEvent | null): ICAL.Component {
    const uid = master
      ? uidForEvent(master)
      : exception.iCalUID || `${exception.recurringEventId}@google.com`;
    const vevent = this.common(exception, uid);
    if (!exception.originalStartTime) throw new EventProblem(because('occurrenceWithoutTime'));
    const zone = master
      ? master.start.date
        ? null
        : zoneOf(master.start)
      : zoneOf(exception.originalStartTime);
    vevent.addProperty(this.timeProperty('recurrence-id', exception.originalStartTime, zone));
    return vevent;
  }

  private common(event: ExportableEvent, uid: string): ICAL.Component {
    const vevent = new ICAL.Component('vevent');
    const updated =
      event.updatedAt && !Number.isNaN(Date.parse(event.updatedAt)) ? event.updatedAt : this.stamp;
    vevent.addPropertyWithValue('uid', uid);
    vevent.addPropertyWithValue('dtstamp', icalTime(Date.parse(updated), false, true));
    vevent.addProperty(this.timeProperty('dtstart', event.start, zoneOf(event.start)));
    vevent.addProperty(this.timeProperty('dtend', event.end, zoneOf(event.end)));
    vevent.addPropertyWithValue('summary', icsText(event.summary ?? ''));
    if (event.description) vevent.addPropertyWithValue('description', icsText(event.description));
    if (event.location) vevent.addPropertyWithValue('location', icsText(event.location));
    vevent.addPropertyWithValue('status', (event.status ?? 'confirmed').toUpperCase());
    if (event.transparency) vevent.addPropertyWithValue('transp', event.transparency.toUpperCase());
    if (event.visibility && event.visibility !== 'default')
      vevent.addPropertyWithValue('class', event.visibility.toUpperCase());
    if (event.organizer?.email)
      vevent.addProperty(
        writePerson('organizer', event.organizer.email, event.organizer.displayName),
      );
    for (const guest of event.attendees ?? []) vevent.addProperty(writeAttendee(guest));
    if (event.icsProperties?.url) vevent.addPropertyWithValue('url', event.icsProperties.url);
    // One CATEGORIES a category: ical.js splits a list at a comma after an escaped backslash.
    for (const category of event.icsProperties?.categories ?? [])
      vevent.addPropertyWithValue('categories', icsText(category));
    if (event.hangoutLink) vevent.addPropertyWithValue('x-google-conference', event.hangoutLink);
    const extra = almanacFieldsOf(event);
    if (extra) {
      const property = new ICAL.Property(ALMANAC_FIELDS);
      property.resetType('text');
      property.setValue(extra);
      vevent.addProperty(property);
    }
    addAlarms(vevent, event.reminders, icsText(event.summary ?? ''));
    return vevent;
  }

  /**
   * A date or date-time property: a date for `date`, else the wall time in `zone` (TZID), or
   * UTC when there is no zone.
   */
  private timeProperty(name: string, value: EventDateTime, zone: string | null): ICAL.Property {
    const property = new ICAL.Property(name);
    if (value.date) {
      if (!/^\d{4}-\d\d-\d\d$/.test(value.date))
        throw new EventProblem(
          because('notADate', { name: name.toUpperCase(), value: value.date }),
        );
      property.resetType('date');
      property.setValue(icalTime(Date.parse(`${value.date}T00:00:00Z`), true));
      return property;
    }
    const instant = instantOf(value);
    if (Number.isNaN(instant))
      throw new EventProblem(
        because('notATimeToWrite', { name: name.toUpperCase(), value: value.dateTime ?? '' }),
      );
    if (!zone) {
      property.setValue(icalTime(instant, false, true));
      return property;
    }
    this.use(zone, [new Date(instant).getUTCFullYear()]);
    property.setValue(icalTime(wallAt(instant, zone), false));
    property.setParameter('tzid', zone);
    return property;
  }

  /** Notes that `zone` is used in these years, so its VTIMEZONE covers them. */
  private use(zone: string, years: number[]): void {
    const known = years.filter((y) => Number.isFinite(y));
    if (known.length === 0) return;
    const span = this.zones.get(zone) ?? { from: Infinity, to: -Infinity };
    this.zones.set(zone, { from: Math.min(span.from, ...known), to: Math.max(span.to, ...known) });
  }
}

/** The IANA zone a time is written in; null for UTC or a time without a zone. */
function zoneOf(value: EventDateTime): string | null {
  const zone = value.timeZone;
  if (!zone || !isValidZone(zone) || /^(Etc\/)?(UTC|GMT|Zulu|UCT)$/i.test(zone)) return null;
  return zone;
}

function instantOf(value: EventDateTime | undefined): number {
  if (!value) return NaN;
  if (value.date) return Date.parse(`${value.date}T00:00:00Z`);
  if (!value.dateTime) return NaN;
  // Google always writes the offset, which needs no zone rules (and Date.parse is far
  // cheaper than luxon); a bare wall time is read in its timeZone, as Google reads it.
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(value.dateTime))
    return Date.parse(value.dateTime);
  const zone = value.timeZone && isValidZone(value.timeZone) ? value.timeZone : 'UTC';
  return DateTime.fromISO(value.dateTime, { zone }).toMillis();
}

// One VEVENT, as ical.js parsed it, turned into the fields Almanac keeps (named after Google's
// Event resource). Its times stay TimeValues here: how they are stored depends on the series
// the event belongs to, which `series-assembly.ts` works out once every VEVENT is read.
import { because, problemWords, type IcsReason } from './ics-reasons';
import ICAL from 'ical.js';
import type { Attendee, EventFields } from '../model/event';
import { ALMANAC_FIELDS, readAlmanacFields } from './almanac-fields';
import type { ComponentBlock } from './content-lines';
import type { IcsProblem, IcsProperties } from './ics-calendar';
import { readAttendee, readPerson } from './people';
import { readReminders } from './reminders';
import { addDuration, instantOf, readTimes, type TimeValue } from './time-values';
import type { ZoneResolver } from './zone-resolver';

/** A VEVENT read, before it is placed in its series. */
export interface ReadVevent {
  uid: string | null;
  /** The line its BEGIN:VEVENT is on. */
  line: number;
  /** How problems name it: its summary, else its UID. */
  label: string;
  sequence: number;
  /** LAST-MODIFIED, else DTSTAMP (ms); 0 without either. */
  stamp: number;
  recurrenceId?: TimeValue;
  start: TimeValue;
  end: TimeValue;
  /** Its RRULE, EXRULE, RDATE and EXDATE properties, in file order. */
  recurrence: RecurrenceProperty[];
  /** EXDATEs Almanac wrote for cancelled occurrences (X-ALMANAC-INSTANCE=CANCELLED). */
  cancelled: TimeValue[];
  /** Every field but start, end and the series ones. */
  fields: Omit<EventFields, 'start' | 'end'>;
  icsProperties?: IcsProperties;
  notes: IcsProblem[];
}

/** One RRULE, EXRULE, RDATE or EXDATE of a VEVENT. */
export interface RecurrenceProperty {
  name: 'RRULE' | 'EXRULE' | 'RDATE' | 'EXDATE';
  line: number;
  /** RRULE, EXRULE: the rule as ical.js read it, and as the file wrote it. */
  rule?: ICAL.Recur;
  text?: string;
  /** RDATE, EXDATE: the dates and times. */
  values?: TimeValue[];
}

/** A problem that leaves the event out, with the line it is on. */
export class EventProblem extends Error {
  readonly reason: IcsReason | null;
  constructor(
    reason: string | IcsReason,
    readonly line?: number,
  ) {
    super(typeof reason === 'string' ? reason : reason.text);
    this.reason = typeof reason === 'string' ? null : reason;
  }
}

export interface ReadContext {
  zones: ZoneResolver;
  selfEmails: ReadonlySet<string>;
}

/** Throws EventProblem when the event cannot be kept. */
export function readVevent(
  event: ICAL.Component,
  block: ComponentBlock,
  context: ReadContext,
): ReadVevent {
  const lineOf = (name: string) => propertyLine(block, name);
  const text = (name: string) => {
    const value = event.getFirstPropertyValue(name);
    // Text is kept as written, spaces included; an empty value is no value.
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const uid = text('uid')?.trim() || null;
  const summary = text('summary');
  const label = summary?.trim() || uid || '(no title)';
  const notes: IcsProblem[] = [];
  const note = (why: string | IcsReason, line = block.lines[0]!.line) =>
    notes.push({ line, event: label, ...problemWords(why), skipped: false });

  const times = (name: string): TimeValue[] =>
    event.getAllProperties(name).flatMap((property, nth) => {
      try {
        return readTimes(property, context.zones, propertyLine(block, name, nth));
      } catch {
        throw notATime(block, name, nth);
      }
    });

  const start = times('dtstart')[0];
  if (!start) throw new EventProblem(because('noStart'), block.lines[0]!.line);
  const [startValue, written] = allDayFromOutlook(event, start, endOf(event, start, times, lineOf));
  let end = written.date === startValue.date ? written : sameKind(written, startValue);
  if (startValue.date && end.wall <= startValue.wall) {
    // Some writers give a one-day event an end equal to its start.
    if (end.wall < startValue.wall) note(because('endsBeforeDay'), lineOf('dtend'));
    end = { ...startValue, wall: startValue.wall + DAY_MS };
  } else if (!startValue.date && instantOf(end) < instantOf(startValue)) {
    note(because('endsBeforeTime'), lineOf('dtend'));
    end = startValue;
  }

  const fields: Omit<EventFields, 'start' | 'end'> = {
    status: STATUS[text('status')?.trim().toUpperCase() ?? ''] ?? 'confirmed',
    summary: summary ?? '',
  };
  const description = text('description');
  if (description !== undefined) fields.description = description;
  const location = text('location') ?? appleLocation(event);
  if (location !== undefined) fields.location = location;
  const transparency = TRANSPARENCY[text('transp')?.trim().toUpperCase() ?? ''];
  if (transparency) fields.transparency = transparency;
  const visibility = VISIBILITY[text('class')?.trim().toUpperCase() ?? ''];
  if (visibility) fields.visibility = visibility;
  if (uid) fields.iCalUID = uid;
  const conference = text('x-google-conference');
  if (conference && /^https:\/\//i.test(conference.trim())) fields.hangoutLink = conference.trim();

  const organizerProperty = event.getFirstProperty('organizer');
  const organizer = organizerProperty
    ? readPerson(organizerProperty, writtenValue(block, 'organizer', 0))
    : null;
  if (organizer?.email) {
    fields.organizer = { email: organizer.email };
    if (organizer.displayName) fields.organizer.displayName = organizer.displayName;
    if (context.selfEmails.has(organizer.email.toLowerCase())) fields.organizer.self = true;
  }
  const attendees = event
    .getAllProperties('attendee')
    .map((p, nth) =>
      readAttendee(
        p,
        writtenValue(block, 'attendee', nth),
        organizer?.email,
        context.selfEmails,
        (m) => note(m, propertyLine(block, 'attendee', nth)),
      ),
    )
    .filter((a): a is Attendee => a !== null);
  if (attendees.length > 0) fields.attendees = attendees;

  const extras = event.getFirstProperty(ALMANAC_FIELDS);
  const almanac = extras ? readAlmanacFields(textValue(extras)) : null;
  if (almanac && 'unread' in almanac) note(almanac.unread, lineOf(ALMANAC_FIELDS));
  else if (almanac) Object.assign(fields, almanac.fields);
  const reminders = readReminders(
    event,
    instantOf(startValue),
    instantOf(end),
    almanac && 'unread' in almanac ? undefined : almanac?.reminders,
    (m) => note(m, block.lines.find((l) => /^BEGIN:VALARM/i.test(l.text))?.line),
  );
  if (reminders) fields.reminders = reminders;

  const icsProperties = propertiesOf(event);
  const recurrenceProperty = event.getFirstProperty('recurrence-id');
  if (recurrenceProperty?.getParameter('range'))
    note(because('thisAndFollowing'), lineOf('recurrence-id'));

  const { recurrence, cancelled } = recurrenceOf(event, block, context.zones);
  if (
    event
      .getAllProperties('rdate')
      .some((p) => String(p.getParameter('value')).toUpperCase() === 'PERIOD')
  )
    note(because('periodDate'), lineOf('rdate'));

  return {
    uid,
    line: block.lines[0]!.line,
    label,
    sequence: Number.parseInt(String(event.getFirstPropertyValue('sequence') ?? '0'), 10) || 0,
    stamp: stampOf(event),
    ...(recurrenceProperty ? { recurrenceId: times('recurrence-id')[0]! } : {}),
    start: startValue,
    end,
    recurrence,
    cancelled,
    fields,
    ...(icsProperties ? { icsProperties } : {}),
    notes,
  };
}

/**
 * The line where the component's own property `name` appears (its `nth` time), not counting
 * those of components inside it (an alarm's ATTENDEE); else the component's first line.
 */
export function propertyLine(block: ComponentBlock, name: string, nth = 0): number {
  const upper = name.toUpperCase();
  let seen = 0;
  let depth = 0;
  for (const line of block.lines) {
    const head = line.text.slice(0, upper.length + 1).toUpperCase();
    if (/^BEGIN:/i.test(line.text)) depth += 1;
    else if (/^END:/i.test(line.text)) depth -= 1;
    else if (depth === 1 && (head === `${upper}:` || head === `${upper};`) && seen++ === nth)
      return line.line;
  }
  return block.lines[0]!.line;
}

/** The value of the component's own property `name` (its `nth` time), as the file writes it. */
function writtenValue(block: ComponentBlock, name: string, nth: number): string {
  const line = propertyLine(block, name, nth);
  return valueText(block.lines.find((l) => l.line === line)?.text ?? '');
}

/** A property whose value is not a real date or time, quoted as the file has it. */
function notATime(block: ComponentBlock, name: string, nth: number): EventProblem {
  const line = propertyLine(block, name, nth);
  const text = block.lines.find((l) => l.line === line)?.text ?? '';
  const value = valueText(text) || text;
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return new EventProblem(because('notATime', { name: name.toUpperCase(), value: shown }), line);
}

/** The value of a content line as written: after the first colon outside a quoted parameter. */
function valueText(line: string): string {
  return /^(?:[^":]|"[^"]*")*?:(.*)$/.exec(line)?.[1] ?? '';
}

/**
 * A thrown problem as a problem keeps it: its sentence when it has one, else "it could not be
 * read" (or `unknown`) with the error's own words as the detail.
 */
export function reasonOf(
  error: unknown,
  unknown: 'eventUnreadable' | 'eventUnwritable' = 'eventUnreadable',
): ReturnType<typeof problemWords> {
  if (error instanceof EventProblem)
    return problemWords(error.reason ?? because(unknown, { detail: error.message }));
  return problemWords(because(unknown, { detail: messageOf(error) }));
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// ---------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;

const STATUS: Record<string, EventFields['status']> = {
  CONFIRMED: 'confirmed',
  TENTATIVE: 'tentative',
  CANCELLED: 'cancelled',
};
const TRANSPARENCY: Record<string, EventFields['transparency']> = {
  OPAQUE: 'opaque',
  TRANSPARENT: 'transparent',
};
const VISIBILITY: Record<string, EventFields['visibility']> = {
  PUBLIC: 'public',
  PRIVATE: 'private',
  CONFIDENTIAL: 'confidential',
};

/** DTEND, else DTSTART plus DURATION, else RFC 5545's default: one day, or no length. */
function endOf(
  event: ICAL.Component,
  start: TimeValue,
  times: (name: string) => TimeValue[],
  lineOf: (name: string) => number,
): TimeValue {
  const end = times('dtend')[0];
  if (end) return end;
  const duration = event.getFirstPropertyValue('duration');
  if (duration instanceof ICAL.Duration) {
    if (duration.isNegative)
      throw new EventProblem(because('negativeDuration'), lineOf('duration'));
    return addDuration(start, duration);
  }
  return start.date ? { ...start, wall: start.wall + DAY_MS } : start;
}

/** Outlook marks all-day events it wrote as midnight to midnight with a flag of its own. */
function allDayFromOutlook(
  event: ICAL.Component,
  start: TimeValue,
  end: TimeValue,
): [TimeValue, TimeValue] {
  const flag = String(
    event.getFirstPropertyValue('x-microsoft-cdo-alldayevent') ?? '',
  ).toUpperCase();
  const midnight = (t: TimeValue) => t.wall % DAY_MS === 0;
  if (flag !== 'TRUE' || start.date || end.date || !midnight(start) || !midnight(end))
    return [start, end];
  return [
    { ...start, date: true },
    { ...end, date: true, wall: Math.max(end.wall, start.wall + DAY_MS) },
  ];
}

/** An end of the other kind than the start (a date after a date-time) made like the start. */
function sameKind(end: TimeValue, start: TimeValue): TimeValue {
  if (start.date) {
    const day = Math.floor(end.wall / DAY_MS) * DAY_MS;
    return { ...start, wall: Math.max(day, start.wall + DAY_MS) };
  }
  return { ...start, wall: end.wall };
}

function recurrenceOf(
  event: ICAL.Component,
  block: ComponentBlock,
  zones: ZoneResolver,
): { recurrence: RecurrenceProperty[]; cancelled: TimeValue[] } {
  const recurrence: RecurrenceProperty[] = [];
  const cancelled: TimeValue[] = [];
  const seen = new Map<string, number>();
  for (const property of event.getAllProperties()) {
    const name = property.name.toUpperCase();
    if (name !== 'RRULE' && name !== 'EXRULE' && name !== 'RDATE' && name !== 'EXDATE') continue;
    const nth = seen.get(name) ?? 0;
    seen.set(name, nth + 1);
    const line = propertyLine(block, name, nth);
    if (name === 'RRULE' || name === 'EXRULE') {
      const rule = property.getFirstValue() as ICAL.Recur;
      if (!rule.freq) throw new EventProblem(because('noFreq', { name }), line);
      const text =
        valueText(block.lines.find((l) => l.line === line)?.text ?? '') || rule.toString();
      recurrence.push({ name, line, rule, text });
      continue;
    }
    let values: TimeValue[];
    try {
      values = readTimes(property, zones, line);
    } catch {
      throw notATime(block, name, nth);
    }
    const marker = String(property.getParameter('x-almanac-instance') ?? '');
    if (name === 'EXDATE' && marker.toUpperCase() === 'CANCELLED') cancelled.push(...values);
    else recurrence.push({ name, line, values });
  }
  return { recurrence, cancelled };
}

function stampOf(event: ICAL.Component): number {
  for (const name of ['last-modified', 'dtstamp']) {
    const value = event.getFirstPropertyValue(name);
    if (value instanceof ICAL.Time) {
      try {
        return value.toUnixTime() * 1000;
      } catch {
        // An unreadable stamp only loses its say in which duplicate wins.
      }
    }
  }
  return 0;
}

/** Apple writes the place it looked up as a structured location, titled, besides LOCATION. */
function appleLocation(event: ICAL.Component): string | undefined {
  const title = event.getFirstProperty('x-apple-structured-location')?.getParameter('x-title');
  return typeof title === 'string' && title.trim() ? title : undefined;
}

function propertiesOf(event: ICAL.Component): IcsProperties | null {
  const out: IcsProperties = {};
  const url = event.getFirstPropertyValue('url');
  if (typeof url === 'string' && url.trim()) out.url = url.trim();
  const categories = event
    .getAllProperties('categories')
    .flatMap((p) => p.getValues().map((v) => String(v).trim()))
    .filter(Boolean);
  if (categories.length > 0) out.categories = categories;
  return out.url || out.categories ? out : null;
}

/** An X- property's value as TEXT, whether or not the writer said VALUE=TEXT. */
function textValue(property: ICAL.Property): string {
  const value = String(property.getFirstValue() ?? '');
  return property.type === 'text' ? value : ICAL.design.icalendar.value.text!.fromICAL!(value);
}

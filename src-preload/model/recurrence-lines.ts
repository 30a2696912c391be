// Recurrence lines as Google stores them on a series (RFC 5545: RRULE, EXRULE, RDATE,
// EXDATE): splitting a line into its name, parameters and value and writing it back, the
// parts of a rule, a date-time value read in the series' wall clock, and whether a
// recurrence can be read at all. Expanding a series into occurrences is the renderer's job;
// this is what both processes need to read and rewrite the lines themselves.
import * as rruleModule from 'rrule';
import type { EventDateTime } from './event';
import { instantOf } from './event-time';
import { instantToFloating, wallToInstant } from './zoned-time';

// rrule ships an ES module for bundlers and a UMD bundle for Node; under plain Node (tsx,
// the web shell) its named exports only exist on the default export.
const rrulestr: typeof rruleModule.rrulestr =
  rruleModule.rrulestr ?? (Reflect.get(rruleModule, 'default') as typeof rruleModule).rrulestr;

/** One recurrence line split into name, parameters and value ("EXDATE;TZID=X:2026..."). */
export interface RecurrenceLine {
  name: string;
  params: Map<string, string>;
  value: string;
}

export function parseLine(raw: string): RecurrenceLine {
  const colon = raw.indexOf(':');
  const head = colon < 0 ? raw : raw.slice(0, colon);
  const value = colon < 0 ? '' : raw.slice(colon + 1);
  const [name = '', ...paramParts] = head.split(';');
  const params = new Map<string, string>();
  for (const p of paramParts) {
    const eq = p.indexOf('=');
    if (eq > 0) params.set(p.slice(0, eq).toUpperCase(), p.slice(eq + 1));
  }
  return { name: name.trim().toUpperCase(), params, value: value.trim() };
}

export function formatLine(line: RecurrenceLine): string {
  const params = [...line.params].map(([k, v]) => `;${k}=${v}`).join('');
  return `${line.name}${params}:${line.value}`;
}

/** RRULE value parts in order ("FREQ=WEEKLY;BYDAY=MO" → FREQ→WEEKLY, BYDAY→MO). */
export function ruleParts(value: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const part of value.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) parts.set(part.slice(0, eq).toUpperCase(), part.slice(eq + 1));
  }
  return parts;
}

export function formatRuleParts(parts: Map<string, string>): string {
  return [...parts].map(([k, v]) => `${k}=${v}`).join(';');
}

/**
 * A date-time value of an EXDATE/RDATE/UNTIL as floating time in the series' zone (or as a
 * UTC-midnight date for all-day series). `dateOnly` marks VALUE=DATE values.
 */
export function floatingValue(
  value: string,
  tzid: string | undefined,
  zone: string,
  allDay: boolean,
): { floating: number; dateOnly: boolean } | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(
    value.split('/')[0]!.trim(),
  );
  if (!m) return null;
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  if (m[4] === undefined) return { floating: wall, dateOnly: true };
  if (allDay) return { floating: Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!), dateOnly: false };
  if (m[7] === 'Z') return { floating: instantToFloating(wall, zone), dateOnly: false };
  if (tzid && tzid !== zone)
    return { floating: instantToFloating(wallToInstant(wall, tzid), zone), dateOnly: false };
  return { floating: wall, dateOnly: false };
}

/**
 * Why a recurrence cannot be read, or null when it can. rrule reads RRULE/EXRULE/RDATE/EXDATE
 * lines; a rule it refuses (or a recurrence without a rule at all) is kept verbatim and the
 * event shown once, so one odd series never stops a sync.
 */
export function recurrenceError(lines: string[], start: EventDateTime | undefined): string | null {
  try {
    if (!lines.some((l) => /^(RRULE|RDATE)[:;]/i.test(l))) return 'no RRULE or RDATE line';
    const at = instantOf(start);
    rrulestr(lines.join('\n'), {
      forceset: true,
      dtstart: new Date(Number.isFinite(at) ? at : 0),
    });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

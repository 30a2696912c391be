// VTIMEZONE components for the IANA zones an export uses. ical.js reads and writes VTIMEZONEs
// but carries no zone data, so they are made here from the runtime's own (Intl, through
// luxon): the data Almanac shows times with, so a file says what Almanac showed, where a
// bundled copy of the tz database would drift from it.
//
// The zone's changes are found over the years the events use (and a year before, so the
// first event has an observance in force), then folded into yearly rules ("last Sunday of
// March") wherever consecutive years follow one; a rule still followed ten years past the
// last event is written without an end, so later occurrences of endless series are covered.
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { icalTime } from './time-values';
import { ianaOffsets, transitionsBetween, type Transition } from './zone-offsets';

/** A VTIMEZONE describing `zone` (IANA) for the years `fromYear` to `toYear` and beyond. */
export function vtimezone(zone: string, fromYear: number, toYear: number): ICAL.Component {
  const offsets = ianaOffsets(zone);
  const from = Date.UTC(fromYear - 1, 0, 1);
  const lastYear = toYear + LOOKAHEAD_YEARS;
  const transitions = transitionsBetween(offsets, from, Date.UTC(lastYear + 1, 0, 1));
  const component = new ICAL.Component('vtimezone');
  component.addPropertyWithValue('tzid', zone);
  // Thunderbird and Evolution write the IANA name here; readers that know it use it.
  component.addPropertyWithValue('x-lic-location', zone);
  const initial = offsets(from);
  component.addSubcomponent(
    observance(zone, { instant: from, offsetFrom: initial, offsetTo: initial }, null),
  );
  for (const run of yearlyRuns(transitions)) {
    const endless = run.lastYear >= lastYear;
    component.addSubcomponent(
      observance(zone, run.first, run.length > 1 ? { run, endless } : null),
    );
  }
  return component;
}

// ---------------------------------------------------------------------------------------

const LOOKAHEAD_YEARS = 10;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** Changes of one kind that fall on the same rule in consecutive years. */
interface Run {
  first: Transition;
  last: Transition;
  lastYear: number;
  length: number;
  month: number;
  /** Rules every change of the run fits: "2SU", "-1SU", "md15" (a fixed day of the month). */
  rules: Set<string>;
}

function yearlyRuns(transitions: readonly Transition[]): Run[] {
  const runs: Run[] = [];
  const open = new Map<string, Run>();
  for (const transition of transitions) {
    const local = new Date(transition.instant + transition.offsetFrom * 1000);
    const year = local.getUTCFullYear();
    const month = local.getUTCMonth() + 1;
    const day = local.getUTCDate();
    const weekday = WEEKDAYS[local.getUTCDay()]!;
    // One kind of change: between the same offsets, in the same month, at the same hour.
    const key = `${transition.offsetFrom}>${transition.offsetTo}@${month}T${local.toISOString().slice(11, 19)}`;
    const rules = new Set([`${Math.ceil(day / 7)}${weekday}`, `md${day}`]);
    if (day + 7 > new Date(Date.UTC(year, month, 0)).getUTCDate()) rules.add(`-1${weekday}`);
    const run = open.get(key);
    const shared = run ? new Set([...run.rules].filter((r) => rules.has(r))) : new Set<string>();
    if (run && run.lastYear === year - 1 && shared.size > 0) {
      run.rules = shared;
      run.last = transition;
      run.lastYear = year;
      run.length += 1;
      continue;
    }
    const started: Run = {
      first: transition,
      last: transition,
      lastYear: year,
      length: 1,
      month,
      rules,
    };
    open.set(key, started);
    runs.push(started);
  }
  return runs;
}

function observance(
  zone: string,
  change: Transition,
  yearly: { run: Run; endless: boolean } | null,
): ICAL.Component {
  const daylight = change.offsetTo > change.offsetFrom;
  const component = new ICAL.Component(daylight ? 'daylight' : 'standard');
  component.addPropertyWithValue('tzoffsetfrom', utcOffset(change.offsetFrom));
  component.addPropertyWithValue('tzoffsetto', utcOffset(change.offsetTo));
  const name = DateTime.fromMillis(change.instant, { zone }).setLocale('en-US').offsetNameShort;
  if (name && /^[A-Z]{2,5}$/.test(name)) component.addPropertyWithValue('tzname', name);
  // An onset is written in the wall time in force before it.
  component.addPropertyWithValue(
    'dtstart',
    icalTime(change.instant + change.offsetFrom * 1000, false),
  );
  if (yearly) {
    const { run, endless } = yearly;
    const rule = ['1', '2', '3', '4', '-1', 'md', '5']
      .map((p) => [...run.rules].find((r) => r.startsWith(p)))
      .find(Boolean)!;
    const parts = [
      `FREQ=YEARLY`,
      `BYMONTH=${run.month}`,
      rule.startsWith('md') ? `BYMONTHDAY=${rule.slice(2)}` : `BYDAY=${rule}`,
    ];
    if (!endless) parts.push(`UNTIL=${icalTime(run.last.instant, false, true).toICALString()}`);
    component.addPropertyWithValue('rrule', ICAL.Recur.fromString(parts.join(';')));
  }
  return component;
}

function utcOffset(seconds: number): ICAL.UtcOffset {
  return ICAL.UtcOffset.fromSeconds(seconds);
}

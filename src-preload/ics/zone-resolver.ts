// Which time zone a file's TZID stands for. Almanac stores times the way Google does, with an
// IANA zone, so every TZID is mapped to one where that can be done faithfully:
//
// 1. The TZID is an IANA name, perhaps behind a vendor prefix ("/mozilla.org/…/Europe/Berlin").
// 2. It is a Windows zone name, as Outlook writes them ("W. Europe Standard Time"), mapped
//    by CLDR's table.
// 3. Its VTIMEZONE names the IANA zone it was made from (X-LIC-LOCATION).
// 4. Its VTIMEZONE's rules give the same offsets as an IANA zone around the time the file
//    uses it ("Customized Time Zone" from Outlook, "(UTC+01:00) Amsterdam, Berlin…").
//
// A name wins over rules: a sender's outdated rules would put the event at a time nobody at
// that place meant. A VTIMEZONE that matches no IANA zone is kept as rules: its times are
// read by the file's own rules, so every instant is exact, and stored as those instants (with
// the offset the rules give then). A series in such a zone has to repeat in some IANA zone:
// UTC when the rules have a single offset (still exact), else the closest IANA zone, with a
// note saying so. A TZID neither known nor defined is read as floating time.
import ICAL from 'ical.js';
import type { IcsProblem, IcsZone } from './ics-calendar';
import { because, problemWords } from './ics-reasons';
import {
  candidateZones,
  ianaOffsets,
  ruleOffsets,
  transitionsBetween,
  windowsZone,
  type OffsetAt,
} from './zone-offsets';
import { isValidZone } from '../model/zoned-time';

/** The zone a time was written in, as far as reading needs to know it. */
export type ReadZone =
  | { kind: 'iana'; name: string }
  | { kind: 'utc' }
  | {
      kind: 'own';
      tzid: string;
      offsets: OffsetAt;
      /** The IANA zone a series in this zone repeats in. */
      seriesZone: string;
    };

export class ZoneResolver {
  readonly problems: IcsProblem[] = [];
  private readonly zones = new Map<string, { zone: ReadZone; report: IcsZone }>();
  private readonly preferred: string[];

  /**
   * `definitions`: the file's VTIMEZONEs by TZID. `floatingZone`: where floating times are
   * read. `preferred`: IANA zones to try first when matching rules (the user's own zone).
   */
  constructor(
    private readonly definitions: ReadonlyMap<string, ICAL.Component>,
    readonly floatingZone: string,
    preferred: readonly string[],
  ) {
    this.preferred = [floatingZone, ...preferred];
  }

  floating(): ReadZone {
    return { kind: 'iana', name: this.floatingZone };
  }

  /** The zone of `tzid`, first met in `year` (the years around it decide a rules match). */
  resolve(tzid: string, year: number, line?: number): ReadZone {
    const known = this.zones.get(tzid);
    if (known) return known.zone;
    const found = this.find(tzid, year);
    const reason =
      found.report.how === 'unknown'
        ? because('unknownZone', { tzid, zone: this.floatingZone })
        : found.zone.kind === 'own'
          ? because('zoneByRules', {
              tzid,
              zone: found.zone.seriesZone,
              exact: found.zone.seriesZone === 'UTC' ? 'yes' : 'no',
            })
          : null;
    if (reason)
      this.problems.push({
        ...(line !== undefined ? { line } : {}),
        ...problemWords(reason),
        skipped: false,
      });
    this.zones.set(tzid, found);
    return found.zone;
  }

  /** How each TZID met so far was understood. */
  report(): IcsZone[] {
    return [...this.zones.values()].map((z) => z.report);
  }

  private find(tzid: string, year: number): { zone: ReadZone; report: IcsZone } {
    const named = ianaName(tzid);
    if (named) return iana(tzid, named, 'iana');
    const windows = windowsZone(tzid.trim());
    if (windows) return iana(tzid, windows, 'windows');
    const definition = this.definitions.get(tzid);
    if (!definition) return iana(tzid, this.floatingZone, 'unknown');
    const location = ianaName(String(definition.getFirstPropertyValue('x-lic-location') ?? ''));
    if (location) return iana(tzid, location, 'location');
    const offsets = ruleOffsets(ICAL.Timezone.fromData({ component: definition, tzid }));
    const match = matchRules(offsets, year, candidateZones(this.preferred));
    if (match.exact) return iana(tzid, match.zone, 'rules');
    return {
      zone: { kind: 'own', tzid, offsets, seriesZone: match.zone },
      report: { tzid, how: 'own-rules', zone: match.zone },
    };
  }
}

/** The IANA zone a TZID names, with or without a vendor's path in front, or null. */
export function ianaName(tzid: string): string | null {
  const name = tzid.trim().replace(/^"|"$/g, '');
  if (!name) return null;
  if (isValidZone(name)) return name;
  const parts = name.split('/').filter(Boolean);
  for (const take of [3, 2, 1]) {
    if (parts.length <= take) continue;
    const tail = parts.slice(-take).join('/');
    if ((take > 1 || /^(UTC|GMT)$/i.test(tail)) && isValidZone(tail)) return tail;
  }
  return null;
}

// ---------------------------------------------------------------------------------------

function iana(
  tzid: string,
  name: string,
  how: IcsZone['how'],
): { zone: ReadZone; report: IcsZone } {
  const zone: ReadZone = /^(UTC|Etc\/UTC|GMT|Etc\/GMT|Z)$/i.test(name)
    ? { kind: 'utc' }
    : { kind: 'iana', name };
  return { zone, report: { tzid, how, zone: zone.kind === 'utc' ? 'UTC' : name } };
}

/**
 * The IANA zone whose offsets equal `offsets` from the year before `year` to two years after
 * it: at every change of the file's rules (just before and at it) and twice a month, which
 * also catches candidates that change where the rules do not. Without an exact match, the
 * one that agrees most often; `UTC` when the rules have one offset only and nothing matches.
 */
function matchRules(
  offsets: OffsetAt,
  year: number,
  candidates: readonly string[],
): { zone: string; exact: boolean } {
  const from = Date.UTC(year - 1, 0, 1);
  const to = Date.UTC(year + 3, 0, 1);
  const changes = transitionsBetween(offsets, from, to);
  const checkpoints: number[] = [];
  for (let y = year - 1; y < year + 3; y += 1)
    for (let m = 0; m < 12; m += 1) checkpoints.push(Date.UTC(y, m, 1, 12), Date.UTC(y, m, 16, 12));
  for (const change of changes) checkpoints.push(change.instant - 1000, change.instant);
  const expected = checkpoints.map(offsets);
  // Mid-January and mid-July of two years rule out almost every zone at little cost.
  const quick = [
    Date.UTC(year, 0, 16, 12),
    Date.UTC(year, 6, 16, 12),
    Date.UTC(year + 1, 0, 16, 12),
  ];
  const quickExpected = quick.map(offsets);
  let best = { zone: '', misses: Infinity };
  for (const zone of candidates) {
    if (!isValidZone(zone)) continue;
    const offsetAt = ianaOffsets(zone);
    if (quick.some((at, k) => offsetAt(at) !== quickExpected[k])) continue;
    const misses = checkpoints.filter((at, k) => offsetAt(at) !== expected[k]).length;
    if (misses === 0) return { zone, exact: true };
    if (misses < best.misses) best = { zone, misses };
  }
  if (changes.length === 0) return { zone: 'UTC', exact: false };
  if (best.zone) return { zone: best.zone, exact: false };
  // Nothing shares even the rules' two offsets: the zone closest in standard offset.
  const standard = Math.min(...expected);
  let closest = { zone: 'UTC', distance: Math.abs(standard) };
  for (const zone of candidates) {
    if (!isValidZone(zone)) continue;
    const distance = Math.abs(ianaOffsets(zone)(quick[0]!) - standard);
    if (distance < closest.distance) closest = { zone, distance };
  }
  return { zone: closest.zone, exact: false };
}

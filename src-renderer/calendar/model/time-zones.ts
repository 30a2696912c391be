// The time zones the editor offers, each with what people search it by: its current IANA
// name (Chromium's Intl lists CLDR's old names, Asia/Calcutta for Asia/Kolkata, so renamed
// ones are mapped), its city, its offset now ("+05:30"), its name ("India Standard Time") and
// that name's initials ("IST"). The most used zones come first: the event's own, this
// computer's, the ones picked lately, then the zones of the world's busiest calendars.

export interface ZoneChoice {
  /** IANA name, current spelling: "Asia/Kolkata". */
  id: string;
  /** "Kolkata", "Argentina / Buenos Aires" */
  city: string;
  /** Offset from UTC at the moment the list was made, in minutes. */
  offsetMinutes: number;
  /** "GMT+05:30", "GMT" */
  offset: string;
  /** "India Standard Time"; the offset when Intl has no name. */
  name: string;
  /** "IST", "CEST", "EDT": the name's initials. */
  abbreviations: string[];
  /** The zone's old name, when it was renamed ("Asia/Calcutta"). */
  formerly?: string;
}

/** CLDR's old names that Chromium still lists, and the names IANA uses now. */
export const RENAMED_ZONES: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/** The zones most calendars are in, for the top of the list after the person's own. */
const POPULAR = [
  'America/Los_Angeles',
  'America/Denver',
  'America/Chicago',
  'America/New_York',
  'America/Sao_Paulo',
  'Europe/London',
  'Europe/Paris',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Australia/Sydney',
  'UTC',
];

/**
 * Every zone the runtime knows, in current names, at `now`: `first` (the event's zone, this
 * computer's, the recent ones) in that order, then the popular ones, then the rest by offset.
 */
export function zoneChoices(now: number, first: readonly string[] = []): ZoneChoice[] {
  const listed =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const choices = new Map<string, ZoneChoice>();
  for (const id of new Set([...listed.map(currentZoneName), 'UTC'])) {
    const choice = zoneChoice(id, now);
    if (choice) choices.set(id, choice);
  }
  const top = [...first, ...POPULAR]
    .map((id) => choices.get(id) ?? zoneChoice(id, now))
    .filter((c): c is ZoneChoice => c !== null);
  const rest = [...choices.values()].sort(
    (a, b) => a.offsetMinutes - b.offsetMinutes || a.id.localeCompare(b.id),
  );
  const seen = new Set<string>();
  return [...top, ...rest].filter((c) => !seen.has(c.id) && seen.add(c.id));
}

/**
 * The zones a query finds: by offset ("+5:30") or abbreviation ("IST") first, then by city,
 * name or former name ("kolk", "india", "calcutta").
 */
export function findZones(choices: readonly ZoneChoice[], query: string): ZoneChoice[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...choices];
  const offset = offsetOfQuery(q);
  const words = q.replace(/_/g, ' ');
  const exact = choices.filter(
    (c) =>
      c.id.toLowerCase() === q ||
      (offset !== null && c.offsetMinutes === offset) ||
      c.abbreviations.some((a) => a.toLowerCase() === q),
  );
  const named = choices.filter(
    (c) =>
      !exact.includes(c) &&
      [c.city, c.id, c.name, c.formerly ?? ''].some((text) =>
        text.toLowerCase().replace(/_/g, ' ').includes(words),
      ),
  );
  return [...exact, ...named];
}

/** The current IANA name of a zone ("Asia/Calcutta" → "Asia/Kolkata"). */
export function currentZoneName(zone: string): string {
  return RENAMED_ZONES[zone] ?? zone;
}

// ---------------------------------------------------------------------------------------

const FORMER_NAMES = new Map(Object.entries(RENAMED_ZONES).map(([old, now]) => [now, old]));

function zoneChoice(id: string, now: number): ZoneChoice | null {
  let longName: string;
  let longOffset: string;
  try {
    longName = zonePart(id, 'long', now);
    longOffset = zonePart(id, 'longOffset', now);
  } catch {
    return null; // a zone this runtime cannot format is not offered
  }
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(longOffset.replace('\u2212', '-'));
  const offsetMinutes = m?.[1] ? (m[1] === '-' ? -1 : 1) * (+m[2]! * 60 + +m[3]!) : 0;
  const named = !/^GMT[+-]/.test(longName);
  return {
    id,
    city: id === 'UTC' ? 'UTC' : id.split('/').slice(1).join(' / ').replace(/_/g, ' '),
    offsetMinutes,
    offset: longOffset,
    name: named ? longName : longOffset,
    abbreviations: named ? initialsOf(longName) : [],
    ...(FORMER_NAMES.has(id) ? { formerly: FORMER_NAMES.get(id)! } : {}),
  };
}

/**
 * "India Standard Time" → IST, "Pacific Daylight Time" → PDT. Europe says CET, not CEST, for
 * its standard time (CEST is its summer time), so there "Standard" has no letter.
 */
function initialsOf(name: string): string[] {
  const words = /European/.test(name) ? name.replace(/ Standard\b/, '') : name;
  const initials = words.match(/\b\p{Lu}/gu)?.join('');
  return initials && initials.length > 1 ? [initials] : [];
}

function zonePart(
  zone: string,
  style: Intl.DateTimeFormatOptions['timeZoneName'],
  now: number,
): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    timeZoneName: style,
  }).formatToParts(now);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/** "+5:30", "+05:30", "-4", "gmt+1", "utc−3" as minutes; null when the query is no offset. */
function offsetOfQuery(q: string): number | null {
  const m = /^(?:gmt|utc)?\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$/.exec(q);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '+' ? minutes : -minutes;
}

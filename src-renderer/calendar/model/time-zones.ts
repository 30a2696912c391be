// The time zones the editor offers, each with what people search it by: its current IANA
// name (Chromium's Intl lists CLDR's old names, Asia/Calcutta for Asia/Kolkata, so renamed
// ones are mapped), its city, its offset now ("+05:30"), its name in the reader's language
// ("India Standard Time", « heure de l’Inde ») and, as people type the English names and
// initials whatever their language, the English name and its initials ("IST"). The most used
// zones come first: the event's own, this computer's, the ones picked lately, then the zones
// of the world's busiest calendars.

export interface ZoneChoice {
  /** IANA name, current spelling: "Asia/Kolkata". */
  id: string;
  /** "Kolkata", "Argentina / Buenos Aires" */
  city: string;
  /** Offset from UTC at the moment the list was made, in minutes. */
  offsetMinutes: number;
  /** "GMT+05:30", "UTC+05:30": in the reader's locale. */
  offset: string;
  /** "India Standard Time", « heure de l’Inde »: in the reader's locale; the offset when Intl has no name. */
  name: string;
  /** The English name, when the reader's differs: people search by it in every language. */
  englishName?: string;
  /** "IST", "CEST", "EDT": the English name's initials (the ones people use in any language). */
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
 * Every zone the runtime knows, in current names, at `now`, named in `locale`: `first` (the
 * event's zone, this computer's, the recent ones) in that order, then the popular ones, then
 * the rest by offset.
 */
export function zoneChoices(
  now: number,
  first: readonly string[] = [],
  locale = 'en-US',
): ZoneChoice[] {
  const listed =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const choices = new Map<string, ZoneChoice>();
  for (const id of new Set([...listed.map(currentZoneName), 'UTC'])) {
    const choice = zoneChoice(id, now, locale);
    if (choice) choices.set(id, choice);
  }
  const top = [...first, ...POPULAR]
    .map((id) => choices.get(id) ?? zoneChoice(id, now, locale))
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
      [c.city, c.id, c.name, c.englishName ?? '', c.formerly ?? ''].some((text) =>
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

function zoneChoice(id: string, now: number, locale: string): ZoneChoice | null {
  let english: string;
  let englishOffset: string;
  let longName: string;
  let longOffset: string;
  try {
    english = zonePart(id, 'long', now, 'en-US');
    englishOffset = zonePart(id, 'longOffset', now, 'en-US');
    const inEnglish = locale === 'en-US';
    longName = inEnglish ? english : zonePart(id, 'long', now, locale);
    longOffset = inEnglish ? englishOffset : zonePart(id, 'longOffset', now, locale);
  } catch {
    return null; // a zone this runtime (or locale) cannot format is not offered
  }
  // The minutes come from the English offset, whose shape ("GMT+05:30") does not vary.
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(englishOffset.replace('\u2212', '-'));
  const offsetMinutes = m?.[1] ? (m[1] === '-' ? -1 : 1) * (+m[2]! * 60 + +m[3]!) : 0;
  const named = !isOffset(english);
  const localNamed = !isOffset(longName);
  return {
    id,
    city: id === 'UTC' ? 'UTC' : id.split('/').slice(1).join(' / ').replace(/_/g, ' '),
    offsetMinutes,
    offset: longOffset,
    name: localNamed ? longName : longOffset,
    ...(named && english !== longName ? { englishName: english } : {}),
    abbreviations: named ? initialsOf(english) : [],
    ...(FORMER_NAMES.has(id) ? { formerly: FORMER_NAMES.get(id)! } : {}),
  };
}

/** "GMT+5", "UTC−04:00": what Intl writes for a zone it has no name for. */
function isOffset(name: string): boolean {
  return /^(?:GMT|UTC)[+\-\u2212]/.test(name);
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
  locale: string,
): string {
  const parts = new Intl.DateTimeFormat(locale, {
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

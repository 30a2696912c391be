// Which conventions the interface writes dates in: the locale (the person's choice in
// Preferences → General, else the system's languages), whether times are 12- or 24-hour and
// which day starts a week. Main and the renderer both resolve them here, so a notification,
// the tray and the grid never disagree on how a time looks.
import { z } from 'zod';

export const TimeFormatSchema = z.enum(['region', '12h', '24h']);
/** "Time format": follow the region's habit, or always 12-hour or 24-hour. */
export type TimeFormat = z.infer<typeof TimeFormatSchema>;

/** The two hour cycles Almanac writes: 1–12 with AM/PM, or 00–23 (never 24:00 for midnight). */
export type HourCycle = 'h12' | 'h23';

/** What every formatter is built from. */
export interface LocaleConventions {
  /** A BCP 47 tag Intl understands (fr-FR, en-US, de). */
  locale: string;
  hourCycle: HourCycle;
  /** 0 Sunday … 6 Saturday. */
  firstDay: number;
}

/** Where nothing better is known. */
export const FALLBACK_LOCALE = 'en-US';

/**
 * A language tag the platform can format with ("fr", "fr-CA", "zh-Hant-TW"): letters and
 * digits in subtags only, so no markup or path reaches the settings file or Intl.
 */
export function isLanguageTag(tag: string): boolean {
  if (tag.length > 35 || !/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(tag)) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * The locale to write in: the person's choice when there is one, else the first of the
 * system's preferred languages the platform accepts (the OS's list in Electron, the
 * browser's `navigator.languages` in a page), else US English.
 */
export function resolveLocale(chosen: string | null, preferred: readonly string[]): string {
  for (const tag of [chosen, ...preferred]) {
    if (tag && isLanguageTag(tag)) return Intl.getCanonicalLocales(tag)[0] ?? tag;
  }
  return FALLBACK_LOCALE;
}

/** 12- or 24-hour: the setting when it says so, else what the locale's region writes. */
export function hourCycleFor(locale: string, timeFormat: TimeFormat): HourCycle {
  if (timeFormat === '12h') return 'h12';
  if (timeFormat === '24h') return 'h23';
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h11' || cycle === 'h12' ? 'h12' : 'h23';
}

/** The first day of the week: the setting's day, or the region's when it says "region". */
export function firstDayFor(locale: string, weekStartsOn: number | 'region'): number {
  return weekStartsOn === 'region' ? regionWeekStart(locale) : weekStartsOn;
}

/** Everything the formatters need, from the settings and the system's languages. */
export function conventionsFor(
  settings: { language: string | null; timeFormat: TimeFormat; weekStartsOn: number | 'region' },
  preferred: readonly string[],
): LocaleConventions {
  const locale = resolveLocale(settings.language, preferred);
  return {
    locale,
    hourCycle: hourCycleFor(locale, settings.timeFormat),
    firstDay: firstDayFor(locale, settings.weekStartsOn),
  };
}

/**
 * The region's first day of the week (0 Sunday). Chromium and Node expose CLDR's week data
 * as `getWeekInfo()` (or the older `weekInfo` getter); where neither exists, a small table
 * of the regions that do not start on Monday.
 */
export function regionWeekStart(locale: string): number {
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(locale);
  } catch {
    return 1;
  }
  const withWeek = parsed as Intl.Locale & {
    getWeekInfo?: () => { firstDay: number };
    weekInfo?: { firstDay: number };
  };
  const info =
    typeof withWeek.getWeekInfo === 'function' ? withWeek.getWeekInfo() : withWeek.weekInfo;
  // Intl numbers the days 1 Monday … 7 Sunday.
  if (info && Number.isInteger(info.firstDay)) return info.firstDay % 7;
  const region = parsed.maximize().region ?? '';
  return WEEK_START_BY_REGION[region] ?? 1;
}

// CLDR's regions whose weeks begin on Sunday or Saturday (the rest of the world starts Monday).
const SUNDAY_REGIONS =
  'AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW';
const SATURDAY_REGIONS = 'AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY';
const WEEK_START_BY_REGION: Record<string, number> = Object.fromEntries([
  ...SUNDAY_REGIONS.split(' ').map((r) => [r, 0] as const),
  ...SATURDAY_REGIONS.split(' ').map((r) => [r, 6] as const),
]);

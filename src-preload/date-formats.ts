// Every date and time Almanac writes, in one place: built on Intl.DateTimeFormat for one
// locale and one hour cycle, so the grid, the editor, the agenda, the sync log, reminders and
// the tray all write "14:00" or "2:00 PM" alike, never both. Formatters are cached: building
// an Intl.DateTimeFormat costs far more than using one, and the grid formats thousands.
import type { HourCycle, LocaleConventions } from './locale';

/** The formats of one locale and hour cycle (one shared object per pair). */
export function dateFormats(conventions: Pick<LocaleConventions, 'locale' | 'hourCycle'>) {
  const key = `${conventions.locale}|${conventions.hourCycle}`;
  let formats = byConventions.get(key);
  if (!formats) {
    formats = new DateFormats(conventions.locale, conventions.hourCycle);
    byConventions.set(key, formats);
  }
  return formats;
}

/** A title's forms from longest to shortest; `long` marks those with long month names. */
export interface TitleForm {
  text: string;
  long: boolean;
}

export class DateFormats {
  private readonly cache = new Map<string, Intl.DateTimeFormat>();

  constructor(
    readonly locale: string,
    readonly hourCycle: HourCycle,
  ) {}

  /** The time options of this hour cycle ("09:00", "9:00 AM"), for FullCalendar too. */
  get timeOptions(): Intl.DateTimeFormatOptions {
    return this.hourCycle === 'h12'
      ? { hour: 'numeric', minute: '2-digit', hourCycle: 'h12' }
      : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  }

  /** An instant's time of day in a zone: "14:00" / "2:00 PM". */
  time(instant: Date | number, zone: string | undefined): string {
    return this.get('time', zone, this.timeOptions).format(instant);
  }

  /** A wall-clock "HH:mm" (working hours, a picker's value) as this locale writes it. */
  wallTime(hhmm: string): string {
    const [h, m] = hhmm.split(':').map(Number);
    if (!Number.isInteger(h) || !Number.isInteger(m)) return hhmm;
    return this.time(Date.UTC(2000, 0, 1, h, m), 'UTC');
  }

  /** "Thu 11 Jun" / "jeu. 11 juin" / "Thu, Jun 11". */
  dayShort(isoDate: string): string {
    return this.date(isoDate, 'dayShort', { weekday: 'short', day: 'numeric', month: 'short' });
  }

  /** "Thu 11 Jun 2026". */
  dayShortWithYear(isoDate: string): string {
    return this.date(isoDate, 'dayShortYear', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    });
  }

  /** "Thursday 11 June" / "jeudi 11 juin". */
  dayLong(isoDate: string): string {
    return this.date(isoDate, 'dayLong', { weekday: 'long', day: 'numeric', month: 'long' });
  }

  /** "Thursday 11 June 2026". */
  dayLongWithYear(isoDate: string): string {
    return this.date(isoDate, 'dayLongYear', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
  }

  /** "11 June 2026" / "June 11, 2026": a day's accessible name in the mini month. */
  dateLong(isoDate: string): string {
    return this.date(isoDate, 'dateLong', { day: 'numeric', month: 'long', year: 'numeric' });
  }

  /** "11/06/2026" / "6/11/2026" / "11.6.2026": how the locale writes a date in digits. */
  dateNumeric(isoDate: string): string {
    return this.date(isoDate, 'dateNumeric', { day: 'numeric', month: 'numeric', year: 'numeric' });
  }

  /**
   * A date typed the way `dateNumeric` writes it (day, month and year in the locale's order,
   * any separator), or as YYYY-MM-DD; null when it is not a real date.
   */
  parseDate(text: string): string | null {
    const numbers = text.trim().match(/\d+/g);
    if (!numbers || numbers.length !== 3) return null;
    const iso = /^\s*\d{4}\D\d{1,2}\D\d{1,2}\s*$/.test(text);
    const order = iso ? (['year', 'month', 'day'] as const) : this.dateOrder();
    const part = (name: 'day' | 'month' | 'year') => Number(numbers[order.indexOf(name)]);
    const [day, month] = [part('day'), part('month')];
    const year = part('year') < 100 ? 2000 + part('year') : part('year');
    if (year < 1 || year > 9999) return null;
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
    return date.toISOString().slice(0, 10);
  }

  /**
   * A time typed in either cycle ("14:30", "2:30 PM", "2pm", "14 h 30", the locale's own
   * AM/PM words) as "HH:mm"; null when it is not a time of day.
   */
  parseTime(text: string): string | null {
    const match = /^\s*(\d{1,2})(?:\s*[:h.]\s*(\d{2}))?\s*(.*?)\s*$/i.exec(text);
    if (!match) return null;
    let hour = Number(match[1]);
    const minute = match[2] === undefined ? 0 : Number(match[2]);
    const period = this.dayPeriod(match[3] ?? '');
    if (period === undefined || minute > 59) return null;
    if (period) {
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + (period === 'pm' ? 12 : 0);
    } else if (hour > 23) return null;
    return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  }

  /** '' for none, 'am' or 'pm' for a before- or after-noon word, undefined for anything else. */
  private dayPeriod(word: string): '' | 'am' | 'pm' | undefined {
    const plain = word.toLowerCase().replace(/[.\s]/g, '');
    if (plain === '') return '';
    const words = (hour: number) =>
      new Intl.DateTimeFormat(this.locale, { hour: 'numeric', hourCycle: 'h12', timeZone: 'UTC' })
        .formatToParts(Date.UTC(2000, 0, 1, hour))
        .filter((p) => p.type === 'dayPeriod')
        .map((p) => p.value.toLowerCase().replace(/[.\s]/g, ''));
    if (plain === 'am' || plain === 'a' || words(9).includes(plain)) return 'am';
    if (plain === 'pm' || plain === 'p' || words(15).includes(plain)) return 'pm';
    return undefined;
  }

  /** What the locale puts between a numeric date's parts ("/", ".", "-"). */
  dateSeparator(): string {
    const parts = this.get('dateNumeric', 'UTC', {
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
    }).formatToParts(Date.UTC(2026, 10, 30));
    return parts.find((p) => p.type === 'literal')?.value ?? '/';
  }

  /** The order the locale writes a numeric date's parts in ("day month year" in France). */
  dateOrder(): ('day' | 'month' | 'year')[] {
    const parts = this.get('dateNumeric', 'UTC', {
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
    }).formatToParts(Date.UTC(2026, 10, 30));
    const order = parts
      .map((p) => p.type)
      .filter((t): t is 'day' | 'month' | 'year' => t === 'day' || t === 'month' || t === 'year');
    return order.length === 3 ? order : ['year', 'month', 'day'];
  }

  /** "June 2026" / "juin 2026". */
  monthYear(isoDate: string): string {
    return this.date(isoDate, 'monthYear', { month: 'long', year: 'numeric' });
  }

  /** A weekday's one-letter (or shortest) name, for the mini month's header. */
  weekdayNarrow(isoDate: string): string {
    return this.date(isoDate, 'weekdayNarrow', { weekday: 'narrow' });
  }

  /** A weekday's short name ("Mon", "lun."), 0 Sunday. */
  weekdayShort(day: number): string {
    // 2023-01-01 was a Sunday.
    return this.date(`2023-01-0${1 + day}`, 'weekdayShort', { weekday: 'short' });
  }

  /** A weekday's shortest name ("M", "L"), 0 Sunday. */
  weekdayNarrowOf(day: number): string {
    return this.weekdayNarrow(`2023-01-0${1 + day}`);
  }

  /** A weekday's full name ("Monday", "lundi"), 0 Sunday. */
  weekdayLong(day: number): string {
    return this.date(`2023-01-0${1 + day}`, 'weekdayLong', { weekday: 'long' });
  }

  /** An instant with its date and time in a zone ("11 Jun 2026, 14:00"): logs and status lines. */
  dateTime(instant: Date | number, zone?: string): string {
    return this.get('dateTime', zone, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      ...this.timeOptions,
    }).format(instant);
  }

  /**
   * The range title's forms, longest first: a day, a month, or a range of days (the end
   * exclusive, as the grid gives it), each in the locale's own order and words; the
   * toolbar shows the longest that fits.
   */
  rangeTitles(kind: 'day' | 'month' | 'range', start: string, endExclusive: string): TitleForm[] {
    const first = utcDate(start);
    const last = new Date(utcDate(endExclusive).getTime() - 86_400_000);
    const short = { day: 'numeric', month: 'short' } as const;
    const forms: TitleForm[] = [];
    if (kind === 'month') {
      forms.push({ text: this.monthYear(start), long: true });
      forms.push({
        text: this.span('monthShort', { month: 'short', year: 'numeric' }, first, first),
        long: false,
      });
    } else if (kind === 'day') {
      forms.push({ text: this.dateLong(start), long: true });
      forms.push({
        text: this.span('dateMedium', { ...short, year: 'numeric' }, first, first),
        long: false,
      });
    } else {
      forms.push({
        text: this.span('rangeMedium', { ...short, year: 'numeric' }, first, last),
        long: false,
      });
      // Across two years, the first year can go: the last one says which.
      if (first.getUTCFullYear() !== last.getUTCFullYear())
        forms.push({
          text: `${this.format('dayMonth', short, first)} – ${this.format('dateMedium', { ...short, year: 'numeric' }, last)}`,
          long: false,
        });
      // As Google titles a week when room is short: its months alone.
      forms.push({
        text: this.span('rangeMonths', { month: 'short', year: 'numeric' }, first, last),
        long: false,
      });
      // Across two years, its months with the last year alone: the shortest that still says when.
      if (first.getUTCFullYear() !== last.getUTCFullYear())
        forms.push({
          text: `${this.format('month', { month: 'short' }, first)} – ${this.format('monthShort', { month: 'short', year: 'numeric' }, last)}`,
          long: false,
        });
    }
    const seen = new Set<string>();
    return forms.filter((form) => !seen.has(form.text) && seen.add(form.text));
  }

  private span(name: string, options: Intl.DateTimeFormatOptions, from: Date, to: Date): string {
    const format = this.get(name, 'UTC', options);
    return to.getTime() <= from.getTime() ? format.format(from) : format.formatRange(from, to);
  }

  private date(isoDate: string, name: string, options: Intl.DateTimeFormatOptions): string {
    const date = utcDate(isoDate);
    return Number.isNaN(date.getTime()) ? isoDate : this.format(name, options, date);
  }

  private format(name: string, options: Intl.DateTimeFormatOptions, date: Date): string {
    return this.get(name, 'UTC', options).format(date);
  }

  private get(name: string, zone: string | undefined, options: Intl.DateTimeFormatOptions) {
    const key = `${name}|${zone}`;
    let format = this.cache.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(this.locale, { ...options, timeZone: zone });
      this.cache.set(key, format);
    }
    return format;
  }
}

const byConventions = new Map<string, DateFormats>();

/** A YYYY-MM-DD date as its UTC midnight (formatted in UTC, so no zone moves its day). */
function utcDate(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
}

// What the quick look says in words: when the occurrence is (in the zone the calendar is
// shown in, the zone named, as Google's popover says it), a guest's answer, and the start of
// the description as plain text.
import type { ResponseStatus } from '../../../src-preload/model/event';
import type { Occurrence } from './types';
import { activeLocale } from '../../i18n/active-locale';
import { isoDateIn } from './display-dates';

/**
 * "Wednesday 10 June · 09:00 – 10:00 (Europe/Berlin)" (in the locale's words and formats); an
 * all-day event by its dates only ("Wednesday 10 June", or "… – Friday 12 June" for several days); an event ending on
 * another day names both days. The year shows when it is not the current one.
 */
export function whenText(occurrence: Occurrence, zone: string, now = Date.now()): string {
  const { formats, t } = activeLocale();
  const thisYear = yearIn(now, zone);
  const dayText = (ms: number, at: string, withYear: boolean) => {
    const date = isoDateIn(new Date(ms), at);
    return withYear ? formats.dayLongWithYear(date) : formats.dayLong(date);
  };
  if (occurrence.allDay) {
    const first = Date.parse(`${occurrence.start}T12:00:00Z`);
    const last = Date.parse(`${occurrence.end}T12:00:00Z`) - DAY_MS;
    const day = (ms: number) => dayText(ms, 'UTC', yearIn(ms, 'UTC') !== thisYear);
    return last > first ? t('quickLook.days', { first: day(first), last: day(last) }) : day(first);
  }
  const { startMs, endMs } = occurrence;
  const withYear = yearIn(startMs, zone) !== thisYear;
  const startDay = dayText(startMs, zone, withYear);
  const endDay = dayText(endMs, zone, withYear);
  const times = {
    start: formats.time(startMs, zone),
    end: formats.time(endMs, zone),
    zone: zone.replaceAll('_', ' '),
  };
  if (startDay === endDay) return t('quickLook.sameDay', { day: startDay, ...times });
  return t('quickLook.acrossDays', { startDay, endDay, ...times });
}

/** A guest's answer as the guest list says it. */
export function answerText(status: ResponseStatus | undefined): string {
  const { t } = activeLocale();
  switch (status) {
    case 'accepted':
      return t('answer.yes');
    case 'declined':
      return t('answer.no');
    case 'tentative':
      return t('answer.maybe');
    default:
      return t('answer.awaiting');
  }
}

/**
 * The description's first words as plain text: Google stores it as HTML, and the popover
 * only hints at it (the editor shows it whole). Tags go and entities are read; the result is
 * shown as text, never as markup, so nothing in it can run or load. Paragraph and <br>
 * breaks are kept.
 */
export function descriptionStart(description: string | undefined, limit = 280): string {
  if (!description?.trim()) return '';
  const text = description
    .replace(/<br\s*\/?>|<\/(p|div|li|h[1-6])>/gi, '\n')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, entity)
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n\s*/g, '\n')
    .trim();
  return text.length > limit ? `${text.slice(0, limit).trimEnd()}…` : text;
}

const DAY_MS = 86_400_000;

function yearIn(ms: number, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric' }).format(ms);
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function entity(whole: string, name: string): string {
  if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
  const code =
    name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff
    ? String.fromCodePoint(code)
    : whole;
}

// Quick add's words that are not a date, in French: how it repeats ("tous les lundis",
// "toutes les 2 semaines", "chaque mois"), how the repeat ends ("5 fois", "pendant 6
// semaines"), how long it lasts ("pendant 30 min", "pendant une heure"), where it is ("au
// Café Central", "chez Ana") and the small words a title does not end on. Read before the
// English ones when the reader's language is French; chrono's French reads the dates.
import {
  titleOf,
  withoutDangling,
  type Phrase,
  type RepeatEndReading,
  type RepeatReading,
} from './quick-add-phrases';
import type { Weekday } from './types';

/** Takes a French repeat out of the phrase; null when it says none. */
export function readFrenchRepeat(phrase: Phrase): RepeatReading | null {
  const m = REPEAT.exec(phrase.rest);
  if (!m) return null;
  phrase.take('repeat', m.index, m[0].length);
  const [, workdays, weekend, every, unit, dayList, adverb, otherWeek, weekdays] = m;
  if (workdays || weekdays)
    return { freq: 'WEEKLY', interval: 1, byDay: ['MO', 'TU', 'WE', 'TH', 'FR'] };
  if (weekend) return { freq: 'WEEKLY', interval: 1, byDay: ['SA', 'SU'] };
  if (otherWeek) return { freq: 'WEEKLY', interval: 2 };
  const interval = every ? Math.max(1, numberOf(every)) : 1;
  if (dayList) return { freq: 'WEEKLY', interval, byDay: daysOf(dayList) };
  const word = (unit ?? adverb ?? '').toLowerCase();
  if (/^(?:jour|quotidien)/.test(word)) return { freq: 'DAILY', interval };
  if (/^(?:semaine|hebdomadaire)/.test(word)) return { freq: 'WEEKLY', interval };
  if (/^(?:mois|mensuel)/.test(word)) return { freq: 'MONTHLY', interval };
  return { freq: 'YEARLY', interval };
}

/**
 * Takes how a French repeat ends out of the phrase: "5 fois", "pendant 6 semaines",
 * "jusqu'au 20 décembre" (whose date is left to the caller, as after "until").
 */
export function readFrenchRepeatEnd(phrase: Phrase): RepeatEndReading | null {
  const count = new RegExp(`(?<![\\p{L}\\d])(\\d+|${NUMBERS})\\s+fois\\b`, 'iu').exec(phrase.rest);
  if (count) {
    phrase.take('repeatEnd', count.index, count[0].length);
    return { type: 'count', count: numberOf(count[1]!) };
  }
  const span = new RegExp(
    `\\bpendant\\s+(\\d+|${NUMBERS})\\s+(jours?|semaines?|mois|ans|années?)(?![\\p{L}])`,
    'iu',
  ).exec(phrase.rest);
  if (!span) {
    const until = /(?<![\p{L}])jusqu[’']?(?:au|à|en)\s+(?=\S)/iu.exec(phrase.rest);
    return until ? { type: 'until', textIndex: until.index } : null;
  }
  phrase.take('repeatEnd', span.index, span[0].length);
  const unit = span[2]!.toLowerCase();
  return {
    type: 'for',
    amount: numberOf(span[1]!),
    unit: unit.startsWith('jour')
      ? 'day'
      : unit.startsWith('semaine')
        ? 'week'
        : unit === 'mois'
          ? 'month'
          : 'year',
  };
}

/** Takes a French length out: "pendant 2 heures", "pendant 1h30", "pendant 30 min"; minutes. */
export function readFrenchDuration(phrase: Phrase): number | null {
  const hours = HOURS.exec(phrase.rest);
  if (hours) {
    phrase.take('duration', hours.index, hours[0].length);
    const [, half, amount, attached, minutes] = hours;
    if (half) return 30;
    return Math.round(numberOf(amount!) * 60) + Number(attached ?? minutes ?? 0);
  }
  const minutes = MINUTES.exec(phrase.rest);
  if (!minutes) return null;
  phrase.take('duration', minutes.index, minutes[0].length);
  return numberOf(minutes[1]!);
}

/**
 * Takes a French place out: the words after the last "à", "au", "chez" or "@" when they read
 * as a place (a name, "la maison", "le bureau"), up to "avec" or the end.
 */
export function readFrenchLocation(phrase: Phrase): string | null {
  const candidates = [...phrase.rest.matchAll(/(?:^|\s)(@\s*|(?:à|au|aux|chez)\s+)(?=\S)/giu)];
  for (const m of candidates.reverse()) {
    const start = m.index + m[0].length;
    const tail = phrase.rest.slice(start);
    const stop = tail.search(/\savec\s|\s{3,}|$/i);
    const place = tail
      .slice(0, stop)
      .trim()
      .replace(/[\s,;.]+$/, '');
    const keyword = m[1]!.trim().toLowerCase();
    const named = /^\p{Lu}/u.test(place) || (/^\p{N}/u.test(place) && /\p{L}/u.test(place));
    if (!place || !(keyword === '@' || keyword === 'chez' || named || PLACES.test(place))) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    phrase.take('location', at, start + tail.indexOf(place) + place.length - at);
    return place;
  }
  return null;
}

/** The title: what is left, without the small words a French (or English) title does not end on. */
export function frenchTitleOf(phrase: Phrase): string {
  return withoutDangling(titleOf(phrase), DANGLING_END, DANGLING_START);
}

// ---------------------------------------------------------------------------------------

const NUMBERS = 'un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze';
const DAY = '(?:lun|mar|mer|jeu|ven|sam|dim)(?:di|credi|manche)?s?\\.?';
const DAY_LIST = `${DAY}(?:\\s*(?:,|et|&)\\s*${DAY})*`;
// Groups: workdays, weekend, every (a number), unit, day list, adverb, one week in two, weekdays.
const REPEAT = new RegExp(
  `(?<![\\p{L}])(?:(?:tous\\s+les|toutes\\s+les|chaque)\\s+(?:(jours\\s+ouvrés|jours\\s+de\\s+semaine)|(week-?ends?|fins?\\s+de\\s+semaine)|(?:(\\d+|${NUMBERS})\\s+)?(jours?|semaines?|mois|ans|années?)|(${DAY_LIST}))|(quotidiennement|quotidien(?:ne)?|hebdomadaire|mensuel(?:le)?|annuel(?:le)?)|(une\\s+semaine\\s+sur\\s+deux)|(du\\s+lundi\\s+au\\s+vendredi|en\\s+semaine))(?![\\p{L}])`,
  'iu',
);
const HOURS = new RegExp(
  `\\bpendant\\s+(?:(une\\s+demi-heure)|(\\d+(?:[.,]\\d+)?|une|${NUMBERS})\\s*(?:h|heures?)(?:(?<=h)(\\d{2})|\\s*(?:et\\s+)?(\\d+)\\s*(?:min|minutes?))?)(?![\\p{L}\\d])`,
  'iu',
);
// "30 min", "pendant 45 minutes"; not "dans 30 minutes", which is a start.
const MINUTES = new RegExp(
  `(?:\\bpendant\\s+|(?<!\\b(?:dans|après|avant)\\s+)\\b)(\\d+|${NUMBERS})\\s*(?:min|minutes?)(?![\\p{L}])`,
  'iu',
);
const PLACES = /^(?:la\s|le\s|l[’']|les\s|maison\b|bureau\b|travail\b|école\b)/i;
const DANGLING_END =
  /\s+(?:à|au|aux|le|la|les|de|du|des|pour|avec|et|chaque|tous|toutes|pendant|chez|dès|jusqu[’']?(?:à|au)?)$/i;
const DANGLING_START = /^(?:à|au|le|la|pour|chez|pendant|dès)\s+/i;

const WEEKDAYS: [string, Weekday][] = [
  ['lu', 'MO'],
  ['ma', 'TU'],
  ['me', 'WE'],
  ['je', 'TH'],
  ['ve', 'FR'],
  ['sa', 'SA'],
  ['di', 'SU'],
];

function daysOf(list: string): Weekday[] {
  const days = list
    .toLowerCase()
    .split(/\s*(?:,|&|\bet\b)\s*/)
    .map((word) => WEEKDAYS.find(([prefix]) => word.trim().startsWith(prefix))?.[1])
    .filter((d): d is Weekday => Boolean(d));
  return [...new Set(days)];
}

function numberOf(word: string): number {
  const w = word.toLowerCase().replace(',', '.');
  if (w === 'un' || w === 'une') return 1;
  const index = NUMBERS.split('|').indexOf(w);
  return index >= 0 ? index : Number(w);
}

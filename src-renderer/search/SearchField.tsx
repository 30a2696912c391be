// The toolbar's search (also on `/`): results as they are typed, grouped by date with each
// event's calendar colour. Enter opens the first result in the editor, a click any one in its
// quick look, each at its date; Esc clears the search and goes back to where the person was
// before searching.
import { useEffect, useMemo, useRef, useState } from 'react';
import { DateTime } from 'luxon';
import type { AlmanacDatabase } from '../db/database';
import type { Occurrence } from '../calendar/model/types';
import { search } from './search-index';
import { useSearchIndex } from './useSearchIndex';
import { useLocale } from '../i18n/LocaleProvider';
import type { ActiveLocale } from '../i18n/active-locale';

export const SEARCH_FIELD_ID = 'almanac-search';

export interface SearchFieldProps {
  db: AlmanacDatabase;
  /** The zone the calendar is shown in: results are grouped by its dates. */
  zone: string;
  /** Enter: the first result, in the editor. */
  onOpen(occurrence: Occurrence): void;
  /** A click on a result (at `element`): its quick look. */
  onLook(occurrence: Occurrence, element: HTMLElement): void;
  /** A search begins: remember where the calendar is. */
  onStart(): void;
  /** Esc: back to where the calendar was when the search began. */
  onReturn(): void;
}

export function SearchField(props: SearchFieldProps) {
  const { db, zone, onOpen, onLook, onStart, onReturn } = props;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const locale = useLocale();
  const { formats, t } = locale;
  const index = useSearchIndex(db, open || query !== '');
  const results = useMemo(
    () => (index && open ? search(index, query, Date.now()) : null),
    [index, open, query],
  );
  const groups = useMemo(() => groupByDate(results?.hits ?? [], zone), [results, zone]);

  useEffect(() => {
    if (results && query) performance.mark('almanac:search-drawn');
  }, [results, query]);

  const close = (back: boolean) => {
    setOpen(false);
    setQuery('');
    inputRef.current?.blur();
    if (back) onReturn();
  };
  const pick = (occurrence: Occurrence | undefined, element?: HTMLElement) => {
    if (!occurrence) return;
    setOpen(false);
    inputRef.current?.blur();
    if (element) onLook(occurrence, element);
    else onOpen(occurrence);
  };

  return (
    <div
      className="search"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        e.preventDefault();
        close(true);
      }}
    >
      <input
        ref={inputRef}
        id={SEARCH_FIELD_ID}
        type="search"
        aria-label={t('search.name')}
        placeholder={t('search.name')}
        title={t('shortcut.hint', { action: t('search.name'), key: '/' })}
        autoComplete="off"
        value={query}
        onFocus={() => {
          if (!query) onStart();
          setOpen(true);
        }}
        onChange={(e) => {
          performance.mark('almanac:search-input');
          setQuery(e.target.value);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            // Or the key's press would land on the editor's first button once it opens.
            e.preventDefault();
            pick(results?.hits[0]);
          }
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            document.querySelector<HTMLElement>('.search-results button')?.focus();
          }
        }}
      />
      {open && query.trim() !== '' && (
        <section className="search-results" aria-label={t('search.results')}>
          {!results && <p className="hint">{t('search.searching')}</p>}
          {results && results.total === 0 && (
            <p className="hint">{t('search.none', { query: query.trim() })}</p>
          )}
          {groups.map(([date, hits]) => (
            <div key={date} className="search-day">
              <h3>{formats.dayShortWithYear(date)}</h3>
              <ul>
                {hits.map((hit) => (
                  <li key={hit.key}>
                    <button
                      type="button"
                      aria-label={t('search.hit', {
                        title: hit.title,
                        day: formats.dayShort(date),
                        time: timeText(hit, zone, locale),
                      })}
                      onClick={(e) => pick(hit, e.currentTarget)}
                    >
                      <span
                        className="search-color"
                        style={{ background: hit.color }}
                        aria-hidden="true"
                      />
                      <span className="search-time">{timeText(hit, zone, locale)}</span>
                      <span className="search-title">{hit.title}</span>
                      {hit.event.location && (
                        <span className="hint search-location">{hit.event.location}</span>
                      )}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {results && results.total > results.hits.length && (
            <p className="hint">
              {t('search.firstOf', { shown: results.hits.length, total: results.total })}
            </p>
          )}
        </section>
      )}
    </div>
  );
}

function groupByDate(hits: Occurrence[], zone: string): [string, Occurrence[]][] {
  const groups = new Map<string, Occurrence[]>();
  for (const hit of hits) {
    const date = hit.allDay
      ? hit.start.slice(0, 10)
      : (DateTime.fromISO(hit.start, { zone }).toISODate() ?? hit.start.slice(0, 10));
    const list = groups.get(date);
    if (list) list.push(hit);
    else groups.set(date, [hit]);
  }
  return [...groups];
}

function timeText(hit: Occurrence, zone: string, { formats, t }: ActiveLocale): string {
  if (hit.allDay) return t('search.allDay');
  const at = (iso: string) => formats.time(Date.parse(iso), zone);
  return t('search.times', { start: at(hit.start), end: at(hit.end) });
}

// Preferences → "Sync log": one line per sync cycle and per problem, newest first, filtered
// by level and calendar. A problem line says in Google's words and plain ones what happened
// and what to do, and opens the event it is about ("Open event"); a conflict line shows the
// value that lost and can put it back ("Restore"); a change Google refused can live on as a
// new event ("Restore as a new event"); "Export…" saves a diagnostics file.
import { useEffect, useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { lineOf, type LogLevel } from '../../src-preload/sync-log';
import type { AlmanacDatabase } from '../db/database';
import { listCalendars } from '../db/queries';
import {
  diagnostics,
  lostValue,
  refusedVersion,
  restoreAsNewEvent,
  restoreLostValue,
  saveFile,
  show,
} from './sync-log-actions';
import { getApi } from '../bridge';
import { visibleText } from '../visible-text';
import { useLocale } from '../i18n/LocaleProvider';
import { lineText } from '../i18n/log-line-words';
import type { MessageId } from '../i18n/catalogues';
import { PaneNotice, type Outcome } from './PaneNotice';

export interface SyncLogPaneProps {
  db: AlmanacDatabase;
  /** Shows the event a line is about in the editor (Preferences closes). */
  onOpenEvent(eventId: string): void;
}

export function SyncLogPane({ db, onOpenEvent }: SyncLogPaneProps) {
  const [level, setLevel] = useState<'all' | LogLevel>('all');
  const [calendarId, setCalendarId] = useState('all');
  const [notice, setNotice] = useState<Outcome | null>(null);
  const { formats, locale, t } = useLocale();
  const ids = { level: useId(), calendar: useId() };
  // Looking here is what the toolbar's "change refused by Google" waits for.
  useEffect(() => void getApi().refusalsSeen(), []);
  // Read again in another language: the first calendar's name is worded in it.
  const calendars = useLiveQuery(() => listCalendars(db), [db, locale]) ?? [];
  const restored = useLiveQuery(
    async () =>
      new Set(
        (await db.syncLog.where('level').equals('info').toArray()).map(
          (l) => lineOf(l, 'restored-value')?.detail.restoredFrom,
        ),
      ),
    [db],
  );
  const { lines, openable } =
    useLiveQuery(async () => {
      const newest = await db.syncLog.orderBy('id').reverse().limit(LIMIT).toArray();
      const shown = newest.filter(
        (l) => atLeast(l.level, level) && (calendarId === 'all' || l.calendarId === calendarId),
      );
      // Only events still here can be opened.
      const ids = [...new Set(shown.flatMap((l) => (l.eventId ? [l.eventId] : [])))];
      const here = await db.events.bulkGet(ids);
      return {
        lines: shown,
        openable: new Set(here.flatMap((e) => (e && e.status !== 'cancelled' ? [e.id] : []))),
      };
    }, [db, level, calendarId]) ?? NOTHING_YET;
  const nameOf = (id?: string) =>
    id ? visibleText(calendars.find((c) => c.id === id)?.summary ?? id) : '';

  const exportLog = async () => {
    try {
      saveFile(
        `almanac-diagnostics-${new Date().toISOString().slice(0, 10)}.json`,
        await diagnostics(db),
      );
      setNotice({ ok: true, text: t('log.diagnosticsSaved') });
    } catch (error) {
      setNotice({
        ok: false,
        text: t('log.diagnosticsFailed', {
          reason: error instanceof Error ? error.message : String(error),
        }),
      });
    }
  };

  return (
    <div role="tabpanel" aria-label={t('prefs.tab.log')} className="sync-log-pane">
      <div className="sync-log-filters">
        <div className="field">
          <label htmlFor={ids.level}>{t('log.level')}</label>
          <select
            id={ids.level}
            value={level}
            onChange={(e) => setLevel(e.target.value as typeof level)}
          >
            <option value="all">{t('log.level.all')}</option>
            <option value="warn">{t('log.level.warn')}</option>
            <option value="error">{t('log.level.error')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.calendar}>{t('log.calendar')}</label>
          <select
            id={ids.calendar}
            value={calendarId}
            onChange={(e) => setCalendarId(e.target.value)}
          >
            <option value="all">{t('log.calendar.all')}</option>
            {calendars.map((c) => (
              <option key={c.id} value={c.id}>
                {visibleText(c.summary)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" onClick={() => void exportLog()}>
          {t('log.export')}
        </button>
      </div>
      <PaneNotice outcome={notice} />
      {lines.length === 0 && <p className="hint">{t('log.empty')}</p>}
      <ol className="sync-log" aria-label={t('log.lines')}>
        {lines.map((line) => {
          const lost = lostValue(line);
          const refused = refusedVersion(line);
          const canOpen = line.eventId !== undefined && openable.has(line.eventId);
          const act = (work: Promise<string>) =>
            void work.then(
              (text) => setNotice({ ok: true, text }),
              (error: unknown) =>
                setNotice({
                  ok: false,
                  text: error instanceof Error ? error.message : String(error),
                }),
            );
          return (
            <li key={line.id} className={`log-line ${line.level}`}>
              <div className="log-meta">
                <span className="log-level">{t(LEVEL_WORDS[line.level])}</span>
                <time dateTime={line.at}>{formats.dateTime(Date.parse(line.at))}</time>
                {line.calendarId && (
                  <span className="log-calendar">
                    {t('log.inCalendar', { calendar: nameOf(line.calendarId) })}
                  </span>
                )}
              </div>
              <p className="log-message">{visibleText(lineText(line, t))}</p>
              {(canOpen || lost || refused) && (
                <div className="log-actions">
                  {canOpen && (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onOpenEvent(line.eventId as string)}
                    >
                      {t('log.openEvent')}
                    </button>
                  )}
                  {lost && (
                    <span className="log-lost">
                      {t('log.lostValue', { value: show(lost.value) })}
                      <button
                        type="button"
                        className="link-button"
                        disabled={restored?.has(line.id)}
                        onClick={() => act(restoreLostValue(db, line))}
                      >
                        {restored?.has(line.id) ? t('log.restored') : t('log.restore')}
                      </button>
                    </span>
                  )}
                  {refused && (
                    <button
                      type="button"
                      className="link-button"
                      disabled={restored?.has(line.id)}
                      onClick={() => act(restoreAsNewEvent(db, line))}
                    >
                      {restored?.has(line.id) ? t('log.restoredNew') : t('log.restoreNew')}
                    </button>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

// ---------------------------------------------------------------------------------------

const LIMIT = 1000;
const NOTHING_YET = { lines: [], openable: new Set<string>() };
const RANK: Record<LogLevel, number> = { info: 0, warn: 1, error: 2 };
const LEVEL_WORDS: Record<LogLevel, MessageId> = {
  info: 'log.info',
  warn: 'log.warning',
  error: 'log.error',
};

function atLeast(level: LogLevel, wanted: 'all' | LogLevel): boolean {
  return wanted === 'all' || RANK[level] >= RANK[wanted];
}

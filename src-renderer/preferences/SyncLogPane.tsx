// Preferences → "Sync log": one line per sync cycle and per problem, newest first, filtered
// by level and calendar. A problem line says in Google's words and plain ones what happened
// and what to do, and opens the event it is about ("Open event"); a conflict line shows the
// value that lost and can put it back ("Restore"); "Export…" saves a diagnostics file.
import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { lineOf, type LogLevel } from '../../src-preload/sync-log';
import type { AlmanacDatabase } from '../db/database';
import { diagnostics, lostValue, restoreLostValue, saveFile, show } from './sync-log-actions';
import { visibleText } from '../visible-text';
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
  const ids = { level: useId(), calendar: useId() };
  const calendars = useLiveQuery(() => db.calendars.toArray(), [db]) ?? [];
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
      setNotice({ ok: true, text: 'Diagnostics saved.' });
    } catch (error) {
      setNotice({
        ok: false,
        text: `Could not save the diagnostics: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };

  return (
    <div role="tabpanel" aria-label="Sync log" className="sync-log-pane">
      <div className="sync-log-filters">
        <div className="field">
          <label htmlFor={ids.level}>Level</label>
          <select
            id={ids.level}
            value={level}
            onChange={(e) => setLevel(e.target.value as typeof level)}
          >
            <option value="all">Everything</option>
            <option value="warn">Warnings and errors</option>
            <option value="error">Errors only</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.calendar}>Calendar</label>
          <select
            id={ids.calendar}
            value={calendarId}
            onChange={(e) => setCalendarId(e.target.value)}
          >
            <option value="all">All calendars</option>
            {calendars.map((c) => (
              <option key={c.id} value={c.id}>
                {visibleText(c.summary)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" onClick={() => void exportLog()}>
          Export…
        </button>
      </div>
      <PaneNotice outcome={notice} />
      {lines.length === 0 && <p className="hint">Nothing logged yet.</p>}
      <ol className="sync-log" aria-label="Sync log lines">
        {lines.map((line) => {
          const lost = lostValue(line);
          const canOpen = line.eventId !== undefined && openable.has(line.eventId);
          return (
            <li key={line.id} className={`log-line ${line.level}`}>
              <div className="log-meta">
                <span className="log-level">{LEVEL_WORDS[line.level]}</span>{' '}
                <time dateTime={line.at}>{new Date(line.at).toLocaleString()}</time>
                {line.calendarId && (
                  <span className="log-calendar"> · {nameOf(line.calendarId)}</span>
                )}
              </div>
              <p className="log-message">{visibleText(line.message)}</p>
              {(canOpen || lost) && (
                <div className="log-actions">
                  {canOpen && (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onOpenEvent(line.eventId as string)}
                    >
                      Open event
                    </button>
                  )}
                  {lost && (
                    <span className="log-lost">
                      Lost value: {show(lost.value)}{' '}
                      <button
                        type="button"
                        className="link-button"
                        disabled={restored?.has(line.id)}
                        onClick={() =>
                          void restoreLostValue(db, line).then(
                            (text) => setNotice({ ok: true, text }),
                            (error: unknown) =>
                              setNotice({
                                ok: false,
                                text: error instanceof Error ? error.message : String(error),
                              }),
                          )
                        }
                      >
                        {restored?.has(line.id) ? 'Restored' : 'Restore'}
                      </button>
                    </span>
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
const LEVEL_WORDS: Record<LogLevel, string> = { info: 'Info', warn: 'Warning', error: 'Error' };

function atLeast(level: LogLevel, wanted: 'all' | LogLevel): boolean {
  return wanted === 'all' || RANK[level] >= RANK[wanted];
}

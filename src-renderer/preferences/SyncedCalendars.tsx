// One connected account's calendars, each with its Google colour and a checkbox: the
// primary one syncs by default, the others when the user ticks them. Calendars the user can
// only read sync one way (Google → here) and say so. The account's "Pause synchronization"
// sits here too (while paused, its local changes wait in the outbox and go out on resume;
// the other accounts sync on), and, given `intervalMinutes`, how often every account syncs.
import { useEffect, useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Settings } from '../../src-preload/settings';
import type { AlmanacDatabase } from '../db/database';
import { listCalendars } from '../db/queries';
import { canWrite } from '../../src-preload/model/calendar-access';
import type { SyncState } from '../sync/useSyncStatus';
import { visibleText } from '../visible-text';
import { useLocale } from '../i18n/LocaleProvider';

export interface SyncedCalendarsProps {
  db: AlmanacDatabase;
  account: string;
  sync: SyncState;
  /** Whether this account is paused (on its own, or with every account). */
  paused: boolean;
  onPause(paused: boolean): void;
  /** Shown with the first account only: the interval is every account's. */
  intervalMinutes?: number;
  onSettings(patch: Partial<Settings>): void;
}

/** The choices of "Sync every"; Google asks clients not to poll much more often than this. */
const INTERVALS = [1, 5, 10, 15, 30, 60, 180];

export function SyncedCalendars({
  db,
  account,
  sync,
  paused,
  onPause,
  intervalMinutes,
  onSettings,
}: SyncedCalendarsProps) {
  const id = useId();
  const { t } = useLocale();
  // The box follows the click at once; the setting catches up when main has saved it.
  const [pausedShown, setPausedShown] = useState(paused);
  useEffect(() => setPausedShown(paused), [paused]);
  const calendars =
    useLiveQuery(
      async () => (await listCalendars(db)).filter((c) => c.account === account),
      [db, account],
    ) ?? [];
  // Ticks show at once; the stored calendar catches up a moment later through the live query.
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  const toggle = async (id: string, syncEnabled: boolean) => {
    setTicked((t) => ({ ...t, [id]: syncEnabled }));
    await db.calendars.update(id, { syncEnabled });
    void sync.syncNow();
  };
  return (
    <section className="synced-calendars" aria-label={t('synced.name', { account })}>
      <h3>{t('synced.title')}</h3>
      {calendars.length === 0 && <p className="hint">{t('synced.arrives')}</p>}
      <ul>
        {calendars.map((c) => (
          <li key={c.id}>
            <label className="checkbox-row">
              <input
                type="checkbox"
                checked={ticked[c.id] ?? c.syncEnabled}
                onChange={(e) => void toggle(c.id, e.target.checked)}
              />
              <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
              {visibleText(c.summary)}
              {!canWrite(c) && <span className="hint">{t('synced.readOnly')}</span>}
            </label>
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => void sync.syncNow({ refreshCalendars: true })}
        >
          {t('synced.refresh')}
        </button>
      </div>
      <label className="checkbox-row">
        <input
          type="checkbox"
          checked={pausedShown}
          onChange={(e) => {
            setPausedShown(e.target.checked);
            onPause(e.target.checked);
          }}
        />
        {t('synced.pause')}
      </label>
      {intervalMinutes !== undefined && (
        <div className="inline-fields">
          <label htmlFor={`${id}-interval`}>{t('synced.every')}</label>
          <select
            id={`${id}-interval`}
            value={intervalMinutes}
            onChange={(e) => onSettings({ syncIntervalMinutes: Number(e.target.value) })}
          >
            {[...new Set([...INTERVALS, intervalMinutes])]
              .sort((a, b) => a - b)
              .map((m) => (
                <option key={m} value={m}>
                  {m % 60 === 0
                    ? t('synced.interval', { unit: 'hour', count: m / 60 })
                    : t('synced.interval', { unit: 'minute', count: m })}
                </option>
              ))}
          </select>
          <span className="hint">{t('synced.afterChange')}</span>
        </div>
      )}
    </section>
  );
}

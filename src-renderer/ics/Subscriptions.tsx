// Subscribed calendars in the sidebar: "Add calendar → From URL…" (an https or webcal
// address), and each subscription with when it was last refreshed or why the last refresh
// failed (and when it is tried again), Refresh now and Unsubscribe. Subscriptions are
// fetched again as they fall due, by the times their calendars store.
import { useEffect, useId, useRef, useState } from 'react';
import type { Calendar } from '../../src-preload/model/event';
import type { AlmanacDatabase } from '../db/database';
import { Dialog } from '../calendar/Dialog';
import type { NoticeTone } from '../Banner';
import { visibleText } from '../visible-text';
import { refreshSubscription, subscribe, unsubscribe } from './subscriptions';
import { lastFailureText } from './feed-failure';
import { useLocale } from '../i18n/LocaleProvider';

// An address, not words: the same in every language.
const EXAMPLE_FEED = 'webcal://example.com/calendar.ics';
import { nextRefreshAt, SubscriptionSchedule } from './subscription-schedule';

export interface SubscriptionsProps {
  db: AlmanacDatabase;
  calendars: readonly Calendar[];
  zone: string;
  notify(message: string, tone?: NoticeTone): void;
}

export function Subscriptions({ db, calendars, zone, notify }: SubscriptionsProps) {
  const [adding, setAdding] = useState(false);
  const { t } = useLocale();
  const subscribed = calendars.filter((c) => c.subscription);
  useRefreshWhenDue(db, calendars, zone);

  return (
    <section className="subscriptions" aria-label={t('subscriptions.name')}>
      <button type="button" className="button" onClick={() => setAdding(true)}>
        {t('subscriptions.add')}
      </button>
      {subscribed.length > 0 && (
        <ul className="subscription-list">
          {subscribed.map((calendar) => (
            <SubscriptionRow key={calendar.id} db={db} calendar={calendar} zone={zone} />
          ))}
        </ul>
      )}
      {adding && (
        <SubscribeDialog
          onClose={() => setAdding(false)}
          onSubscribe={async (url) => {
            const calendar = await subscribe(db, url, zone);
            setAdding(false);
            notify(t('subscriptions.subscribed', { calendar: calendar.summary }), 'done');
          }}
        />
      )}
    </section>
  );
}

// ---------------------------------------------------------------------------------------

function SubscriptionRow({
  db,
  calendar,
  zone,
}: {
  db: AlmanacDatabase;
  calendar: Calendar;
  zone: string;
}) {
  const [busy, setBusy] = useState(false);
  const { t, formats } = useLocale();
  const source = calendar.subscription!;
  const failure = lastFailureText(source);
  const name = visibleText(calendar.summary);
  return (
    <li className="subscription" aria-label={name}>
      <span className="subscription-name">
        <span className="swatch" style={{ background: calendar.color }} aria-hidden="true" />
        {name}
      </span>
      <span className="hint subscription-state">
        {source.lastRefreshAt
          ? t('subscriptions.refreshed', { at: formats.dateTime(Date.parse(source.lastRefreshAt)) })
          : t('subscriptions.notYet')}
      </span>
      {failure && (
        <span role="alert" className="problem">
          {t('subscriptions.failed', {
            reason: visibleText(failure),
            at: formats.time(nextRefreshAt(source), undefined),
          })}
        </span>
      )}
      <span className="subscription-actions">
        <button
          type="button"
          className="link-button"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void refreshSubscription(db, calendar.id, zone).finally(() => setBusy(false));
          }}
        >
          {busy ? t('subscriptions.refreshing') : t('subscriptions.refresh')}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => void unsubscribe(db, calendar.id)}
        >
          {t('subscriptions.unsubscribe')}
        </button>
      </span>
    </li>
  );
}

function SubscribeDialog({
  onClose,
  onSubscribe,
}: {
  onClose(): void;
  onSubscribe(url: string): Promise<void>;
}) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { t } = useLocale();
  const confirm = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await onSubscribe(url);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setBusy(false);
    }
  };
  return (
    <Dialog label={t('subscriptions.dialog')} onClose={onClose} className="ics-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
      >
        <h2 className="dialog-title">{t('subscriptions.dialog')}</h2>
        <div className="dialog-body">
          <div className="field">
            <label htmlFor={id}>{t('subscriptions.address')}</label>
            <input
              id={id}
              type="url"
              data-autofocus
              required
              placeholder={EXAMPLE_FEED}
              value={url}
              onChange={(e) => setUrl(e.target.value)}
            />
          </div>
          <p className="hint">{t('subscriptions.hint')}</p>
          {problem && (
            <p role="alert" className="problem">
              {problem}
            </p>
          )}
        </div>
        <div className="dialog-actions">
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={busy || !url.trim()}>
            {busy ? t('subscriptions.subscribing') : t('subscriptions.subscribe')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/**
 * Refreshes subscriptions as they fall due (see subscription-schedule.ts): the schedule lives
 * as long as the window, and follows the calendars as they change.
 */
function useRefreshWhenDue(
  db: AlmanacDatabase,
  calendars: readonly Calendar[],
  zone: string,
): void {
  const latest = useRef(calendars);
  latest.current = calendars;
  const schedule = useRef<SubscriptionSchedule | null>(null);
  useEffect(() => {
    const created = new SubscriptionSchedule((id) => refreshSubscription(db, id, zone));
    schedule.current = created;
    created.update(latest.current);
    return () => created.stop();
  }, [db, zone]);
  useEffect(() => schedule.current?.update(calendars), [calendars]);
}

// Subscribed calendars in the sidebar: "Add calendar → From URL…" (an https or webcal
// address), and each subscription with when it was last refreshed or why the last refresh
// failed (and when it is tried again), Refresh now and Unsubscribe. Subscriptions are
// fetched again as they fall due, by the times their calendars store.
import { useEffect, useId, useRef, useState } from 'react';
import type { Calendar } from '../../src-preload/model/event';
import type { AlmanacDatabase } from '../db/database';
import { Dialog } from '../calendar/Dialog';
import { visibleText } from '../visible-text';
import { refreshSubscription, subscribe, unsubscribe } from './subscriptions';
import { nextRefreshAt, SubscriptionSchedule } from './subscription-schedule';

export interface SubscriptionsProps {
  db: AlmanacDatabase;
  calendars: readonly Calendar[];
  zone: string;
  notify(message: string): void;
}

export function Subscriptions({ db, calendars, zone, notify }: SubscriptionsProps) {
  const [adding, setAdding] = useState(false);
  const subscribed = calendars.filter((c) => c.subscription);
  useRefreshWhenDue(db, calendars, zone);

  return (
    <section className="subscriptions" aria-label="Subscribed calendars">
      <button type="button" className="button" onClick={() => setAdding(true)}>
        Add calendar from URL…
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
            notify(`Subscribed to “${calendar.summary}”.`);
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
  const source = calendar.subscription!;
  const name = visibleText(calendar.summary);
  return (
    <li className="subscription" aria-label={name}>
      <span className="subscription-name">
        <span className="swatch" style={{ background: calendar.color }} aria-hidden="true" />
        {name}
      </span>
      <span className="hint subscription-state">
        {source.lastRefreshAt
          ? `Refreshed ${new Date(source.lastRefreshAt).toLocaleString()}`
          : 'Not refreshed yet'}
      </span>
      {source.lastError && (
        <span role="alert" className="problem">
          Last refresh failed: {visibleText(source.lastError)}. Trying again at{' '}
          {new Date(nextRefreshAt(source)).toLocaleTimeString([], { timeStyle: 'short' })}.
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
          {busy ? 'Refreshing…' : 'Refresh now'}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => void unsubscribe(db, calendar.id)}
        >
          Unsubscribe
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
    <Dialog label="Add calendar from URL" onClose={onClose} className="ics-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
      >
        <h2 className="dialog-title">Add calendar from URL</h2>
        <div className="dialog-body">
          <div className="field">
            <label htmlFor={id}>Calendar address</label>
            <input
              id={id}
              type="url"
              data-autofocus
              required
              placeholder="webcal://example.com/calendar.ics"
              value={url}
              onChange={(e) => setUrl(e.target.value)}
            />
          </div>
          <p className="hint">
            The calendar stays read-only here, is refreshed from the address, and is never uploaded
            to Google.
          </p>
          {problem && (
            <p role="alert" className="problem">
              {problem}
            </p>
          )}
        </div>
        <div className="dialog-actions">
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={busy || !url.trim()}>
            {busy ? 'Subscribing…' : 'Subscribe'}
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

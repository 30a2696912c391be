// What the toolbar says while sync waits to try Google again, counting down to the next try:
// from the first failure, so an outage is never a silent "Syncing…".
import { useEffect, useState } from 'react';
import { activeLocale } from '../i18n/active-locale';
import type { SyncRetry } from '../../src-preload/contract';

/** "Google is not answering, retrying in 4 s" (or "…retrying now" once the wait is over). */
export function retryWords(retry: SyncRetry, now: number): string {
  const { t } = activeLocale();
  const reason = retry.reason === 'rate-limited' ? 'slowDown' : 'notAnswering';
  const seconds = Math.ceil((Date.parse(retry.at) - now) / 1000);
  return seconds > 0 ? t('retry.in', { reason, seconds }) : t('retry.now', { reason });
}

/** The current time, ticking every second while there is a retry to count down to. */
export function useRetryClock(retry: SyncRetry | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!retry) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [retry]);
  return now;
}

// What the toolbar says while sync waits to try Google again, counting down to the next try:
// from the first failure, so an outage is never a silent "Syncing…".
import { useEffect, useState } from 'react';
import type { SyncRetry } from '../../src-preload/contract';

/** "Google is not answering, retrying in 4 s" (or "…retrying now" once the wait is over). */
export function retryWords(retry: SyncRetry, now: number): string {
  const what =
    retry.reason === 'rate-limited'
      ? 'Google asked Almanac to slow down'
      : 'Google is not answering';
  const seconds = Math.ceil((Date.parse(retry.at) - now) / 1000);
  return seconds > 0 ? `${what}, retrying in ${seconds} s` : `${what}, retrying now`;
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

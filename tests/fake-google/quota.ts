// Per-user request quota, as Google enforces it: a sliding one-minute window per user
// (Google's published default is 600 requests per user per minute). Every Calendar call
// counts, including each part of a batch ("n requests batched together count as n").
// Over the limit the call fails with rateLimitExceeded and a Retry-After header. Google may
// answer 403 or 429 for this; the default is 403 because clients (gaxios) do not retry it
// on their own, the stricter case for a sync engine. Both are configurable.

import type { Clock } from './clock.js';

export const GOOGLE_PER_USER_PER_MINUTE = 600;

export class Quota {
  perUserPerMinute: number;
  status: 403 | 429 = 403;
  private readonly windows = new Map<string, { stamps: number[]; start: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly initialLimit = GOOGLE_PER_USER_PER_MINUTE,
  ) {
    this.perUserPerMinute = initialLimit;
  }

  reset(): void {
    this.windows.clear();
    this.perUserPerMinute = this.initialLimit;
    this.status = 403;
  }

  /** Counts one call; returns undefined when allowed, or the seconds to wait when refused. */
  take(user: string): number | undefined {
    const now = this.clock.now();
    let window = this.windows.get(user);
    if (!window) this.windows.set(user, (window = { stamps: [], start: 0 }));
    // Drop stamps older than a minute; `start` avoids shifting the array on every call.
    while (
      window.start < window.stamps.length &&
      (window.stamps[window.start] as number) <= now - 60_000
    )
      window.start += 1;
    if (window.start > 4096) {
      window.stamps = window.stamps.slice(window.start);
      window.start = 0;
    }
    if (window.stamps.length - window.start >= this.perUserPerMinute) {
      const oldest = window.stamps[window.start] as number;
      return Math.max(1, Math.ceil((oldest + 60_000 - now) / 1000));
    }
    window.stamps.push(now);
    return undefined;
  }
}

// A LocalStore with its calls counted (each one a round trip between main and the renderer
// when the store lives in a window) and the records its reads answered with: what the bench
// prints per sync, and what a test bounds so a cost growing with the calendar shows.
import type { LocalStore } from '../../../src-preload/local-store';

export interface CountingStore {
  store: LocalStore;
  calls: number;
  /** Records (events and queued changes) the reads answered with; commits are not counted. */
  recordsRead: number;
  /** Starts both counts again; answers the calls counted until now. */
  reset(): number;
}

export function countingStore(real: LocalStore): CountingStore {
  const count: CountingStore = {
    store: real,
    calls: 0,
    recordsRead: 0,
    reset() {
      const calls = count.calls;
      count.calls = 0;
      count.recordsRead = 0;
      return calls;
    },
  };
  count.store = new Proxy(real, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        count.calls++;
        const answer = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        if (name !== 'commit' && name !== 'calendars') count.recordsRead += sizeOf(answer);
        return answer;
      };
    },
  });
  return count;
}

function sizeOf(answer: unknown): number {
  if (Array.isArray(answer)) return answer.length;
  const read = answer as { events?: unknown[]; outbox?: unknown[] } | null;
  return (read?.events?.length ?? 0) + (read?.outbox?.length ?? 0);
}

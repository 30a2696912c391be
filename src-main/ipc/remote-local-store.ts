// The sync engine's LocalStore when the database lives in a renderer: each method becomes
// a call over the shell's transport (the browser shell's WebSocket, Electron's IPC), matched
// to its answer by id. When no window is serving the store, calls fail at once, so a sync
// that starts with no window open reports that instead of waiting forever.
import type {
  LocalStore,
  LocalStoreMethod,
  StoreAnswer,
  StoreCall,
} from '../../src-preload/local-store';
import type { BridgeError } from '../../src-preload/contract';
import { LOG_WORDS, said, SaidError, wordedIn } from '../../src-preload/log-words';

export interface StoreLink {
  /** Sends the call to the renderer; false when no renderer serves the store. */
  send(call: StoreCall): boolean;
}

export class RemoteLocalStore implements LocalStore {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve(value: unknown): void; reject(error: Error): void }
  >();

  constructor(
    private readonly link: StoreLink,
    private readonly timeoutMs = 60_000,
  ) {}

  calendars: LocalStore['calendars'] = () => this.call('calendars', []);
  calendarSnapshot: LocalStore['calendarSnapshot'] = (calendarId) =>
    this.call('calendarSnapshot', [calendarId]);
  events: LocalStore['events'] = (ids) => this.call('events', [ids]);
  eventIndex: LocalStore['eventIndex'] = (calendarId) => this.call('eventIndex', [calendarId]);
  series: LocalStore['series'] = (ids) => this.call('series', [ids]);
  commit: LocalStore['commit'] = (commit) => this.call('commit', [commit]);

  /** Delivers an answer from the renderer. */
  settle(answer: StoreAnswer): void {
    const waiter = this.pending.get(answer.id);
    if (!waiter) return;
    this.pending.delete(answer.id);
    if (answer.ok) waiter.resolve(answer.value);
    else waiter.reject(failureOf(answer.error));
  }

  /** The serving window went away: everything in flight fails. */
  disconnect(): void {
    for (const waiter of this.pending.values())
      waiter.reject(new SaidError(said('storeWindowClosed')));
    this.pending.clear();
  }

  /** One call to the renderer's store, answered with what the store's method answers. */
  private call<M extends LocalStoreMethod>(
    method: M,
    args: Parameters<LocalStore[M]>,
  ): ReturnType<LocalStore[M]> {
    const id = this.nextId++;
    // The renderer answers with what its LocalStore's method returns (the contract's types).
    return new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new SaidError(said('storeTimedOut', { method })));
      }, this.timeoutMs);
      timer.unref?.();
      this.pending.set(id, {
        resolve: (value) => (clearTimeout(timer), resolve(value)),
        reject: (error) => (clearTimeout(timer), reject(error)),
      });
      if (!this.link.send({ id, method, args })) {
        this.pending.delete(id);
        clearTimeout(timer);
        reject(new SaidError(said('storeNoWindow')));
      }
    }) as ReturnType<LocalStore[M]>;
  }
}

/**
 * A failed answer as the sync reports it: one of the log's sentences when the window (or
 * main, reading its answer) said why in one, worded again from its id and values rather
 * than taken from the page; else the store's own message as it came.
 */
function failureOf(error: BridgeError): Error {
  if (!error.said) return new Error(error.message);
  const { id, values } = error.said;
  return new SaidError({ id, values, text: wordedIn('en', id, values, LOG_WORDS) });
}

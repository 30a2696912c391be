// The one door to Google Calendar's API for the sync engine and Reset Account. It attaches
// the access token (refreshing it once when Google answers 401), sends whole calls (list,
// get, calendarList, colors) with backoff and jitter for what is worth another try, never
// sooner than Google's Retry-After, and sends writes and reads as rounds through the batch
// endpoint, answering each call on its own so one bad event never fails the others.
// Whatever cannot go on is thrown as a classified error: a sign-in Google refuses
// (AuthFailure), an expired sync token (FullSyncRequired), or anything else (CallFailed).
import type { calendar_v3 } from '@googleapis/calendar';
import {
  authorizedFetch,
  type FetchInit,
  forgetAccessToken,
  type TokenSource,
} from './authorized-fetch';
import {
  BATCH_LIMIT,
  BatchHttpError,
  sendAlone,
  sendBatch,
  type BatchRequest,
  type BatchResponse,
} from './batch';
import {
  DEFAULT_BACKOFF,
  backoffDelay,
  classify,
  errorBody,
  failureOf,
  type BackoffPolicy,
  type GoogleFailure,
  type Operation,
} from './errors';
import type { GoogleEvent } from './event-mapping';
import { said } from '../../src-preload/log-words';

export interface GatewayDeps {
  client: TokenSource;
  /** Google's API root (or the emulator's), with a trailing slash. */
  apiRoot: string;
  fetch?: typeof fetch;
  /** Waits between tries; tests pass a fast one, Reset Account one that quitting cuts short. */
  sleep?: (ms: number) => Promise<void>;
  backoff?: Partial<BackoffPolicy>;
  /** Told before a whole call is sent again after a failure worth waiting out. */
  onRetry?(failure: GoogleFailure, op: Operation): Promise<void> | void;
  /**
   * Told when a wait before another try starts (when the try goes, and the failure it waits
   * out), and with null when Google answers again: the toolbar says so from the first failure.
   */
  onWaiting?(wait: GoogleWait | null): void;
}

/** A wait before trying Google again. */
export interface GoogleWait {
  at: Date;
  failure: GoogleFailure;
}

/** One call of a batch round; `alone` sends it on its own (Google refuses it inside a batch). */
export type GatewayCall = BatchRequest & { alone?: boolean };

/** What Google answered one call of a round: the resource, or why not. */
export type Answer = { remote: GoogleEvent } | { failure: GoogleFailure };

export interface EventsQuery {
  syncToken?: string;
  pageToken?: string;
  iCalUID?: string;
  showDeleted?: boolean;
  updatedMin?: string;
}

export class GoogleGateway {
  readonly backoff: BackoffPolicy;
  private readonly fetch: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  /** Whether a wait was announced and Google has not answered since. */
  private waiting = false;

  constructor(private readonly deps: GatewayDeps) {
    this.backoff = { ...DEFAULT_BACKOFF, ...deps.backoff };
    this.fetch = deps.fetch ?? fetch;
    this.sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** One page of a calendar's events (everything, or what changed since `syncToken`). */
  list(calendarId: string, query: EventsQuery): Promise<calendar_v3.Schema$Events> {
    return this.call('list', listPath(calendarId, query));
  }

  /** That page's call as one of a batch round (`batch`): its answer's `remote` is the page. */
  listCall(calendarId: string, query: EventsQuery): GatewayCall {
    return { method: 'GET', path: listPath(calendarId, query) };
  }

  get(calendarId: string, eventId: string): Promise<GoogleEvent> {
    return this.call('get', eventsPath(calendarId, eventId));
  }

  /** One calendar ('primary': the account's own), as sign-in reads who signed in. */
  calendar(calendarId: string): Promise<calendar_v3.Schema$Calendar> {
    return this.call('get', `/calendar/v3/calendars/${encodeURIComponent(calendarId)}`);
  }

  calendarList(pageToken?: string): Promise<calendar_v3.Schema$CalendarList> {
    const params = new URLSearchParams({ maxResults: '250' });
    if (pageToken) params.set('pageToken', pageToken);
    return this.call('calendarList', `/calendar/v3/users/me/calendarList?${params}`);
  }

  /** One calendar's entry in the account's list, as Google has it now. */
  calendarListEntry(calendarId: string): Promise<calendar_v3.Schema$CalendarListEntry> {
    const path = `/calendar/v3/users/me/calendarList/${encodeURIComponent(calendarId)}`;
    return this.call('calendarList', path);
  }

  colors(): Promise<calendar_v3.Schema$Colors> {
    return this.call('colors', '/calendar/v3/colors');
  }

  /**
   * calendars.insert: a new calendar the account owns. Sent once, never retried: an insert
   * whose answer was lost would otherwise leave two calendars of the same name.
   */
  insertCalendar(body: calendar_v3.Schema$Calendar): Promise<calendar_v3.Schema$Calendar> {
    return this.call('calendarWrite', '/calendar/v3/calendars', {
      method: 'POST',
      body,
      once: true,
    });
  }

  /** calendars.patch: what every user of the calendar sees (its name, its zone). */
  patchCalendar(
    calendarId: string,
    body: calendar_v3.Schema$Calendar,
  ): Promise<calendar_v3.Schema$Calendar> {
    return this.call('calendarWrite', `/calendar/v3/calendars/${encodeURIComponent(calendarId)}`, {
      method: 'PATCH',
      body,
    });
  }

  /** calendarList.patch: this account's view of a calendar (colour as RGB, reminders, own name). */
  patchCalendarListEntry(
    calendarId: string,
    body: calendar_v3.Schema$CalendarListEntry,
  ): Promise<calendar_v3.Schema$CalendarListEntry> {
    const path = `/calendar/v3/users/me/calendarList/${encodeURIComponent(calendarId)}`;
    return this.call('calendarWrite', `${path}?colorRgbFormat=true`, { method: 'PATCH', body });
  }

  /**
   * One round of calls through the batch endpoint (BATCH_LIMIT per request), answered in
   * order. Calls refused with 401 go once more after a token refresh; a refresh Google
   * refuses comes back as each call's failure (invalid_grant), for the caller to classify.
   */
  async batch(calls: GatewayCall[]): Promise<Answer[]> {
    const answers = await this.sendRound(calls);
    if (answers.some(isAnswered)) this.answered();
    const refused = answers.flatMap((a, i) =>
      'failure' in a && a.failure.status === 401 ? [i] : [],
    );
    if (refused.length === 0 || !forgetAccessToken(this.deps.client)) return answers;
    const again = await this.sendRound(refused.map((i) => calls[i] as GatewayCall));
    refused.forEach((i, k) => (answers[i] = again[k] as Answer));
    return answers;
  }

  /**
   * The wait before try `attempt + 1` (exponential, jittered, at least Retry-After), announced
   * with the failure it waits out when one is given.
   */
  wait(attempt: number, retryAfterMs: number | null, failure?: GoogleFailure): Promise<void> {
    const ms = backoffDelay(attempt, retryAfterMs, this.backoff);
    if (failure) {
      this.waiting = true;
      this.deps.onWaiting?.({ at: new Date(Date.now() + ms), failure });
    }
    return this.sleep(ms);
  }

  // -------------------------------------------------------------------------------------

  private async call<T>(op: Operation, path: string, write?: Write): Promise<T> {
    const init: FetchInit = write
      ? {
          method: write.method,
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(write.body),
        }
      : { method: 'GET', headers: {} };
    const tries = write?.once ? 1 : this.backoff.maxAttempts;
    for (let attempt = 0; ; attempt++) {
      let failure: GoogleFailure;
      try {
        const { response, text } = await authorizedFetch(
          this.deps.client,
          this.fetch,
          new URL(path.replace(/^\//, ''), this.deps.apiRoot).toString(),
          init,
        );
        if (response.ok) {
          this.answered();
          return JSON.parse(text) as T;
        }
        failure = httpFailure(response.status, text, response.headers.get('retry-after'));
      } catch (error) {
        failure = failureOf(error);
      }
      const outcome = classify(failure, op);
      if (outcome.kind === 'full-sync') throw new FullSyncRequired();
      if (outcome.kind === 'auth') throw new AuthFailure(failure);
      if (outcome.kind !== 'retry' || attempt + 1 >= tries) throw new CallFailed(failure);
      await this.deps.onRetry?.(failure, op);
      await this.wait(attempt, outcome.retryAfterMs, failure);
    }
  }

  /** Google answered: a wait announced before is over. */
  private answered(): void {
    if (!this.waiting) return;
    this.waiting = false;
    this.deps.onWaiting?.(null);
  }

  private async sendRound(calls: GatewayCall[]): Promise<Answer[]> {
    const answers: Answer[] = new Array(calls.length);
    const batched = calls.flatMap((call, i) => (call.alone ? [] : [i]));
    for (let c = 0; c < batched.length; c += BATCH_LIMIT) {
      const indexes = batched.slice(c, c + BATCH_LIMIT);
      try {
        const responses = await sendBatch(
          this.deps.client,
          this.deps.apiRoot,
          indexes.map((i) => calls[i] as BatchRequest),
          this.fetch,
        );
        indexes.forEach((i, k) => (answers[i] = answerOf(responses[k] as BatchResponse)));
      } catch (error) {
        const failure =
          error instanceof BatchHttpError
            ? httpFailure(error.status, error.body, error.retryAfter)
            : failureOf(error);
        for (const i of indexes) answers[i] = { failure };
      }
    }
    for (const [i, call] of calls.entries()) {
      if (!call.alone) continue;
      try {
        answers[i] = answerOf(
          await sendAlone(this.deps.client, this.deps.apiRoot, call, this.fetch),
        );
      } catch (error) {
        answers[i] = { failure: failureOf(error) };
      }
    }
    return answers;
  }
}

/** A whole call that writes: its method and JSON body; `once`: never sent a second time. */
interface Write {
  method: 'POST' | 'PATCH';
  body: unknown;
  once?: boolean;
}

/** Google refused the sign-in (401 after a refresh, invalid_grant, missing permission). */
export class AuthFailure extends Error {
  constructor(readonly failure: GoogleFailure) {
    super(`Google refused the sign-in: ${failure.message}`);
    this.name = 'AuthFailure';
  }
}

/** Google's list of changes since the sync token expired (410): list everything again. */
export class FullSyncRequired extends Error {
  constructor() {
    super('Google asked for a full resync.');
    this.name = 'FullSyncRequired';
  }
}

/** A call that failed for good, or kept failing until the tries ran out. */
export class CallFailed extends Error {
  constructor(readonly failure: GoogleFailure) {
    super(failure.message);
    this.name = 'CallFailed';
  }
}

/** `/calendar/v3/calendars/{calendarId}/events[/{eventId}]` */
export function eventsPath(calendarId: string, eventId?: string): string {
  const base = `/calendar/v3/calendars/${encodeURIComponent(calendarId)}/events`;
  return eventId === undefined ? base : `${base}/${encodeURIComponent(eventId)}`;
}

// ---------------------------------------------------------------------------------------

/** Google's page size for events.list; 2,500 is the most it gives. */
const PAGE_SIZE = 2500;

function listPath(calendarId: string, query: EventsQuery): string {
  const params = new URLSearchParams({ maxResults: String(PAGE_SIZE) });
  for (const [key, value] of Object.entries(query))
    if (value !== undefined) params.set(key, String(value));
  return `${eventsPath(calendarId)}?${params}`;
}

/** Google itself answered this call (taken, or refused for a reason no wait would change). */
function isAnswered(answer: Answer): boolean {
  return 'remote' in answer || classify(answer.failure, 'get').kind !== 'retry';
}

function answerOf(response: BatchResponse): Answer {
  if (response.status >= 200 && response.status < 300)
    return { remote: (response.body ?? {}) as GoogleEvent };
  if (response.status === 0) {
    const sentence = said('noAnswerInBatch');
    return { failure: { status: null, message: sentence.text, said: sentence } };
  }
  const body = errorBody(response.body);
  return {
    failure: {
      status: response.status,
      reason: body.reason,
      message: body.message ?? `HTTP ${response.status}`,
      retryAfter: response.headers['retry-after'] ?? null,
    },
  };
}

function httpFailure(status: number, body: string, retryAfter: string | null): GoogleFailure {
  const read = errorBody(body);
  return { status, reason: read.reason, message: read.message ?? `HTTP ${status}`, retryAfter };
}

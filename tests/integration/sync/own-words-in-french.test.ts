// The sync log's reasons for failures that should not happen, read in French: Google's batch
// answer cut short or malformed, and main and the window unable to read each other's calls
// to the local database. Almanac's own words for them are sentences the window words in the
// reader's language; only what someone else wrote (a line of Google's answer) stays as it came.
import 'fake-indexeddb/auto';
import { afterEach, expect, test } from 'vitest';
import { conventionsFor } from '../../../src-preload/locale';
import { createApi, type Transport } from '../../../src-preload/almanac-api';
import { readStoreAnswer } from '../../../src-preload/bridge-messages';
import type { LocalStore, StoreAnswer, StoreCall } from '../../../src-preload/local-store';
import { SaidError } from '../../../src-preload/log-words';
import type { SyncLogEntry } from '../../../src-preload/sync-log';
import { localeFor } from '../../../src-renderer/i18n/active-locale';
import { lineText, sentenceText } from '../../../src-renderer/i18n/log-line-words';
import { RemoteLocalStore } from '../../../src-main/ipc/remote-local-store';
import { openDatabase } from '../../../src-renderer/db/database';
import { createDexieLocalStore } from '../../../src-renderer/db/local-store';
import { startSyncWorld, type SyncWorld } from './harness';

const french = localeFor(
  conventionsFor({ language: 'fr-FR', timeFormat: 'region', weekStartsOn: 'region' }, []),
);

/** Words of Almanac's English that would show if a reason were left untranslated. */
const ENGLISH = /\b(the|no|could|answer|call|batch|local calendar|cut|arguments)\b/i;

let w: SyncWorld | undefined;
afterEach(async () => {
  await w?.close();
  w = undefined;
});

/**
 * The engine's fetch: Google's (the emulator's) real answers, but the first batch answer once
 * armed rewritten by `spoil` (cut short, or malformed) on its way back.
 */
function spoilFirstBatch(spoil: (text: string, type: string) => { text: string; type: string }) {
  const state = { armed: false };
  const spoiling = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const response = await fetch(input, init);
    if (!state.armed || !String(input).includes('/batch/')) return response;
    state.armed = false;
    const real = { text: await response.text(), type: response.headers.get('content-type') ?? '' };
    const { text, type } = spoil(real.text, real.type);
    return new Response(text, { status: 200, headers: { 'Content-Type': type } });
  };
  return { state, spoiling };
}

/** The retry line a spoiled push round left, and its words in French. */
async function retryLine(
  spoil: Parameters<typeof spoilFirstBatch>[0],
): Promise<{ line: SyncLogEntry; french: string }> {
  const { state, spoiling } = spoilFirstBatch(spoil);
  w = await startSyncWorld({ engine: { fetch: spoiling } });
  await w.engine.syncAll();
  await w.createLocal('Budget', '2030-02-08T10:00Z', '2030-02-08T11:00Z');
  state.armed = true;
  const report = await w.engine.syncAll();
  expect(state.armed).toBe(false);
  // The round goes again and is answered: nothing is lost.
  expect(report.ok).toBe(true);
  const line = (await w.log()).find((l) => l.code === 'retrying');
  if (!line) throw new Error('no retry line');
  return { line, french: lineText(line, french.t) };
}

test('a batch answer cut short: the call without an answer is said in French', async () => {
  const { line, french: words } = await retryLine((text, type) => {
    // Only the closing delimiter is left: no part answers the call.
    const boundary = /boundary=([^;\s]+)/.exec(type)?.[1] ?? '';
    expect(text).toContain(`--${boundary}`);
    return { text: `--${boundary}--\r\n`, type };
  });
  expect(line.message).toBe(
    'Google Calendar could not be reached (no answer came for this call, the connection was cut). Almanac tries again shortly; nothing is lost.',
  );
  expect(words).toBe(
    'Google Agenda est injoignable (aucune réponse n’est venue pour cet appel, la connexion a été coupée). Almanac réessaie sous peu ; rien n’est perdu.',
  );
});

test('a batch answer with no boundary is said in French', async () => {
  const { line, french: words } = await retryLine((text) => ({ text, type: 'multipart/mixed' }));
  expect(line.message).toMatch(/\(its batch answer had no multipart boundary\)/);
  expect(words).toBe(
    'Google Agenda est injoignable (sa réponse groupée n’avait pas de délimiteur multipart). Almanac réessaie sous peu ; rien n’est perdu.',
  );
  expect(words).not.toMatch(ENGLISH);
});

test('a batch part with no status line is said in French, Google’s line kept as it came', async () => {
  const { french: words } = await retryLine((text, type) => ({
    text: text.replace(/HTTP\/1\.1 (\d{3})/, 'HTXP/1.1 $1'),
    type,
  }));
  expect(words).toMatch(
    /^Google Agenda est injoignable \(une partie de sa réponse groupée n’avait pas de ligne d’état HTTP : HTXP\/1\.1 200\b/,
  );
});

/** The window's end of the store: createApi over a transport that hands over its answerer. */
function windowAnswerer(store: LocalStore): (call: StoreCall) => Promise<StoreAnswer> {
  let answer: ((call: StoreCall) => Promise<StoreAnswer>) | undefined;
  const transport = {
    serveStore(answerer: (call: StoreCall) => Promise<StoreAnswer>) {
      answer = answerer;
      return () => undefined;
    },
  } as Partial<Transport> as Transport;
  createApi(transport).serveLocalStore(store);
  if (!answer) throw new Error('the store was not served');
  return answer;
}

/** What main's call fails with when the window answers `answer` (or main cannot read it). */
async function failureOf(answer: (call: StoreCall) => StoreAnswer | null): Promise<SaidError> {
  const remote: RemoteLocalStore = new RemoteLocalStore({
    send: (call) => {
      const settled = answer(call);
      if (settled) queueMicrotask(() => remote.settle(settled));
      return true;
    },
  });
  const error = await remote.calendars().then(
    () => new Error('answered'),
    (e: unknown) => e as Error,
  );
  expect(error).toBeInstanceOf(SaidError);
  return error as SaidError;
}

test('a store call the window cannot read, or an answer main cannot read, is said in French', async () => {
  const db = openDatabase(`own-words-${process.pid}`);
  await db.open();
  const store = createDexieLocalStore(db);
  const window = windowAnswerer(store);

  // The window's answers are awaited before main settles on them.
  const answers: StoreAnswer[] = [];
  answers.push(await window({ id: 1, method: 'noSuchMethod', args: [] } as unknown as StoreCall));
  answers.push(await window({ id: 2, method: 'events', args: [42] } as unknown as StoreCall));
  const unknown = await failureOf((call) => ({ ...answers[0]!, id: call.id }));
  expect(unknown.message).toBe('The local calendar was sent a call it does not know.');
  expect(sentenceText(unknown.said, french.t)).toBe(
    'L’agenda local a reçu un appel qu’il ne connaît pas.',
  );
  const malformed = await failureOf((call) => ({ ...answers[1]!, id: call.id }));
  expect(malformed.message).toBe('The local calendar could not read the arguments of events.');
  expect(sentenceText(malformed.said, french.t)).toBe(
    'L’agenda local n’a pas pu lire les arguments de events.',
  );
  const unreadable = await failureOf((call) => readStoreAnswer({ id: call.id, ok: false }));
  expect(sentenceText(unreadable.said, french.t)).toBe(
    'L’agenda local a envoyé une réponse qu’Almanac ne sait pas lire.',
  );

  // As the sync log says it: the calendar's sync failed, for that reason, all in French.
  w = await startSyncWorld({
    engine: { store: { ...store, calendarSnapshot: () => Promise.reject(unreadable) } },
  });
  await w.engine.syncAll();
  const line = (await db.syncLog.toArray()).find((l) => l.level === 'error');
  if (!line) throw new Error('no failure in the log');
  const words = lineText(line, french.t);
  expect(words).toContain('L’agenda local a envoyé une réponse qu’Almanac ne sait pas lire.');
  expect(words).not.toMatch(ENGLISH);
  db.close();
});

test('local events that keep changing under the sync’s writes are said in French', async () => {
  const db = openDatabase(`own-words-moving-${process.pid}`);
  await db.open();
  const store = createDexieLocalStore(db);
  // Every write of a pulled event meets a version that moved on, however often it is read again.
  const moving: LocalStore = {
    ...store,
    commit: (commit) =>
      commit.put?.length ? Promise.resolve({ ok: false, stale: ['e1'] }) : store.commit(commit),
  };
  w = await startSyncWorld({ engine: { store: moving } });
  await w.admin('events', {
    calendarId: w.email,
    events: [
      {
        summary: 'Lunch',
        start: { dateTime: '2030-02-08T12:00:00Z' },
        end: { dateTime: '2030-02-08T13:00:00Z' },
      },
    ],
  });
  await w.engine.syncAll();
  const line = (await db.syncLog.toArray()).find((l) => l.code === 'calendar-failed');
  if (!line) throw new Error('no failure in the log');
  expect(line.message).toMatch(/: Local events kept changing during the sync \(e1\)\.$/);
  const words = lineText(line, french.t);
  expect(words).toMatch(
    /Les événements locaux n’ont pas cessé de changer pendant la synchronisation \(e1\)\.$/,
  );
  expect(words).not.toMatch(ENGLISH);
  db.close();
});

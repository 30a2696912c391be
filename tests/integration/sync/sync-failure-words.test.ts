// Why the last sync failed, as the toolbar's hint and the sync log say it: a sign-in Google
// refused or an unexpected error is a sentence of Almanac's the window words in the reader's
// language, with Google's (or the error's) own text nested inside as it was written.
import { afterEach, expect, test } from 'vitest';
import { conventionsFor } from '../../../src-preload/locale';
import { SyncStatusSchema } from '../../../src-preload/google-status';
import { localeFor, setActiveLocale } from '../../../src-renderer/i18n/active-locale';
import { syncFailureText } from '../../../src-renderer/i18n/bridge-error-words';
import { lineText } from '../../../src-renderer/i18n/log-line-words';
import { combinedStatus } from '../../../src-main/sync/combined-status';
import type { SyncReport } from '../../../src-main/sync/sync-engine';
import { startSyncWorld, type SyncWorld } from './harness';
import { openDatabase } from '../../../src-renderer/db/database';
import { createDexieLocalStore } from '../../../src-renderer/db/local-store';
import { RemoteLocalStore } from '../../../src-main/ipc/remote-local-store';

const locale = (language: string) =>
  localeFor(conventionsFor({ language, timeFormat: 'region', weekStartsOn: 'region' }, []));
const french = locale('fr-FR');

let w: SyncWorld;
afterEach(async () => {
  setActiveLocale(locale('en-GB'));
  await w.close();
});

/** The hint as it reaches the window: through the status main sends, checked by its schema. */
function hintOf(report: SyncReport, email: string): string {
  const status = SyncStatusSchema.parse(
    combinedStatus([{ email, running: false, retry: null, lastReport: report }], {
      paused: false,
      reset: null,
      refused: 0,
    }),
  );
  const error = status.lastResult?.error;
  if (!error) throw new Error('no error in the status');
  return syncFailureText(error);
}

test('a sign-in Google refused reads in French, Google’s words kept inside', async () => {
  w = await startSyncWorld();
  await w.engine.syncAll();
  await w.admin('refresh-tokens/revoke', { email: w.email });
  const report = await w.engine.syncAll();
  expect(report.error?.code).toBe('auth');
  const google = String(report.error?.said?.values.detail);
  expect(google.length).toBeGreaterThan(0);
  expect(report.error?.message).toBe(`Google refused the sign-in: ${google}`);

  setActiveLocale(french);
  expect(hintOf(report, w.email)).toBe(`Google a refusé la connexion : ${google}`);
  const line = (await w.log()).filter((l) => l.code === 'sync').at(-1);
  expect(line?.message).toContain(`(Google refused the sign-in: ${google})`);
  expect(lineText(line!, french.t)).toMatch(
    /^La synchronisation a échoué après \d+ ms \(Google a refusé la connexion : /,
  );
});

test('an unexpected failure reads in French, the error’s own text kept inside', async () => {
  w = await startSyncWorld({
    engine: {
      account: {
        authorizedClient: () => Promise.reject(new Error('keychain locked')),
        reportAuthFailure: async () => {},
      },
    },
  });
  const report = await w.engine.syncAll();
  expect(report.error).toMatchObject({
    code: 'failed',
    message: 'Sync stopped on an unexpected error: keychain locked',
  });
  expect(hintOf(report, w.email)).toBe('Sync stopped on an unexpected error: keychain locked');
  setActiveLocale(french);
  expect(hintOf(report, w.email)).toBe(
    'La synchronisation s’est arrêtée sur une erreur inattendue : keychain locked',
  );
  const line = (await w.log()).find((l) => l.code === 'sync');
  expect(lineText(line!, french.t)).toMatch(
    /^La synchronisation a échoué après \d+ ms \(une erreur inattendue : keychain locked\)/,
  );
});

test('a sync the window’s database did not answer reads in French in the log', async () => {
  // The window that holds the database is gone: main's call to it fails at once, in a sentence.
  const gone = await new RemoteLocalStore({ send: () => false }).calendarSnapshot('x').then(
    () => new Error('answered'),
    (error: unknown) => error as Error,
  );
  expect(gone.message).toBe('No Almanac window is open to hold the local calendar.');
  const db = openDatabase(`sync-failure-words-${process.pid}`);
  await db.open();
  const store = createDexieLocalStore(db);
  w = await startSyncWorld({
    engine: { store: { ...store, calendarSnapshot: () => Promise.reject(gone) } },
  });
  const report = await w.engine.syncAll();
  const line = (await db.syncLog.toArray()).find((l) => l.code === 'sync');
  expect(line?.message).toMatch(
    /\(an unexpected error: No Almanac window is open to hold the local calendar\.\)/,
  );
  expect(lineText(line!, french.t)).toMatch(
    /\(une erreur inattendue : Aucune fenêtre d’Almanac n’est ouverte pour tenir l’agenda local\.\)/,
  );
  // The toolbar's hint words the same sentence, the reason inside worded too.
  setActiveLocale(french);
  expect(hintOf(report, w.email)).toBe(
    'La synchronisation s’est arrêtée sur une erreur inattendue : Aucune fenêtre d’Almanac n’est ouverte pour tenir l’agenda local.',
  );
  db.close();
});

// A cycle with no account to sign in with fails with Almanac's own words, kept as a sentence,
// so the log pane reads it in the person's language like every other line.
import { afterEach, expect, test } from 'vitest';
import { conventionsFor } from '../../../src-preload/locale';
import { localeFor } from '../../../src-renderer/i18n/active-locale';
import { lineText } from '../../../src-renderer/i18n/log-line-words';
import { startSyncWorld, type SyncWorld } from './harness';

let w: SyncWorld;
afterEach(() => w.close());

test('a cycle with no account signed in logs why, worded in French in the pane', async () => {
  w = await startSyncWorld({
    engine: { account: { authorizedClient: async () => null, reportAuthFailure: async () => {} } },
  });
  const report = await w.engine.syncAll();
  expect(report.error).toEqual({
    code: 'not-connected',
    message: 'Google Calendar is not connected.',
  });
  const line = (await w.db.syncLog.toArray()).find((l) => l.code === 'sync');
  expect(line?.message).toMatch(/^Sync failed after \d+ ms \(Google Calendar is not connected\.\)/);
  const french = localeFor(
    conventionsFor({ language: 'fr-FR', timeFormat: 'region', weekStartsOn: 'region' }, []),
  );
  expect(lineText(line!, french.t)).toContain('Google Agenda n’est pas connecté.');
});

// A window that lends its database to an app already running (a reload, a window opened
// again, another browser profile on the browser shell) gets what changed on Google while it
// was away at once, as a window opened with the app does: not at the next interval, which
// is minutes off.
import { describe, expect, test, vi } from 'vitest';
import { ADA, BOB, slot, twoAccounts } from './two-accounts-world';

const w = twoAccounts();

describe('a window lending its database again', () => {
  test('has every scheduled account sync at once, with what Google changed while it was away', async () => {
    await w.connect(ADA);
    await w.connect(BOB);
    await w.syncNow();
    expect(await w.local()).toEqual([`${ADA}: Ada work`, `${BOB}: Bob home`]);

    w.app.sync.setStoreAvailable(false);
    await w.admin('events', { calendarId: ADA, events: [{ summary: 'Ada later', ...slot(3) }] });
    await w.admin('events', { calendarId: BOB, events: [{ summary: 'Bob later', ...slot(4) }] });
    w.app.sync.setStoreAvailable(true);

    await vi.waitFor(
      async () =>
        expect(await w.local()).toEqual([
          `${ADA}: Ada later`,
          `${ADA}: Ada work`,
          `${BOB}: Bob home`,
          `${BOB}: Bob later`,
        ]),
      { timeout: 5_000, interval: 50 },
    );
  });
});

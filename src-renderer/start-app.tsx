// The interface, loaded by main.tsx once the first view's events are being read: lend the
// database to the sync engine in main, start the reminders, expose the database for tests and
// benchmarks (test builds only), and mount the app on the database main.tsx opened, so every
// component reads the same one.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { getApi } from './bridge';
import type { AlmanacDatabase } from './db/database';
import { createDexieLocalStore } from './db/local-store';
import { nudgeSyncOnLocalChanges } from './sync/useSyncStatus';
import { startReminders } from './reminders/start-reminders';
import { exposeForTests } from './test-hooks';

export function startApp(db: AlmanacDatabase): void {
  // Reminders run for the life of the page (Electron hides it to the tray instead of closing it).
  const reminders = startReminders(db, getApi());
  exposeForTests(db, reminders);
  // The sync engine in main reads and writes the calendar through this window's database.
  try {
    getApi().serveLocalStore(createDexieLocalStore(db));
    nudgeSyncOnLocalChanges(db);
  } catch (error) {
    // Without a bridge the calendar still works here; only sync waits.
    console.error('Almanac could not lend its database to sync:', error);
  }

  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <App db={db} reminders={reminders} />
      </StrictMode>,
    );
  }
}

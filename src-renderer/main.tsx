// The renderer's entry: open the local database once, lend it to the sync engine in main,
// expose it for tests and benchmarks, and mount the app. The database opens before React so every component reads the same one.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { getApi } from './bridge';
import { openDatabase } from './db/database';
import type { AlmanacDatabase } from './db/database';
import { createDexieLocalStore } from './db/local-store';
import { nudgeSyncOnLocalChanges } from './sync/useSyncStatus';
import './styles/theme.css';
import './styles/layout.css';
import './styles/toolbar.css';
import './styles/mini-month.css';
import './styles/grid.css';
import './styles/dialogs.css';
import './styles/editor.css';
import './styles/preferences.css';

declare global {
  interface Window {
    /** Test and benchmark hook: the opened database, so they can seed events without the UI. */
    __almanac?: { db: AlmanacDatabase };
  }
}

const db = openDatabase();
window.__almanac = { db };
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
      <App db={db} />
    </StrictMode>,
  );
}

// The renderer's entry: open the local database once (and start reading the weeks around the
// day the window opens on), lend it to the sync engine in main, expose it for tests and
// benchmarks (test builds only), and mount the app. The database opens before React so every
// component reads the same one.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { getApi } from './bridge';
import { openDatabase } from './db/database';
import { readAheadFrom } from './db/event-window';
import { rememberedPlace } from './calendar/model/anchor-date';
import { osTimeZone, todayIn } from './calendar/model/display-dates';
import { createDexieLocalStore } from './db/local-store';
import { nudgeSyncOnLocalChanges } from './sync/useSyncStatus';
import { startReminders } from './reminders/start-reminders';
import { exposeForTests } from './test-hooks';
import './styles/theme.css';
import './styles/layout.css';
import './styles/toolbar.css';
import './styles/mini-month.css';
import './styles/grid.css';
import './styles/month-grid.css';
import './styles/dialogs.css';
import './styles/editor.css';
import './styles/preferences.css';

const db = openDatabase();
// The first view's events are read while the rest of the page starts (and main answers with
// the settings), so the grid finds them in memory.
readAheadFrom(db, rememberedPlace().date ?? todayIn(osTimeZone()));
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

// React's first render holds the page's thread for a few hundred milliseconds, and an open
// database answered after it would start the first weeks' read only then: the app mounts once
// the database is open and that read is asked of IndexedDB, which reads while React renders.
const mount = () => {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App db={db} reminders={reminders} />
    </StrictMode>,
  );
};
db.open().then(
  () => setTimeout(mount),
  // A database that cannot open says why in the app, as any read of it does.
  () => mount(),
);

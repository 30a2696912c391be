// The renderer's entry: open the local database once and start reading the weeks around the
// day the window opens on, then load the interface, a chunk of its own. The entry holds little
// more than Dexie, so IndexedDB reads the first view's events while the browser still fetches
// and compiles the interface (about half a second of a cold open on a busy two-core machine)
// instead of after it; the grid then finds them in memory.
import { openDatabase } from './db/database';
import { readAheadFrom } from './db/event-window';
import { rememberedPlace } from './calendar/model/anchor-date';
import './styles/theme.css';
import './styles/layout.css';
import './styles/toolbar.css';
import './styles/mini-month.css';
import './styles/grid.css';
import './styles/dialogs.css';
import './styles/editor.css';
import './styles/preferences.css';

const db = openDatabase();
readAheadFrom(db, rememberedPlace().date);
import('./start-app').then(
  ({ startApp }) => startApp(db),
  (error: unknown) => {
    // A chunk that cannot load is a broken install or a dropped connection to the shell.
    console.error('Almanac could not load its interface:', error);
    const root = document.getElementById('root');
    if (root)
      root.textContent = 'Almanac could not load its interface. Reload the window to try again.';
  },
);

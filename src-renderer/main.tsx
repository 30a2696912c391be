// The renderer's entry: open the local database once, expose it for tests and benchmarks,
// and mount the app. The database opens before React so every component reads the same one.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { openDatabase } from './db/database';
import type { AlmanacDatabase } from './db/database';
import './styles/app.css';

declare global {
  interface Window {
    /** Test and benchmark hook: the opened database, so they can seed events without the UI. */
    __almanac?: { db: AlmanacDatabase };
  }
}

const db = openDatabase();
window.__almanac = { db };

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App db={db} />
    </StrictMode>,
  );
}

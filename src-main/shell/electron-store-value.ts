// Persistence for the Electron shell's small JSON documents (settings, the Google client
// configuration): one electron-store file in the user's app-data folder, written atomically,
// each document under its own key and exposed as a StoredValue so the services do not know
// which shell they run in. Validation stays with the services that read the values.
import { ipcMain } from 'electron';
import ElectronStore from 'electron-store';
import type { StoredValue } from '../settings/stored-value';

let store: ElectronStore<Record<string, unknown>> | null = null;

export function electronStoreValue<T>(key: string): StoredValue<T> {
  return {
    read: () => openStore().get(key),
    write: (value: T) => openStore().set(key, value),
  };
}

function openStore(): ElectronStore<Record<string, unknown>> {
  if (!store) {
    store = new ElectronStore<Record<string, unknown>>({
      name: 'almanac',
      clearInvalidConfig: true,
    });
    // electron-store answers a synchronous IPC from any renderer with our app-data path, for
    // its renderer-side API. We never use that, and every IPC door left shut is one less to guard.
    ipcMain.removeAllListeners('electron-store-get-data');
  }
  return store;
}

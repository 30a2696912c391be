// Electron's machine-level abilities, wrapped in the small interfaces the plain-Node services
// take: opening the user's browser, the OS keychain for secrets (safeStorage),
// where app data lives, and hearing about sleep and wake. The browser shell and the tests
// pass their own versions of the same interfaces.
import path from 'node:path';
import { app, powerMonitor, safeStorage, shell } from 'electron';
import type { NotificationName, NotificationOf } from '../../src-preload/contract';
import type { LocalStore } from '../../src-preload/local-store';
import type { GoogleConfig } from '../auth/google-account';
import { TokenVault } from '../auth/token-vault';
import type { Cipher } from '../auth/token-vault';
import { googleEndpoints } from '../google/endpoints';
import type { ShellCapabilities } from '../services';
import { electronStoreValue } from './electron-store-value';
import { externalUrl, googleOverride, isSignInUrl } from './trusted-url';

/** Moments worth syncing at (for the scheduler of a later issue). */
export interface PowerEvents {
  onResume(listener: () => void): () => void;
}

/** Builds the capabilities once the app is ready (safeStorage and app paths need 'ready'). */
export function electronCapabilities(
  notify: <N extends NotificationName>(name: N, payload: NotificationOf<N>) => void,
  localStore: LocalStore,
): ShellCapabilities {
  const endpoints = googleEndpoints(googleOverride(process.env, app.isPackaged));
  return {
    appInfo: {
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      shell: 'electron',
      locales: systemLocales(),
    },
    settingsBackend: electronStoreValue('settings'),
    openExternal: openInBrowser,
    google: {
      endpoints,
      config: electronStoreValue<GoogleConfig>('google'),
      vault: new TokenVault(path.join(app.getPath('userData'), 'vault.json'), safeStorageCipher()),
      reset: electronStoreValue('reset'),
      openSignInPage: async (url) => isSignInUrl(url, endpoints.authUrl) && launch(url),
    },
    localStore,
    notify,
  };
}

/**
 * The languages the person set in the OS, most wanted first, then the locale Electron chose
 * for the app: what the interface writes dates in until Preferences names a language.
 */
export function systemLocales(): string[] {
  const preferred =
    typeof app.getPreferredSystemLanguages === 'function' ? app.getPreferredSystemLanguages() : [];
  return [...new Set([...preferred, app.getLocale()].filter(Boolean))].slice(0, 20);
}

/** Only https, re-checked here because this is the last step before the OS launches something. */
export async function openInBrowser(url: string): Promise<boolean> {
  const safe = externalUrl(url);
  return safe !== null && launch(safe);
}

/**
 * The token vault's cipher: Keychain on macOS, DPAPI on Windows, libsecret or KWallet on
 * Linux. When Linux has no secret service Electron falls back to a hard-coded key
 * ('basic_text'); the vault still works, but the user is told.
 */
export function safeStorageCipher(): Cipher {
  return {
    get backend() {
      return storageBackend();
    },
    get weakness() {
      // No GNOME Keyring or KWallet: the key is one built into Electron.
      return storageBackend() === 'basic_text' ? 'no-keychain' : null;
    },
    encrypt: async (plain) => (await safeStorage.encryptStringAsync(plain)).toString('base64'),
    decrypt: async (cipherText) =>
      (await safeStorage.decryptStringAsync(Buffer.from(cipherText, 'base64'))).result,
  };
}

export const electronPowerEvents: PowerEvents = {
  onResume(listener) {
    powerMonitor.on('resume', listener);
    return () => powerMonitor.off('resume', listener);
  },
};

function storageBackend(): string {
  if (process.platform === 'darwin') return 'keychain';
  if (process.platform === 'win32') return 'dpapi';
  return safeStorage.getSelectedStorageBackend();
}

async function launch(url: string): Promise<boolean> {
  try {
    await shell.openExternal(url, { activate: true });
    return true;
  } catch {
    return false;
  }
}

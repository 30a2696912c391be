// What the browser shell keeps in its data folder (`--data-dir`): settings, the Google
// configuration, the encrypted sign-in and its key, an unfinished Reset Account and main's
// log, each under a name of its own. One place names them, so the shell, the demo and tests
// that restart the app on the same folder all read what the others wrote, and so the folder
// can be kept private: created 0700 with 0600 files, and tightened when an older version
// left it readable by others.
import { join } from 'node:path';
import type { GoogleConfig } from '../auth/google-account';
import { fileKeyCipher } from '../auth/file-key-cipher';
import { TokenVault } from '../auth/token-vault';
import { jsonFileBackend } from '../settings/json-file-backend';
import type { SettingsBackend } from '../settings/settings-service';
import type { StoredValue } from '../settings/stored-value';
import type { SavedReset } from '../sync/reset';
import { makePrivate } from './private-folder';

const DATA_FILES = {
  settings: 'settings.json',
  google: 'google.json',
  vault: 'vault.json',
  key: 'vault.key',
  reset: 'reset.json',
} as const;
export const LOG_FOLDER = 'logs';

export interface DataFolderStores {
  settingsBackend: SettingsBackend;
  config: StoredValue<GoogleConfig>;
  vault: TokenVault;
  reset: StoredValue<SavedReset>;
}

/**
 * Opens the stores of `dataDir`, making the folder private first. `note` hears what was
 * repaired on the way (the shell logs it). Throws, with a message for the person, when the
 * key file cannot be trusted.
 */
export function dataFolderStores(
  dataDir: string,
  note: (message: string) => void = () => undefined,
): DataFolderStores {
  makePrivate(dataDir, [...Object.values(DATA_FILES)], LOG_FOLDER).forEach(note);
  const at = (name: string) => join(dataDir, name);
  return {
    settingsBackend: jsonFileBackend(at(DATA_FILES.settings)),
    config: jsonFileBackend(at(DATA_FILES.google)),
    // Without a system keychain, the key sits in the same folder (the UI warns about it).
    vault: new TokenVault(at(DATA_FILES.vault), fileKeyCipher(at(DATA_FILES.key), note)),
    reset: jsonFileBackend(at(DATA_FILES.reset)),
  };
}

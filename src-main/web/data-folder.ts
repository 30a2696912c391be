// What the browser shell keeps in its data folder (`--data-dir`): settings, the Google
// configuration, the encrypted sign-in and an unfinished Reset Account, each a file of its
// own. One place names them, so the shell, the demo and tests that restart the app on the
// same folder all read what the others wrote.
import { join } from 'node:path';
import type { GoogleConfig } from '../auth/google-account';
import { fileKeyCipher } from '../auth/file-key-cipher';
import { TokenVault } from '../auth/token-vault';
import { jsonFileBackend } from '../settings/json-file-backend';
import type { SettingsBackend } from '../settings/settings-service';
import type { StoredValue } from '../settings/stored-value';
import type { SavedReset } from '../sync/reset';

export interface DataFolderStores {
  settingsBackend: SettingsBackend;
  config: StoredValue<GoogleConfig>;
  vault: TokenVault;
  reset: StoredValue<SavedReset>;
}

export function dataFolderStores(dataDir: string): DataFolderStores {
  return {
    settingsBackend: jsonFileBackend(join(dataDir, 'settings.json')),
    config: jsonFileBackend(join(dataDir, 'google.json')),
    // Without a system keychain, the key sits in the same folder (the UI warns about it).
    vault: new TokenVault(join(dataDir, 'vault.json'), fileKeyCipher(join(dataDir, 'vault.key'))),
    reset: jsonFileBackend(join(dataDir, 'reset.json')),
  };
}

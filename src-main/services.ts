// The main process's services, assembled once per shell. Everything Electron-specific
// arrives through `ShellCapabilities`, so the same handlers run in Electron, in the
// browser shell and in tests.
import type { AppInfo } from '../src-preload/contract';
import { UserFacingError } from './ipc/dispatch';
import type { Handlers } from './ipc/dispatch';
import { SettingsService } from './settings/settings-service';
import type { SettingsBackend } from './settings/settings-service';

export interface ShellCapabilities {
  appInfo: AppInfo;
  settingsBackend: SettingsBackend;
  /** Opens an https URL in the user's browser; false when it could not. */
  openExternal(url: string): Promise<boolean>;
}

export interface Services {
  settings: SettingsService;
  handlers: Handlers;
}

export function createServices(shell: ShellCapabilities): Services {
  const settings = new SettingsService(shell.settingsBackend);
  const handlers: Handlers = {
    'app:info': () => shell.appInfo,
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
    'shell:open-external': async ({ url }) => {
      if (!(await shell.openExternal(url))) throw new UserFacingError('open-failed', `Could not open ${url} in your browser. Copy the address instead.`);
      return null;
    },
  };
  return { settings, handlers };
}

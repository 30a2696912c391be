// Windows knows Almanac by its AppUserModelID (electron-builder's appId) and hears its toast
// buttons through a fixed toast activator CLSID, set first so both land in one registration.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  APP_USER_MODEL_ID,
  TOAST_ACTIVATOR_CLSID,
  registerWindowsIdentity,
} from '../../../src-main/shell/windows-identity';

function standInApp() {
  const calls: [string, string][] = [];
  return {
    calls,
    app: {
      setToastActivatorCLSID: (id: string) => void calls.push(['clsid', id]),
      setAppUserModelId: (id: string) => void calls.push(['aumid', id]),
    },
  };
}

describe('Windows identity for notifications', () => {
  it('on Windows, sets the toast activator CLSID and then the AppUserModelID', () => {
    const { app, calls } = standInApp();
    registerWindowsIdentity(app, 'win32');
    expect(calls).toEqual([
      ['clsid', TOAST_ACTIVATOR_CLSID],
      ['aumid', APP_USER_MODEL_ID],
    ]);
    expect(TOAST_ACTIVATOR_CLSID).toMatch(
      /^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/,
    );
  });

  it('is the appId the installer writes into the Start-menu shortcut', () => {
    const config = readFileSync('electron-builder.yml', 'utf8');
    expect(config).toMatch(new RegExp(`^appId: ${APP_USER_MODEL_ID.replace(/\./g, '\\.')}$`, 'm'));
  });

  it('does nothing elsewhere', () => {
    for (const platform of ['darwin', 'linux'] as const) {
      const { app, calls } = standInApp();
      registerWindowsIdentity(app, platform);
      expect(calls).toEqual([]);
    }
  });
});

// How Windows knows Almanac for its notifications. A toast shows only for an app with an
// AppUserModelID (electron-builder's appId, which the installer's Start-menu shortcut
// carries), and a click on one of its buttons reaches Electron's 'action' event only when the
// app has a fixed toast activator CLSID, set before the AppUserModelID so that both are
// written into the same registration. Without it Electron generates a new CLSID each run,
// and Windows, finding none registered for the shortcut, drops the buttons' clicks.
import type { App } from 'electron';

export const APP_USER_MODEL_ID = 'app.almanac.desktop';
/** Almanac's own, fixed for good: a new one would orphan the registration of installed copies. */
export const TOAST_ACTIVATOR_CLSID = '{5B0B1E9C-3C52-4E39-9A43-7F7A1D0C2E61}';

export function registerWindowsIdentity(
  app: Pick<App, 'setAppUserModelId' | 'setToastActivatorCLSID'>,
  platform: NodeJS.Platform,
): void {
  if (platform !== 'win32') return;
  app.setToastActivatorCLSID(TOAST_ACTIVATOR_CLSID);
  app.setAppUserModelId(APP_USER_MODEL_ID);
}

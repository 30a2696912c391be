// How Almanac lives on the desktop: what closing the window does, whether a start was the
// login start (which begins in the tray), and "Open at login" through Electron's login-item
// settings (macOS and Windows) or, on Linux, where Electron has none, the XDG autostart
// entry desktop environments read. The decisions are pure; `applyOpenAtLogin` does the deed.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { app } from 'electron';

/** The argument a login start carries (Windows and Linux; macOS says so itself). */
export const HIDDEN_ARG = '--hidden';

/**
 * Closing the window: hide it (Almanac keeps running, sync and reminders go on) or let it
 * close. macOS apps keep running with no window, so there it always hides; elsewhere it
 * follows "Keep running when the window is closed". Quitting always closes.
 */
export function closeAction(state: {
  platform: NodeJS.Platform;
  keepRunning: boolean;
  quitting: boolean;
}): 'hide' | 'close' {
  if (state.quitting) return 'close';
  if (state.platform === 'darwin') return 'hide';
  return state.keepRunning ? 'hide' : 'close';
}

/** Whether this start came from "Open at login": then the window waits in the tray. */
export function startedAtLogin(argv: string[], wasOpenedAtLogin: boolean): boolean {
  return wasOpenedAtLogin || argv.includes(HIDDEN_ARG);
}

/** The XDG autostart entry that starts `command` (program and arguments), in the tray, at login. */
export function autostartEntry(command: string[]): string {
  // The Exec key's quoting: arguments with spaces or specials in double quotes, escaped.
  const exec = [...command, HIDDEN_ARG]
    .map((arg) => (/[\s"'\\`$]/.test(arg) ? `"${arg.replace(/(["\\`$])/g, '\\$1')}"` : arg))
    .join(' ');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Almanac',
    'Comment=A desktop calendar in step with Google Calendar',
    `Exec=${exec}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export function autostartFile(env: NodeJS.ProcessEnv = process.env): string {
  const config = env.XDG_CONFIG_HOME || path.join(homedir(), '.config');
  return path.join(config, 'autostart', 'almanac.desktop');
}

/** Turns "Open at login" on or off for this system. */
export async function applyOpenAtLogin(openAtLogin: boolean): Promise<void> {
  // Unpackaged (npm start), Electron itself runs and must be told which app.
  const appArgs = app.isPackaged ? [] : [app.getAppPath()];
  if (process.platform === 'darwin' || process.platform === 'win32') {
    app.setLoginItemSettings({ openAtLogin, args: [...appArgs, HIDDEN_ARG] });
    return;
  }
  const file = autostartFile();
  if (!openAtLogin) return rm(file, { force: true });
  // An AppImage runs from a temporary mount; its own file is what must start.
  const program = process.env.APPIMAGE || process.execPath;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, autostartEntry([program, ...appArgs]), 'utf8');
}

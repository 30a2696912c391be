// Living on the desktop: what closing the window does on each platform, a login start, and
// "Open at login" through Electron's login-item settings or Linux's autostart entry.
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const setLoginItemSettings = vi.hoisted(() => vi.fn());
vi.mock('electron', () => ({
  app: {
    isPackaged: true,
    getAppPath: () => '/opt/almanac/resources/app.asar',
    setLoginItemSettings,
  },
}));

const { applyOpenAtLogin, autostartEntry, closeAction, startedAtLogin } =
  await import('../../../src-main/shell/desktop-life');

describe('closing the window', () => {
  it('hides it while Almanac keeps running; closes it when the user quits or turned that off', () => {
    expect(closeAction({ platform: 'linux', keepRunning: true, quitting: false })).toBe('hide');
    expect(closeAction({ platform: 'win32', keepRunning: false, quitting: false })).toBe('close');
    expect(closeAction({ platform: 'linux', keepRunning: true, quitting: true })).toBe('close');
    // macOS apps keep running without a window, whatever the setting.
    expect(closeAction({ platform: 'darwin', keepRunning: false, quitting: false })).toBe('hide');
    expect(closeAction({ platform: 'darwin', keepRunning: true, quitting: true })).toBe('close');
  });

  it('a login start is told by its argument, or by macOS', () => {
    expect(startedAtLogin(['/usr/bin/almanac', '--hidden'], false)).toBe(true);
    expect(startedAtLogin(['/usr/bin/almanac'], true)).toBe(true);
    expect(startedAtLogin(['/usr/bin/almanac'], false)).toBe(false);
  });
});

describe('Open at login', () => {
  const platform = process.platform;
  const env = { ...process.env };
  afterEach(() => {
    Object.defineProperty(process, 'platform', { value: platform });
    process.env = { ...env };
    setLoginItemSettings.mockClear();
  });

  it('on Linux writes and removes the XDG autostart entry, quoting the program', async () => {
    Object.defineProperty(process, 'platform', { value: 'linux' });
    const config = mkdtempSync(path.join(tmpdir(), 'almanac-autostart-'));
    process.env.XDG_CONFIG_HOME = config;
    process.env.APPIMAGE = '/home/ada/Apps/Almanac 1.0.AppImage';
    const file = path.join(config, 'autostart', 'almanac.desktop');
    await applyOpenAtLogin(true);
    const entry = readFileSync(file, 'utf8');
    expect(entry).toContain('[Desktop Entry]');
    expect(entry).toContain('Exec="/home/ada/Apps/Almanac 1.0.AppImage" --hidden\n');
    await applyOpenAtLogin(false);
    expect(existsSync(file)).toBe(false);
    expect(setLoginItemSettings).not.toHaveBeenCalled();
  });

  it('on macOS and Windows goes through Electron’s login-item settings, starting hidden', async () => {
    Object.defineProperty(process, 'platform', { value: 'win32' });
    await applyOpenAtLogin(true);
    expect(setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true, args: ['--hidden'] });
    Object.defineProperty(process, 'platform', { value: 'darwin' });
    await applyOpenAtLogin(false);
    expect(setLoginItemSettings).toHaveBeenLastCalledWith({
      openAtLogin: false,
      args: ['--hidden'],
    });
  });

  it('escapes what the Exec key treats as special', () => {
    expect(autostartEntry(['/usr/bin/almanac'])).toContain('Exec=/usr/bin/almanac --hidden\n');
    expect(autostartEntry(['/opt/a"b$c/almanac'])).toContain(
      'Exec="/opt/a\\"b\\$c/almanac" --hidden',
    );
  });
});

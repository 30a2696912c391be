// Every security switch of the main window, pinned so an edit or an Electron default cannot flip it.
import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../src-main/shell/window';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions({
    preloadPath: '/app/out/preload/electron.cjs',
    devTools: false,
  });

  it('isolates and sandboxes the renderer, with no Node anywhere', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and the risky features off', () => {
    expect(options.webPreferences).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('turns spellcheck off, so Chromium fetches no dictionary from Google', () => {
    expect(options.webPreferences.spellcheck).toBe(false);
  });

  it('keeps timers on time while the window is hidden to the tray (reminders)', () => {
    expect(options.webPreferences.backgroundThrottling).toBe(false);
  });

  it('loads our bundled preload and offers DevTools only when asked', () => {
    expect(options.webPreferences.preload).toBe('/app/out/preload/electron.cjs');
    expect(options.webPreferences.devTools).toBe(false);
    expect(mainWindowOptions({ preloadPath: '/p', devTools: true }).webPreferences.devTools).toBe(
      true,
    );
  });

  it('stays hidden until the first paint and sets the icon only when there is one', () => {
    expect(options.show).toBe(false);
    expect(options).not.toHaveProperty('icon');
    expect(
      mainWindowOptions({ preloadPath: '/p', devTools: false, iconPath: '/i.png' }),
    ).toMatchObject({ icon: '/i.png' });
  });
});

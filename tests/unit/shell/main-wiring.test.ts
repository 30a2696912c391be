// main.ts against a stand-in for Electron: checks that the pure guards are actually plugged
// into Electron's hooks (a guard nobody calls protects nothing). Each assertion drives the
// hook main.ts registered and looks at what it decided.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../../src-preload/contract';
import { FakeNotification, FakeTray } from './electron-stand-in';
import { STORE_PORT_CHANNEL } from '../../../src-main/shell/local-store-port';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const appRoot = '';
  return {
    appRoot,
    order: [] as string[],
    appListeners: new Map<string, Listener>(),
    handles: new Map<string, Listener>(),
    ipcOn: new Map<string, Listener>(),
    protocolHandler: null as null | ((request: Request) => Promise<Response>),
    permissionRequest: null as null | Listener,
    permissionCheck: null as null | Listener,
    headers: null as null | Listener,
    windows: [] as { options: unknown; url: string; send: ReturnType<typeof vi.fn> }[],
    menu: null as null | { label?: string; click?: () => void; submenu?: unknown[] }[],
    /** The BrowserWindow objects themselves, to close, hide and show. */
    live: [] as {
      listeners: Map<string, Listener>;
      visible: boolean;
      hide(): void;
      webContents: {
        send: ReturnType<typeof vi.fn>;
        reload: ReturnType<typeof vi.fn>;
        listeners: Map<string, Listener>;
      };
    }[],
    openExternal: vi.fn(async () => undefined),
  };
});

vi.mock('electron', async () => {
  const app = {
    getAppPath: () => fake.appRoot,
    getPath: () => path.join(fake.appRoot, 'user-data'),
    getName: () => 'Almanac',
    getVersion: () => '0.0.0-test',
    getPreferredSystemLanguages: () => ['fr-CA', 'en-US'],
    getLocale: () => 'fr',
    isPackaged: true,
    isReady: () => true,
    enableSandbox: () => fake.order.push('enableSandbox'),
    requestSingleInstanceLock: () => (fake.order.push('lock'), true),
    whenReady: () => (fake.order.push('whenReady'), Promise.resolve()),
    on: (event: string, listener: Listener) => fake.appListeners.set(event, listener),
    quit: vi.fn(),
    exit: vi.fn(),
    getLoginItemSettings: () => ({ openAtLogin: false, wasOpenedAtLogin: false }),
    setLoginItemSettings: vi.fn(),
    setAppUserModelId: vi.fn(),
  };
  class BrowserWindow {
    webContents = {
      getURL: () => 'app://almanac/index.html',
      send: vi.fn(),
      reload: vi.fn(),
      isDestroyed: () => false,
      listeners: new Map<string, Listener>(),
      on(event: string, listener: Listener) {
        this.listeners.set(event, listener);
      },
    };
    listeners = new Map<string, Listener>();
    visible = false;
    constructor(options: unknown) {
      fake.windows.push({ options, url: '', send: this.webContents.send });
      fake.live.push(this);
    }
    static getAllWindows = () => fake.live;
    once(event: string, listener: Listener) {
      this.listeners.set(event, listener);
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
    }
    show() {
      this.visible = true;
    }
    hide() {
      this.visible = false;
    }
    focus() {}
    isMinimized() {
      return false;
    }
    restore() {}
    loadURL(url: string) {
      const record = fake.windows.at(-1);
      if (record) record.url = url;
      return Promise.resolve();
    }
  }
  const ipcMain = {
    handle: (channel: string, listener: Listener) => fake.handles.set(channel, listener),
    on: (channel: string, listener: Listener) => fake.ipcOn.set(channel, listener),
    removeAllListeners: vi.fn(),
  };
  const { FakeNotification, FakeTray, fakeNativeImage } = await import('./electron-stand-in');
  const electron = {
    app,
    BrowserWindow,
    ipcMain,
    Notification: FakeNotification,
    Tray: FakeTray,
    nativeImage: fakeNativeImage,
    Menu: {
      buildFromTemplate: (t: unknown) => t,
      setApplicationMenu: (menu: NonNullable<typeof fake.menu>) => (fake.menu = menu),
    },
    dialog: { showErrorBox: vi.fn() },
    protocol: {
      registerSchemesAsPrivileged: () => fake.order.push('registerSchemes'),
      handle: (_scheme: string, handler: (request: Request) => Promise<Response>) =>
        (fake.protocolHandler = handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Listener) => (fake.permissionRequest = h),
        setPermissionCheckHandler: (h: Listener) => (fake.permissionCheck = h),
        setDevicePermissionHandler: vi.fn(),
        webRequest: { onHeadersReceived: (h: Listener) => (fake.headers = h) },
      },
    },
    shell: { openExternal: fake.openExternal },
    safeStorage: { getSelectedStorageBackend: () => 'gnome_libsecret' },
    powerMonitor: { on: vi.fn(), off: vi.fn() },
  };
  return { ...electron, default: electron };
});

// electron-log requires the real electron package, which would try to download Electron's
// binary; the test only needs main.ts to get a logger.
vi.mock('electron-log/main', () => ({
  default: {
    transports: { file: {}, console: {} },
    hooks: [],
    errorHandler: { startCatching: () => undefined },
    info: () => undefined,
    warn: () => undefined,
    error: () => undefined,
  },
}));

// electron-store lives in node_modules, where vitest does not apply the mock above.
vi.mock('electron-store', () => ({
  default: class {
    private readonly values = new Map<string, unknown>();
    get(key: string) {
      return this.values.get(key);
    }
    set(key: string, value: unknown) {
      this.values.set(key, value);
    }
  },
}));

fake.appRoot = mkdtempSync(path.join(tmpdir(), 'almanac-app-'));
mkdirSync(path.join(fake.appRoot, 'dist', 'renderer'), { recursive: true });
writeFileSync(
  path.join(fake.appRoot, 'dist', 'renderer', 'index.html'),
  '<!doctype html><title>Almanac</title>',
);
writeFileSync(path.join(fake.appRoot, 'secret.txt'), 'not for the renderer');

// "Open at login" on Linux writes an autostart entry: into a folder of the test's own.
process.env.XDG_CONFIG_HOME = mkdtempSync(path.join(tmpdir(), 'almanac-config-'));
await import('../../../src-main/shell/main');
await vi.waitFor(() => expect(fake.windows).toHaveLength(1));

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: Listener = () => ({ action: 'allow' });
  return {
    contents: {
      on: (event: string, l: Listener) => listeners.set(event, l),
      setWindowOpenHandler: (h: Listener) => (openHandler = h),
    },
    emit: (event: string, details: Record<string, unknown>) => {
      const prevented = vi.fn();
      listeners.get(event)?.({ ...details, preventDefault: prevented });
      return prevented.mock.calls.length > 0;
    },
    open: (url: string) => openHandler({ url }),
  };
}

describe('main.ts wiring', () => {
  it('registers the scheme and the sandbox before waiting for ready, and takes the single-instance lock', () => {
    expect(fake.order.indexOf('registerSchemes')).toBeLessThan(fake.order.indexOf('whenReady'));
    expect(fake.order.indexOf('enableSandbox')).toBeLessThan(fake.order.indexOf('whenReady'));
    expect(fake.order).toContain('lock');
    expect(fake.appListeners.has('second-instance')).toBe(true);
  });

  it('opens the window on app://almanac/ with the hardened options (packaged: no dev server, no DevTools)', () => {
    const [window] = fake.windows;
    expect(window?.url).toBe('app://almanac/index.html');
    expect(window?.options).toMatchObject({
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        devTools: false,
      },
    });
  });

  it('handles every contract channel, and refuses senders that are not our page', async () => {
    expect([...fake.handles.keys()].sort()).toEqual(Object.keys(channels).sort());
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(await fake.handles.get('settings:get')?.(foreign, null)).toMatchObject({
      ok: false,
      error: { code: 'untrusted-sender' },
    });
    const ours = { senderFrame: { url: 'app://almanac/index.html', parent: null } };
    expect(await fake.handles.get('app:info')?.(ours, null)).toMatchObject({
      ok: true,
      value: { shell: 'electron' },
    });
  });

  it("tells the page the OS's languages, most wanted first, then the locale Electron chose", async () => {
    const ours = { senderFrame: { url: 'app://almanac/index.html', parent: null } };
    expect(await fake.handles.get('app:info')?.(ours, null)).toMatchObject({
      ok: true,
      value: { locales: ['fr-CA', 'en-US', 'fr'] },
    });
  });

  it('serves the renderer over app:// with the CSP, and nothing outside it', async () => {
    const handler = fake.protocolHandler!;
    const page = await handler(new Request('app://almanac/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('Almanac');
    expect((await handler(new Request('app://almanac/..%2fsecret.txt'))).status).toBe(403);
    expect((await handler(new Request('app://almanac/missing.js'))).status).toBe(404);
  });

  it('denies every permission request and check', () => {
    const callback = vi.fn();
    fake.permissionRequest?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(fake.permissionCheck?.({}, 'notifications')).toBe(false);
  });

  it('puts the CSP on every response the session sees', () => {
    const callback = vi.fn();
    fake.headers?.({ responseHeaders: { 'Content-Security-Policy': ['default-src *'] } }, callback);
    expect(callback.mock.calls[0]?.[0].responseHeaders['Content-Security-Policy'][0]).toContain(
      "default-src 'self'",
    );
  });

  // The system here speaks French (fr-CA first), so the menu and the tray do.
  it("the menu's Préférences… tells the window's page to open Preferences (a notification, no script)", () => {
    const items = (fake.menu ?? []).flatMap((m) => (m.submenu ?? []) as typeof fake.menu & {});
    const preferences = items.find((item) => item.label === 'Préférences…');
    preferences?.click?.();
    expect(fake.windows[0]?.send).toHaveBeenCalledWith('app:open-preferences', null);
  });

  it("the menu's Importer… and Exporter… tell the page to open them", () => {
    const items = (fake.menu ?? []).flatMap((m) => (m.submenu ?? []) as typeof fake.menu & {});
    items.find((item) => item.label === 'Importer…')?.click?.();
    items.find((item) => item.label === 'Exporter…')?.click?.();
    expect(fake.windows[0]?.send).toHaveBeenCalledWith('app:import-file', { fromMenu: true });
    expect(fake.windows[0]?.send).toHaveBeenCalledWith('app:export-file', null);
  });

  it('an .ics file opened with Almanac (a second start, or macOS open-file) waits for the page to take it', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'almanac-opened-'));
    const file = path.join(folder, 'holidays.ics');
    writeFileSync(file, 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    const ours = { senderFrame: { url: 'app://almanac/index.html', parent: null } };
    const take = () => fake.handles.get('app:opened-files')?.(ours, null);

    fake.appListeners.get('second-instance')?.({}, ['/usr/bin/almanac', '--flag', file]);
    await vi.waitFor(() =>
      expect(fake.windows[0]?.send).toHaveBeenCalledWith('app:import-file', { fromMenu: false }),
    );
    const taken = (await take()) as { ok: true; value: { name: string; bytes: Uint8Array }[] };
    expect(taken.value.map((f) => f.name)).toEqual(['holidays.ics']);
    expect(new TextDecoder().decode(taken.value[0]!.bytes)).toContain('BEGIN:VCALENDAR');
    expect(await take()).toMatchObject({ ok: true, value: [] });

    const preventDefault = vi.fn();
    fake.appListeners.get('open-file')?.({ preventDefault }, path.join(folder, 'gone.ics'));
    expect(preventDefault).toHaveBeenCalled();
    // Announced once read, like the first.
    const announced = () =>
      fake.windows[0]!.send.mock.calls.filter(
        ([name, payload]) => name === 'app:import-file' && !payload.fromMenu,
      ).length;
    await vi.waitFor(() => expect(announced()).toBe(2));
    const waiting = ((await take()) as { value: unknown[] }).value;
    expect(waiting).toMatchObject([
      {
        name: 'gone.ics',
        problem: 'Could not open “gone.ics”: it no longer exists.',
        why: { code: 'gone' },
      },
    ]);
  });

  it('guards every webContents: navigation, redirects, popups and webviews', async () => {
    const { contents, emit, open } = fakeContents();
    fake.appListeners.get('web-contents-created')?.({}, contents);
    expect(emit('will-navigate', { url: 'app://almanac/index.html' })).toBe(false);
    expect(emit('will-navigate', { url: 'https://example.com/' })).toBe(true);
    expect(emit('will-navigate', { url: 'file:///etc/passwd' })).toBe(true);
    expect(emit('will-redirect', { url: 'https://example.com/' })).toBe(true);
    expect(emit('will-frame-navigate', { url: 'https://example.com/', isMainFrame: false })).toBe(
      true,
    );
    expect(emit('will-attach-webview', {})).toBe(true);
    expect(open('https://example.com/docs')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(fake.openExternal).toHaveBeenCalledTimes(2));
    expect(fake.openExternal.mock.calls.map((call) => (call as unknown[])[0])).toEqual([
      'https://example.com/',
      'https://example.com/docs',
    ]);
  });
});

describe('main.ts: the link to the page', () => {
  const ours = { senderFrame: { url: 'app://almanac/index.html', parent: null } };
  const contents = () => fake.live[0]!.webContents;

  /** The preload's end of a store port, as main.ts receives it; `close` is the link breaking. */
  function handPort() {
    const listeners = new Map<string, Listener>();
    const port = {
      postMessage: vi.fn(),
      on: (event: string, listener: Listener) => listeners.set(event, listener),
      start: vi.fn(),
      close: vi.fn(),
    };
    fake.ipcOn.get(STORE_PORT_CHANNEL)?.({ ...ours, ports: [port] });
    return { port, close: () => listeners.get('close')?.() };
  }

  it('loads the page again when its renderer process dies', () => {
    contents().reload.mockClear();
    contents().listeners.get('did-start-loading')?.();
    handPort();
    contents().listeners.get('render-process-gone')?.({}, { reason: 'crashed', exitCode: 139 });
    expect(contents().reload).toHaveBeenCalledOnce();
  });

  it('loads the page again when its store port breaks while it lives, so it hands a fresh one', () => {
    vi.useFakeTimers();
    try {
      contents().reload.mockClear();
      contents().listeners.get('did-start-loading')?.();
      const first = handPort();
      expect(first.port.start).toHaveBeenCalled();
      first.close();
      vi.advanceTimersByTime(5_000);
      expect(contents().reload).toHaveBeenCalledOnce();
      // The reloaded page's port is the link now; its replacement by a later page is no failure.
      handPort();
      handPort();
      vi.advanceTimersByTime(5_000);
      expect(contents().reload).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('main.ts: living on the desktop', () => {
  const ours = { senderFrame: { url: 'app://almanac/index.html', parent: null } };
  const window = () => fake.live[0]!;

  it('closing the window hides it (Almanac keeps running in the tray); quitting closes it', () => {
    window().listeners.get('ready-to-show')?.();
    expect(window().visible).toBe(true);
    const close = () => {
      const preventDefault = vi.fn();
      window().listeners.get('close')?.({ preventDefault });
      return preventDefault.mock.calls.length > 0;
    };
    expect(close()).toBe(true);
    expect(window().visible).toBe(false);
    // The tray brings it back.
    const tray = FakeTray.created.at(-1)!;
    expect(tray.destroyed).toBe(false);
    tray.pick('Ouvrir Almanac');
    expect(window().visible).toBe(true);
  });

  it('a reminder from the page becomes a system notification whose click opens Almanac on the event', async () => {
    const result = await fake.handles.get('reminders:show')?.(ours, {
      key: 'standup1',
      title: 'Standup',
      body: 'Wed, 10 Jun, 10:00 – 10:15',
      canSnoozeUntilStart: true,
      group: false,
      sound: true,
    });
    // Linux: no buttons on the notification, so the page's panel offers them.
    expect(result).toEqual({ ok: true, value: { shown: true, actions: false } });
    const shown = FakeNotification.created.at(-1)!;
    expect(shown.options).toMatchObject({ title: 'Standup', silent: false });
    window().hide();
    shown.emit('click');
    expect(window().visible).toBe(true);
    expect(window().webContents.send).toHaveBeenCalledWith('reminders:action', {
      key: 'standup1',
      action: 'open',
    });
  });

  it('a language chosen in Preferences turns the menu and the tray to it at once', async () => {
    const tray = FakeTray.created.at(-1)!;
    await fake.handles.get('settings:update')?.(ours, { language: 'en-GB' });
    expect((fake.menu ?? []).map((m) => m.label)).toContain('File');
    expect(tray.labels()).toContain('Quit Almanac');
    await fake.handles.get('settings:update')?.(ours, { language: null });
    expect((fake.menu ?? []).map((m) => m.label)).toContain('Fichier');
    expect(tray.labels()).toContain('Quitter Almanac');
  });

  it('the desktop settings apply at once: no tray and a real close when turned off, Open at login writes the autostart entry', async () => {
    const closes = () => {
      const preventDefault = vi.fn();
      window().listeners.get('close')?.({ preventDefault });
      return preventDefault.mock.calls.length === 0;
    };
    const before = FakeTray.created.at(-1)!;
    await fake.handles.get('settings:update')?.(ours, { keepRunningInTray: false });
    expect(before.destroyed).toBe(true);
    expect(closes()).toBe(true);
    await fake.handles.get('settings:update')?.(ours, { keepRunningInTray: true });
    expect(FakeTray.created.at(-1)).not.toBe(before);
    expect(FakeTray.created.at(-1)!.destroyed).toBe(false);
    expect(closes()).toBe(false);

    const entry = path.join(process.env.XDG_CONFIG_HOME!, 'autostart', 'almanac.desktop');
    await fake.handles.get('settings:update')?.(ours, { openAtLogin: true });
    await vi.waitFor(() => expect(existsSync(entry)).toBe(true));
    expect(readFileSync(entry, 'utf8')).toMatch(/^Exec=.* --hidden$/m);
    await fake.handles.get('settings:update')?.(ours, { openAtLogin: false });
    await vi.waitFor(() => expect(existsSync(entry)).toBe(false));
  });

  it('the page’s agenda fills the tray menu; its Quit ends Almanac, and then the window closes', async () => {
    const tray = FakeTray.created.at(-1)!;
    expect(tray.labels()).toContain('Aucun événement à venir');
    await fake.handles.get('tray:agenda')?.(ours, {
      items: [{ key: 'review1', label: '14:00 Design review', title: 'Design review' }],
    });
    expect(tray.labels()[0]).toBe('14:00 Design review');
    tray.pick('14:00 Design review');
    expect(window().webContents.send).toHaveBeenCalledWith('reminders:action', {
      key: 'review1',
      action: 'open',
    });
    const { app } = (await import('electron')) as unknown as {
      app: { quit: ReturnType<typeof vi.fn> };
    };
    tray.pick('Quitter Almanac');
    expect(app.quit).toHaveBeenCalled();
    const preventDefault = vi.fn();
    window().listeners.get('close')?.({ preventDefault });
    expect(preventDefault).not.toHaveBeenCalled();
  });
});

// Almanac's Electron entry point: one instance, one locked-down window, the renderer served
// from app://almanac/, and every contract channel wired through the sender gate to the same
// services the browser shell runs. Closing the window hides it (to the tray, or the Dock on
// macOS) so sync and reminders go on; quitting is explicit. The decisions themselves live
// in the modules next to this file (trusted-url, security-policy, app-protocol, window,
// menu, ipc-gate, desktop-life, notifications, tray); this file plugs them into Electron.
import { realpathSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session } from 'electron';
import type { IpcMainEvent, IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { channels } from '../../src-preload/contract';
import type { ChannelName, NotificationName, NotificationOf } from '../../src-preload/contract';
import { RemoteLocalStore } from '../ipc/remote-local-store';
import { createServices } from '../services';
import { rendererHeaders } from '../serving/content-security-policy';
import { realRendererFile } from '../serving/renderer-files';
import { APP_SCHEME_PRIVILEGES, resolveAppRequest } from './app-protocol';
import {
  electronCapabilities,
  electronPowerEvents,
  openInBrowser,
  systemLocales,
} from './capabilities';
import { electronAppLog } from './electron-log-adapter';
import { createInvokeGate } from './ipc-gate';
import { STORE_PORT_CHANNEL, StorePortHost } from './local-store-port';
import { menuTemplate } from './menu';
import { isPermissionGranted, withSecurityHeaders } from './security-policy';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  decideNavigation,
  decideWindowOpen,
  devServerOrigin,
  isAppUrl,
  isRedirectAllowed,
  isTrustedSender,
} from './trusted-url';
import type { SenderFrame, TrustPolicy } from './trusted-url';
import { mainWindowOptions } from './window';
import { closeAction, startedAtLogin } from './desktop-life';
import { DesktopPresence } from './desktop-presence';
import { ReminderNotifications } from './notifications';
import { registerWindowsIdentity } from './windows-identity';
import { calendarPathsIn, OpenedFiles } from './opened-files';
import { RendererRelaunch } from './renderer-relaunch';
import { desktopWords } from '../../src-preload/desktop-words';
import type { Settings } from '../../src-preload/settings';

// The bundle sits in out/main/; the preload next door in out/preload/; the renderer and the
// icon are resolved from the app root so the same code works unpacked and inside app.asar.
const PRELOAD_PATH = path.join(__dirname, '../preload/electron.cjs');
const RENDERER_ROOT = path.join(app.getAppPath(), 'dist', 'renderer');
const ICON_PATH = path.join(app.getAppPath(), 'assets', 'icon.png');

const policy: TrustPolicy = { devOrigin: devServerOrigin(process.env, app.isPackaged) };
let mainWindow: BrowserWindow | null = null;
/** Set once the user quits (menu, tray, Cmd+Q): only then does closing the window close it. */
let quitting = false;
let keepRunning = true;
/** Main's line to the renderer's database; the sync engine (a later issue) calls through it. */
export const localStorePort = new StorePortHost();
/** Loads the page again when its renderer dies or its store port breaks, so sync can reach it. */
const rendererRelaunch = new RendererRelaunch({
  page: () => mainWindow?.webContents ?? null,
  log: (message) => console.warn(`[almanac] ${message}`),
});
const openedFiles = new OpenedFiles(() => notifyWindows('app:import-file', { fromMenu: false }));

// Both must happen before 'ready': privileges cannot be granted to a scheme later, and
// enableSandbox makes every renderer sandboxed, including any we did not create ourselves.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();
registerWindowsIdentity(app, process.platform);

if (!app.requestSingleInstanceLock()) {
  // Another Almanac is running; it gets 'second-instance' and comes to the front.
  app.quit();
} else {
  // A second start (a file opened with Almanac while it runs) brings the window forward with it.
  app.on('second-instance', (_event, argv: string[]) => {
    showMainWindow();
    void openedFiles.open(calendarPathsIn(argv.slice(1)));
  });
  // macOS hands files over by event, possibly before the app is ready.
  app.on('open-file', (event, file: string) => {
    event.preventDefault();
    showMainWindow();
    void openedFiles.open([file]);
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => showMainWindow());
  app.on('before-quit', () => {
    quitting = true;
    // Windows closing as Almanac quits are not pages to bring back.
    rendererRelaunch.stop();
  });
  app.whenReady().then(start).catch(failToStart);
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  await serveRenderer();

  // The sync engine reaches the window's IndexedDB through the port the preload sends.
  const localStore = new RemoteLocalStore({ send: (call) => localStorePort.send(call) });
  localStorePort.onAnswer((answer) => localStore.settle(answer));
  const log = await electronAppLog().catch((error: unknown) => {
    console.error(
      '[almanac] the log file could not be opened; logging to the console only:',
      error,
    );
    return undefined;
  });
  // Reminders: the page plans them, the system's notification centre shows them.
  const notifications = new ReminderNotifications({
    platform: process.platform,
    iconPath: existing(ICON_PATH),
    showWindow: () => void showMainWindow(),
    openUrl: (url) => void openInBrowser(url),
    report: (action) => notifyWindows('reminders:action', action),
    words: () => desktopWords(services.settings.get(), systemLocales()),
  });
  const desktop = new DesktopPresence({
    iconPath: existing(ICON_PATH),
    platform: process.platform,
    showWindow: () => void showMainWindow(),
    openEvent: (key) => {
      showMainWindow();
      notifyWindows('reminders:action', { key, action: 'open' });
    },
    openUrl: (url) => void openInBrowser(url),
    systemLanguages: systemLocales,
    quit: () => {
      quitting = true;
      app.quit();
    },
    onKeepRunning: (keep) => {
      keepRunning = keep;
    },
  });
  const services = createServices({
    ...electronCapabilities(notifyWindows, localStore),
    log,
    takeOpenedFiles: () => openedFiles.take(),
    desktop: {
      showReminder: (notice) => notifications.show(notice),
      closeReminder: (key) => notifications.close(key),
      setAgenda: (items) => desktop.setAgenda(items),
    },
  });
  desktop.attach(services);
  localStorePort.onClose(() => {
    localStore.disconnect();
    services.sync.setStoreAvailable(false);
    rendererRelaunch.storeLost();
  });
  electronPowerEvents.onResume(() => services.sync.trigger('resume'));
  app.on('will-quit', () => services.shutdown());
  const gate = createInvokeGate(services.handlers, policy);
  for (const channel of Object.keys(channels) as ChannelName[]) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      gate(channel, describeSender(event), payload),
    );
  }
  services.settings.onChange((settings) => notifyWindows('settings:changed', settings));
  ipcMain.on(STORE_PORT_CHANNEL, (event) => {
    const [port] = event.ports;
    if (port && isTrustedSender(describeSender(event), policy)) {
      localStorePort.attach(port);
      rendererRelaunch.storeAttached();
      services.sync.setStoreAvailable(true);
    } else port?.close();
  });

  // The menu is in the language in force, and is built again when Preferences change it.
  const setMenu = (settings: Settings) =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(
          { platform: process.platform, appName: app.getName(), isDevelopment: !app.isPackaged },
          {
            openPreferences,
            openExternal: (url) => void openInBrowser(url),
            importFile: () => {
              const window = showMainWindow();
              if (window) sendTo(window, 'app:import-file', { fromMenu: true });
            },
            exportFile: () => toPage('app:export-file'),
          },
          desktopWords(settings, systemLocales()),
        ),
      ),
    );
  setMenu(services.settings.get());
  services.settings.onChange(setMenu);

  const settings = services.settings.get();
  // A login start waits in the tray, unless there is no tray to come back from.
  const loginStart =
    startedAtLogin(
      process.argv,
      process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin,
    ) &&
    (settings.keepRunningInTray || process.platform === 'darwin');
  createMainWindow({ show: !loginStart });
  // Started by opening an .ics file (Windows and Linux put its path on the command line).
  void openedFiles.open(calendarPathsIn(process.argv.slice(1)));
}

/** Permissions refused, our CSP on every response, whatever the page or server asks for. */
function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionGranted(permission)),
  );
  ses.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withSecurityHeaders(details.responseHeaders, policy) });
  });
}

/** app://almanac/<path> → dist/renderer/<path>, refusing anything that would leave it. */
async function serveRenderer(): Promise<void> {
  const root = await realpath(RENDERER_ROOT).catch(() => RENDERER_ROOT);
  const headers = rendererHeaders(policy);
  protocol.handle(APP_SCHEME, async (request) => {
    const resolution = resolveAppRequest(request.url, request.method, root);
    if (!resolution.ok)
      return new Response(resolution.reason, { status: resolution.status, headers });
    const real = await realRendererFile(root, resolution.filePath);
    if (!real) return new Response('not found', { status: 404, headers });
    try {
      const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(real));
      return new Response(body, {
        status: 200,
        headers: { ...headers, 'Content-Type': resolution.contentType },
      });
    } catch {
      return new Response('not found', { status: 404, headers });
    }
  });
}

function createMainWindow({ show = true }: { show?: boolean } = {}): BrowserWindow {
  const window = new BrowserWindow(
    mainWindowOptions({
      preloadPath: PRELOAD_PATH,
      devTools: !app.isPackaged,
      iconPath: existing(ICON_PATH),
    }),
  );
  window.once('ready-to-show', () => {
    if (show) window.show();
  });
  // Hidden, not closed: the page holds the local calendar, the reminder schedule and sync's end.
  window.on('close', (event) => {
    if (closeAction({ platform: process.platform, keepRunning, quitting }) !== 'hide') return;
    event.preventDefault();
    window.hide();
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  // A page that dies or loses its link to main is loaded again (a new page hands a new port).
  window.webContents.on('did-start-loading', () => rendererRelaunch.pageLoading());
  window.webContents.on('render-process-gone', (_event, details) =>
    rendererRelaunch.processGone(details.reason),
  );
  mainWindow = window;
  void window.loadURL(policy.devOrigin ? `${policy.devOrigin}/` : APP_ENTRY_URL);
  return window;
}

function showMainWindow(): BrowserWindow | null {
  if (!app.isReady()) return null;
  const window = mainWindow ?? createMainWindow();
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  return window;
}

/** Applied to every webContents the app ever creates: no navigation away, no popups, no webviews. */
function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    const decision = decideNavigation(event.url, policy);
    if (decision.allow) return;
    event.preventDefault();
    if (decision.openExternally) void openInBrowser(decision.openExternally);
  });
  // Frames inside the page (the app has none of its own) may not be steered anywhere foreign either.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAppUrl(event.url, policy)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isRedirectAllowed(event.url, policy)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) void openInBrowser(decision.openExternally);
    return { action: decision.action };
  });
}

function describeSender(event: IpcMainInvokeEvent | IpcMainEvent): SenderFrame | null {
  const frame = event.senderFrame;
  return frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
}

function notifyWindows<N extends NotificationName>(name: N, payload: NotificationOf<N>): void {
  for (const window of BrowserWindow.getAllWindows()) sendTo(window, name, payload);
}

/** A notification of the contract, to one window, when it shows our own page. */
function sendTo<N extends NotificationName>(
  window: BrowserWindow,
  name: N,
  payload: NotificationOf<N>,
): void {
  if (isAppUrl(window.webContents.getURL(), policy)) window.webContents.send(name, payload);
}

/** The menu's Preferences…: the window comes to the front and opens its Preferences dialog. */
function openPreferences(): void {
  toPage('app:open-preferences');
}

/** A menu item the page carries out: the window comes to the front and is told. */
function toPage(name: 'app:open-preferences' | 'app:export-file'): void {
  const window = showMainWindow();
  if (window) sendTo(window, name, null);
}

function existing(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

function failToStart(error: unknown): void {
  console.error('[almanac] could not start:', error);
  dialog.showErrorBox(
    'Almanac could not start',
    error instanceof Error ? error.message : String(error),
  );
  app.exit(1);
}

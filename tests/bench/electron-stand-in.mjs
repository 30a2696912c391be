// A stand-in for the `electron` module, for timing the Electron main process's start-up
// where Electron's binary cannot be installed: loaded with `node --import` before the bundled
// main (out/main/electron.cjs), it answers every Electron call the start-up makes with
// something inert, and when main asks its window to load the renderer it prints how long
// the process has run and exits. What it measures is main's own share of start-up (Node
// start, loading and running the bundle, building the services, creating the window);
// Electron's native start and the renderer's share are not in it.
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import Module from 'node:module';
import os from 'node:os';
import path from 'node:path';

const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'almanac-stand-in-'));
const appRoot = process.env.ALMANAC_STAND_IN_APP_ROOT || process.cwd();

/** Any property, call or construction answers with another inert stand-in. */
function inert(name, overrides = {}) {
  const target = function () {};
  return new Proxy(target, {
    get(_t, prop) {
      if (prop in overrides) return overrides[prop];
      if (prop === 'then') return undefined;
      if (prop === Symbol.toPrimitive) return () => `[${name}]`;
      if (prop === Symbol.iterator) return undefined;
      return inert(`${name}.${String(prop)}`);
    },
    apply() {
      return inert(`${name}()`);
    },
    construct() {
      return inert(`new ${name}`);
    },
  });
}

class BrowserWindow {
  static getAllWindows() {
    return [];
  }
  constructor() {
    this.webContents = inert('webContents');
  }
  loadURL() {
    process.stdout.write(`loadURL=${performance.now()}\n`);
    process.exit(0);
  }
  once() {}
  on() {}
  show() {}
  isMinimized() {
    return false;
  }
}

const electron = {
  app: inert('app', {
    getAppPath: () => appRoot,
    getPath: () => userData,
    getName: () => 'Almanac',
    getVersion: () => '0.0.0-stand-in',
    getLocale: () => 'en-US',
    getPreferredSystemLanguages: () => ['en-US'],
    isPackaged: true,
    isReady: () => true,
    whenReady: () => Promise.resolve(),
    requestSingleInstanceLock: () => true,
    getLoginItemSettings: () => ({ openAtLogin: false, wasOpenedAtLogin: false }),
    on: () => undefined,
    once: () => undefined,
  }),
  BrowserWindow,
  safeStorage: inert('safeStorage', {
    isEncryptionAvailable: () => true,
    encryptString: (s) => Buffer.from(String(s)),
    decryptString: (b) => Buffer.from(b).toString(),
  }),
  powerMonitor: inert('powerMonitor', { on: () => undefined }),
  Notification: inert('Notification', { isSupported: () => true }),
  // The main process has no renderer-side modules (libraries test for them).
  ipcRenderer: undefined,
  contextBridge: undefined,
};
const standIn = inert('electron', electron);

const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'electron') return standIn;
  return load.call(this, request, parent, isMain);
};

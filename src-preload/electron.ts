// The Electron preload: gives the page `window.almanac`, the same narrow AlmanacApi the
// browser shell provides, carried over ipcRenderer. Only the contract's channel and
// notification names pass in either direction, and ipcRenderer itself never reaches the page.
// Runs sandboxed, so the build bundles it (with zod) into one CommonJS file that requires
// nothing but 'electron'.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { createApi, type Transport } from './almanac-api';
import { fail, isChannelName, notifications, refuse } from './contract';
import { refusalSentence } from './bridge-words';
import type { NotificationName } from './contract';
import type { StoreCall } from './local-store';

/** Keep in step with src-main/shell/local-store-port.ts (the preload cannot import main code). */
export const STORE_PORT_CHANNEL = 'local-store:port';

/** Told when main's end of the store port closes while this page still serves it. */
const linkListeners = new Set<(connected: boolean) => void>();

const transport: Transport = {
  async invoke(channel, payload) {
    if (!isChannelName(channel))
      return refuse(
        'unknown-channel',
        refusalSentence('unknownChannel', { channel: String(channel).slice(0, 80) }),
      );
    try {
      return await ipcRenderer.invoke(channel, payload);
    } catch {
      // Only reached when main has no handler or the window is closing; say so as data.
      return fail('ipc-failed', `Almanac's main process did not answer ${channel}.`);
    }
  },
  subscribe(name, listener) {
    if (!isNotificationName(name)) return () => undefined;
    const schema = notifications[name];
    // The page gets the payload only, never the IPC event (whose sender would leak ipcRenderer).
    const relay = (_event: IpcRendererEvent, payload: unknown) => {
      const parsed = schema.safeParse(payload);
      if (parsed.success) listener(parsed.data as Parameters<typeof listener>[0]);
    };
    ipcRenderer.on(name, relay);
    return () => {
      ipcRenderer.removeListener(name, relay);
    };
  },
  // Main reaches the renderer's database over a dedicated MessagePort rather than ipcRenderer
  // messages: one port per page, closed with it, carrying nothing but store calls and answers.
  serveStore(answer) {
    const { port1, port2 } = new MessageChannel();
    let serving = true;
    port1.onmessage = async (event: MessageEvent<StoreCall>) => {
      port1.postMessage(await answer(event.data));
    };
    // Main's end closed while this page lives: the page shows the banner of a lost background
    // process until main reloads it, which hands main a fresh port (src-main/shell/renderer-relaunch.ts).
    port1.addEventListener('close', () => {
      if (serving) for (const listener of linkListeners) listener(false);
    });
    ipcRenderer.postMessage(STORE_PORT_CHANNEL, null, [port2]);
    return () => {
      serving = false;
      port1.close();
    };
  },
  // Main and this page otherwise live and end together; a crashed page is reloaded by main.
  onConnection(listener) {
    linkListeners.add(listener);
    return () => {
      linkListeners.delete(listener);
    };
  },
};

contextBridge.exposeInMainWorld('almanac', createApi(transport));

function isNotificationName(name: unknown): name is NotificationName {
  return typeof name === 'string' && Object.hasOwn(notifications, name);
}

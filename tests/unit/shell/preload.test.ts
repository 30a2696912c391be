// The Electron preload, run against a stand-in for 'electron': what the page receives and
// what can cross to main. The real module is loaded, so a removed check fails here.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src-preload/settings';
import { channels } from '../../../src-preload/contract';
import type { AlmanacApi } from '../../../src-preload/almanac-api';
import { STORE_PORT_CHANNEL } from '../../../src-main/shell/local-store-port';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (_channel: string, _payload: unknown): Promise<unknown> => ({
    ok: true,
    value: null,
  })),
  on: vi.fn(),
  removeListener: vi.fn(),
  postMessage: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: electron.invoke,
    on: electron.on,
    removeListener: electron.removeListener,
    postMessage: electron.postMessage,
  },
}));

const preload = await import('../../../src-preload/electron');
const api = electron.exposed.get('almanac') as AlmanacApi;

beforeEach(() => {
  electron.invoke.mockClear();
  electron.on.mockClear();
});

describe('the Electron preload', () => {
  it('exposes exactly one object, window.almanac, made of functions', () => {
    expect([...electron.exposed.keys()]).toEqual(['almanac']);
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  it('invokes contract channels by name and returns main’s result as is', async () => {
    electron.invoke.mockResolvedValueOnce({ ok: true, value: DEFAULT_SETTINGS });
    expect(await api.getSettings()).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    expect(electron.invoke).toHaveBeenCalledWith('settings:get', null);
    for (const [channel] of electron.invoke.mock.calls)
      expect(Object.keys(channels)).toContain(channel);
  });

  it('turns a failed invoke into data rather than a rejection', async () => {
    electron.invoke.mockRejectedValueOnce(new Error('No handler registered'));
    expect(await api.getAppInfo()).toMatchObject({ ok: false, error: { code: 'ipc-failed' } });
  });

  it('hands listeners the validated payload only, never the IPC event', () => {
    const listener = vi.fn();
    const unsubscribe = api.onSettingsChanged(listener);
    const [name, relay] = electron.on.mock.calls[0] as [
      string,
      (event: unknown, payload: unknown) => void,
    ];
    expect(name).toBe('settings:changed');
    relay({ sender: 'ipcRenderer' }, DEFAULT_SETTINGS);
    expect(listener).toHaveBeenCalledWith(DEFAULT_SETTINGS);
    relay({}, { theme: 'not a theme' });
    expect(listener).toHaveBeenCalledOnce();
    unsubscribe();
    expect(electron.removeListener).toHaveBeenCalledWith('settings:changed', relay);
  });

  it('sends the local-store port on the channel main listens to', () => {
    expect(preload.STORE_PORT_CHANNEL).toBe(STORE_PORT_CHANNEL);
    const stop = api.serveLocalStore({} as Parameters<AlmanacApi['serveLocalStore']>[0]);
    expect(electron.postMessage).toHaveBeenCalledWith(STORE_PORT_CHANNEL, null, [
      expect.anything(),
    ]);
    stop();
  });

  it('says the background process is unreachable when main’s end of the store port closes, not when the page stops serving', async () => {
    const connection = vi.fn();
    const unsubscribe = api.onConnection(connection);
    electron.postMessage.mockClear();
    const stop = api.serveLocalStore({} as Parameters<AlmanacApi['serveLocalStore']>[0]);
    const [, , [mainEnd]] = electron.postMessage.mock.calls[0] as [string, null, [MessagePort]];
    mainEnd.close();
    await vi.waitFor(() => expect(connection).toHaveBeenCalledWith(false));
    stop();

    connection.mockClear();
    electron.postMessage.mockClear();
    const again = api.serveLocalStore({} as Parameters<AlmanacApi['serveLocalStore']>[0]);
    const [, , [secondEnd]] = electron.postMessage.mock.calls[0] as [string, null, [MessagePort]];
    again();
    secondEnd.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(connection).not.toHaveBeenCalled();
    unsubscribe();
  });
});

// Where the renderer gets its AlmanacApi: Electron's preload puts it on `window.almanac`;
// in the browser shell there is no preload, so the same API is built over the WebSocket.
import type { AlmanacApi } from '../src-preload/almanac-api';
import { createWebApi } from '../src-preload/web';

declare global {
  interface Window {
    almanac?: AlmanacApi;
  }
}

let api: AlmanacApi | null = null;

export function getApi(): AlmanacApi {
  api ??= window.almanac ?? createWebApi(window.location);
  return api;
}

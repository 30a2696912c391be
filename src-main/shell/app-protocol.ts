// How app://almanac/<path> maps onto the built renderer in dist/renderer. The production UI
// is served from this custom scheme rather than file:// so that it has a real origin (for
// IndexedDB, CSP 'self' and the IPC sender check) and so that a page can read exactly the
// renderer's files and nothing else on the disk. Pure: main.ts does the file reading, and
// the path rules are the ones the browser shell uses too (serving/renderer-files.ts).
import { refuse, rendererPath } from '../serving/renderer-files';
import type { RendererPath } from '../serving/renderer-files';
import { APP_HOST, APP_SCHEME } from './trusted-url';

/**
 * Privileges for protocol.registerSchemesAsPrivileged: a standard, secure origin with fetch.
 * corsEnabled stays off: our page loads its module scripts same-origin, which needs no CORS,
 * and leaving it off keeps app:// unreadable from any other origin. codeCache lets V8 keep the
 * compiled bundle between starts, as it does for http(s) pages (the browser shell's), instead of
 * compiling it again at every start.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    allowServiceWorkers: false,
    corsEnabled: false,
    stream: false,
    codeCache: true,
  },
} as const;

/** The file under `root` that answers a request, or the refusal: only GET and HEAD, only our host. */
export function resolveAppRequest(requestUrl: string, method: string, root: string): RendererPath {
  if (method !== 'GET' && method !== 'HEAD') return refuse(405, `method ${method} not allowed`);
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refuse(400, 'malformed URL');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password)
    return refuse(403, 'not an app://almanac URL');
  return rendererPath(root, url.pathname);
}

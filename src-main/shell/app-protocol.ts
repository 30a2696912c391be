// How app://almanac/<path> maps onto the built renderer in dist/renderer. The production UI
// is served from this custom scheme rather than file:// so that it has a real origin (for
// IndexedDB, CSP 'self' and the IPC sender check) and so that a page can read exactly the
// renderer's files and nothing else on the disk. Pure: main.ts does the file reading.
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './trusted-url';

/**
 * Privileges for protocol.registerSchemesAsPrivileged: a standard, secure origin with fetch.
 * corsEnabled stays off: our page loads its module scripts same-origin, which needs no CORS,
 * and leaving it off keeps app:// unreadable from any other origin.
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
  },
} as const;

export type AppRequestResolution =
  | { ok: true; filePath: string; contentType: string }
  | { ok: false; status: 400 | 403 | 404 | 405; reason: string };

/**
 * The file under `root` that answers a request, or the refusal. Only GET and HEAD, only our
 * host, and the decoded path must stay inside `root`: encoded dots and slashes, backslashes
 * and NUL bytes are refused rather than normalised, because a path that needs normalising
 * was not produced by our own bundle.
 */
export function resolveAppRequest(
  requestUrl: string,
  method: string,
  root: string,
): AppRequestResolution {
  if (method !== 'GET' && method !== 'HEAD') return refuse(405, `method ${method} not allowed`);
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refuse(400, 'malformed URL');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password)
    return refuse(403, 'not an app://almanac URL');

  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return refuse(400, 'malformed path encoding');
  }
  if (
    /[\\\0]/.test(decoded) ||
    decoded.split('/').some((segment) => segment === '..' || segment === '.')
  ) {
    return refuse(403, 'path escapes the renderer');
  }
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const filePath = path.resolve(root, relative);
  if (!isInside(root, filePath)) return refuse(403, 'path escapes the renderer');
  return { ok: true, filePath, contentType: contentTypeFor(filePath) };
}

/** True when `candidate` is `root` itself or lies below it (both absolute). Used again after realpath, against symlinks. */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(path.resolve(root), path.resolve(candidate));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** MIME types for what Vite emits. Unknown types are served as bytes, which the renderer will not execute. */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

function refuse(status: 400 | 403 | 404 | 405, reason: string): AppRequestResolution {
  return { ok: false, status, reason };
}

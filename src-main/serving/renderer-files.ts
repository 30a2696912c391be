// Which file of the built renderer (dist/renderer) answers a request, for both shells:
// Electron's app:// handler and the browser shell's HTTP server. A path must stay inside the
// renderer folder twice over: as written (encoded dots and slashes, backslashes and NUL bytes
// are refused rather than normalised, because a path that needs normalising was not produced
// by our own bundle) and as the disk resolves it (a symlink inside the folder may not lead
// out of it).
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

export type RendererPath =
  | { ok: true; filePath: string; contentType: string }
  | { ok: false; status: 400 | 403 | 404 | 405; reason: string };

/** The file under `root` that a URL path (still percent-encoded) names, without touching the disk. */
export function rendererPath(root: string, pathname: string): RendererPath {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return refuse(400, 'malformed path encoding');
  }
  if (
    /[\\\0]/.test(decoded) ||
    decoded.split('/').some((segment) => segment === '..' || segment === '.')
  )
    return refuse(403, 'path escapes the renderer');
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const filePath = path.resolve(root, relative);
  if (!isInside(root, filePath)) return refuse(403, 'path escapes the renderer');
  return { ok: true, filePath, contentType: contentTypeFor(filePath) };
}

/**
 * The real path of a file `rendererPath` named, or null when it is missing, not a file, or
 * lies outside `root` once symlinks are followed. `root` must itself be a real path.
 */
export async function realRendererFile(root: string, filePath: string): Promise<string | null> {
  try {
    const real = await realpath(filePath);
    if (!isInside(root, real) || !(await stat(real)).isFile()) return null;
    return real;
  } catch {
    return null;
  }
}

/** True when `candidate` is `root` itself or lies below it (both absolute). */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(path.resolve(root), path.resolve(candidate));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** MIME types for what Vite emits. Unknown types are served as bytes, which the renderer will not execute. */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export function refuse(status: 400 | 403 | 404 | 405, reason: string): RendererPath {
  return { ok: false, status, reason };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
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

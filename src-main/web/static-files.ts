// Serves the built renderer from one folder and nothing outside it, with the path rules and
// headers Electron's app:// handler uses too (serving/): a path that leaves the folder as
// written or once symlinks are followed is refused, and every file carries the CSP.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { rendererHeaders } from '../serving/content-security-policy';
import { realRendererFile, rendererPath } from '../serving/renderer-files';

const HEADERS = rendererHeaders({ devOrigin: null });

/**
 * Answers GET or HEAD of `pathname` (percent-encoded, as in the request) from `root`, a real
 * path. Every answer carries a validator, and a request whose `ifNoneMatch` names the file as
 * it is now gets 304: the browser checks each time (no-cache) but keeps its copy, and with it
 * the compiled code of the scripts, so the app opens without fetching and compiling its 1.7 MB
 * bundle again. A rebuilt file has another validator.
 */
export async function serveStatic(
  root: string,
  pathname: string,
  method: 'GET' | 'HEAD',
  res: ServerResponse,
  ifNoneMatch?: string,
): Promise<void> {
  const resolution = rendererPath(root, pathname);
  if (!resolution.ok) return answer(res, resolution.status, resolution.reason);
  const file = await realRendererFile(root, resolution.filePath);
  if (!file) {
    if (pathname === '/' || pathname === '/index.html')
      return answer(
        res,
        503,
        'The renderer is not built. Run `npm run web`, which builds it first.',
      );
    return answer(res, 404, 'Not found');
  }
  const { size, mtimeMs } = await stat(file);
  const etag = `"${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}"`;
  const headers = { ...HEADERS, 'Content-Type': resolution.contentType, ETag: etag };
  if (ifNoneMatch?.split(/\s*,\s*/).includes(etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, headers);
  if (method === 'HEAD') {
    res.end();
    return;
  }
  // A file removed while it streams ends this answer, not the process.
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

export function answer(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

// app://almanac/ may serve the built renderer and nothing else on the disk.
import { mkdtempSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, resolveAppRequest } from '../../../src-main/shell/app-protocol';
import { contentTypeFor, isInside } from '../../../src-main/serving/renderer-files';

const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'almanac-renderer-')));
mkdirSync(path.join(root, 'assets'));
writeFileSync(path.join(root, 'index.html'), '<!doctype html>');

describe('resolveAppRequest', () => {
  it('serves index.html for the root and files below the renderer folder', () => {
    expect(resolveAppRequest('app://almanac/', 'GET', root)).toEqual({
      ok: true,
      filePath: path.join(root, 'index.html'),
      contentType: 'text/html; charset=utf-8',
    });
    expect(resolveAppRequest('app://almanac/assets/index-abc.js', 'GET', root)).toMatchObject({
      ok: true,
      filePath: path.join(root, 'assets', 'index-abc.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppRequest('app://almanac/index.html?x=1#y', 'HEAD', root)).toMatchObject({
      ok: true,
      filePath: path.join(root, 'index.html'),
    });
  });

  it.each([
    'app://almanac/..%2f..%2fetc%2fpasswd',
    'app://almanac/assets/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://almanac/..%5c..%5cwindows%5cwin.ini',
    'app://almanac/index.html%00.png',
  ])('refuses the traversal %s', (url) => {
    expect(resolveAppRequest(url, 'GET', root)).toMatchObject({ ok: false, status: 403 });
  });

  it.each([
    'app://almanac/%2e%2e/%2e%2e/etc/passwd',
    'app://almanac/%2fetc%2fpasswd',
    'app://almanac/assets/../../../etc/passwd',
  ])('keeps %s inside the renderer folder once the URL parser has normalised it', (url) => {
    const resolution = resolveAppRequest(url, 'GET', root);
    expect(resolution.ok && isInside(root, resolution.filePath)).toBe(true);
  });

  it('refuses other hosts, schemes and credentials', () => {
    expect(resolveAppRequest('app://other/index.html', 'GET', root)).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(resolveAppRequest('file:///etc/passwd', 'GET', root)).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(resolveAppRequest('app://u:p@almanac/index.html', 'GET', root)).toMatchObject({
      ok: false,
      status: 403,
    });
  });

  it('refuses methods other than GET and HEAD', () => {
    expect(resolveAppRequest('app://almanac/index.html', 'POST', root)).toMatchObject({
      ok: false,
      status: 405,
    });
    expect(resolveAppRequest('app://almanac/index.html', 'PUT', root)).toMatchObject({
      ok: false,
      status: 405,
    });
  });

  it('refuses malformed URLs and encodings', () => {
    expect(resolveAppRequest('::::', 'GET', root)).toMatchObject({ ok: false, status: 400 });
    expect(resolveAppRequest('app://almanac/%E0%A4%A', 'GET', root)).toMatchObject({
      ok: false,
      status: 400,
    });
  });
});

describe('isInside', () => {
  it('accepts the root and paths below it', () => {
    expect(isInside(root, root)).toBe(true);
    expect(isInside(root, path.join(root, 'assets', 'a.js'))).toBe(true);
  });

  it('refuses siblings that merely share a prefix, parents and other trees', () => {
    expect(isInside(root, `${root}-evil/index.html`)).toBe(false);
    expect(isInside(root, path.dirname(root))).toBe(false);
    expect(isInside(root, '/etc/passwd')).toBe(false);
  });
});

describe('scheme and types', () => {
  it('registers app: as a standard, secure scheme (needed for an origin, IndexedDB and CSP self)', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({
      standard: true,
      secure: true,
      allowServiceWorkers: false,
      // V8's code cache for custom schemes needs both standard and codeCache.
      codeCache: true,
    });
  });

  it('serves unknown file types as inert bytes', () => {
    expect(contentTypeFor('/x/evil.exe')).toBe('application/octet-stream');
    expect(contentTypeFor('/x/style.CSS')).toBe('text/css; charset=utf-8');
  });
});

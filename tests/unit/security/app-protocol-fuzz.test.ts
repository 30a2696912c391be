// app://almanac/ under generated hostile paths: whatever the path — dot segments, encoded
// and double-encoded separators, backslashes, NUL bytes, drive letters, UNC prefixes — a
// request either is refused or resolves to a file inside the renderer folder.
import { mkdtempSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveAppRequest } from '../../../src-main/shell/app-protocol';

const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'almanac-renderer-fuzz-')));
mkdirSync(path.join(root, 'assets'));
writeFileSync(path.join(root, 'index.html'), '<!doctype html>');

const piece = fc.oneof(
  fc.constantFrom(
    '..',
    '.',
    '%2e%2e',
    '%2E%2E',
    '%252e%252e',
    '..%2f',
    '..%5c',
    '%2f',
    '%5c',
    '\\',
    '/',
    '//',
    '%00',
    'C:',
    'c%3a',
    '\\\\server\\share',
    '%c0%ae%c0%ae',
    '..;',
    '~',
    'etc',
    'passwd',
    'assets',
    'index.html',
    '%2fetc%2fpasswd',
  ),
  fc.string({ maxLength: 6 }),
);
const hostilePath = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.constantFrom('/', '', '%2f', '\\'))
  .map(([parts, separator]) => parts.join(separator));

describe('resolveAppRequest under generated paths', () => {
  it('never resolves outside the renderer folder', () => {
    fc.assert(
      fc.property(hostilePath, fc.constantFrom('GET', 'HEAD'), (p, method) => {
        const resolution = resolveAppRequest(`app://almanac/${p}`, method, root);
        if (!resolution.ok) return;
        const relative = path.relative(root, resolution.filePath);
        expect(
          relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative)),
          `${p} → ${resolution.filePath}`,
        ).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never serves another host, scheme or method, whatever the path', () => {
    fc.assert(
      fc.property(
        hostilePath,
        fc.constantFrom(
          'app://evil/',
          'app://almanac.evil/',
          'file:///',
          'http://almanac/',
          'app://user@almanac/',
        ),
        (p, prefix) => {
          expect(resolveAppRequest(`${prefix}${p}`, 'GET', root).ok).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(
        hostilePath,
        fc.constantFrom('POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'),
        (p, method) => {
          expect(resolveAppRequest(`app://almanac/${p}`, method, root).ok).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});

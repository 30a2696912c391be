// Packaging: the afterPack hook really flips the fuses (run against a stand-in binary that
// carries Electron's fuse wire), the bundles a sandboxed preload and the packaged main need
// are self-contained, and the bundled main starts against the bench's stand-in for Electron.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(path.join(tmpdir(), 'almanac-packaging-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Electron 45's shipped defaults, in wire order: RunAsNode on, cookie encryption off,
// NODE_OPTIONS on, --inspect on, asar integrity off, only-asar off, V8 snapshot off,
// file:// privileges on, WASM trap handlers on.
const SHIPPED_WIRE = '101100011';
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

function fakeElectronBinary(file: string): void {
  const wire = Buffer.from(SHIPPED_WIRE, 'ascii');
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.alloc(1024, 7),
      Buffer.from(SENTINEL),
      Buffer.from([1, wire.length]),
      wire,
      Buffer.alloc(1024, 7),
    ]),
  );
}

describe('scripts/flip-fuses.mjs', async () => {
  const hook = (await import(pathToFileURL(path.join(ROOT, 'scripts/flip-fuses.mjs')).href)) as {
    default: (context: unknown) => Promise<void>;
    electronBinaryPath: (context: unknown) => string;
  };

  it('finds the executable where electron-builder puts it on each platform', () => {
    const packager = { executableName: 'almanac', appInfo: { productFilename: 'Almanac' } };
    expect(
      hook.electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'linux', packager }),
    ).toBe(path.join('/o', 'almanac'));
    expect(
      hook.electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'win32', packager }),
    ).toBe(path.join('/o', 'Almanac.exe'));
    expect(
      hook.electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'darwin', packager }),
    ).toBe(path.join('/o', 'Almanac.app'));
  });

  it('hardens the packaged binary', async () => {
    fakeElectronBinary(path.join(work, 'almanac'));
    await hook.default({
      appOutDir: work,
      electronPlatformName: 'linux',
      packager: { executableName: 'almanac', appInfo: { productFilename: 'Almanac' } },
    });
    const wire = (await getCurrentFuseWire(path.join(work, 'almanac'))) as unknown as Record<
      number,
      number
    >;
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
  });
});

describe('scripts/build-electron.mjs', async () => {
  const { buildElectron } = (await import(
    pathToFileURL(path.join(ROOT, 'scripts/build-electron.mjs')).href
  )) as {
    buildElectron: (options: { dev?: boolean; outDir?: string }) => Promise<void>;
  };
  const outDir = path.join(work, 'out');
  await buildElectron({ outDir });

  function requires(file: string): string[] {
    return [
      ...new Set(
        [...readFileSync(file, 'utf8').matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1] ?? ''),
      ),
    ];
  }

  it('bundles the preload into one file that requires nothing but electron (a sandbox rule)', () => {
    expect(requires(path.join(outDir, 'preload/electron.cjs'))).toEqual(['electron']);
  });

  it('bundles main with its dependencies, leaving only electron and Node built-ins outside', () => {
    const allowed = new Set([
      'electron',
      ...builtinModules,
      ...builtinModules.map((name) => `node:${name}`),
    ]);
    // ajv keeps module names inside strings for its standalone code generator; those never run.
    const outside = requires(path.join(outDir, 'main/electron.cjs')).filter(
      (name) => !allowed.has(name) && !name.startsWith('ajv'),
    );
    expect(outside).toEqual([]);
  });

  // The bench times main's start-up against a stand-in for Electron; an Electron call the
  // stand-in does not answer makes that figure an error, which nothing else would notice.
  it("starts against the bench's Electron stand-in as far as loading the window", async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        pathToFileURL(path.join(ROOT, 'tests/bench/electron-stand-in.mjs')).href,
        path.join(outDir, 'main/electron.cjs'),
      ],
      { cwd: work, env: { ...process.env, ALMANAC_STAND_IN_APP_ROOT: ROOT } },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    expect(err).toBe('');
    expect(out).toMatch(/^loadURL=\d/m);
    expect(code).toBe(0);
  }, 30_000);
});

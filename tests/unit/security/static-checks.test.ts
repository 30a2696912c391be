// A small static scanner in the spirit of Electronegativity (which is not installed and cannot
// be fetched offline): the source of every process, the built main and preload bundles, and
// the packaging config are searched for the settings and calls Electron's security checklist
// warns about. Each check names the checklist item it stands for; a hit fails the test.
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SOURCE_DIRS = ['src-main', 'src-preload', 'src-renderer', 'scripts'];

interface SourceFile {
  file: string;
  /** The code with comments blanked out (line numbers kept), so prose cannot trip a check. */
  code: string;
}

function sources(): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx|mjs|cjs|js|html)$/.test(entry.name))
        out.push({
          file: path.relative(ROOT, full),
          code: withoutComments(readFileSync(full, 'utf8')),
        });
    }
  };
  for (const dir of SOURCE_DIRS) walk(path.join(ROOT, dir));
  return out;
}

function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function hits(files: SourceFile[], pattern: RegExp): string[] {
  const found: string[] = [];
  for (const { file, code } of files) {
    code.split('\n').forEach((line, i) => {
      if (pattern.test(line)) found.push(`${file}:${i + 1}: ${line.trim().slice(0, 160)}`);
    });
  }
  return found;
}

/** Line numbers move as files are edited; the checks pin the code, not where it sits. */
const withoutLine = (hit: string) => hit.replace(/:\d+: /, ': ');

/** Settings that must never appear with these values (checklist numbers in the names). */
const FORBIDDEN: [string, RegExp][] = [
  ['#2 nodeIntegration on', /nodeIntegration(InWorker|InSubFrames)?\s*:\s*(true|!0)\b/],
  ['#3 contextIsolation off', /contextIsolation\s*:\s*(false|!1)\b/],
  ['#4 sandbox off', /\bsandbox\s*:\s*(false|!1)\b|no-sandbox|disable-renderer-sandbox/],
  [
    '#6 webSecurity off',
    /webSecurity\s*:\s*(false|!1)\b|disable-web-security|ignore-certificate-errors/,
  ],
  ['#8 allowRunningInsecureContent', /allowRunningInsecureContent\s*:\s*(true|!0)\b/],
  ['#9 experimentalFeatures', /experimentalFeatures\s*:\s*(true|!0)\b/],
  ['#10 enableBlinkFeatures', /enableBlinkFeatures/],
  ['#11 allowpopups', /allowpopups/i],
  ['#12 webview', /webviewTag\s*:\s*(true|!0)\b|<webview/],
  ['spellcheck dictionaries fetched from Google', /spellcheck\s*:\s*(true|!0)\b/],
  [
    '#18 file:// pages',
    /loadURL\(\s*['"`]file:|loadFile\(|registerFileProtocol|interceptFileProtocol/,
  ],
  ['eval', /(^|[^.\w])eval\s*\(|new Function\s*\(/],
  ['raw HTML in React', /dangerouslySetInnerHTML/],
  ['certificate bypass', /setCertificateVerifyProc|on\(\s*['"]certificate-error['"]/],
  ['TLS checks off', /NODE_TLS_REJECT_UNAUTHORIZED|rejectUnauthorized\s*:\s*false/],
];

describe('source: nothing from the Electron security checklist is switched off', () => {
  const files = sources();

  it('finds the files it scans (a moved tree must not make the scan vacuous)', () => {
    expect(files.some((f) => f.file === 'src-main/shell/window.ts')).toBe(true);
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(FORBIDDEN)('%s', (_name, pattern) => {
    expect(hits(files, pattern)).toEqual([]);
  });

  it('#15 shell.openExternal is called in one place, reached only through the https check or the sign-in URL check', () => {
    const electronShell = files.filter((f) =>
      /import\s*\{[^}]*\bshell\b[^}]*\}\s*from\s*'electron'/.test(f.code),
    );
    expect(hits(electronShell, /\bshell\.openExternal\s*\(/).map(withoutLine)).toEqual([
      'src-main/shell/capabilities.ts: await shell.openExternal(url, { activate: true });',
    ]);
    expect(
      hits(files, /from\s*'electron'/).every(
        (h) => h.startsWith('src-main/shell/') || h.startsWith('src-preload/electron.ts'),
      ),
    ).toBe(true);
    // Its wrapper, launch(), is only ever called behind a guard.
    const calls = hits(
      files.filter((f) => f.file === 'src-main/shell/capabilities.ts'),
      /\blaunch\(/,
    ).filter((h) => !h.includes('async function launch('));
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls)
      expect(call).toMatch(
        /safe !== null && launch\(safe\)|isSignInUrl\(url, endpoints\.authUrl\) && launch\(url\)/,
      );
  });

  it('#20 the preload exposes one object, built from the contract, and nothing of Electron', () => {
    expect(hits(files, /exposeInMainWorld\(/).map(withoutLine)).toEqual([
      "src-preload/electron.ts: contextBridge.exposeInMainWorld('almanac', createApi(transport));",
    ]);
    expect(
      hits(files, /exposeInMainWorld\([^)]*ipcRenderer|exposeInMainWorld\([^)]*require/),
    ).toEqual([]);
  });

  it('HTML reaches the DOM only through DOMPurify', () => {
    for (const hit of hits(
      files,
      /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write\(/,
    ))
      expect(hit).toMatch(/= sanitizeHtml\(/);
  });

  it('main never runs script in the page: the menu sends a notification of the contract', () => {
    expect(hits(files, /executeJavaScript\(/)).toEqual([]);
  });
});

describe('built bundles: the hardened switches survive bundling', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'almanac-static-'));
  let main = '';
  let preload = '';
  beforeAll(async () => {
    const { buildElectron } = (await import(
      pathToFileURL(path.join(ROOT, 'scripts/build-electron.mjs')).href
    )) as { buildElectron: (o: { outDir: string }) => Promise<void> };
    await buildElectron({ outDir: work });
    main = readFileSync(path.join(work, 'main/electron.cjs'), 'utf8');
    preload = readFileSync(path.join(work, 'preload/electron.cjs'), 'utf8');
  }, 60_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each(FORBIDDEN.filter(([name]) => name.startsWith('#')))(
    '%s is absent from the main and preload bundles',
    (_name, pattern) => {
      const bundle = [
        { file: 'out/main/electron.cjs', code: main },
        { file: 'out/preload/electron.cjs', code: preload },
      ];
      expect(hits(bundle, pattern)).toEqual([]);
    },
  );

  it('the window switches are in the bundle as written', () => {
    for (const setting of [
      'contextIsolation: true',
      'sandbox: true',
      'nodeIntegration: false',
      'webSecurity: true',
      'webviewTag: false',
    ])
      expect(main).toContain(setting);
    expect(main).toMatch(/app\.enableSandbox\(\)/);
    expect(main).toMatch(/setPermissionRequestHandler/);
    expect(main).toMatch(/setWindowOpenHandler/);
    expect(main).toMatch(/will-navigate/);
  });
});

describe('packaging: fuses and asar', () => {
  const builder = readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8');

  // tests/unit/shell/packaging.test.ts checks that the hook really flips each fuse; this checks
  // that the packaged build runs it at all.
  it('packs into asar and flips the fuses after packing', () => {
    expect(builder).toMatch(/^asar: true$/m);
    expect(builder).toMatch(/^afterPack: \.\/scripts\/flip-fuses\.mjs$/m);
  });

  it('ships no source maps and no node_modules', () => {
    expect(builder).toMatch(/['"]!out\/\*\*\/\*\.map['"]/);
    expect(builder).toMatch(/['"]!dist\/renderer\/\*\*\/\*\.map['"]/);
    expect(builder).toMatch(/['"]!node_modules\/\*\*['"]/);
  });
});

// `npm start`: builds Almanac and opens it in Electron. The electron package downloads its
// binary lazily, on first run, so on a machine that cannot reach GitHub there is no binary;
// then this script says so in one paragraph and points at `npm run web`, instead of letting
// Electron's installer print a stack trace. The binary is checked before building, so that
// answer comes at once rather than after a minute of bundling.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

const binary = findOrFetchElectron();
if (!binary.ok) {
  console.error(
    `\nAlmanac cannot open as a desktop app here: Electron's binary is not available on this machine. ` +
      `The electron package downloads it from GitHub the first time it runs, and ${binary.why}. ` +
      `To use Almanac now, run \`npm run web\`: it runs the same app in your browser. ` +
      `For the desktop app, run \`npm start\` again once this machine can reach github.com.\n`,
  );
  process.exit(1);
}

await buildEverything();
const child = spawn(binary.path, [ROOT, ...process.argv.slice(2)], { stdio: 'inherit', cwd: ROOT });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  console.error(
    `\nElectron was found at ${binary.path} but could not be started (${error.message}). Run \`npm run web\` to use Almanac in your browser.\n`,
  );
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

/** The Electron executable, downloading it once if needed; or why there is none. */
function findOrFetchElectron() {
  let electronDir;
  try {
    electronDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return { ok: false, why: 'the electron package itself is not installed (run `npm install`)' };
  }
  const found = installedBinary(electronDir);
  if (found) return { ok: true, path: found };
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD)
    return { ok: false, why: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was never downloaded' };

  console.log("Downloading Electron's binary (once)…");
  const install = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    encoding: 'utf8',
    timeout: 180_000,
  });
  const again = installedBinary(electronDir);
  if (again) return { ok: true, path: again };
  return {
    ok: false,
    why: `that download failed here (${downloadFailure(install)}), which usually means there is no internet access or github.com is out of reach`,
  };
}

/** Mirrors electron/index.js, without its side effect of starting a download. */
function installedBinary(electronDir) {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronDir, 'dist');
  const full = path.join(base, relative);
  return existsSync(full) ? full : null;
}

/** One line naming the failure: the installer's error message, not its stack. */
function downloadFailure(result) {
  if (result.error?.code === 'ETIMEDOUT') return 'it timed out';
  if (result.error) return result.error.message;
  const line = `${result.stderr ?? ''}`
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l && !l.startsWith('at '));
  return line ? line.slice(0, 160) : `the installer exited with code ${result.status}`;
}

async function buildEverything() {
  console.log('Building Almanac…');
  const { build } = await import('vite');
  await build({ configFile: path.join(ROOT, 'vite.renderer.config.ts'), logLevel: 'warn' });
  const { buildElectron } = await import('./build-electron.mjs');
  await buildElectron({ dev: true });
}

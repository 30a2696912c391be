// Bundles the Electron main process and the preload into out/ with esbuild (the bundler tsx
// already brings). Main becomes one CommonJS file with its dependencies inside, so the
// packaged app needs no node_modules; the preload must be a single CommonJS file because a
// sandboxed preload can require nothing but 'electron'. The renderer is built by Vite
// separately (npm run build). Usage: node scripts/build-electron.mjs [--dev]
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Builds <outDir>/main/electron.cjs and <outDir>/preload/electron.cjs (outDir defaults to out/). */
export async function buildElectron({ dev = false, outDir = 'out' } = {}) {
  const common = {
    absWorkingDir: ROOT,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    sourcemap: dev ? 'inline' : 'linked',
    minify: false,
    logLevel: 'warning',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') },
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: ['src-main/shell/main.ts'],
      outfile: `${outDir}/main/electron.cjs`,
      // Electron 45 runs Node 22.
      target: 'node22',
      external: ['electron', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
    }),
    build({
      ...common,
      entryPoints: ['src-preload/electron.ts'],
      outfile: `${outDir}/preload/electron.cjs`,
      target: 'chrome140',
      // Parsed on every page load; minified it is a third of the size.
      minify: !dev,
      external: ['electron'],
    }),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildElectron({ dev: process.argv.includes('--dev') });
  console.log('Built out/main/electron.cjs and out/preload/electron.cjs');
}

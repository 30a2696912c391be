// The renderer as users get it: built the way `npm run web`, `npm start` and the packaged
// app build it, it holds no source map (which would serve the whole source) and none of the
// hooks the tests reach into the page through. Built with `--mode test`, as the end-to-end
// tests and the benchmark build it, the hooks are there, so the first check cannot pass by
// looking in the wrong place.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(path.join(tmpdir(), 'almanac-build-'));

async function buildRenderer(mode: 'production' | 'test'): Promise<Map<string, string>> {
  const outDir = path.join(work, mode);
  // Vitest sets NODE_ENV=test, which Vite would take for a development build of React;
  // npm's scripts build with it unset, which Vite reads as production.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(ROOT, 'vite.renderer.config.ts'),
      mode,
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(outDir, full), readFileSync(full, 'utf8'));
    }
  };
  walk(outDir);
  return files;
}

let production = new Map<string, string>();
let testBuild = new Map<string, string>();
beforeAll(async () => {
  production = await buildRenderer('production');
  testBuild = await buildRenderer('test');
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const scripts = (files: Map<string, string>) =>
  [...files].filter(([name]) => name.endsWith('.js')).map(([, text]) => text);

describe('the production renderer', () => {
  it('has no source maps, and no script points at one', () => {
    expect([...production.keys()].some((name) => name.endsWith('.map'))).toBe(false);
    expect(scripts(production).length).toBeGreaterThan(0);
    for (const text of scripts(production)) expect(text).not.toMatch(/sourceMappingURL/);
  });

  it('has no test hooks: no window.__almanac, no benchmark marks', () => {
    for (const text of scripts(production)) {
      expect(text).not.toContain('jsxDEV');
      expect(text).not.toContain('__almanac');
      expect(text).not.toContain('almanac:events-rendered');
    }
  });
});

describe('the test build', () => {
  it('has the hooks the end-to-end tests and the benchmark use', () => {
    const all = scripts(testBuild).join('\n');
    expect(all).toContain('__almanac');
    expect(all).toContain('almanac:range-requested');
    expect(all).toContain('almanac:events-rendered');
  });
});

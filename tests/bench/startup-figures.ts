// Start-up figures for `npm run bench`: from process start to the first week drawn, with
// 20,000 events in the database, in both shells. Medians of five starts, min and max.
//
// - Browser shell: `npm run web`'s CLI (through tsx, as it runs) started as a process on a
//   fixed port, then the page opened in a browser profile that already holds the 20,000
//   events; timed from the spawn to the renderer's 'almanac:events-rendered' mark, with the
//   page's own share (navigation start to drawn) beside it.
// - Electron: the binary cannot be installed here, so the bundled main process
//   (out/main/electron.cjs, built as for packaging) runs in Node against a stand-in for the
//   `electron` module (electron-stand-in.mjs), timed from the spawn to main asking its window
//   to load the renderer. Adding the page's share measured above gives an estimate of the
//   whole; Electron's own native start (its Chromium processes) is in neither figure.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from '@playwright/test';
import { DateTime } from 'luxon';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { makeEvents } from './navigation-figures';
import { spread } from './stats';

const REPS = 5;

export async function measureStartup(): Promise<Record<string, unknown>> {
  const web = await browserShellStarts();
  const main = await electronMainStarts();
  return {
    eventsInDatabase: 20_000,
    browserShellProcessStartToFirstWeekDrawnMs: spread(web.total),
    browserShellPageOpenToFirstWeekDrawnMs: spread(web.page),
    electronMainStartToWindowLoadMs_standIn: spread(main),
    electronStartToFirstWeekDrawnMs_estimate: spread(main.map((ms, i) => ms + web.page[i]!)),
  };
}

async function browserShellStarts(): Promise<{ total: number[]; page: number[] }> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'almanac-bench-start-'));
  const context = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), 'almanac-bench-profile-')),
    {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
      timezoneId: 'UTC',
    },
  );
  try {
    // The events go in once, through a first start; every timed start finds them there.
    {
      const shell = await startCli(port, dataDir);
      const page = await context.newPage();
      await page.goto(shell.url);
      await page.getByRole('button', { name: 'New event' }).waitFor();
      await page.evaluate(
        (records) =>
          (
            window as unknown as {
              __almanac: { db: { events: { bulkPut(r: unknown[]): Promise<unknown> } } };
            }
          ).__almanac.db.events.bulkPut(records),
        makeEvents(DateTime.utc().startOf('month')),
      );
      await page.close();
      await shell.stop();
    }
    const total: number[] = [];
    const page: number[] = [];
    for (let rep = 0; rep < REPS; rep++) {
      const started = Date.now();
      const shell = await startCli(port, dataDir);
      const drawn = await firstDrawn(context, shell.url);
      total.push(drawn.at - started);
      page.push(drawn.sinceNavigation);
      await shell.stop();
    }
    return { total, page };
  } finally {
    await context.close();
  }
}

/** Opens the app and waits for its first range's events on screen. */
async function firstDrawn(
  context: BrowserContext,
  url: string,
): Promise<{ at: number; sinceNavigation: number }> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    const handle = await page.waitForFunction(
      () => {
        const drawn = performance.getEntriesByName('almanac:events-rendered')[0];
        return drawn
          ? { at: performance.timeOrigin + drawn.startTime, sinceNavigation: drawn.startTime }
          : null;
      },
      undefined,
      { timeout: 60_000 },
    );
    return (await handle.jsonValue()) as { at: number; sinceNavigation: number };
  } finally {
    await page.close();
  }
}

async function electronMainStarts(): Promise<number[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'almanac-bench-out-'));
  const { buildElectron } = (await import(
    pathToFileURL(resolve('scripts/build-electron.mjs')).href
  )) as { buildElectron(options: { outDir: string }): Promise<void> };
  await buildElectron({ outDir });
  const runs: number[] = [];
  for (let rep = 0; rep < REPS; rep++) {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [
        '--import',
        pathToFileURL(resolve('tests/bench/electron-stand-in.mjs')).href,
        join(outDir, 'main/electron.cjs'),
      ],
      {
        cwd: tmpdir(),
        env: { ...process.env, ALMANAC_STAND_IN_APP_ROOT: resolve('.') },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    await lineFrom(child, /^loadURL=/);
    runs.push(performance.now() - started);
    await exited(child);
  }
  return runs;
}

/** `npm run web`'s CLI as its own process, as a person starts it. */
async function startCli(
  port: number,
  dataDir: string,
): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(
    process.execPath,
    [
      resolve('node_modules/tsx/dist/cli.mjs'),
      resolve('src-main/web/cli.ts'),
      '--port',
      String(port),
      '--data-dir',
      dataDir,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const line = await lineFrom(child, /Open (http:\/\/127\.0\.0\.1:\d+\/\S*)/);
  const url = /Open (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(line)![1]!;
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}

function lineFrom(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((done, fail) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => fail(new Error(`no ${pattern} within 60 s: ${err}`)), 60_000);
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => pattern.test(l));
      if (line) {
        clearTimeout(timer);
        done(line);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`exited (${code}) before ${pattern}: ${err}`));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once('exit', () => done()));
}

/** A port free now, so every start of the shell serves the same origin (the same database). */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

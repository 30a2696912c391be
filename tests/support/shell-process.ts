// `npm run web` as a separate process (the real CLI, through tsx), for tests whose question
// is whether something can end that process: a crash in-process would only fail the test
// run, while here the test sees the process exit and says which request did it.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface ShellProcess {
  /** The address the CLI printed, secret included. */
  url: string;
  origin: string;
  port: number;
  dataDir: string;
  /** Exit code once the process has ended, undefined while it runs. */
  exitCode(): number | null | undefined;
  /** Everything it printed on stderr so far (for the failure message). */
  stderr(): string;
  stop(): Promise<void>;
}

export async function startShellProcess(args: string[] = []): Promise<ShellProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'almanac-shell-process-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [
      resolve('node_modules/tsx/dist/cli.mjs'),
      resolve('src-main/web/cli.ts'),
      '--port',
      '0',
      '--data-dir',
      dataDir,
      ...args,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let exit: number | null | undefined;
  let stderr = '';
  child.on('exit', (code) => (exit = code));
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`the shell did not start: ${stderr}`)), 20_000);
    child.stdout?.on('data', (chunk) => {
      out += String(chunk);
      const found = /Open (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(out);
      if (found?.[1]) {
        clearTimeout(timer);
        done(found[1]);
      }
    });
    child.on('exit', () => fail(new Error(`the shell exited at start: ${stderr}`)));
  });
  const origin = new URL(url).origin;
  return {
    url,
    origin,
    port: Number(new URL(url).port),
    dataDir,
    exitCode: () => exit,
    stderr: () => stderr,
    stop: async () => {
      if (exit === undefined) {
        const ended = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await ended;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

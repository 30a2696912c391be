// Request targets that are not a plain path, sent to the running browser shell (its own
// process, as `npm run web` starts it): each is answered 400, and the process still serves
// the page and the bridge afterwards. One such target in an <img> on any web page was once
// enough to end the process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_TARGETS, ODD_PATHS, rawRequest } from '../../support/raw-http';
import { startShellProcess } from '../../support/shell-process';
import type { ShellProcess } from '../../support/shell-process';

let shell: ShellProcess;

beforeAll(async () => {
  shell = await startShellProcess();
});
afterAll(() => shell.stop());

describe('the browser shell and hostile request targets', () => {
  it.each(HOSTILE_TARGETS)('answers %j with 400 and keeps serving', async (target) => {
    const answer = await rawRequest(shell.port, target).catch((error: Error) => error);
    expect(shell.exitCode(), `the process ended: ${shell.stderr()}`).toBeUndefined();
    expect(answer).toMatchObject({ status: 400 });
    const home = await rawRequest(shell.port, '/');
    expect([200, 503]).toContain(home.status);
  });

  it.each(ODD_PATHS)('refuses the odd path %j and keeps serving', async (target) => {
    const answer = await rawRequest(shell.port, target).catch((error: Error) => error);
    expect(shell.exitCode(), `the process ended: ${shell.stderr()}`).toBeUndefined();
    expect(answer).toMatchObject({ status: expect.any(Number) });
    const { status } = answer as { status: number };
    expect(status >= 400 && status < 500, `status ${status}`).toBe(true);
  });

  it('answers them on the bridge path too, without opening it', async () => {
    for (const target of ['//[', '//bridge', '/bridge?x=//[']) {
      const answer = await rawRequest(shell.port, target);
      expect(answer.status).toBe(target.startsWith('/bridge') ? 404 : 400);
    }
    expect(shell.exitCode()).toBeUndefined();
  });
});

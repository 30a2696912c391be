// Requests reach a handler only from our own top frame, and every outcome is data.
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src-preload/settings';
import { channels } from '../../../src-preload/contract';
import type { Handlers } from '../../../src-main/ipc/dispatch';
import { createInvokeGate } from '../../../src-main/shell/ipc-gate';

// Every channel gets a spy (new channels land in the contract often); the ones used here answer.
function handlers(): Handlers {
  const spies = Object.fromEntries(Object.keys(channels).map((name) => [name, vi.fn(() => null)]));
  return {
    ...spies,
    'settings:update': vi.fn((patch) => ({ ...DEFAULT_SETTINGS, ...patch })),
  } as unknown as Handlers;
}

const ours = { url: 'app://almanac/index.html', isMainFrame: true };
const production = { devOrigin: null };

describe('createInvokeGate', () => {
  it('passes a request from our window to its handler', async () => {
    const h = handlers();
    const gate = createInvokeGate(h, production, () => undefined);
    expect(await gate('settings:update', ours, { theme: 'dark' })).toEqual({
      ok: true,
      value: { ...DEFAULT_SETTINGS, theme: 'dark' },
    });
    expect(h['settings:update']).toHaveBeenCalledWith({ theme: 'dark' });
  });

  it.each([
    ['a foreign page', { url: 'https://evil.example/', isMainFrame: true }],
    ['an iframe inside our page', { url: 'app://almanac/index.html', isMainFrame: false }],
    ['the dev server in production', { url: 'http://localhost:5173/', isMainFrame: true }],
    ['a frame that is gone', null],
  ])('refuses %s as data, without running the handler', async (_name, sender) => {
    const h = handlers();
    const warn = vi.fn();
    const result = await createInvokeGate(h, production, warn)('settings:update', sender, {
      theme: 'dark',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(h['settings:update']).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledOnce();
  });

  it('still validates payloads and channels after the sender check', async () => {
    const gate = createInvokeGate(handlers(), production, () => undefined);
    expect(await gate('settings:update', ours, { theme: 'purple' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    expect(await gate('shell:open-external', ours, { url: 'file:///etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    expect(await gate('fs:read', ours, '/etc/passwd')).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
  });
});

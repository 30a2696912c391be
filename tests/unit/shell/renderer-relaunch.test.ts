// When the page dies or its store port breaks, the desktop app loads it again (which hands
// main a fresh port); a port closing because a new page is on its way is not a failure, and a
// renderer that keeps dying is not reloaded forever.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RendererRelaunch } from '../../../src-main/shell/renderer-relaunch';

function world() {
  const page = { destroyed: false, reload: vi.fn(), isDestroyed: () => page.destroyed };
  const log: string[] = [];
  let now = 0;
  const relaunch = new RendererRelaunch({
    page: () => page,
    graceMs: 2_000,
    now: () => now,
    log: (line) => log.push(line),
  });
  return {
    page,
    log,
    relaunch,
    advance(ms: number) {
      now += ms;
      vi.advanceTimersByTime(ms);
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the renderer relaunch', () => {
  it('reloads the page at once when its renderer process dies, not when it exits cleanly', () => {
    const w = world();
    w.relaunch.storeAttached();
    w.relaunch.processGone('clean-exit');
    expect(w.page.reload).not.toHaveBeenCalled();
    w.relaunch.processGone('crashed');
    expect(w.page.reload).toHaveBeenCalledOnce();
    expect(w.log.join('\n')).toContain('renderer process ended (crashed)');
  });

  it('reloads a living page whose store port broke, after a grace period', () => {
    const w = world();
    w.relaunch.storeAttached();
    w.relaunch.storeLost();
    w.advance(1_999);
    expect(w.page.reload).not.toHaveBeenCalled();
    w.advance(1);
    expect(w.page.reload).toHaveBeenCalledOnce();
  });

  it('leaves a port alone that closes because a new page is loading, or is replaced in time', () => {
    const w = world();
    w.relaunch.storeAttached();
    // A reload: loading starts, the old page's port closes, the new page hands its own.
    w.relaunch.pageLoading();
    w.relaunch.storeLost();
    w.advance(10_000);
    w.relaunch.storeAttached();
    // A port replaced by the next one within the grace period.
    w.relaunch.storeLost();
    w.advance(500);
    w.relaunch.storeAttached();
    w.advance(10_000);
    expect(w.page.reload).not.toHaveBeenCalled();
  });

  it('does nothing once the window is gone or the app quits', () => {
    const w = world();
    w.relaunch.storeAttached();
    w.page.destroyed = true;
    w.relaunch.processGone('crashed');
    expect(w.page.reload).not.toHaveBeenCalled();
    w.page.destroyed = false;
    w.relaunch.stop();
    w.relaunch.processGone('crashed');
    w.relaunch.storeLost();
    w.advance(10_000);
    expect(w.page.reload).not.toHaveBeenCalled();
  });

  it('stops reloading a renderer that dies three times within a minute, and tries again later', () => {
    const w = world();
    for (let i = 0; i < 5; i++) {
      w.relaunch.processGone('crashed');
      w.advance(1_000);
    }
    expect(w.page.reload).toHaveBeenCalledTimes(3);
    expect(w.log.at(-1)).toContain('failed too often');
    w.advance(60_000);
    w.relaunch.processGone('oom');
    expect(w.page.reload).toHaveBeenCalledTimes(4);
  });
});

import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { SyncScheduler } from '../../../src-main/sync/scheduler';
import type { SyncReport } from '../../../src-main/sync/sync-engine';

const report = (ok: boolean): SyncReport => ({
  ok,
  startedAt: '',
  durationMs: 0,
  pushed: 0,
  pulled: 0,
  conflicts: 0,
  parked: 0,
  refused: 0,
  calendars: [],
  needsConfirmation: [],
});

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(results: boolean[] = []) {
  let active = 0;
  let maxActive = 0;
  const runs: number[] = [];
  const run = vi.fn(async () => {
    active++;
    maxActive = Math.max(maxActive, active);
    runs.push(Date.now());
    await new Promise((r) => setTimeout(r, 100));
    active--;
    return report(results.shift() ?? true);
  });
  const scheduler = new SyncScheduler({ run, intervalMs: 60_000, editDelayMs: 3_000 });
  return { scheduler, run, runs, maxActive: () => maxActive };
}

test('start-up runs at once, then every interval', async () => {
  const { scheduler, run } = setup();
  scheduler.start();
  await vi.advanceTimersByTimeAsync(100);
  expect(run).toHaveBeenCalledTimes(1);
  await vi.advanceTimersByTimeAsync(60_000);
  expect(run).toHaveBeenCalledTimes(2);
  scheduler.stop();
});

test('local edits debounce: a burst of edits gives one sync a few seconds after the last', async () => {
  const { scheduler, run } = setup();
  scheduler.start();
  await vi.advanceTimersByTimeAsync(100);
  for (let i = 0; i < 5; i++) {
    void scheduler.trigger('local-edit');
    await vi.advanceTimersByTimeAsync(1_000);
  }
  expect(run).toHaveBeenCalledTimes(1);
  await vi.advanceTimersByTimeAsync(2_100);
  expect(run).toHaveBeenCalledTimes(2);
  scheduler.stop();
});

test('one run at a time: triggers during a run cause exactly one more run after it', async () => {
  const { scheduler, run, maxActive } = setup();
  scheduler.start();
  void scheduler.trigger('manual');
  void scheduler.trigger('online');
  await vi.advanceTimersByTimeAsync(250);
  expect(run).toHaveBeenCalledTimes(2);
  expect(maxActive()).toBe(1);
  scheduler.stop();
});

test('after failures automatic runs back off exponentially; a manual run goes at once', async () => {
  const { scheduler, run, runs } = setup([false, false, false]);
  scheduler.start();
  await vi.advanceTimersByTimeAsync(100); // fails: next in 30 s
  await vi.advanceTimersByTimeAsync(30_100); // fails: next in 60 s
  expect(run).toHaveBeenCalledTimes(2);
  await vi.advanceTimersByTimeAsync(30_000);
  expect(run).toHaveBeenCalledTimes(2);
  await vi.advanceTimersByTimeAsync(30_100);
  expect(run).toHaveBeenCalledTimes(3);
  expect(runs[2]! - runs[1]!).toBeGreaterThanOrEqual(60_000);
  const manual = scheduler.trigger('manual');
  await vi.advanceTimersByTimeAsync(100);
  await manual;
  expect(run).toHaveBeenCalledTimes(4);
  scheduler.stop();
});

test('a window coming back syncs at once, but waits out a backoff like waking from sleep does', async () => {
  const { scheduler, run, runs } = setup([true, false]);
  scheduler.start();
  await vi.advanceTimersByTimeAsync(100);
  void scheduler.trigger('window');
  await vi.advanceTimersByTimeAsync(100); // at once, minutes before the interval; fails
  expect(run).toHaveBeenCalledTimes(2);
  void scheduler.trigger('window');
  void scheduler.trigger('resume');
  await vi.advanceTimersByTimeAsync(29_000);
  expect(run).toHaveBeenCalledTimes(2);
  await vi.advanceTimersByTimeAsync(1_100);
  expect(run).toHaveBeenCalledTimes(3);
  expect(runs[2]! - runs[1]!).toBeGreaterThanOrEqual(30_000);
  scheduler.stop();
});

test('pause stops automatic runs; resume syncs what queued meanwhile', async () => {
  const { scheduler, run } = setup();
  scheduler.start();
  await vi.advanceTimersByTimeAsync(100);
  scheduler.pause();
  void scheduler.trigger('local-edit');
  void scheduler.trigger('online');
  await vi.advanceTimersByTimeAsync(120_000);
  expect(run).toHaveBeenCalledTimes(1);
  scheduler.resume();
  await vi.advanceTimersByTimeAsync(100);
  expect(run).toHaveBeenCalledTimes(2);
  scheduler.stop();
});

test('a new interval applies at once, counted from the last run; an edit debounce is not moved by it', async () => {
  const { scheduler, run, runs } = setup();
  scheduler.start();
  await vi.advanceTimersByTimeAsync(100);
  await vi.advanceTimersByTimeAsync(10_000);
  scheduler.setIntervalMs(20_000); // the next run is due 20 s after the first ended, 10 s from now
  await vi.advanceTimersByTimeAsync(9_000);
  expect(run).toHaveBeenCalledTimes(1);
  await vi.advanceTimersByTimeAsync(1_100);
  expect(run).toHaveBeenCalledTimes(2);
  expect(runs[1]! - runs[0]!).toBeLessThan(21_000);
  await vi.advanceTimersByTimeAsync(20_100);
  expect(run).toHaveBeenCalledTimes(3);

  scheduler.setIntervalMs(3_600_000); // longer: the waiting run moves out
  await vi.advanceTimersByTimeAsync(60_000);
  expect(run).toHaveBeenCalledTimes(3);
  void scheduler.trigger('local-edit');
  scheduler.setIntervalMs(1_000_000);
  await vi.advanceTimersByTimeAsync(3_100);
  expect(run).toHaveBeenCalledTimes(4);
  scheduler.stop();
});

// Main's wake-up for the page's reminder schedule, with a fake clock: it wakes at the time a
// page asked for, the earliest request waiting wins, and shutting down stops it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReminderWakeTimer } from '../../../src-main/reminders/wake-timer';

describe('the reminders wake-up timer in main', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-06-10T08:19:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('wakes the page at the moment it asked for, not before', () => {
    const wake = vi.fn();
    const timer = new ReminderWakeTimer(wake);
    timer.request(60_000);
    expect(timer.dueAt).toBe(Date.parse('2026-06-10T08:20:00Z'));
    vi.advanceTimersByTime(59_999);
    expect(wake).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(wake).toHaveBeenCalledTimes(1);
    expect(timer.dueAt).toBeNull();
    vi.advanceTimersByTime(600_000);
    expect(wake).toHaveBeenCalledTimes(1);
  });

  it('keeps the earliest request; a later one is asked for again after the wake', () => {
    const wake = vi.fn();
    const timer = new ReminderWakeTimer(wake);
    timer.request(30_000);
    timer.request(50_000);
    expect(timer.dueAt).toBe(Date.now() + 30_000);
    timer.request(10_000);
    expect(timer.dueAt).toBe(Date.now() + 10_000);
    vi.advanceTimersByTime(10_000);
    expect(wake).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(wake).toHaveBeenCalledTimes(1);
  });

  it('wakes no one once stopped (the app is quitting)', () => {
    const wake = vi.fn();
    const timer = new ReminderWakeTimer(wake);
    timer.request(5_000);
    timer.stop();
    vi.advanceTimersByTime(10_000);
    expect(wake).not.toHaveBeenCalled();
  });
});

// The browser notification's buttons and what the reminder worker tells the page a click
// means: the same table both sides read, so a wrong entry here is a button that does the
// wrong thing.
import { describe, expect, it } from 'vitest';
import {
  clickAction,
  linkToOpen,
  notificationOptions,
} from '../../../src-renderer/reminders/notification-buttons';
import type { ReminderNotice } from '../../../src-preload/reminder-messages';

const notice: ReminderNotice = {
  key: 'abc_20260610T083000Z',
  title: 'Design review',
  body: '10:30 – 11:00\nRoom 4',
  canSnoozeUntilStart: true,
  group: false,
  sound: true,
};
const call = 'https://meet.google.com/abc-defg-hij';
// The page's words for the buttons (from its catalogue; here, English's).
const words = (minutes: number) => ({
  join: 'Join',
  snooze: `Snooze ${minutes} minutes`,
  dismiss: 'Dismiss',
});

describe('the buttons a reminder notification carries', () => {
  it('offers Join and Snooze for an event with a call, Snooze and Dismiss without one', () => {
    expect(notificationOptions({ ...notice, joinUrl: call }, 10, 2, words(10)).actions).toEqual([
      { action: 'join', title: 'Join' },
      { action: 'snooze', title: 'Snooze 10 minutes' },
    ]);
    expect(notificationOptions(notice, 5, 2, words(5)).actions).toEqual([
      { action: 'snooze', title: 'Snooze 5 minutes' },
      { action: 'dismiss', title: 'Dismiss' },
    ]);
  });

  it('shows all three where the browser allows three, none where it allows none', () => {
    expect(
      notificationOptions({ ...notice, joinUrl: call }, 15, 3, words(15)).actions.map(
        (a) => a.action,
      ),
    ).toEqual(['join', 'snooze', 'dismiss']);
    expect(notificationOptions(notice, 15, 0, words(15)).actions).toEqual([]);
  });

  it('gives the "while you were away" group no buttons', () => {
    expect(notificationOptions({ ...notice, group: true }, 10, 2, words(10)).actions).toEqual([]);
  });

  it('tags it with the occurrence, keeps what a click needs, and follows the sound setting', () => {
    const options = notificationOptions(
      { ...notice, joinUrl: call, sound: false },
      10,
      2,
      words(10),
    );
    expect(options).toMatchObject({
      tag: notice.key,
      body: notice.body,
      silent: true,
      data: { key: notice.key, joinUrl: call, snooze: 10 },
    });
  });
});

describe('what a click asks of the page', () => {
  const data = notificationOptions({ ...notice, joinUrl: call }, 15, 2, words(15)).data;

  it('opens the event for a click on the body', () => {
    expect(clickAction(data, '', false)).toEqual({ key: notice.key, action: 'open' });
    expect(linkToOpen(data, '')).toBeNull();
  });

  it('snoozes for the minutes the button named', () => {
    expect(clickAction(data, 'snooze', false)).toEqual({
      key: notice.key,
      action: 'snooze',
      snooze: 15,
    });
  });

  it('dismisses', () => {
    expect(clickAction(data, 'dismiss', false)).toEqual({ key: notice.key, action: 'dismiss' });
  });

  it('opens the call from the worker, then only settles the reminder in the page', () => {
    expect(linkToOpen(data, 'join')).toBe(call);
    expect(clickAction(data, 'join', true)).toEqual({ key: notice.key, action: 'dismiss' });
    // The browser refused the worker a window: the page opens the call.
    expect(clickAction(data, 'join', false)).toEqual({ key: notice.key, action: 'join' });
  });

  it('ignores notifications it did not make and buttons it does not know', () => {
    expect(clickAction(null, '', false)).toBeNull();
    expect(clickAction({ key: 'x', snooze: 7 }, 'snooze', false)).toBeNull();
    expect(clickAction({ key: '', snooze: 5 }, '', false)).toBeNull();
    expect(clickAction(data, 'reply', false)).toBeNull();
  });

  it('never opens a link that is not https', () => {
    expect(linkToOpen({ key: 'x', snooze: 5, joinUrl: 'javascript:alert(1)' }, 'join')).toBeNull();
    expect(linkToOpen({ key: 'x', snooze: 5, joinUrl: 'http://evil.example' }, 'join')).toBeNull();
  });
});

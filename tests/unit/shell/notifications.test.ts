// Reminders in the system's notification centre, against the Electron stand-in: what each
// platform shows, and what a click, an action or the close button reports to the page.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReminderNotice } from '../../../src-preload/reminder-messages';
import { FakeNotification } from './electron-stand-in';
import { desktopWords } from '../../../src-preload/desktop-words';

vi.mock('electron', async () => {
  const { FakeNotification } = await import('./electron-stand-in');
  return { Notification: FakeNotification };
});

const { ReminderNotifications } = await import('../../../src-main/shell/notifications');

const notice: ReminderNotice = {
  key: 'standup1_20260610T080000Z',
  title: 'Standup',
  body: 'Wed, 10 Jun, 10:00 – 10:15\nRoom 4',
  joinUrl: 'https://meet.google.com/abc-defg-hij',
  canSnoozeUntilStart: true,
  group: false,
  sound: false,
};

function notifier(platform: NodeJS.Platform) {
  const deps = {
    platform,
    iconPath: '/app/assets/icon.png',
    showWindow: vi.fn(),
    openUrl: vi.fn(),
    report: vi.fn(),
  };
  return { deps, notifications: new ReminderNotifications(deps) };
}

beforeEach(() => {
  FakeNotification.created = [];
  FakeNotification.supported = true;
});

describe('Linux: a plain notification, the panel does the rest', () => {
  it('shows title, time range and location, silent when sound is off, and says it has no actions', () => {
    const { notifications } = notifier('linux');
    expect(notifications.show(notice)).toEqual({ shown: true, actions: false });
    const [shown] = FakeNotification.created;
    expect(shown?.shown).toBe(true);
    expect(shown?.options).toEqual({
      title: 'Standup',
      body: 'Wed, 10 Jun, 10:00 – 10:15\nRoom 4',
      silent: true,
      icon: '/app/assets/icon.png',
    });
  });

  it('a click brings Almanac up on the event', () => {
    const { deps, notifications } = notifier('win32');
    notifications.show(notice);
    FakeNotification.created[0]!.emit('click');
    expect(deps.showWindow).toHaveBeenCalledOnce();
    expect(deps.report).toHaveBeenCalledWith({ key: notice.key, action: 'open' });
  });

  it('closing by itself (a timeout) dismisses nothing: the reminder waits in the panel', () => {
    const { deps, notifications } = notifier('linux');
    notifications.show(notice);
    FakeNotification.created[0]!.emit('close');
    expect(deps.report).not.toHaveBeenCalled();
  });

  it('without a notification service, nothing is shown and the page knows', () => {
    FakeNotification.supported = false;
    const { notifications } = notifier('linux');
    expect(notifications.show(notice)).toEqual({ shown: false, actions: false });
    expect(FakeNotification.created).toEqual([]);
  });

  it('one notification per occurrence; closing it from the page takes it away', () => {
    const { notifications } = notifier('linux');
    notifications.show(notice);
    notifications.show({ ...notice, body: 'again' });
    const [first, second] = FakeNotification.created;
    expect(first?.closed).toBe(true);
    expect(second?.closed).toBe(false);
    notifications.close(notice.key);
    expect(second?.closed).toBe(true);
  });
});

describe('macOS: the actions are on the notification', () => {
  it('words its buttons in the language in force', () => {
    const { deps } = notifier('darwin');
    const french = new ReminderNotifications({
      ...deps,
      words: () =>
        desktopWords({ language: 'fr-FR', timeFormat: 'region', weekStartsOn: 'region' }, []),
    });
    french.show(notice);
    expect(FakeNotification.created[0]!.options).toMatchObject({
      closeButtonText: 'Ignorer',
      actions: [
        { type: 'button', text: 'Rejoindre' },
        { type: 'button', text: 'Répéter dans 5 minutes' },
        { type: 'button', text: 'Répéter dans 10 minutes' },
        { type: 'button', text: 'Répéter dans 15 minutes' },
        { type: 'button', text: 'Répéter au début' },
      ],
    });
  });

  it('Join, Snooze 5/10/15 minutes or until it starts, and the close button dismisses', () => {
    const { deps, notifications } = notifier('darwin');
    expect(notifications.show({ ...notice, sound: true })).toEqual({ shown: true, actions: true });
    const shown = FakeNotification.created[0]!;
    expect(shown.options).toMatchObject({
      silent: false,
      closeButtonText: 'Dismiss',
      actions: [
        { type: 'button', text: 'Join' },
        { type: 'button', text: 'Snooze 5 minutes' },
        { type: 'button', text: 'Snooze 10 minutes' },
        { type: 'button', text: 'Snooze 15 minutes' },
        { type: 'button', text: 'Snooze until it starts' },
      ],
    });
    shown.emit('action', 0);
    expect(deps.openUrl).toHaveBeenCalledWith('https://meet.google.com/abc-defg-hij');
    expect(deps.report).toHaveBeenLastCalledWith({ key: notice.key, action: 'join' });

    notifications.show(notice);
    FakeNotification.created[1]!.emit('action', 2);
    expect(deps.report).toHaveBeenLastCalledWith({ key: notice.key, action: 'snooze', snooze: 10 });
    notifications.show(notice);
    FakeNotification.created[2]!.emit('action', 4);
    expect(deps.report).toHaveBeenLastCalledWith({
      key: notice.key,
      action: 'snooze',
      snooze: 'start',
    });
    notifications.show(notice);
    FakeNotification.created[3]!.emit('close');
    expect(deps.report).toHaveBeenLastCalledWith({ key: notice.key, action: 'dismiss' });
  });

  it('no Join without a call, no "until it starts" once started; the missed group has no actions', () => {
    const { notifications } = notifier('darwin');
    const { joinUrl: _join, ...withoutCall } = notice;
    notifications.show({ ...withoutCall, canSnoozeUntilStart: false });
    expect(
      (FakeNotification.created[0]!.options.actions as { text: string }[]).map((a) => a.text),
    ).toEqual(['Snooze 5 minutes', 'Snooze 10 minutes', 'Snooze 15 minutes']);
    expect(
      notifications.show({
        ...notice,
        key: 'almanac-missed',
        title: '3 reminders while you were away',
        group: true,
      }),
    ).toEqual({ shown: true, actions: false });
    expect(FakeNotification.created[1]!.options.actions).toBeUndefined();
  });

  it('closing it from the page (dismissed in the panel) reports nothing back', () => {
    const { deps, notifications } = notifier('darwin');
    notifications.show(notice);
    notifications.close(notice.key);
    FakeNotification.created[0]!.emit('close');
    expect(deps.report).not.toHaveBeenCalled();
  });
});

describe('Windows: the actions are toast buttons, Dismiss among them', () => {
  it('Join, Snooze 5/10/15 minutes and Dismiss (five at most), each reported back', () => {
    const { deps, notifications } = notifier('win32');
    // The panel stays too: Windows reports the buttons only where its registration took.
    expect(notifications.show(notice)).toEqual({ shown: true, actions: false });
    const shown = FakeNotification.created[0]!;
    expect(shown.options.closeButtonText).toBeUndefined();
    expect((shown.options.actions as { text: string }[]).map((a) => a.text)).toEqual([
      'Join',
      'Snooze 5 minutes',
      'Snooze 10 minutes',
      'Snooze 15 minutes',
      'Dismiss',
    ]);
    shown.emit('action', 0);
    expect(deps.openUrl).toHaveBeenCalledWith('https://meet.google.com/abc-defg-hij');
    expect(deps.report).toHaveBeenLastCalledWith({ key: notice.key, action: 'join' });
    notifications.show(notice);
    FakeNotification.created[1]!.emit('action', 3);
    expect(deps.report).toHaveBeenLastCalledWith({ key: notice.key, action: 'snooze', snooze: 15 });
    notifications.show(notice);
    FakeNotification.created[2]!.emit('action', 4);
    expect(deps.report).toHaveBeenLastCalledWith({ key: notice.key, action: 'dismiss' });
  });

  it('without a call, "until it starts" takes the place of Join', () => {
    const { deps, notifications } = notifier('win32');
    const { joinUrl: _join, ...withoutCall } = notice;
    notifications.show(withoutCall);
    const shown = FakeNotification.created[0]!;
    expect((shown.options.actions as { text: string }[]).map((a) => a.text)).toEqual([
      'Snooze 5 minutes',
      'Snooze 10 minutes',
      'Snooze 15 minutes',
      'Snooze until it starts',
      'Dismiss',
    ]);
    shown.emit('action', 3);
    expect(deps.report).toHaveBeenLastCalledWith({
      key: notice.key,
      action: 'snooze',
      snooze: 'start',
    });
  });

  it('a toast that times out into the Action Center dismisses nothing', () => {
    const { deps, notifications } = notifier('win32');
    notifications.show(notice);
    FakeNotification.created[0]!.emit('close');
    expect(deps.report).not.toHaveBeenCalled();
  });
});

// The tray against the Electron stand-in: the next three events with Join for the one about
// to start, Open, Sync now, Pause/Resume and Quit, each doing what it says.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeTray } from './electron-stand-in';

vi.mock('electron', async () => {
  const { FakeTray, fakeMenu, fakeNativeImage } = await import('./electron-stand-in');
  return { Tray: FakeTray, Menu: fakeMenu, nativeImage: fakeNativeImage };
});

const { AlmanacTray, trayMenuTemplate } = await import('../../../src-main/shell/tray');
const { desktopWords } = await import('../../../src-preload/desktop-words');

function actions() {
  return {
    open: vi.fn(),
    openEvent: vi.fn(),
    join: vi.fn(),
    syncNow: vi.fn(),
    setPaused: vi.fn(),
    quit: vi.fn(),
  };
}

const agenda = [
  {
    key: 'standup1_20260610T080000Z',
    label: '10:00 Standup',
    title: 'Standup',
    joinUrl: 'https://meet.google.com/abc-defg-hij',
  },
  { key: 'review1', label: '14:00 Design review', title: 'Design review' },
  { key: 'dinner1', label: 'Thu 19:30 Dinner', title: 'Dinner' },
];

beforeEach(() => {
  FakeTray.created = [];
});

describe('the tray menu', () => {
  it('lists the next events, Join for the one about to start, then the app’s controls', () => {
    const labels = trayMenuTemplate(agenda, { paused: false }, actions()).map(
      (m) => m.label ?? `-${m.type}-`,
    );
    expect(labels).toEqual([
      '10:00 Standup',
      'Join “Standup”',
      '14:00 Design review',
      'Thu 19:30 Dinner',
      '-separator-',
      'Open Almanac',
      'Sync now',
      'Pause sync',
      '-separator-',
      'Quit Almanac',
    ]);
  });

  it('says when nothing is coming, and offers Resume while paused', () => {
    const labels = trayMenuTemplate([], { paused: true }, actions()).map((m) => m.label);
    expect(labels).toContain('No events coming up');
    expect(labels).toContain('Resume sync');
    expect(labels).not.toContain('Pause sync');
  });

  it('each item does what it says', () => {
    const a = actions();
    let paused = false;
    const tray = new AlmanacTray({ platform: 'linux', iconPath: '/app/icon.png' }, a, () => paused);
    const fake = FakeTray.created[0]!;
    expect(fake.tooltip).toBe('Almanac');
    expect(fake.image).toEqual({ file: '/app/icon.png', size: { width: 22, height: 22 } });
    tray.setAgenda(agenda);
    fake.pick('Join “Standup”');
    expect(a.join).toHaveBeenCalledWith('https://meet.google.com/abc-defg-hij');
    fake.pick('14:00 Design review');
    expect(a.openEvent).toHaveBeenCalledWith('review1');
    fake.pick('Open Almanac');
    expect(a.open).toHaveBeenCalledOnce();
    fake.pick('Sync now');
    expect(a.syncNow).toHaveBeenCalledOnce();
    fake.pick('Pause sync');
    expect(a.setPaused).toHaveBeenCalledWith(true);
    paused = true;
    tray.refresh();
    fake.pick('Resume sync');
    expect(a.setPaused).toHaveBeenLastCalledWith(false);
    fake.pick('Quit Almanac');
    expect(a.quit).toHaveBeenCalledOnce();
    tray.destroy();
    expect(fake.destroyed).toBe(true);
  });

  it('on Windows a click on the icon opens the window', () => {
    const a = actions();
    new AlmanacTray({ platform: 'win32' }, a, () => false);
    FakeTray.created[0]!.listeners.get('click')?.();
    expect(a.open).toHaveBeenCalledOnce();
  });

  it('speaks the language in force, and changes with it at the next rebuild', () => {
    const settings = {
      language: null as string | null,
      timeFormat: 'region',
      weekStartsOn: 'region',
    } as const;
    let language: string | null = null;
    const tray = new AlmanacTray(
      { platform: 'linux' },
      actions(),
      () => false,
      () => desktopWords({ ...settings, language }, ['fr-FR', 'en-US']),
    );
    tray.setAgenda(agenda);
    const fake = FakeTray.created[0]!;
    expect(fake.labels()).toEqual(
      expect.arrayContaining([
        'Rejoindre « Standup »',
        'Ouvrir Almanac',
        'Synchroniser maintenant',
        'Suspendre la synchronisation',
        'Quitter Almanac',
      ]),
    );
    language = 'en-GB';
    tray.refresh();
    expect(fake.labels()).toContain('Quit Almanac');
    // A language without words of its own has English.
    expect(desktopWords({ ...settings, language: 'de-DE' }, []).trayQuit).toBe('Quit Almanac');
  });
});

// Almanac in the tray (the menu bar on macOS) while it keeps running with its window
// closed: the next three events (a click opens Almanac on one) with a Join item for the one
// about to start, then Open Almanac, Sync now, Pause or Resume sync, and Quit. The page
// sends the agenda already worded in the user's zone; the menu is rebuilt when it or the
// pause changes. `trayMenuTemplate` is pure, so the menu can be checked without Electron.
import { Menu, Tray, nativeImage } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import type { AgendaItem } from '../../src-preload/reminder-messages';
import { ENGLISH, filled, type DesktopWords } from '../../src-preload/desktop-words';

export interface TrayActions {
  open(): void;
  openEvent(key: string): void;
  join(url: string): void;
  syncNow(): void;
  setPaused(paused: boolean): void;
  quit(): void;
}

export function trayMenuTemplate(
  agenda: AgendaItem[],
  state: { paused: boolean },
  actions: TrayActions,
  words: DesktopWords = ENGLISH,
): MenuItemConstructorOptions[] {
  const events: MenuItemConstructorOptions[] = agenda.length
    ? agenda.flatMap((item) => [
        { label: item.label, click: () => actions.openEvent(item.key) },
        ...(item.joinUrl
          ? [
              {
                label: filled(words.trayJoin, { title: item.title }),
                click: () => actions.join(item.joinUrl!),
              },
            ]
          : []),
      ])
    : [{ label: words.trayNothing, enabled: false }];
  return [
    ...events,
    { type: 'separator' },
    { label: words.trayOpen, click: () => actions.open() },
    { label: words.traySync, click: () => actions.syncNow() },
    state.paused
      ? { label: words.trayResume, click: () => actions.setPaused(false) }
      : { label: words.trayPause, click: () => actions.setPaused(true) },
    { type: 'separator' },
    { label: words.trayQuit, click: () => actions.quit() },
  ];
}

export class AlmanacTray {
  private readonly tray: Tray;
  private agenda: AgendaItem[] = [];

  constructor(
    options: { iconPath?: string; platform: NodeJS.Platform },
    private readonly actions: TrayActions,
    private readonly paused: () => boolean,
    /** The words in the language in force, read at each rebuild. */
    private readonly words: () => DesktopWords = () => ENGLISH,
  ) {
    const image = options.iconPath
      ? nativeImage.createFromPath(options.iconPath)
      : nativeImage.createEmpty();
    const size = options.platform === 'linux' ? 22 : 16;
    this.tray = new Tray(image.isEmpty() ? image : image.resize({ width: size, height: size }));
    this.tray.setToolTip('Almanac');
    // Windows opens the window on a click; the menu is the right click (and Linux's only way).
    if (options.platform === 'win32') this.tray.on('click', () => actions.open());
    this.refresh();
  }

  setAgenda(items: AgendaItem[]): void {
    this.agenda = items;
    this.refresh();
  }

  refresh(): void {
    this.tray.setContextMenu(
      Menu.buildFromTemplate(
        trayMenuTemplate(this.agenda, { paused: this.paused() }, this.actions, this.words()),
      ),
    );
  }

  destroy(): void {
    this.tray.destroy();
  }
}

// The tray and the login item, following the settings: the tray shows while "Keep running
// when the window is closed" is on and carries the page's agenda and the sync controls;
// "Open at login" is applied to the system whenever it changes.
import type { AgendaItem } from '../../src-preload/reminder-messages';
import type { Settings } from '../../src-preload/settings';
import type { Services } from '../services';
import { applyOpenAtLogin } from './desktop-life';
import { AlmanacTray } from './tray';
import { desktopWords } from '../../src-preload/desktop-words';

export interface PresenceDeps {
  iconPath?: string;
  platform: NodeJS.Platform;
  showWindow(): void;
  /** Shows the window on one event (a tray agenda item). */
  openEvent(key: string): void;
  openUrl(url: string): void;
  quit(): void;
  /** "Keep running when the window is closed" changed: closing the window follows it. */
  onKeepRunning(keep: boolean): void;
  /** The system's preferred languages: the tray's words follow them unless Preferences chose one. */
  systemLanguages?(): readonly string[];
}

export class DesktopPresence {
  private tray: AlmanacTray | null = null;
  private agenda: AgendaItem[] = [];
  private openAtLogin: boolean | null = null;

  constructor(private readonly deps: PresenceDeps) {}

  attach(services: Services): void {
    const follow = (settings: Settings) => {
      this.deps.onKeepRunning(settings.keepRunningInTray);
      if (settings.keepRunningInTray && !this.tray) {
        this.tray = new AlmanacTray(
          {
            platform: this.deps.platform,
            ...(this.deps.iconPath ? { iconPath: this.deps.iconPath } : {}),
          },
          {
            open: () => this.deps.showWindow(),
            openEvent: (key) => this.deps.openEvent(key),
            join: (url) => this.deps.openUrl(url),
            syncNow: () => void services.sync.syncNow(),
            setPaused: (paused) => void services.sync.setPaused(paused),
            quit: () => this.deps.quit(),
          },
          () => services.settings.get().syncPaused,
          () => desktopWords(services.settings.get(), this.deps.systemLanguages?.() ?? []),
        );
        this.tray.setAgenda(this.agenda);
      } else if (!settings.keepRunningInTray && this.tray) {
        this.tray.destroy();
        this.tray = null;
      }
      // Pause and resume change the menu too.
      this.tray?.refresh();
      if (settings.openAtLogin !== this.openAtLogin) {
        this.openAtLogin = settings.openAtLogin;
        applyOpenAtLogin(settings.openAtLogin).catch((error: unknown) =>
          console.error('[almanac] "Open at login" could not be changed:', error),
        );
      }
    };
    follow(services.settings.get());
    services.settings.onChange(follow);
  }

  setAgenda(items: AgendaItem[]): void {
    this.agenda = items;
    this.tray?.setAgenda(items);
  }
}

// Keeps main's link to the page alive in the desktop app. The page holds the local calendar
// and lends it to main over a MessagePort; if the page's renderer process dies, or that port
// breaks while the page lives on, sync has nothing to talk to and the window shows a dead or
// cut-off page. Either way the page is loaded again, which starts a renderer if needed and
// makes the preload hand main a fresh port, as the browser shell's Reload does after its
// socket drops. A renderer that keeps dying is not reloaded forever. Pure: main.ts feeds it
// Electron's events and gives it the window's webContents as the page.

export interface RelaunchablePage {
  isDestroyed(): boolean;
  reload(): void;
}

export interface RendererRelaunchDeps {
  /** The page to load again (the main window's), or null when there is no window. */
  page(): RelaunchablePage | null;
  /** How long the page may be without its store port before it is loaded again. */
  graceMs?: number;
  /** At most this many relaunches within `loopWindowMs`; past it, the renderer is left as it is. */
  maxRelaunches?: number;
  loopWindowMs?: number;
  now?: () => number;
  log?: (message: string) => void;
}

export class RendererRelaunch {
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** A page is loading and will hand its own port: a port closing meanwhile is the old page's. */
  private awaitingPort = true;
  private relaunches: number[] = [];
  private stopped = false;

  constructor(private readonly deps: RendererRelaunchDeps) {}

  /** The page started loading (a start, a reload, a relaunch). */
  pageLoading(): void {
    this.cancel();
    this.awaitingPort = true;
  }

  /** The page handed main its store port. */
  storeAttached(): void {
    this.cancel();
    this.awaitingPort = false;
  }

  /** The store port closed. Unless a new page is on its way, the link is re-made after a grace period. */
  storeLost(): void {
    if (this.stopped || this.awaitingPort || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.awaitingPort) this.relaunch('the link to the local calendar broke');
    }, this.deps.graceMs ?? 2_000);
  }

  /** Electron's render-process-gone: the page's process ended, so nothing is on screen. */
  processGone(reason: string): void {
    // A clean exit is the window closing, not a failure.
    if (this.stopped || reason === 'clean-exit') return;
    this.relaunch(`its renderer process ended (${reason})`);
  }

  /** The app is quitting: nothing is relaunched any more. */
  stop(): void {
    this.stopped = true;
    this.cancel();
  }

  private relaunch(why: string): void {
    const page = this.deps.page();
    if (this.stopped || !page || page.isDestroyed()) return;
    const now = (this.deps.now ?? Date.now)();
    const span = this.deps.loopWindowMs ?? 60_000;
    this.relaunches = this.relaunches.filter((at) => now - at < span);
    if (this.relaunches.length >= (this.deps.maxRelaunches ?? 3)) {
      this.deps.log?.(`The page was not reloaded after ${why}: it failed too often in a row.`);
      return;
    }
    this.relaunches.push(now);
    this.deps.log?.(`Reloading the page: ${why}.`);
    this.pageLoading();
    page.reload();
  }

  private cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

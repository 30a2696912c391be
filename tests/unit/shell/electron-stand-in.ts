// Stand-ins for the parts of Electron the reminder and tray code uses: Notification, Tray,
// Menu.buildFromTemplate and nativeImage. They record what the code asked for and let a
// test press what a user would (click a notification or its action, pick a menu item).
// Each test file mocks 'electron' with these (plus whatever else it needs).
type Listener = (...args: unknown[]) => void;

export class FakeNotification {
  static supported = true;
  static created: FakeNotification[] = [];
  static isSupported(): boolean {
    return FakeNotification.supported;
  }
  readonly listeners = new Map<string, Listener>();
  shown = false;
  closed = false;
  constructor(readonly options: Record<string, unknown>) {
    FakeNotification.created.push(this);
  }
  on(event: string, listener: Listener): this {
    this.listeners.set(event, listener);
    return this;
  }
  show(): void {
    this.shown = true;
  }
  close(): void {
    this.closed = true;
  }
  /** What the system does when the user clicks it, picks action `index`, or closes it. */
  emit(event: 'click' | 'close' | 'failed'): void;
  emit(event: 'action', index: number): void;
  emit(event: string, index?: number): void {
    this.listeners.get(event)?.({}, index);
  }
}

export interface FakeMenuItem {
  label?: string;
  type?: string;
  enabled?: boolean;
  click?: () => void;
}

export class FakeTray {
  static created: FakeTray[] = [];
  menu: FakeMenuItem[] = [];
  tooltip = '';
  destroyed = false;
  readonly listeners = new Map<string, Listener>();
  constructor(readonly image: unknown) {
    FakeTray.created.push(this);
  }
  setToolTip(text: string): void {
    this.tooltip = text;
  }
  setContextMenu(menu: FakeMenuItem[]): void {
    this.menu = menu;
  }
  on(event: string, listener: Listener): this {
    this.listeners.set(event, listener);
    return this;
  }
  destroy(): void {
    this.destroyed = true;
  }
  /** Picks the menu item labelled `label`, as the user would. */
  pick(label: string): void {
    const item = this.menu.find((m) => m.label === label);
    if (!item?.click) throw new Error(`no tray item "${label}" in ${this.labels().join(' | ')}`);
    item.click();
  }
  labels(): string[] {
    return this.menu.map((m) => m.label ?? `-${m.type ?? ''}-`);
  }
}

export const fakeNativeImage = {
  createFromPath: (file: string) => fakeImage(file),
  createEmpty: () => fakeImage(''),
};

function fakeImage(file: string) {
  return {
    file,
    isEmpty: () => file === '',
    resize: (size: { width: number; height: number }) => ({ file, size }),
  };
}

/** Menu.buildFromTemplate: the template itself is the menu. */
export const fakeMenu = {
  buildFromTemplate: (template: unknown) => template,
  setApplicationMenu: () => undefined,
};

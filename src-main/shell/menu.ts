// The application menu: the menus and shortcuts people expect on each platform, built from
// Electron's standard roles so that Cut, Copy, Paste, Undo and friends behave natively in
// every text field. Pure (no electron import): main.ts hands the template to
// Menu.buildFromTemplate and supplies the few actions that are ours. Its own words are in the
// language in force (src-preload/desktop-words.ts); the roles' are Electron's.
import { ENGLISH, type DesktopWords } from '../../src-preload/desktop-words';

export interface MenuActions {
  /** Brings up Preferences (CmdOrCtrl+,). */
  openPreferences(): void;
  /** Opens an https page in the user's browser (Help). */
  openExternal(url: string): void;
  /** File → Import…: the page's import of an .ics file. */
  importFile(): void;
  /** File → Export…: the page's export of calendars as an .ics file. */
  exportFile(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Reload and DevTools are development conveniences; a packaged app hides them. */
  isDevelopment: boolean;
}

export const HELP_URL = 'https://support.google.com/calendar/answer/37034';

/** A menu item as Electron's MenuItemConstructorOptions understands it (the subset we use). */
export interface MenuItem {
  label?: string;
  role?: MenuRole;
  type?: 'separator' | 'submenu';
  accelerator?: string;
  click?: () => void;
  submenu?: MenuItem[];
}

export type MenuRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'close'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'delete'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'minimize'
  | 'zoom'
  | 'front'
  | 'window'
  | 'appMenu'
  | 'fileMenu'
  | 'editMenu'
  | 'viewMenu'
  | 'windowMenu'
  | 'help';

export function menuTemplate(
  { platform, appName, isDevelopment }: MenuOptions,
  actions: MenuActions,
  words: DesktopWords = ENGLISH,
): MenuItem[] {
  const mac = platform === 'darwin';
  const separator: MenuItem = { type: 'separator' };
  const preferences: MenuItem = {
    label: mac ? words.settings : words.preferences,
    accelerator: 'CmdOrCtrl+,',
    click: () => actions.openPreferences(),
  };

  const appMenu: MenuItem = {
    label: appName,
    submenu: [
      { role: 'about' },
      separator,
      preferences,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
  const files: MenuItem[] = [
    { label: words.import, accelerator: 'CmdOrCtrl+Shift+I', click: () => actions.importFile() },
    { label: words.export, accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.exportFile() },
    separator,
  ];
  const fileMenu: MenuItem = {
    label: words.file,
    submenu: mac
      ? [...files, { role: 'close' }]
      : [...files, preferences, separator, { role: 'quit' }],
  };
  const editMenu: MenuItem = {
    label: words.edit,
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as MenuItem] : []),
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  };
  const viewMenu: MenuItem = {
    label: words.view,
    submenu: [
      ...(isDevelopment
        ? ([
            { role: 'reload' },
            { role: 'forceReload' },
            { role: 'toggleDevTools' },
            separator,
          ] as MenuItem[])
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
  const windowMenu: MenuItem = {
    label: words.window,
    role: 'window',
    submenu: mac
      ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };
  const helpMenu: MenuItem = {
    label: words.help,
    role: 'help',
    submenu: [{ label: words.googleHelp, click: () => actions.openExternal(HELP_URL) }],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}

// The application menu: the usual menus and shortcuts per platform.
import { describe, expect, it, vi } from 'vitest';
import { HELP_URL, menuTemplate } from '../../../src-main/shell/menu';
import type { MenuItem } from '../../../src-main/shell/menu';
import { desktopWords } from '../../../src-preload/desktop-words';

function actions() {
  return {
    openPreferences: vi.fn(),
    openExternal: vi.fn(),
    importFile: vi.fn(),
    exportFile: vi.fn(),
  };
}

function find(items: MenuItem[], predicate: (item: MenuItem) => boolean): MenuItem | undefined {
  for (const item of items) {
    if (predicate(item)) return item;
    const inner = item.submenu && find(item.submenu, predicate);
    if (inner) return inner;
  }
  return undefined;
}

function roles(items: MenuItem[]): string[] {
  return items.flatMap((item) => [...(item.role ? [item.role] : []), ...roles(item.submenu ?? [])]);
}

describe('menuTemplate', () => {
  it('has File, Edit, View, Window and Help on Linux and Windows', () => {
    const template = menuTemplate(
      { platform: 'linux', appName: 'Almanac', isDevelopment: false },
      actions(),
    );
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('speaks the language Preferences chose, else the system’s', () => {
    const french = desktopWords({ language: null, timeFormat: 'region', weekStartsOn: 'region' }, [
      'fr-CA',
      'en-US',
    ]);
    const template = menuTemplate(
      { platform: 'linux', appName: 'Almanac', isDevelopment: false },
      actions(),
      french,
    );
    expect(template.map((m) => m.label)).toEqual([
      'Fichier',
      'Édition',
      'Présentation',
      'Fenêtre',
      'Aide',
    ]);
    const file = template[0]!.submenu as MenuItem[];
    expect(file.map((m) => m.label).filter(Boolean)).toEqual([
      'Importer…',
      'Exporter…',
      'Préférences…',
    ]);
    const english = desktopWords(
      { language: 'en-US', timeFormat: 'region', weekStartsOn: 'region' },
      ['fr-CA'],
    );
    expect(
      menuTemplate(
        { platform: 'linux', appName: 'A', isDevelopment: false },
        actions(),
        english,
      )[0]!.label,
    ).toBe('File');
  });

  it('puts the app menu first on macOS', () => {
    const template = menuTemplate(
      { platform: 'darwin', appName: 'Almanac', isDevelopment: false },
      actions(),
    );
    expect(template.map((m) => m.label)).toEqual([
      'Almanac',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
  });

  it('uses the standard edit roles so text fields get native shortcuts', () => {
    const all = roles(
      menuTemplate({ platform: 'linux', appName: 'Almanac', isDevelopment: false }, actions()),
    );
    expect(all).toEqual(
      expect.arrayContaining([
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'quit',
        'togglefullscreen',
        'zoomIn',
        'zoomOut',
        'resetZoom',
      ]),
    );
  });

  it.each(['linux', 'darwin', 'win32'] as const)(
    'opens Preferences with CmdOrCtrl+, on %s',
    (platform) => {
      const a = actions();
      const item = find(
        menuTemplate({ platform, appName: 'Almanac', isDevelopment: false }, a),
        (i) => i.accelerator === 'CmdOrCtrl+,',
      );
      expect(item).toBeDefined();
      item?.click?.();
      expect(a.openPreferences).toHaveBeenCalledOnce();
    },
  );

  it.each(['linux', 'darwin', 'win32'] as const)(
    'offers File → Import… and Export… on %s',
    (platform) => {
      const a = actions();
      const template = menuTemplate({ platform, appName: 'Almanac', isDevelopment: false }, a);
      const file = template.find((m) => m.label === 'File');
      find(file?.submenu ?? [], (i) => i.label === 'Import…')?.click?.();
      find(file?.submenu ?? [], (i) => i.label === 'Export…')?.click?.();
      expect(a.importFile).toHaveBeenCalledOnce();
      expect(a.exportFile).toHaveBeenCalledOnce();
    },
  );

  it('offers reload and DevTools only in development', () => {
    const packaged = roles(
      menuTemplate({ platform: 'linux', appName: 'Almanac', isDevelopment: false }, actions()),
    );
    const dev = roles(
      menuTemplate({ platform: 'linux', appName: 'Almanac', isDevelopment: true }, actions()),
    );
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('reload');
    expect(dev).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('opens help in the browser through the external-link action', () => {
    const a = actions();
    const template = menuTemplate(
      { platform: 'linux', appName: 'Almanac', isDevelopment: false },
      a,
    );
    template.find((m) => m.label === 'Help')?.submenu?.[0]?.click?.();
    expect(a.openExternal).toHaveBeenCalledWith(HELP_URL);
    expect(HELP_URL.startsWith('https://')).toBe(true);
  });
});

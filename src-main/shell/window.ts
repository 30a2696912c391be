// The main window's construction options. Every webPreferences switch that matters for
// security is spelled out, even where it equals Electron's current default, so that a
// default changing under an upgrade cannot quietly weaken the window. Pure (no electron
// import): main.ts passes the object to BrowserWindow, and the tests pin each switch.

export interface MainWindowInput {
  /** Absolute path of the bundled preload (out/preload/electron.cjs). */
  preloadPath: string;
  /** DevTools are for development; a packaged app does not offer them. */
  devTools: boolean;
  /** Window icon on Linux and Windows (macOS takes it from the bundle). */
  iconPath?: string;
}

export function mainWindowOptions({ preloadPath, devTools, iconPath }: MainWindowInput) {
  return {
    title: 'Almanac',
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 520,
    // Shown on 'ready-to-show', so the user never sees an empty white frame.
    show: false,
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // On Windows and Linux, Chromium's spellchecker downloads its dictionaries from Google,
      // which tells Google the app runs and in which languages; Almanac sends nothing to
      // anyone the user did not connect.
      spellcheck: false,
      // The window hides to the tray and its page keeps the reminder schedule: a hidden
      // window's timers must run on time, not once a minute.
      backgroundThrottling: false,
      devTools,
    },
  };
}

import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsInput {
  /** Absolute path of the bundled preload (out/preload/index.cjs). */
  preload: string;
  /** DevTools only in development: a packaged app gives nobody a console into the renderer. */
  devTools: boolean;
}

/**
 * The one place BrowserWindow options are written: a unit test refuses any window in src/main
 * built from anything else. Every security preference is spelled out even where it is
 * Electron's default, so a default that changes between versions cannot loosen the app.
 */
export function mainWindowOptions({ preload, devTools }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: 1366,
    height: 850,
    minWidth: 960,
    minHeight: 600,
    title: 'Secretariat',
    // Shown on 'ready-to-show', so no blank frame flashes before the UI paints.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload,
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
      plugins: false,
      enableWebSQL: false,
      safeDialogs: true,
      devTools,
      // Chromium's spellchecker downloads dictionaries from Google's servers on Windows and Linux.
      spellcheck: false,
    },
  };
}

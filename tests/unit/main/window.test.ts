import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../src/main/windowOptions';

const MAIN_DIR = fileURLToPath(new URL('../../../src/main', import.meta.url));
const PRELOAD_DIR = fileURLToPath(new URL('../../../src/preload', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : /\.[cm]?ts$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe('BrowserWindow options', () => {
  for (const devTools of [true, false]) {
    it(`keep the renderer isolated and sandboxed (devTools ${devTools})`, () => {
      const options = mainWindowOptions({ preload: '/app/out/preload/index.cjs', devTools });
      expect(options.webPreferences).toMatchObject({
        preload: '/app/out/preload/index.cjs',
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
        devTools,
      });
      const prefs = options.webPreferences!;
      expect(prefs.enableBlinkFeatures).toBeUndefined();
      expect(prefs.additionalArguments).toBeUndefined();
      expect(prefs.partition).toBeUndefined();
      expect(prefs.session).toBeUndefined();
      expect(prefs.preload).toMatch(/\.cjs$/);
    });
  }

  it('every BrowserWindow in src/main is built from mainWindowOptions', () => {
    const constructions: string[] = [];
    for (const file of sources(MAIN_DIR)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/new\s+BrowserWindow\s*\(([^)]*)/g)) {
        constructions.push(relative(MAIN_DIR, file));
        expect(match[1]!.trim(), `${relative(MAIN_DIR, file)}: ${match[0]}`).toMatch(/^mainWindowOptions\(/);
      }
    }
    expect(constructions).toEqual(['index.ts']);
  });

  it('no other kind of web view exists in src/main, and webPreferences are written in one file', () => {
    for (const file of sources(MAIN_DIR)) {
      const name = relative(MAIN_DIR, file);
      const text = readFileSync(file, 'utf8');
      expect(text, name).not.toMatch(/\b(BrowserView|WebContentsView|webviewTag\s*:\s*true)\b/);
      if (name !== 'windowOptions.ts') expect(text, name).not.toMatch(/\bwebPreferences\s*:/);
    }
  });

  it('nothing in main or preload opens URLs in the system browser or exposes remote modules', () => {
    for (const file of [...sources(MAIN_DIR), ...sources(PRELOAD_DIR)])
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/openExternal|@electron\/remote|enableRemoteModule|ipcRenderer\.(on|once|send|sendSync)\b/);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { SecretariatBridge } from '../../src/shared/bridge';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let app: ElectronApplication;
let page: Page;
let home: string;

test.beforeAll(async () => {
  // A throwaway profile: settings and remembered keys of the person running the test stay untouched.
  home = mkdtempSync(join(tmpdir(), 'secretariat-electron-'));
  const env: Record<string, string | undefined> = { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), APPDATA: join(home, 'AppData') };
  delete env.ELECTRON_RUN_AS_NODE;
  app = await electron.launch({ args: [ROOT], cwd: ROOT, env: env as Record<string, string> });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  rmSync(home, { recursive: true, force: true });
});

test('the renderer is served from app:// with the bridge and nothing of Node', async () => {
  expect(page.url()).toBe('app://secretariat/index.html');
  const seen = await page.evaluate(() => {
    const bridge = (window as { secretariat?: SecretariatBridge }).secretariat;
    const scope = globalThis as Record<string, unknown>;
    return {
      keys: Object.keys(bridge ?? {}).sort(),
      platform: bridge?.platform,
      require: typeof scope.require,
      process: typeof scope.process,
      ipcRenderer: typeof scope.ipcRenderer,
    };
  });
  expect(seen).toEqual({ keys: ['call', 'chooseVault', 'platform', 'saveFile'], platform: 'electron', require: 'undefined', process: 'undefined', ipcRenderer: 'undefined' });
  const status = await page.evaluate(() => (window as { secretariat?: SecretariatBridge }).secretariat!.call('vault.status', {}));
  expect(status.ok).toBe(true);
});

test('one window, and it cannot open another', async () => {
  expect(await page.evaluate(() => window.open('app://secretariat/index.html') === null)).toBe(true);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('the CSP refuses eval, window.open is denied, and navigation cannot leave the app', async () => {
  expect(await page.evaluate(() => {
    try {
      return new Function('return "ran"')();
    } catch {
      return 'blocked';
    }
  })).toBe('blocked');
  expect(await page.evaluate(() => window.open('https://example.org/') === null)).toBe(true);
  await page.evaluate(() => {
    window.location.href = 'https://example.org/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(/^app:\/\/secretariat\//);
  const status = await page.evaluate(async () => (await fetch('app://secretariat/..%2f..%2fpackage.json')).status);
  expect(status).toBe(403);
  expect(await page.evaluate(async () => {
    try {
      await fetch('https://example.org/');
      return 'fetched';
    } catch {
      return 'blocked';
    }
  })).toBe('blocked');
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, safeStorage, session } from 'electron';
import { dispatch } from '../core/dispatcher';
import { VaultHost } from '../core/host';
import { api } from '../shared/api';
import type { Result } from '../shared/errors';
import { createDialogs } from './dialogs';
import { registerIpc } from './ipc';
import { KeyStore } from './keyStore';
import { buildMenuTemplate } from './menu';
import { nativeBindingPath } from './paths';
import { APP_ENTRY_URL, APP_SCHEME, hardenSession, hardenWebContents, serveAppRequest } from './security';
import { ConfigFile } from './userConfig';
import { mainWindowOptions } from './windowOptions';

const OUT_DIR = join(import.meta.dirname, '..');
const RENDERER_DIR = join(OUT_DIR, 'renderer');
const PRELOAD = join(OUT_DIR, 'preload', 'index.cjs');

// Both must happen before 'ready'. A privileged standard scheme gives the renderer a real origin
// (app://secretariat) for 'self' in the CSP and for the IPC sender check, which file:// cannot.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.enableSandbox();

let window: BrowserWindow | null = null;

function createWindow(): void {
  const win = new BrowserWindow(mainWindowOptions({ preload: PRELOAD, devTools: !app.isPackaged }));
  window = win;
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (window === win) window = null;
  });
  void win.loadURL(APP_ENTRY_URL);
}

async function start(): Promise<void> {
  const nativeBinding = nativeBindingPath(app.getAppPath(), app.isPackaged);
  if (!existsSync(nativeBinding)) {
    dialog.showErrorBox(
      'Secretariat cannot start',
      `The database driver built for Electron is missing (${nativeBinding}). Start the app with "npm start", which prepares it.`,
    );
    app.exit(1);
    return;
  }

  const config = new ConfigFile(join(app.getPath('userData'), 'settings.json'));
  const keys = new KeyStore(safeStorage, config, process.platform);
  const lastVault = config.read().lastVault;
  const host = new VaultHost({ path: lastVault && existsSync(lastVault) ? lastVault : null, driver: { nativeBinding } });
  const dialogs = createDialogs({ dialog, window: () => window, documentsDir: app.getPath('documents') });
  const notices: string[] = [];

  async function refreshMenu(): Promise<void> {
    const path = host.path;
    const available = (await keys.availability()).available;
    const remember = !available ? 'unavailable' : path && keys.wants(path) ? 'on' : 'off';
    const template = buildMenuTemplate(
      { platform: process.platform, vault: host.status().state, remember, devTools: !app.isPackaged },
      {
        newVault: () => void chooseFromMenu('create'),
        openVault: () => void chooseFromMenu('open'),
        lock: () => lockAndReload(),
        toggleRemember: () => void toggleRemember(),
        quit: () => app.quit(),
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  function selectVault(path: string): void {
    host.setPath(path);
    config.update((c) => {
      c.lastVault = path;
    });
  }

  // Reloading is how main makes the renderer drop every record it held: nothing survives it.
  function lockAndReload(): void {
    if (host.status().state !== 'unlocked') return;
    lockQuietly();
    window?.webContents.reload();
    void refreshMenu();
  }

  function lockQuietly(): void {
    try {
      host.lock();
    } catch (err) {
      console.error('[secretariat] locking the vault failed:', err);
    }
  }

  async function chooseFromMenu(mode: 'open' | 'create'): Promise<void> {
    const path = await dialogs.chooseVault(mode, host.path);
    if (!path) return;
    selectVault(path);
    window?.webContents.reload();
    await refreshMenu();
  }

  async function toggleRemember(): Promise<void> {
    const path = host.path;
    if (!path) return;
    if (keys.wants(path)) keys.forget(path);
    else {
      keys.arm(path);
      if (window && host.status().state === 'unlocked')
        await dialog.showMessageBox(window, {
          type: 'info',
          message: 'Secretariat will remember this vault’s passphrase on this device the next time you unlock it.',
        });
    }
    await refreshMenu();
  }

  /** Keeps the remembered passphrase in step with the vault: stored at unlock, replaced on change. */
  async function afterCall(method: string, input: unknown, result: Result<unknown>): Promise<void> {
    if (!method.startsWith('vault.')) return;
    const path = host.path;
    if (result.ok && path && keys.wants(path)) {
      if (method === 'vault.unlock' || method === 'vault.create') {
        const parsed = api[method].input.safeParse(input);
        if (parsed.success) await keys.store(path, { passphrase: parsed.data.passphrase, actor: parsed.data.actor });
      } else if (method === 'vault.changePassphrase') {
        const parsed = api['vault.changePassphrase'].input.safeParse(input);
        const actor = host.status().actor;
        if (parsed.success && actor) await keys.store(path, { passphrase: parsed.data.next, actor });
      }
    }
    await refreshMenu();
  }

  async function unlockRemembered(): Promise<void> {
    const path = host.path;
    if (!path) return;
    const remembered = await keys.recall(path);
    if (!remembered) return;
    const result = await dispatch(host, 'vault.unlock', remembered);
    if (!result.ok && result.error.code === 'WRONG_PASSPHRASE') {
      keys.forget(path);
      notices.push('The passphrase remembered on this device no longer opens this vault, so it was forgotten. Unlock with the current passphrase.');
    }
  }

  const backendNotice = keys.checkBackend();
  if (backendNotice) notices.push(backendNotice);

  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, RENDERER_DIR));
  registerIpc(ipcMain, host, {
    chooseVault: async (mode) => {
      const path = await dialogs.chooseVault(mode, host.path);
      if (path) selectVault(path);
      await refreshMenu();
      return path;
    },
    saveFile: (suggestedName, bytes) => dialogs.saveExport(suggestedName, bytes),
    openVault: async (path) => {
      selectVault(path);
      await refreshMenu();
    },
    afterCall,
  });

  // Quitting, sleeping or locking the screen closes the vault: its key leaves memory.
  app.on('before-quit', lockQuietly);
  powerMonitor.on('lock-screen', lockAndReload);
  powerMonitor.on('suspend', lockAndReload);

  await unlockRemembered();
  await refreshMenu();
  createWindow();
  const shown = window;
  if (shown && notices.length)
    shown.once('ready-to-show', async () => {
      for (const message of notices) await dialog.showMessageBox(shown, { type: 'info', message });
    });
}

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same vault file twice; the first one is brought forward instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start).catch((err: unknown) => {
    dialog.showErrorBox('Secretariat cannot start', err instanceof Error ? err.message : String(err));
    app.exit(1);
  });
}

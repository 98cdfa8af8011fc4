import type { MenuItemConstructorOptions } from 'electron';

export interface MenuState {
  platform: NodeJS.Platform;
  vault: 'no-vault' | 'locked' | 'unlocked';
  /** 'unavailable' hides the item: the option is not offered without a safe key store. */
  remember: 'unavailable' | 'off' | 'on';
  devTools: boolean;
}

export interface MenuActions {
  newVault(): void;
  openVault(): void;
  lock(): void;
  toggleRemember(): void;
  quit(): void;
}

/** The application menu as data, so its entries and their states are tested without Electron. */
export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = state.platform === 'darwin';
  const quit: MenuItemConstructorOptions = { label: mac ? 'Quit Secretariat' : 'Quit', accelerator: 'CmdOrCtrl+Q', click: actions.quit };
  const file: MenuItemConstructorOptions[] = [
    { label: 'New Vault…', accelerator: 'CmdOrCtrl+Shift+N', click: actions.newVault },
    { label: 'Open Vault…', accelerator: 'CmdOrCtrl+O', click: actions.openVault },
    { type: 'separator' },
    { label: 'Lock', accelerator: 'CmdOrCtrl+L', enabled: state.vault === 'unlocked', click: actions.lock },
  ];
  if (state.remember !== 'unavailable')
    file.push({
      label: 'Remember Passphrase on This Device',
      type: 'checkbox',
      checked: state.remember === 'on',
      enabled: state.vault !== 'no-vault',
      click: actions.toggleRemember,
    });
  if (!mac) file.push({ type: 'separator' }, quit);

  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (state.devTools) view.push({ type: 'separator' }, { role: 'toggleDevTools' });

  return [
    ...(mac
      ? [{
          label: 'Secretariat',
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            quit,
          ] satisfies MenuItemConstructorOptions[],
        }]
      : []),
    { label: 'File', submenu: file },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'help', submenu: [{ role: 'about', label: 'About Secretariat' }] },
  ];
}

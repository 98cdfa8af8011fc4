import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuState } from '../../../src/main/menu';

const actions = { newVault: vi.fn(), openVault: vi.fn(), lock: vi.fn(), toggleRemember: vi.fn(), quit: vi.fn() };
const base: MenuState = { platform: 'linux', vault: 'unlocked', remember: 'off', devTools: false };

function top(template: MenuItemConstructorOptions[]): string[] {
  return template.map((item) => item.label ?? item.role ?? '');
}

function file(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.find((item) => item.label === 'File')!.submenu as MenuItemConstructorOptions[];
}

function item(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | undefined {
  return file(template).find((i) => i.label === label);
}

describe('application menu', () => {
  it('has File, Edit, View and Help; macOS adds the app menu with Quit', () => {
    expect(top(buildMenuTemplate(base, actions))).toEqual(['File', 'editMenu', 'View', 'help']);
    const mac = buildMenuTemplate({ ...base, platform: 'darwin' }, actions);
    expect(top(mac)).toEqual(['Secretariat', 'File', 'editMenu', 'View', 'help']);
    expect((mac[0]!.submenu as MenuItemConstructorOptions[]).some((i) => i.label === 'Quit Secretariat')).toBe(true);
    expect(item(mac, 'Quit')).toBeUndefined();
  });

  it('File holds New Vault…, Open Vault…, Lock and Quit, wired to main', () => {
    const template = buildMenuTemplate(base, actions);
    expect(file(template).filter((i) => i.label).map((i) => i.label)).toEqual([
      'New Vault…',
      'Open Vault…',
      'Lock',
      'Remember Passphrase on This Device',
      'Quit',
    ]);
    for (const [label, action] of [
      ['New Vault…', actions.newVault],
      ['Open Vault…', actions.openVault],
      ['Lock', actions.lock],
      ['Quit', actions.quit],
    ] as const) {
      (item(template, label)!.click as () => void)();
      expect(action, label).toHaveBeenCalledOnce();
    }
  });

  it('enables Lock only while the vault is unlocked', () => {
    expect(item(buildMenuTemplate(base, actions), 'Lock')!.enabled).toBe(true);
    expect(item(buildMenuTemplate({ ...base, vault: 'locked' }, actions), 'Lock')!.enabled).toBe(false);
    expect(item(buildMenuTemplate({ ...base, vault: 'no-vault' }, actions), 'Lock')!.enabled).toBe(false);
  });

  it('offers "remember" only where the key store is safe, checked when on', () => {
    expect(item(buildMenuTemplate({ ...base, remember: 'unavailable' }, actions), 'Remember Passphrase on This Device')).toBeUndefined();
    expect(item(buildMenuTemplate({ ...base, remember: 'on' }, actions), 'Remember Passphrase on This Device')).toMatchObject({ type: 'checkbox', checked: true, enabled: true });
    expect(item(buildMenuTemplate({ ...base, remember: 'off', vault: 'no-vault' }, actions), 'Remember Passphrase on This Device')).toMatchObject({ checked: false, enabled: false });
  });

  it('shows the DevTools entry only in development', () => {
    const view = (t: MenuItemConstructorOptions[]) => (t.find((i) => i.label === 'View')!.submenu as MenuItemConstructorOptions[]).map((i) => i.role);
    expect(view(buildMenuTemplate(base, actions))).not.toContain('toggleDevTools');
    expect(view(buildMenuTemplate({ ...base, devTools: true }, actions))).toContain('toggleDevTools');
  });
});

import { join } from 'node:path';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { VaultHost } from '../../../src/core/host';
import { registerIpc, type ShellHandlers } from '../../../src/main/ipc';
import { IPC_CHANNELS } from '../../../src/shared/ipc';
import { PASSPHRASE, tempDir } from '../../helpers/vault';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

const APP_FRAME = { url: 'app://secretariat/index.html', parent: null };
const UNTRUSTED = [
  ['a remote page', { url: 'https://example.org/', parent: null }],
  ['a subframe', { url: 'app://secretariat/index.html', parent: APP_FRAME }],
  ['a gone frame', null],
] as const;

function setUp(host = new VaultHost()) {
  const listeners = new Map<string, Listener>();
  const ipcMain = { handle: vi.fn((channel: string, listener: Listener) => listeners.set(channel, listener)) };
  const shell = {
    chooseVault: vi.fn(async () => '/tmp/chosen.vault'),
    saveFile: vi.fn(async () => '/tmp/minutes.docx'),
    openVault: vi.fn(async () => {}),
    afterCall: vi.fn(async () => {}),
  } satisfies ShellHandlers;
  registerIpc(ipcMain as unknown as Pick<IpcMain, 'handle'>, host, shell);
  const invoke = (channel: string, frame: unknown, ...args: unknown[]) =>
    listeners.get(channel)!({ senderFrame: frame } as unknown as IpcMainInvokeEvent, ...args);
  return { listeners, shell, invoke, host };
}

describe('IPC', () => {
  it('registers the bridge on its four channels and nothing else', () => {
    expect([...setUp().listeners.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('passes a call from the app window to the dispatcher and returns its Result', async () => {
    const { invoke, shell } = setUp();
    const result = await invoke(IPC_CHANNELS.call, APP_FRAME, 'vault.status', {});
    expect(result).toEqual({ ok: true, value: { state: 'no-vault', path: null, exists: false, actor: null } });
    expect(shell.afterCall).toHaveBeenCalledWith('vault.status', {}, result);
  });

  it('lets the dispatcher validate names and inputs', async () => {
    const { invoke } = setUp();
    expect(await invoke(IPC_CHANNELS.call, APP_FRAME, 'vault.nope', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await invoke(IPC_CHANNELS.call, APP_FRAME, 'vault.status', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await invoke(IPC_CHANNELS.call, APP_FRAME, { toString: () => 'vault.status' }, {})).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('unlocks a real vault through the channel and tells main what happened', async () => {
    const path = join(tempDir(), 'committee.vault');
    const { invoke, shell, host } = setUp(new VaultHost({ path }));
    const input = { passphrase: PASSPHRASE, actor: 'Leila Nasser' };
    const result = await invoke(IPC_CHANNELS.call, APP_FRAME, 'vault.create', input);
    expect(result).toMatchObject({ ok: true, value: { state: 'unlocked', actor: 'Leila Nasser' } });
    expect(shell.afterCall).toHaveBeenCalledWith('vault.create', input, result);
    host.lock();
  });

  it('keeps the result when main’s bookkeeping fails', async () => {
    const { invoke, shell } = setUp();
    shell.afterCall.mockRejectedValueOnce(new Error('menu gone'));
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await invoke(IPC_CHANNELS.call, APP_FRAME, 'vault.status', {})).toMatchObject({ ok: true });
    error.mockRestore();
  });

  for (const [name, frame] of UNTRUSTED) {
    it(`refuses ${name} on every channel before doing anything`, async () => {
      const statusSpy = vi.spyOn(VaultHost.prototype, 'status');
      const { invoke, shell } = setUp();
      expect(await invoke(IPC_CHANNELS.call, frame, 'vault.status', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
      await expect(invoke(IPC_CHANNELS.chooseVault, frame, 'open')).rejects.toThrow(/refused/);
      await expect(invoke(IPC_CHANNELS.saveFile, frame, 'a.docx', 'AAAA')).rejects.toThrow(/refused/);
      await expect(invoke(IPC_CHANNELS.openRestored, frame, '/tmp/x.vault')).rejects.toThrow(/refused/);
      expect(statusSpy).not.toHaveBeenCalled();
      expect(shell.openVault).not.toHaveBeenCalled();
      expect(shell.afterCall).not.toHaveBeenCalled();
      expect(shell.chooseVault).not.toHaveBeenCalled();
      expect(shell.saveFile).not.toHaveBeenCalled();
      statusSpy.mockRestore();
    });
  }

  it('checks the arguments of chooseVault and saveFile', async () => {
    const { invoke, shell } = setUp();
    expect(await invoke(IPC_CHANNELS.chooseVault, APP_FRAME, 'create')).toBe('/tmp/chosen.vault');
    expect(shell.chooseVault).toHaveBeenCalledWith('create');
    await expect(invoke(IPC_CHANNELS.chooseVault, APP_FRAME, 'delete')).rejects.toThrow(/mode/);

    expect(await invoke(IPC_CHANNELS.saveFile, APP_FRAME, 'minutes.docx', Buffer.from('PK\x03\x04').toString('base64'))).toBe('/tmp/minutes.docx');
    expect(shell.saveFile).toHaveBeenCalledWith('minutes.docx', Buffer.from('PK\x03\x04'));
    await expect(invoke(IPC_CHANNELS.saveFile, APP_FRAME, '', 'AAAA')).rejects.toThrow(/name/);
    await expect(invoke(IPC_CHANNELS.saveFile, APP_FRAME, 'x'.repeat(256), 'AAAA')).rejects.toThrow(/name/);
    await expect(invoke(IPC_CHANNELS.saveFile, APP_FRAME, 'a.docx', 'not base64!')).rejects.toThrow(/base64/);
    await expect(invoke(IPC_CHANNELS.saveFile, APP_FRAME, 'a.docx', 42)).rejects.toThrow(/base64/);
    expect(shell.saveFile).toHaveBeenCalledOnce();
  });

  it('opens by path only a vault that this session restored', async () => {
    const dir = tempDir();
    const { invoke, shell, host } = setUp(new VaultHost({ path: join(dir, 'committee.vault') }));
    await invoke(IPC_CHANNELS.call, APP_FRAME, 'vault.create', { passphrase: PASSPHRASE, actor: 'Leila Nasser' });
    await expect(invoke(IPC_CHANNELS.openRestored, APP_FRAME, '/etc/passwd')).rejects.toThrow(/only a vault restored/);
    await expect(invoke(IPC_CHANNELS.openRestored, APP_FRAME, 42)).rejects.toThrow(/only a vault restored/);
    expect(await invoke(IPC_CHANNELS.call, APP_FRAME, 'backup.settings.set', { folder: dir, keep: 3, enabled: false })).toMatchObject({ ok: true });
    const backup = (await invoke(IPC_CHANNELS.call, APP_FRAME, 'backup.create', {})) as { ok: true; value: { path: string } };
    const out = join(dir, 'restored.vault');
    const restored = await invoke(IPC_CHANNELS.call, APP_FRAME, 'backup.restore', { backup: backup.value.path, out, passphrase: PASSPHRASE });
    expect(restored).toMatchObject({ ok: true, value: { path: out } });
    await invoke(IPC_CHANNELS.openRestored, APP_FRAME, out);
    expect(shell.openVault).toHaveBeenCalledExactlyOnceWith(out);
    host.lock();
  });
});

import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { dispatch } from '../core/dispatcher';
import type { VaultHost } from '../core/host';
import type { Result } from '../shared/errors';
import { IPC_CHANNELS } from '../shared/ipc';
import { isTrustedSender } from './security';

/** The bridge functions that are not contract methods, and what main does after a call. */
export interface ShellHandlers {
  chooseVault(mode: 'open' | 'create'): Promise<string | null>;
  saveFile(suggestedName: string, bytes: Buffer): Promise<string | null>;
  /** Selects a vault file (locked) that this session's `backup.restore` wrote. */
  openVault(path: string): Promise<void>;
  /** Runs after every contract call that reached the dispatcher (menu state, remembered keys). */
  afterCall(method: string, input: unknown, result: Result<unknown>): Promise<void>;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const MAX_NAME_LENGTH = 255;

function refuse(channel: string): never {
  throw new Error(`${channel}: refused, the caller is not the Secretariat window.`);
}

/**
 * Registers the whole bridge on ipcMain: contract calls on one channel, straight into core's
 * dispatcher (which validates every input); chooseVault and saveFile on their own. Every handler
 * first checks that the sender frame is the app's own top-level page.
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, host: VaultHost, shell: ShellHandlers): void {
  // Only files this session restored may be opened by path from the page; any other path would
  // let a compromised page point the app at a file of its choosing.
  const restored = new Set<string>();

  ipcMain.handle(IPC_CHANNELS.call, async (event: IpcMainInvokeEvent, method: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event.senderFrame))
      return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Refused: the caller is not the Secretariat window.' } };
    if (typeof method !== 'string')
      return { ok: false, error: { code: 'VALIDATION', message: 'The method name must be a string.' } };
    const result = await dispatch(host, method, input);
    if (method === 'backup.restore' && result.ok) restored.add((result.value as { path: string }).path);
    try {
      await shell.afterCall(method, input, result);
    } catch (err) {
      // The call itself succeeded or failed on its own terms; bookkeeping must not change that.
      console.error('[secretariat] after-call bookkeeping failed:', err);
    }
    return result;
  });

  ipcMain.handle(IPC_CHANNELS.chooseVault, async (event: IpcMainInvokeEvent, mode: unknown) => {
    if (!isTrustedSender(event.senderFrame)) refuse(IPC_CHANNELS.chooseVault);
    if (mode !== 'open' && mode !== 'create') throw new Error('chooseVault: mode must be "open" or "create".');
    return shell.chooseVault(mode);
  });

  ipcMain.handle(IPC_CHANNELS.saveFile, async (event: IpcMainInvokeEvent, suggestedName: unknown, base64: unknown) => {
    if (!isTrustedSender(event.senderFrame)) refuse(IPC_CHANNELS.saveFile);
    if (typeof suggestedName !== 'string' || suggestedName.length === 0 || suggestedName.length > MAX_NAME_LENGTH)
      throw new Error('saveFile: the suggested name must be a non-empty string of at most 255 characters.');
    if (typeof base64 !== 'string' || base64.length % 4 !== 0 || !BASE64.test(base64))
      throw new Error('saveFile: the content must be base64.');
    return shell.saveFile(suggestedName, Buffer.from(base64, 'base64'));
  });

  ipcMain.handle(IPC_CHANNELS.openRestored, async (event: IpcMainInvokeEvent, path: unknown) => {
    if (!isTrustedSender(event.senderFrame)) refuse(IPC_CHANNELS.openRestored);
    if (typeof path !== 'string' || !restored.has(path))
      throw new Error('openRestored: only a vault restored in this session can be opened this way.');
    await shell.openVault(path);
  });
}

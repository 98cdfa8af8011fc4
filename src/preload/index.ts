import { contextBridge, ipcRenderer } from 'electron';
import type { SecretariatBridge } from '../shared/bridge';
import type { Result } from '../shared/errors';
import { IPC_CHANNELS } from '../shared/ipc';

// Sandboxed: this file is bundled into one CommonJS script whose only require is 'electron'.

/** Electron wraps a handler's error as "Error invoking remote method 'x': AppError: ..."; keep the sentence. */
async function invoke<T>(channel: string, ...args: unknown[]): Promise<T> {
  try {
    return (await ipcRenderer.invoke(channel, ...args)) as T;
  } catch (err) {
    const message = (err as { message?: unknown } | null)?.message;
    throw new Error(typeof message === 'string' ? message.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, '') : String(err));
  }
}

/**
 * Named functions only: the page never sees ipcRenderer, a channel name it could choose, or an
 * IPC event object.
 */
const bridge: SecretariatBridge = {
  call: (method, input) => invoke<Result<unknown>>(IPC_CHANNELS.call, method, input),
  chooseVault: (mode) => invoke<string | null>(IPC_CHANNELS.chooseVault, mode),
  saveFile: (suggestedName, base64) => invoke<string | null>(IPC_CHANNELS.saveFile, suggestedName, base64),
  openRestored: (path) => invoke<void>(IPC_CHANNELS.openRestored, path),
  platform: 'electron',
};

contextBridge.exposeInMainWorld('secretariat', bridge);

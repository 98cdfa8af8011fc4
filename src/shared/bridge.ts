import type { Result } from './errors';

/**
 * What the renderer sees of its host, in Electron (the preload's `window.secretariat`) and in
 * the harness (the same shape over HTTP). Named functions only: never ipcRenderer.
 */
export interface SecretariatBridge {
  /** Calls one contract method; the host's dispatcher validates the input. */
  call(method: string, input: unknown): Promise<Result<unknown>>;
  /**
   * Lets the user pick the vault file (Electron: an open or save dialog; harness: the path given
   * with --vault, or a default file in the harness's folder). Resolves to the chosen path, or
   * null when the user cancels.
   */
  chooseVault(mode: 'open' | 'create'): Promise<string | null>;
  /**
   * Saves an exported document (Electron: a save dialog, written atomically by main;
   * harness: a browser download). Resolves to where it went, or null when cancelled.
   */
  saveFile(suggestedName: string, base64: string): Promise<string | null>;
  /**
   * Switches to a vault file that `backup.restore` wrote in this session, locked; the host
   * refuses any other path, so a page cannot point the app at an arbitrary file.
   */
  openRestored?(path: string): Promise<void>;
  /** 'electron' or 'web' (the harness): a few things, like remembering a key, exist only in one. */
  readonly platform: 'electron' | 'web';
}

declare global {
  interface Window {
    secretariat?: SecretariatBridge;
  }
}

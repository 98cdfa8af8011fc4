import { dirname, extname, join } from 'node:path';
import type { BaseWindow, Dialog, FileFilter, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { writeFileAtomic } from '../core/files';
import { safeFileName } from '../shared/fileNames';

export interface DialogDeps {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  /** The window the dialogs belong to (sheet on macOS, modal elsewhere), if one is open. */
  window: () => BaseWindow | null;
  documentsDir: string;
  write?: typeof writeFileAtomic;
}

const VAULT_EXTENSION = '.vault';
const VAULT_FILTERS: FileFilter[] = [
  { name: 'Secretariat vault', extensions: ['vault'] },
  { name: 'All files', extensions: ['*'] },
];
const EXPORT_KINDS: Record<string, string> = {
  '.docx': 'Word document',
  '.json': 'Meeting package',
  '.pdf': 'PDF document',
  '.csv': 'CSV table',
  '.txt': 'Text',
};


/** Linux dialogs do not add the extension the filter implies; a name without one gets it. */
function withExtension(path: string, extension: string): string {
  return extname(path) ? path : `${path}${extension}`;
}

export function createDialogs(deps: DialogDeps) {
  const write = deps.write ?? writeFileAtomic;

  async function open(options: OpenDialogOptions) {
    const win = deps.window();
    return win ? deps.dialog.showOpenDialog(win, options) : deps.dialog.showOpenDialog(options);
  }

  async function save(options: SaveDialogOptions) {
    const win = deps.window();
    return win ? deps.dialog.showSaveDialog(win, options) : deps.dialog.showSaveDialog(options);
  }

  return {
    /** Resolves to the chosen vault path, or null when cancelled. Nothing is created here. */
    async chooseVault(mode: 'open' | 'create', currentPath: string | null): Promise<string | null> {
      const folder = currentPath ? dirname(currentPath) : deps.documentsDir;
      if (mode === 'open') {
        const result = await open({ title: 'Open vault', defaultPath: folder, filters: VAULT_FILTERS, properties: ['openFile'] });
        return result.canceled ? null : (result.filePaths[0] ?? null);
      }
      // No overwrite question: creating a vault over an existing file is refused by core anyway.
      const result = await save({
        title: 'New vault',
        buttonLabel: 'Create',
        defaultPath: join(folder, `secretariat${VAULT_EXTENSION}`),
        filters: VAULT_FILTERS,
        properties: ['createDirectory'],
      });
      return result.canceled || !result.filePath ? null : withExtension(result.filePath, VAULT_EXTENSION);
    },

    /** Asks where to save an export and writes it atomically; null when cancelled. */
    async saveExport(suggestedName: string, bytes: Uint8Array): Promise<string | null> {
      // The renderer only suggests a name: its last path component, made safe.
      const name = safeFileName(suggestedName);
      const extension = extname(name).toLowerCase();
      const filters = extension ? [{ name: EXPORT_KINDS[extension] ?? extension.slice(1).toUpperCase(), extensions: [extension.slice(1)] }] : [];
      const result = await save({
        title: 'Save export',
        defaultPath: join(deps.documentsDir, name),
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (result.canceled || !result.filePath) return null;
      const path = extension ? withExtension(result.filePath, extension) : result.filePath;
      // The dialog asked before replacing the file it showed; a name we completed was never shown.
      // Failures are core's AppErrors, whose messages the preload hands to the page as they are.
      write(path, bytes, { force: path === result.filePath });
      return path;
    },
  };
}

export type Dialogs = ReturnType<typeof createDialogs>;

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BaseWindow, Dialog } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createDialogs } from '../../../src/main/dialogs';
import { safeFileName } from '../../../src/shared/fileNames';
import { tempDir } from '../../helpers/vault';

function fakeDialog(answer: { canceled: boolean; filePath?: string; filePaths?: string[] }) {
  return {
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: answer.canceled, filePaths: answer.filePaths ?? [] })),
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: answer.canceled, filePath: answer.filePath ?? '' })),
  };
}

function setUp(answer: Parameters<typeof fakeDialog>[0], window: BaseWindow | null = null) {
  const dialog = fakeDialog(answer);
  const dialogs = createDialogs({ dialog: dialog as unknown as Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>, window: () => window, documentsDir: '/home/leila/Documents' });
  return { dialog, dialogs };
}

describe('suggested export names', () => {
  it.each([
    ['minutes-2nd-meeting.docx', 'minutes-2nd-meeting.docx'],
    ['../../.bashrc', 'bashrc'],
    ['C:\\Windows\\system.ini', 'system.ini'],
    ['a<b>:c"d|e?f*.docx', 'a-b-c-d-e-f.docx'],
    ['محضر الاجتماع الثاني.docx', 'محضر-الاجتماع-الثاني.docx'],
    ['x\u0000y.do\u001fcx', 'x-y.docx'],
    ['report.', 'report'],
    ['', 'export'],
    ['...', 'export'],
  ])('%j becomes %j', (given, expected) => {
    expect(safeFileName(given)).toBe(expected);
  });
});

describe('vault dialogs', () => {
  it('open: the chosen file, or null when cancelled; attached to the window when there is one', async () => {
    const window = {} as BaseWindow;
    const { dialog, dialogs } = setUp({ canceled: false, filePaths: ['/srv/committee.vault'] }, window);
    expect(await dialogs.chooseVault('open', null)).toBe('/srv/committee.vault');
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(window, expect.objectContaining({ properties: ['openFile'], defaultPath: '/home/leila/Documents' }));
    expect(await setUp({ canceled: true }).dialogs.chooseVault('open', null)).toBeNull();
  });

  it('create: a save dialog next to the current vault; .vault added when the name has no extension', async () => {
    const { dialog, dialogs } = setUp({ canceled: false, filePath: '/srv/new-committee' });
    expect(await dialogs.chooseVault('create', '/srv/old.vault')).toBe('/srv/new-committee.vault');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: '/srv/secretariat.vault' }));
    expect(await setUp({ canceled: true }).dialogs.chooseVault('create', null)).toBeNull();
  });
});

describe('export save dialog', () => {
  it('writes the bytes where the user chose, with no temp file left behind', async () => {
    const dir = tempDir();
    const target = join(dir, 'minutes.docx');
    const { dialog, dialogs } = setUp({ canceled: false, filePath: target });
    expect(await dialogs.saveExport('../minutes.docx', Buffer.from('PK docx'))).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('PK docx');
    expect(readdirSync(dir)).toEqual(['minutes.docx']);
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: '/home/leila/Documents/minutes.docx', filters: [{ name: 'Word document', extensions: ['docx'] }] }),
    );
  });

  it('replaces a file the dialog showed, but never one it only completed', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'shown.docx'), 'old');
    expect(await setUp({ canceled: false, filePath: join(dir, 'shown.docx') }).dialogs.saveExport('x.docx', Buffer.from('new'))).toBe(join(dir, 'shown.docx'));
    expect(readFileSync(join(dir, 'shown.docx'), 'utf8')).toBe('new');

    writeFileSync(join(dir, 'typed.docx'), 'keep');
    await expect(setUp({ canceled: false, filePath: join(dir, 'typed') }).dialogs.saveExport('x.docx', Buffer.from('new'))).rejects.toThrow(/already exists/);
    expect(readFileSync(join(dir, 'typed.docx'), 'utf8')).toBe('keep');
  });

  it('writes nothing when cancelled and explains a failed write', async () => {
    expect(await setUp({ canceled: true }).dialogs.saveExport('x.docx', Buffer.from('x'))).toBeNull();
    const missing = join(tempDir(), 'no-such-folder', 'x.docx');
    await expect(setUp({ canceled: false, filePath: missing }).dialogs.saveExport('x.docx', Buffer.from('x'))).rejects.toThrow(/does not exist/);
  });
});

import type { BackupSettingsView, RecoveryInfo } from '../../shared/api/backup';
import { appendAudit } from '../db/audit';
import { AppError } from '../errors';
import type { VaultHost } from '../host';
import { write } from '../session';
import {
  backupFolderOf,
  backupIntoFolder,
  listBackups,
  readBackupSettings,
  readLastAutomaticBackup,
  requireAbsolute,
  requireWritableFolder,
  restoreVault,
  writeBackupSettings,
} from '../vault/backup';
import { checkVault } from '../vault/check';
import type { HandlersFor } from './types';

function vaultPath(host: VaultHost): string {
  if (!host.path) throw new AppError('VAULT_MISSING', 'Choose a vault file first.');
  return host.path;
}

function settingsView(host: VaultHost): BackupSettingsView {
  const db = host.session().db;
  return { ...readBackupSettings(db), last: readLastAutomaticBackup(db) };
}

function configuredFolder(host: VaultHost): string {
  const { folder } = readBackupSettings(host.session().db);
  if (!folder) throw new AppError('VALIDATION', 'Choose a backup folder in the backup settings first.');
  return folder;
}

/** A vault that cannot even be opened is damaged too, as far as offering a backup goes. */
function recovery(host: VaultHost, passphrase: string, folder: string | undefined): RecoveryInfo {
  const path = vaultPath(host);
  let damaged: boolean;
  let problems: string[];
  try {
    const report = checkVault(path, passphrase, host.driver);
    damaged = !report.ok;
    problems = report.problems;
  } catch (err) {
    if (!(err instanceof AppError) || (err.code !== 'NOT_A_VAULT' && err.code !== 'VAULT_MISSING')) throw err;
    damaged = true;
    problems = [err.message];
  }
  const searched = folder ? requireAbsolute(folder, 'folder') : backupFolderOf(path, passphrase, host.driver);
  let backups: RecoveryInfo['backups'] = [];
  try {
    if (searched) backups = listBackups(searched, path);
  } catch {
    // An unreadable or vanished folder offers no backups; the damage report still stands.
  }
  return { damaged, problems, folder: searched, latest: backups[0] ?? null, backups };
}

export const backupHandlers: HandlersFor<'backup'> = {
  'backup.create': (_, host) => backupIntoFolder(host.session(), vaultPath(host), configuredFolder(host)),
  'backup.list': (_, host) => {
    const { folder } = readBackupSettings(host.session().db);
    return folder ? listBackups(folder, vaultPath(host)) : [];
  },
  'backup.settings.get': (_, host) => settingsView(host),
  'backup.settings.set': ({ folder, keep, enabled }, host) => {
    if (folder !== null) requireWritableFolder(folder);
    const s = host.session();
    write(s, () => {
      writeBackupSettings(s.db, { folder, keep, enabled });
      appendAudit(s, 'backup.settings', 'settings', null, { folder, keep, enabled });
    });
    return settingsView(host);
  },
  'backup.restore': ({ backup, out, passphrase }, host) => ({ path: restoreVault(backup, passphrase, out, host.driver).path }),
  'backup.recovery': ({ passphrase, folder }, host) => recovery(host, passphrase, folder),
};

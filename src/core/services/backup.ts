import {
  DEFAULT_BACKUPS_KEPT,
  MAX_BACKUPS_KEPT,
  type BackupInfo,
  type BackupSettings,
  type BackupSettingsView,
  type LastAutomaticBackup,
  type RecoveryInfo,
} from '../../shared/api/backup';
import { appendAudit } from '../db/audit';
import { readSetting, writeSetting } from '../db/settings';
import { AppError } from '../errors';
import { write, type Session } from '../session';
import { backupIntoFolder, listBackups, pruneBackups, requireAbsolute, requireWritableFolder, restoreVault } from '../vault/backup';
import { checkVault } from '../vault/check';
import { changesSinceOpen, readableDb, type Db, type DriverOptions, type ReadableDb } from '../vault/handles';
import { leavingNoTrace, openKeyed } from '../vault/keyed';

const SETTINGS_KEY = 'backup.settings';
const LAST_KEY = 'backup.last';

/** The stored settings, or the defaults where they are missing or unreadable. */
export function readBackupSettings(db: ReadableDb): BackupSettings {
  const raw = readSetting(db, SETTINGS_KEY) as Partial<BackupSettings> | undefined;
  const folder = typeof raw?.folder === 'string' && raw.folder.length > 0 ? raw.folder : null;
  const keep = typeof raw?.keep === 'number' && Number.isInteger(raw.keep) && raw.keep >= 1 && raw.keep <= MAX_BACKUPS_KEPT ? raw.keep : DEFAULT_BACKUPS_KEPT;
  return { folder, keep, enabled: raw?.enabled === true && folder !== null };
}

function readLastAutomaticBackup(db: ReadableDb): LastAutomaticBackup | null {
  const raw = readSetting(db, LAST_KEY) as Partial<LastAutomaticBackup> | undefined;
  if (!raw || typeof raw.at !== 'string' || typeof raw.ok !== 'boolean') return null;
  return { at: raw.at, ok: raw.ok, path: typeof raw.path === 'string' ? raw.path : null, error: typeof raw.error === 'string' ? raw.error : null };
}

export function backupSettings(s: Session): BackupSettingsView {
  return { ...readBackupSettings(s.db), last: readLastAutomaticBackup(s.db) };
}

export function setBackupSettings(s: Session, settings: BackupSettings): BackupSettingsView {
  if (settings.folder !== null) requireWritableFolder(settings.folder);
  write(s, (tx) => {
    writeSetting(tx.db, SETTINGS_KEY, settings);
    appendAudit(tx, 'backup.settings', 'settings', null, settings);
  });
  return backupSettings(s);
}

function configuredFolder(s: Session): string {
  const { folder } = readBackupSettings(s.db);
  if (!folder) throw new AppError('VALIDATION', 'Choose a backup folder in the backup settings first.');
  return folder;
}

/** "Back up now": a checked copy in the configured folder. */
export function backupNow(s: Session, vaultPath: string): BackupInfo {
  return backupIntoFolder(s.db, vaultPath, configuredFolder(s), s.clock());
}

export function listOwnBackups(s: Session, vaultPath: string): BackupInfo[] {
  const { folder } = readBackupSettings(s.db);
  return folder ? listBackups(folder, vaultPath) : [];
}

/** total_changes() of each connection when its latest automatic backup was recorded. */
const changesAtLastBackup = new WeakMap<Db, number>();

/**
 * The host's beforeLock hook (also run on quit, which locks). When enabled, backs up into the
 * chosen folder and keeps the newest N. A lock after a session that changed nothing adds no
 * backup, so opening and closing the vault ten times cannot rotate away the last real change.
 * Never throws: locking must go on; the outcome is stored for the settings screen instead.
 */
export function automaticBackup(s: Session, vaultPath: string): void {
  try {
    const settings = readBackupSettings(s.db);
    if (!settings.enabled || !settings.folder) return;
    const changes = changesSinceOpen(s.db);
    if (changes === (changesAtLastBackup.get(s.db) ?? 0) && listFolderQuietly(settings.folder, vaultPath) > 0) return;
    let last: LastAutomaticBackup;
    try {
      const info = backupIntoFolder(s.db, vaultPath, settings.folder, s.clock());
      pruneBackups(settings.folder, vaultPath, settings.keep);
      last = { at: s.clock().toISOString(), ok: true, path: info.path, error: null };
    } catch (err) {
      last = { at: s.clock().toISOString(), ok: false, path: null, error: (err as Error).message };
      console.error('[secretariat] automatic backup failed:', err);
    }
    write(s, (tx) => writeSetting(tx.db, LAST_KEY, last));
    changesAtLastBackup.set(s.db, changesSinceOpen(s.db));
  } catch (err) {
    console.error('[secretariat] automatic backup could not run:', err);
  }
}

/** How many of this vault's backups the folder holds; 0 when it is missing or unreadable. */
function listFolderQuietly(folder: string, vaultPath: string): number {
  try {
    return listBackups(folder, vaultPath).length;
  } catch {
    return 0;
  }
}

/** The backup folder recorded in a vault that may be damaged: read-only, and null if unreadable. */
function backupFolderOf(vaultPath: string, passphrase: string, options: DriverOptions): string | null {
  return leavingNoTrace(vaultPath, () => {
    let db: Db | undefined;
    try {
      db = openKeyed(vaultPath, passphrase, { ...options, readonly: true });
      return readBackupSettings(readableDb(db)).folder;
    } catch {
      return null;
    } finally {
      db?.close();
    }
  });
}

/** What the damaged-vault screen offers: the damage found and the backups to restore from. A vault that cannot even be opened counts as damaged. */
export function recoveryInfo(vaultPath: string, passphrase: string, folder: string | undefined, options: DriverOptions): RecoveryInfo {
  let damaged: boolean;
  let problems: string[];
  try {
    const report = checkVault(vaultPath, passphrase, options);
    damaged = !report.ok;
    problems = report.problems;
  } catch (err) {
    if (!(err instanceof AppError) || (err.code !== 'NOT_A_VAULT' && err.code !== 'VAULT_MISSING')) throw err;
    damaged = true;
    problems = [err.message];
  }
  const searched = folder ? requireAbsolute(folder, 'folder') : backupFolderOf(vaultPath, passphrase, options);
  let backups: RecoveryInfo['backups'] = [];
  try {
    if (searched) backups = listBackups(searched, vaultPath);
  } catch {
    // An unreadable or vanished folder offers no backups; the damage report still stands.
  }
  return { damaged, problems, folder: searched, latest: backups[0] ?? null, backups };
}

export function restoreBackup(backup: string, passphrase: string, out: string, options: DriverOptions): { path: string } {
  return { path: restoreVault(backup, passphrase, out, options).path };
}

import { randomBytes } from 'node:crypto';
import { accessSync, closeSync, constants, copyFileSync, existsSync, fsyncSync, linkSync, lstatSync, openSync, readdirSync, readSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join } from 'node:path';
import type { BackupInfo } from '../../shared/api/backup';
import { AppError } from '../errors';
import type { Db, DriverOptions } from './handles';
import { openKeyed } from './keyed';
import { assertKnownVersion } from './migrations';

const PAGE_SIZE = 4096;
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** The time in a backup's name: ISO 8601 in UTC, with "-" for ":" and "." so that it sorts and suits every file system. */
const STAMP = '\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z';
const STAMP_IN_NAME = new RegExp(`\\.backup-(${STAMP})\\.vault$`);

function readHead(path: string): Buffer {
  const head = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  return head;
}

function syncPath(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch (err) {
    // Folders cannot be opened for fsync on Windows; a file that cannot be synced is an error.
    if (statSync(path).isFile()) throw err;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Core's own check of a path from outside: the contract's schema cannot know the platform. */
export function requireAbsolute(path: string, what: string): string {
  if (!isAbsolute(path) || path.split(/[\\/]/).includes('..'))
    throw new AppError('VALIDATION', `The ${what} must be a full path without "..": ${path}`);
  return path;
}

function requireFolder(path: string): string {
  requireAbsolute(path, 'folder');
  if (!isFolder(path)) throw new AppError('NOT_FOUND', `The folder ${path} does not exist.`);
  return path;
}

function fileExists(path: string): AppError {
  return new AppError('FILE_EXISTS', `${path} already exists; nothing was written. Choose another name.`);
}

/** Maps a failure while writing a copy. Only the copy is written, so nothing else changed. */
function copyError(err: unknown, path: string): AppError {
  if (err instanceof AppError) return err;
  const code = (err as { code?: string }).code ?? '';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT')
    return new AppError('IO', `The disk is full: ${path} was not written. Nothing else was changed.`);
  if (code === 'EEXIST') return fileExists(path);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN')
    return new AppError('IO', `${path} cannot be written there: permission denied. Nothing else was changed.`);
  return new AppError('IO', `${path} could not be written (${(err as Error).message ?? code}). Nothing else was changed.`);
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Rows per table: what a copy must match, besides passing quick_check. */
function tableCounts(db: Db, schema: string): Map<string, number> {
  const names = db
    .prepare(`SELECT name FROM ${quoteIdent(schema)}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  return new Map(names.map((n) => [n, db.prepare(`SELECT count(*) FROM ${quoteIdent(schema)}.${quoteIdent(n)}`).pluck().get() as number]));
}

function sameCounts(a: Map<string, number>, b: Map<string, number>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}

/**
 * Proves the copy is an encrypted, intact copy of `db` before it counts as a backup: no plain
 * SQLite header, the same salt (so the passphrase derives the same key), every page readable
 * with the vault's key, and the same rows per table.
 */
function verifyCopy(db: Db, copy: string, expected: Map<string, number>): void {
  const head = readHead(copy);
  if (head.equals(SQLITE_HEADER)) throw new AppError('INTERNAL', 'The backup came out unencrypted, so it was deleted. Nothing was kept.');
  if (!head.equals(readHead(db.name)) || statSync(copy).size % PAGE_SIZE !== 0)
    throw new AppError('INTERNAL', 'The backup would not open with the vault’s passphrase, so it was deleted.');
  const alias = `verify_${randomBytes(6).toString('hex')}`;
  // Attached without a key, SQLite3MC reads it with the main database's key.
  db.prepare(`ATTACH ? AS ${alias}`).run(copy);
  try {
    const check = db.pragma(`${alias}.quick_check`, { simple: true });
    if (check !== 'ok') throw new AppError('VAULT_DAMAGED', `The backup failed its integrity check (${String(check)}), so it was deleted.`);
    if (!sameCounts(tableCounts(db, alias), expected))
      throw new AppError('INTERNAL', 'The backup does not hold the same records as the vault, so it was deleted.');
  } finally {
    db.prepare(`DETACH ${alias}`).run();
  }
}

function infoOf(path: string): BackupInfo {
  const stamp = STAMP_IN_NAME.exec(basename(path))?.[1];
  return {
    path,
    name: basename(path),
    createdAt: stamp ? stampToIso(stamp) : statSync(path).mtime.toISOString(),
    size: statSync(path).size,
  };
}

/**
 * Writes a consistent, encrypted copy of the open vault to `destPath`, which must not exist.
 * VACUUM INTO reads one snapshot, so the vault stays usable meanwhile; its target is attached
 * without a key and so inherits the vault's cipher, key and salt (the same passphrase opens
 * it). The copy is built under a temporary name beside the target, verified, and only then
 * linked into place.
 */
export function backupVault(db: Db, destPath: string): BackupInfo {
  requireAbsolute(destPath, 'backup file');
  requireFolder(dirname(destPath));
  if (existsSync(destPath)) throw fileExists(destPath);
  const temp = join(dirname(destPath), `.${basename(destPath)}.${randomBytes(6).toString('hex')}.partial`);
  try {
    let counts = tableCounts(db, 'main');
    for (let attempt = 1; ; attempt++) {
      db.prepare('VACUUM INTO ?').run(temp);
      const after = tableCounts(db, 'main');
      if (sameCounts(counts, after)) break;
      // Another program wrote between the counts and the copy; the copy cannot be checked.
      rmSync(temp, { force: true });
      if (attempt === 3)
        throw new AppError('CONFLICT', 'The vault kept changing in another program while the backup was taken. Close it there and try again.');
      counts = after;
    }
    verifyCopy(db, temp, counts);
    syncPath(temp);
    linkSync(temp, destPath);
    syncPath(dirname(destPath));
  } catch (err) {
    throw copyError(err, destPath);
  } finally {
    for (const p of [temp, `${temp}-journal`]) rmSync(p, { force: true });
  }
  return infoOf(destPath);
}

function restoreRefusal(path: string): AppError {
  return new AppError(
    'FILE_EXISTS',
    `${path} already exists; a restore never replaces a file. Choose a new name${/-(wal|shm|journal)$/.test(path) ? ', or remove that leftover file of an old vault first' : ''}.`,
  );
}

/**
 * Writes the backup at `backupPath` as a new vault at `outPath` after checking that it opens
 * with `passphrase` and is intact. Never replaces a file, and refuses while a -wal, -shm or
 * -journal file lies beside `outPath`: SQLite would replay it into the restored vault. Only
 * the backup file itself is read, never a -wal beside it.
 */
export function restoreVault(backupPath: string, passphrase: string, outPath: string, options: DriverOptions = {}): BackupInfo {
  requireAbsolute(backupPath, 'backup file');
  requireAbsolute(outPath, 'restored vault');
  const leftovers = [outPath, `${outPath}-wal`, `${outPath}-shm`, `${outPath}-journal`];
  for (const p of leftovers) if (existsSync(p)) throw restoreRefusal(p);
  requireFolder(dirname(outPath));
  if (!existsSync(backupPath)) throw new AppError('NOT_FOUND', `There is no backup at ${backupPath}.`);
  if (!statSync(backupPath).isFile()) throw new AppError('NOT_A_VAULT', `${backupPath} is a folder, not a backup.`);
  const size = statSync(backupPath).size;
  if (size === 0 || size % PAGE_SIZE !== 0 || readHead(backupPath).equals(SQLITE_HEADER))
    throw new AppError('NOT_A_VAULT', `${basename(backupPath)} is not a Secretariat backup. Nothing was written.`);

  const temp = join(dirname(outPath), `.${basename(outPath)}.${randomBytes(6).toString('hex')}.restoring`);
  try {
    copyFileSync(backupPath, temp, constants.COPYFILE_EXCL);
    checkRestoredCopy(temp, basename(backupPath), passphrase, options);
    syncPath(temp);
    for (const p of leftovers) if (existsSync(p)) throw restoreRefusal(p);
    linkSync(temp, outPath);
    syncPath(dirname(outPath));
  } catch (err) {
    throw copyError(err, outPath);
  } finally {
    for (const p of [temp, `${temp}-journal`, `${temp}-wal`, `${temp}-shm`]) rmSync(p, { force: true });
  }
  return infoOf(outPath);
}

/** Opens the copy (never the backup itself, which stays untouched) and checks it throughout. */
function checkRestoredCopy(path: string, name: string, passphrase: string, options: DriverOptions): void {
  let db: Db;
  try {
    db = openKeyed(path, passphrase, options);
  } catch (err) {
    if (err instanceof AppError && err.code === 'WRONG_PASSPHRASE')
      throw new AppError('WRONG_PASSPHRASE', `The passphrase does not open ${name}. A backup keeps the passphrase the vault had when it was taken. Nothing was written.`);
    if (err instanceof AppError && err.code === 'VAULT_DAMAGED') throw new AppError('VAULT_DAMAGED', `${name} is damaged. Nothing was written; try an older backup.`);
    throw err;
  }
  try {
    assertKnownVersion(db);
    // The restored vault must stand alone: no -wal of its own to carry along.
    db.pragma('journal_mode=DELETE');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new AppError('VAULT_DAMAGED', `${name} is damaged (${String(check)}). Nothing was written; try an older backup.`);
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_CORRUPT')) throw new AppError('VAULT_DAMAGED', `${name} is damaged. Nothing was written; try an older backup.`);
    throw err;
  } finally {
    db.close();
  }
}

// ---- Rotating backups in a folder ----------------------------------------------------------

function stampToIso(stamp: string): string {
  return stamp.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z');
}

function vaultStem(vaultPath: string): string {
  const name = basename(vaultPath);
  return name.slice(0, name.length - extname(name).length) || name;
}

/** `committee.backup-2026-04-30T10-15-00-123Z.vault`: sorts by time, and names its vault. */
export function backupFileName(vaultPath: string, at: Date): string {
  return `${vaultStem(vaultPath)}.backup-${at.toISOString().replace(/:/g, '-').replace('.', '-')}.vault`;
}

function ownBackupPattern(vaultPath: string): RegExp {
  return new RegExp(`^${vaultStem(vaultPath).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.backup-${STAMP}\\.vault$`);
}

/** This vault's backups in `folder`, newest first: only regular files with our exact name pattern. */
export function listBackups(folder: string, vaultPath: string): BackupInfo[] {
  const pattern = ownBackupPattern(vaultPath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (err) {
    throw new AppError('IO', `The backup folder ${folder} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  return names
    .filter((n) => pattern.test(n) && lstatSync(join(folder, n)).isFile())
    .sort()
    .reverse()
    .map((n) => infoOf(join(folder, n)));
}

/** Deletes this vault's backups beyond the newest `keep`; nothing else in the folder is touched. */
export function pruneBackups(folder: string, vaultPath: string, keep: number): void {
  for (const b of listBackups(folder, vaultPath).slice(Math.max(1, keep))) rmSync(b.path);
}

/** A backup into `folder` under a timestamped name (moved on by a millisecond if taken). */
export function backupIntoFolder(db: Db, vaultPath: string, folder: string, now: Date): BackupInfo {
  requireFolder(folder);
  let at = now.getTime();
  while (existsSync(join(folder, backupFileName(vaultPath, new Date(at))))) at++;
  return backupVault(db, join(folder, backupFileName(vaultPath, new Date(at))));
}

/** Whether a folder can take backups: it exists and this process may create files in it. */
export function requireWritableFolder(folder: string): string {
  requireFolder(folder);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new AppError('IO', `Backups cannot be written to ${folder}: permission denied.`);
  }
  return folder;
}

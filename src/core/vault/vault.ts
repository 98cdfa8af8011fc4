import { closeSync, existsSync, linkSync, openSync, readSync, statSync, unlinkSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { MIN_PASSPHRASE_LENGTH } from '../../shared/api/vault';
import { AppError } from '../errors';
import type { Db, DriverOptions } from './handles';
import { keyBytes, leavingNoTrace, openKeyed } from './keyed';
import { assertKnownVersion, migrate } from './migrations';
import { recoverInterruptedRekey } from './rekeyRecovery';

/** SQLCipher 4 pages are 4096 bytes; an encrypted vault is always a whole number of them. */
const PAGE_SIZE = 4096;
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export function checkNewPassphrase(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH)
    throw new AppError(
      'WEAK_PASSPHRASE',
      `The passphrase is too short: use at least ${MIN_PASSPHRASE_LENGTH} characters, for example four unrelated words.`,
    );
}

/** Exported so that the benchmark's unencrypted twin runs with exactly the same settings. */
export function applyRuntimePragmas(db: Db): void {
  db.pragma('journal_mode=WAL');
  db.pragma('synchronous=FULL');
  db.pragma('foreign_keys=ON');
  db.pragma('temp_store=MEMORY');
  db.pragma('secure_delete=ON');
  // Every page read from an encrypted file is decrypted and checked; kept in cache it is not
  // decrypted again. With the default 16 MiB, opening meetings of a ten-year vault at random
  // cost a quarter more than on a plain file; with 32 MiB, under a tenth (64 MiB gains little
  // more). Memory is taken only as pages are read.
  db.pragma('cache_size=-32768');
}

/**
 * Reads the first bytes to tell "not a vault at all" from "a vault with another key":
 * with a wrong key SQLite only says SQLITE_NOTADB, which would blame the passphrase for
 * a text file or a plain database.
 */
function sniff(path: string): 'plain-sqlite' | 'not-a-vault' | 'maybe-vault' {
  const size = statSync(path).size;
  const head = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.equals(SQLITE_HEADER)) return 'plain-sqlite';
  if (size === 0 || size % PAGE_SIZE !== 0) return 'not-a-vault';
  // A random 16-byte salt is practically never all printable ASCII; a text file is.
  if (head.every((b) => b === 0x09 || b === 0x0a || b === 0x0d || (b >= 0x20 && b < 0x7f))) return 'not-a-vault';
  return 'maybe-vault';
}

function notAVault(path: string, kind: 'plain-sqlite' | 'not-a-vault'): AppError {
  return kind === 'plain-sqlite'
    ? new AppError('NOT_A_VAULT', `${basename(path)} is an unencrypted SQLite database, not a Secretariat vault. It was left untouched.`)
    : new AppError('NOT_A_VAULT', `${basename(path)} is not a Secretariat vault. It was left untouched.`);
}

/**
 * Opens an existing vault for work: keyed, checked page by page, of a schema this version
 * knows, with the runtime settings. Never creates a file and never migrates (only a session
 * that will write takes that step: see `migrate`): a wrong passphrase or a damaged file gets an
 * error and the file stays byte-for-byte as it was.
 */
export function openVault(path: string, passphrase: string, options: DriverOptions & { readonly?: boolean } = {}): Db {
  if (!existsSync(path)) throw new AppError('VAULT_MISSING', `There is no vault at ${path}.`);
  if (!statSync(path).isFile()) throw new AppError('NOT_A_VAULT', `${path} is a folder, not a vault file.`);
  if (passphrase.length === 0) throw new AppError('WRONG_PASSPHRASE', 'Enter the passphrase for this vault.');
  const kind = sniff(path);
  if (kind !== 'maybe-vault') throw notAVault(path, kind);

  let db: Db;
  try {
    db = openKeyed(path, passphrase, options);
  } catch (err) {
    if (err instanceof AppError && err.code === 'WRONG_PASSPHRASE' && !options.readonly && recoverInterruptedRekey(path, passphrase, options))
      return openVault(path, passphrase, options);
    if (err instanceof AppError && err.code === 'VAULT_DAMAGED')
      throw new AppError('VAULT_DAMAGED', `${basename(path)} is damaged and cannot be opened. Restore it from a backup; the file was left untouched.`);
    throw err;
  }
  try {
    assertIntact(db, path);
    assertKnownVersion(db);
    // A read-only connection only keeps its temporary data in memory; the rest would write.
    if (options.readonly) db.pragma('temp_store=MEMORY');
    else applyRuntimePragmas(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * Reads every page once. A damaged page otherwise shows up only when some later screen
 * happens to read it; finding it at unlock lets the app say so before any edit.
 */
export function assertIntact(db: Db, path: string): void {
  let problems: string[];
  try {
    problems = (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
      throw new AppError('VAULT_DAMAGED', `${basename(path)} is damaged: a page failed its integrity check. Restore it from a backup; the file was left untouched.`);
    throw err;
  }
  if (problems.length !== 1 || problems[0] !== 'ok')
    throw new AppError('VAULT_DAMAGED', `${basename(path)} is damaged (${problems.slice(0, 3).join('; ')}). Restore it from a backup; the file was left untouched.`);
}

/**
 * Creates a new, empty vault. Built under a temporary name and linked into place, so a crash
 * leaves either no vault or a complete one, and an existing file is never replaced.
 */
export function createVault(path: string, passphrase: string, options: DriverOptions = {}): Db {
  checkNewPassphrase(passphrase);
  for (const p of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`])
    if (existsSync(p)) throw new AppError('VAULT_EXISTS', `${p} already exists; choose another name. Nothing was changed.`);
  if (!existsSync(dirname(path))) throw new AppError('IO', `The folder ${dirname(path)} does not exist.`);

  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.creating`);
  try {
    const db = openKeyed(temp, passphrase, { ...options, create: true });
    try {
      db.pragma('journal_mode=DELETE');
      db.pragma('temp_store=MEMORY');
      db.pragma('secure_delete=ON');
      migrate(db);
    } finally {
      db.close();
    }
    linkSync(temp, path);
  } catch (err) {
    if (err instanceof AppError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'EEXIST')
      throw new AppError('VAULT_EXISTS', `${path} already exists; choose another name. Nothing was changed.`);
    throw new AppError('IO', `The vault could not be created: ${(err as Error).message}.`);
  } finally {
    for (const p of [temp, `${temp}-journal`]) if (existsSync(p)) unlinkSync(p);
  }
  return openVault(path, passphrase, options);
}

/**
 * Re-keys the open vault. The current passphrase is checked on a second connection first; the
 * new one is checked before anything is touched. SQLite3MC 2.3 cannot rekey in WAL mode, so
 * the journal goes to DELETE for the rekey (which is then one atomic transaction) and back.
 */
export function changePassphrase(db: Db, path: string, current: string, next: string, options: DriverOptions = {}): void {
  if (next.length === 0) throw new AppError('WEAK_PASSPHRASE', 'The new passphrase cannot be empty: that would remove the encryption.');
  checkNewPassphrase(next);
  verifyPassphrase(path, current, options);
  if (current.normalize('NFC') === next.normalize('NFC'))
    throw new AppError('VALIDATION', 'The new passphrase is the same as the current one.');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode=DELETE');
  try {
    db.rekey(keyBytes(next));
  } finally {
    db.pragma('journal_mode=WAL');
  }
}

/** Throws WRONG_PASSPHRASE unless the passphrase opens the vault at `path`. */
export function verifyPassphrase(path: string, passphrase: string, options: DriverOptions = {}): void {
  // An empty key would not be "wrong" to the driver: it means "no encryption", and fails oddly.
  if (passphrase.length === 0) throw new AppError('WRONG_PASSPHRASE', 'The current passphrase is wrong. Nothing was changed.');
  try {
    leavingNoTrace(path, () => openKeyed(path, passphrase, { ...options, readonly: true }).close());
  } catch (err) {
    if (err instanceof AppError && err.code === 'WRONG_PASSPHRASE')
      throw new AppError('WRONG_PASSPHRASE', 'The current passphrase is wrong. Nothing was changed.');
    throw err;
  }
}

/** Checkpoints the WAL into the main file and closes; the -wal file is removed. */
export function closeVault(db: Db): void {
  if (!db.open) return;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

import { existsSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../errors';
import type { Db, DriverOptions } from './handles';

/** The same passphrase typed on two keyboards may differ in Unicode form; fix one. */
export function keyBytes(passphrase: string): Buffer {
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}

export interface KeyedOptions extends DriverOptions {
  readonly?: boolean;
  /** Makes the file when it is missing: only a new vault, built under a temporary name. */
  create?: boolean;
  /** A salt other than the one on page 1 (hex): only to roll back an interrupted re-key. */
  salt?: string;
}

const driverCode = (err: unknown): string => (err as { code?: string }).code ?? '';

/**
 * The one place a database file is opened with a key (SQLCipher 4: `cipher=sqlcipher`,
 * `legacy=4`, the key as bytes so that no passphrase is ever quoted into SQL). An existing file
 * is then read once, which decrypts page 1: a wrong key fails here, before anything is written.
 * Opening never migrates and never sets a journal mode; the caller decides what the connection
 * is for. Throws WRONG_PASSPHRASE, VAULT_DAMAGED or IO with a generic sentence that callers may
 * reword for their context.
 */
export function openKeyed(path: string, passphrase: string, options: KeyedOptions = {}): Db {
  let db: Db;
  try {
    db = new Database(path, { fileMustExist: !options.create, readonly: options.readonly ?? false, nativeBinding: options.nativeBinding });
  } catch (err) {
    throw new AppError('IO', `The vault could not be opened: ${(err as Error).message}.`);
  }
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    if (options.salt !== undefined) {
      if (!/^[0-9a-f]{32}$/.test(options.salt)) throw new AppError('INTERNAL', 'A cipher salt is 16 bytes written as hex.');
      db.pragma(`cipher_salt='${options.salt}'`);
    }
    db.key(keyBytes(passphrase));
    if (!options.create) db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (err) {
    db.close();
    if (err instanceof AppError) throw err;
    const code = driverCode(err);
    if (code === 'SQLITE_NOTADB') throw new AppError('WRONG_PASSPHRASE', 'The passphrase is wrong for this vault. Check it and try again.');
    if (code.startsWith('SQLITE_CORRUPT')) throw new AppError('VAULT_DAMAGED', 'The vault is damaged and cannot be opened. Restore it from a backup.');
    throw new AppError('IO', `The vault could not be opened: ${(err as Error).message}.`);
  }
}

/**
 * Runs `fn`, which reads the vault at `path` on read-only connections, and leaves the folder as
 * it was: SQLite gives a reader of a WAL vault an empty -wal and a -shm beside it, which it
 * does not remove on close. Files that were there before (a vault open in the app) are not
 * touched, nor a -wal that holds anything.
 */
export function leavingNoTrace<T>(path: string, fn: () => T): T {
  const beside = [`${path}-wal`, `${path}-shm`].filter((p) => !existsSync(p));
  try {
    return fn();
  } finally {
    const wal = `${path}-wal`;
    if (!beside.includes(wal) || !existsSync(wal) || statSync(wal).size === 0) for (const p of beside) rmSync(p, { force: true });
  }
}

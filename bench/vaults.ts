import Database from 'better-sqlite3-multiple-ciphers';
import { assertKnownVersion, migrate } from '../src/core/vault/migrations';
import type { Db } from '../src/core/vault/handles';
import { applyRuntimePragmas, assertIntact } from '../src/core/vault/vault';

export const PASSPHRASE = 'ten years of minutes, kept safe';
export const ACTOR = 'Leila Nasser';

/**
 * The unencrypted twin: the same driver without a key, and the same open sequence as
 * openVault (integrity check, version check, runtime pragmas, migrations), so that the only
 * difference left is the cipher.
 */
export function openPlain(path: string, options: { create?: boolean } = {}): Db {
  const db = new Database(path, { fileMustExist: !options.create });
  try {
    assertIntact(db, path);
    assertKnownVersion(db);
    applyRuntimePragmas(db);
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}


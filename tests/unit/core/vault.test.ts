import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { changePassphrase, closeVault, createVault, openVault } from '../../../src/core/vault/vault';
import { errorOf } from '../../helpers/errors';
import { sha256 } from '../../helpers/files';
import { PASSPHRASE, tempDir } from '../../helpers/vault';

/** A closed vault holding enough rows to span several pages. */
function filledVault(dir: string, name = 'v.vault'): string {
  const path = join(dir, name);
  const db = createVault(path, PASSPHRASE);
  const insert = db.prepare(`INSERT INTO settings (key, value) VALUES (:k, :v)`);
  db.transaction(() => {
    for (let i = 0; i < 400; i++) insert.run({ k: `k${i}`, v: 'Confidential case update '.repeat(20) + i });
  })();
  closeVault(db);
  return path;
}

describe('vault encryption', () => {
  it('keeps a known title out of the file and its WAL, and the file has no SQLite header', () => {
    const dir = tempDir();
    const path = join(dir, 'v.vault');
    const db = createVault(path, PASSPHRASE);
    const title = 'Victim identification in case TRAF-2291';
    db.prepare(`INSERT INTO settings (key, value) VALUES ('title', :title)`).run({ title });
    expect(existsSync(`${path}-wal`)).toBe(true);
    for (const file of [path, `${path}-wal`]) {
      const bytes = readFileSync(file);
      expect(bytes.includes(Buffer.from(title))).toBe(false);
      expect(bytes.includes(Buffer.from('TRAF-2291'))).toBe(false);
    }
    expect(readFileSync(path).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    closeVault(db);
    expect(readFileSync(path).includes(Buffer.from(title))).toBe(false);
  });

  it('opens in SQLCipher 4 format: a plain sqlcipher-compatible connection reads it', () => {
    const dir = tempDir();
    const path = filledVault(dir);
    const db = new Database(path, { readonly: true });
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key='${PASSPHRASE}'`);
    expect(Number(db.pragma('kdf_iter', { simple: true }))).toBe(256000);
    expect((db.prepare('SELECT count(*) AS n FROM settings').get() as { n: number }).n).toBe(400);
    db.close();
  });

  it('refuses passphrases shorter than 12 characters and creates nothing', () => {
    const dir = tempDir();
    const err = errorOf(() => createVault(join(dir, 'v.vault'), 'short pass'));
    expect(err.code).toBe('WEAK_PASSPHRASE');
    expect(err.message).toMatch(/at least 12 characters/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses to create over an existing file', () => {
    const dir = tempDir();
    const path = join(dir, 'exists.vault');
    writeFileSync(path, 'keep me');
    expect(errorOf(() => createVault(path, PASSPHRASE)).code).toBe('VAULT_EXISTS');
    expect(readFileSync(path, 'utf8')).toBe('keep me');
  });
});

describe('opening bad files changes nothing', () => {
  it('a wrong passphrase: WRONG_PASSPHRASE, same sha256, no file beside it', () => {
    const dir = tempDir();
    const path = filledVault(dir);
    const before = sha256(path);
    const err = errorOf(() => openVault(path, 'not the right passphrase'));
    expect(err.code).toBe('WRONG_PASSPHRASE');
    expect(err.message).toMatch(/passphrase is wrong/);
    expect(sha256(path)).toBe(before);
    expect(readdirSync(dir)).toEqual(['v.vault']);
  });

  it('a damaged later page: VAULT_DAMAGED, file untouched, nothing created', () => {
    const dir = tempDir();
    const path = filledVault(dir);
    const bytes = readFileSync(path);
    expect(bytes.length).toBeGreaterThan(4096 * 4);
    bytes.fill(0x41, 4096 * 3 + 100, 4096 * 3 + 300);
    writeFileSync(path, bytes);
    const before = sha256(path);
    const err = errorOf(() => openVault(path, PASSPHRASE));
    expect(err.code).toBe('VAULT_DAMAGED');
    expect(err.message).toMatch(/damaged/);
    expect(sha256(path)).toBe(before);
    expect(readdirSync(dir)).toEqual(['v.vault']);
  });

  it('a plain SQLite database is not a vault and is left as it was', () => {
    const dir = tempDir();
    const path = join(dir, 'plain.db');
    const plain = new Database(path);
    plain.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    plain.close();
    const before = sha256(path);
    const err = errorOf(() => openVault(path, PASSPHRASE));
    expect(err.code).toBe('NOT_A_VAULT');
    expect(err.message).toMatch(/unencrypted SQLite database/);
    expect(sha256(path)).toBe(before);
    expect(readdirSync(dir)).toEqual(['plain.db']);
  });

  it('a text file is not a vault and is left as it was', () => {
    const dir = tempDir();
    const path = join(dir, 'notes.vault');
    writeFileSync(path, 'Minutes of the 2nd meeting\n'.repeat(300));
    const before = sha256(path);
    expect(errorOf(() => openVault(path, PASSPHRASE)).code).toBe('NOT_A_VAULT');
    expect(sha256(path)).toBe(before);
    expect(readdirSync(dir)).toEqual(['notes.vault']);
  });

  it('a missing file is never created by an open', () => {
    const dir = tempDir();
    expect(errorOf(() => openVault(join(dir, 'nope.vault'), PASSPHRASE)).code).toBe('VAULT_MISSING');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('changing the passphrase', () => {
  it('works with WAL on; the old passphrase fails afterwards and the data stays', () => {
    const dir = tempDir();
    const path = filledVault(dir);
    const db = openVault(path, PASSPHRASE);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const next = 'a different and longer passphrase';
    changePassphrase(db, path, PASSPHRASE, next);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.prepare(`INSERT INTO settings (key, value) VALUES ('after', 'rekey')`).run();
    closeVault(db);
    expect(errorOf(() => openVault(path, PASSPHRASE)).code).toBe('WRONG_PASSPHRASE');
    const reopened = openVault(path, next);
    expect((reopened.prepare('SELECT count(*) AS n FROM settings').get() as { n: number }).n).toBe(401);
    closeVault(reopened);
  });

  it('refuses an empty, short or wrong-current passphrase before touching anything', () => {
    const dir = tempDir();
    const path = filledVault(dir);
    const db = openVault(path, PASSPHRASE);
    closeVault(db);
    const before = sha256(path);
    const again = openVault(path, PASSPHRASE);
    expect(errorOf(() => changePassphrase(again, path, PASSPHRASE, '')).code).toBe('WEAK_PASSPHRASE');
    expect(errorOf(() => changePassphrase(again, path, PASSPHRASE, 'eleven char')).code).toBe('WEAK_PASSPHRASE');
    expect(errorOf(() => changePassphrase(again, path, 'wrong current passphrase', 'a valid new passphrase')).code).toBe('WRONG_PASSPHRASE');
    expect(errorOf(() => changePassphrase(again, path, '', 'a valid new passphrase')).code).toBe('WRONG_PASSPHRASE');
    closeVault(again);
    expect(sha256(path)).toBe(before);
    closeVault(openVault(path, PASSPHRASE));
  });
});

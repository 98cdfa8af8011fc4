import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors';
import { MIGRATIONS, SCHEMA_VERSION, migrate, schemaVersion, type Migration } from '../../../src/core/vault/migrations';
import { closeVault, createVault, openVault } from '../../../src/core/vault/vault';
import { PASSPHRASE, tempDir } from '../../helpers/vault';

const tables = (db: ReturnType<typeof openVault>) =>
  (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);

describe('migrations', () => {
  it('are numbered upwards without gaps, and a new vault is at the latest version', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    const db = createVault(join(tempDir(), 'v.vault'), PASSPHRASE);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(tables(db)).toEqual(
      expect.arrayContaining(['committees', 'people', 'memberships', 'meetings', 'attendance', 'agenda_items', 'decisions', 'action_items', 'action_notes', 'audit_log']),
    );
    closeVault(db);
  });

  it('run in one transaction: a failing step leaves the vault at its old version with no half schema', () => {
    const db = createVault(join(tempDir(), 'v.vault'), PASSPHRASE);
    const before = tables(db);
    const failing: Migration[] = [
      ...MIGRATIONS,
      { version: SCHEMA_VERSION + 1, name: 'adds a table', up: (d) => d.exec('CREATE TABLE extra (x INTEGER) STRICT') },
      { version: SCHEMA_VERSION + 2, name: 'breaks', up: (d) => d.exec('ALTER TABLE no_such_table ADD COLUMN y TEXT') },
    ];
    expect(() => migrate(db, failing)).toThrow(/no such table/);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(tables(db)).toEqual(before);
    closeVault(db);
  });

  it('apply pending steps in order and record the version', () => {
    const db = createVault(join(tempDir(), 'v.vault'), PASSPHRASE);
    const order: number[] = [];
    const next: Migration[] = [
      ...MIGRATIONS,
      { version: SCHEMA_VERSION + 1, name: 'a', up: () => order.push(SCHEMA_VERSION + 1) },
      { version: SCHEMA_VERSION + 2, name: 'b', up: () => order.push(SCHEMA_VERSION + 2) },
    ];
    migrate(db, next);
    expect(order).toEqual([SCHEMA_VERSION + 1, SCHEMA_VERSION + 2]);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION + 2);
    migrate(db, next);
    expect(order).toHaveLength(2);
    closeVault(db);
  });

  it('4 gives a version-3 vault the tracker order indexes on open, its actions untouched', () => {
    const path = join(tempDir(), 'v.vault');
    const db = createVault(path, PASSPHRASE);
    db.exec(`
      INSERT INTO committees (id, name, created_at, updated_at) VALUES (1, 'Committee', '2026-01-01', '2026-01-01');
      INSERT INTO meetings (id, committee_id, number, starts_at, created_at, updated_at) VALUES (1, 1, 1, '2026-01-10T10:00:00Z', '2026-01-01', '2026-01-01');
      INSERT INTO action_items (committee_id, meeting_id, description, owner_body, due_date, status, created_at, updated_at)
        VALUES (1, 1, 'Undated', 'Ministry', NULL, 'open', '2026-01-01', '2026-01-01'),
               (1, 1, 'Dated', 'Ministry', '2026-02-01', 'open', '2026-01-01', '2026-01-01');
      DROP INDEX action_items_status_due_order;
      DROP INDEX action_items_due_order;
    `);
    db.pragma('user_version = 3');
    const actions = () => db.prepare('SELECT * FROM action_items ORDER BY id').all();
    const before = actions();
    closeVault(db);
    const reopened = openVault(path, PASSPHRASE);
    const indexes = (reopened.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'action_items'`).pluck().all() as string[]);
    expect(schemaVersion(reopened)).toBe(4);
    expect(indexes).toEqual(expect.arrayContaining(['action_items_status_due_order', 'action_items_due_order']));
    expect(reopened.prepare('SELECT * FROM action_items ORDER BY id').all()).toEqual(before);
    expect(reopened.prepare('SELECT description FROM action_items ORDER BY due_date IS NULL, due_date, id').pluck().all()).toEqual(['Dated', 'Undated']);
    closeVault(reopened);
  });

  it('refuse a vault written by a newer version, leaving it untouched', () => {
    const path = join(tempDir(), 'v.vault');
    const db = createVault(path, PASSPHRASE);
    db.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    // In rollback-journal mode, even switching to WAL would rewrite the header: it must not happen.
    db.pragma('journal_mode=DELETE');
    closeVault(db);
    const before = createHash('sha256').update(readFileSync(path)).digest('hex');
    let err: unknown;
    try {
      openVault(path, PASSPHRASE);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('VAULT_TOO_NEW');
    expect((err as AppError).message).toMatch(/newer version of Secretariat/);
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(before);
  });
});

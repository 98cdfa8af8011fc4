import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { call, dispatch } from '../../../src/core/dispatcher';
import { VaultHost } from '../../../src/core/host';
import { backupFileName, backupVault, restoreVault } from '../../../src/core/vault/backup';
import type { Db } from '../../../src/core/vault/handles';
import { closeVault, openVault } from '../../../src/core/vault/vault';
import { dumpTables } from '../../helpers/dump';
import { errorOf } from '../../helpers/errors';
import { sha256 } from '../../helpers/files';
import { seedMeeting } from '../../helpers/seed';
import { PASSPHRASE, tempDir, newVault } from '../../helpers/vault';

const SECRET = 'Witness protection file TRAF-7731';

/** Rows that exist only in the -wal while the vault is open, as during a working session. */
function addRows(db: Db, prefix: string, n: number): void {
  const insert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
  db.transaction(() => {
    for (let i = 0; i < n; i++) insert.run(`${prefix}.${i}`, `${SECRET} ${prefix} ${i} ${'x'.repeat(300)}`);
  })();
}

async function workingVault() {
  const v = await newVault();
  await seedMeeting(v.host, { roster: [['Amal Haddad', 'chair'], ['Omar Saleh', 'member']] });
  addRows(v.host.session().db, 'note', 200);
  return v;
}

/** A steadily advancing clock, so every automatic backup gets its own timestamp. */
function steppingClock(start = Date.parse('2026-04-30T10:15:00Z')) {
  let t = start;
  return () => new Date((t += 60_000));
}

describe('backupVault', () => {
  it('copies an open vault, WAL included, encrypted with the same passphrase and SQLCipher 4 settings', async () => {
    const { host, dir, path } = await workingVault();
    const db = host.session().db;
    expect(existsSync(`${path}-wal`)).toBe(true);
    const out = join(dir, 'copy.vault');
    const info = backupVault(host.session().db, out);
    expect(info).toMatchObject({ path: out, name: 'copy.vault' });

    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(bytes.includes(Buffer.from('TRAF-7731'))).toBe(false);
    expect(bytes.includes(Buffer.from('Amal Haddad'))).toBe(false);
    expect(bytes.includes(Buffer.from('CREATE TABLE'))).toBe(false);
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);

    const copy = openVault(out, PASSPHRASE);
    expect(dumpTables(copy)).toEqual(dumpTables(db));
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
    closeVault(copy);

    const plain = new Database(out, { readonly: true });
    plain.pragma(`cipher='sqlcipher'`);
    plain.pragma('legacy=4');
    plain.pragma(`key='${PASSPHRASE}'`);
    expect(Number(plain.pragma('kdf_iter', { simple: true }))).toBe(256000);
    expect(plain.prepare('SELECT count(*) FROM settings').pluck().get()).toBeGreaterThanOrEqual(200);
    plain.close();

    expect(errorOf(() => openVault(out, 'not the passphrase at all')).code).toBe('WRONG_PASSPHRASE');
    // The vault goes on working after the backup.
    addRows(db, 'after', 1);
  });

  it('never overwrites, refuses relative paths and missing folders, and leaves no temp files', async () => {
    const { host, dir } = await workingVault();
    const existing = join(dir, 'taken.vault');
    writeFileSync(existing, 'do not touch');
    expect(errorOf(() => backupVault(host.session().db, existing)).code).toBe('FILE_EXISTS');
    expect(readFileSync(existing, 'utf8')).toBe('do not touch');
    expect(errorOf(() => backupVault(host.session().db, 'relative.vault')).code).toBe('VALIDATION');
    expect(errorOf(() => backupVault(host.session().db, `${dir}/../escaped.vault`)).code).toBe('VALIDATION');
    expect(errorOf(() => backupVault(host.session().db, join(dir, 'missing', 'x.vault'))).code).toBe('NOT_FOUND');
    expect(readdirSync(dir).sort()).toEqual(['committee.vault', 'committee.vault-shm', 'committee.vault-wal', 'taken.vault']);
  });

  it('a backup taken after a passphrase change opens with the new passphrase only', async () => {
    const { host, dir } = await workingVault();
    const next = 'a completely different passphrase';
    await call(host, 'vault.changePassphrase', { current: PASSPHRASE, next });
    const out = join(dir, 'after-change.vault');
    backupVault(host.session().db, out);
    expect(errorOf(() => openVault(out, PASSPHRASE)).code).toBe('WRONG_PASSPHRASE');
    closeVault(openVault(out, next));
  });
});

describe('restoreVault', () => {
  it('restores a backup as a new vault with the same records; the backup is left as it was', async () => {
    const { host, dir } = await workingVault();
    const backup = join(dir, 'b.vault');
    backupVault(host.session().db, backup);
    const before = sha256(backup);
    const out = join(dir, 'restored.vault');
    restoreVault(backup, PASSPHRASE, out);
    expect(sha256(backup)).toBe(before);
    const restored = openVault(out, PASSPHRASE);
    expect(dumpTables(restored)).toEqual(dumpTables(host.session().db));
    closeVault(restored);
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('refuses an existing target, a wrong passphrase, a missing backup and a plain database, writing nothing', async () => {
    const { host, dir } = await workingVault();
    const backup = join(dir, 'b.vault');
    backupVault(host.session().db, backup);
    const existing = join(dir, 'existing.vault');
    writeFileSync(existing, 'keep me');
    expect(errorOf(() => restoreVault(backup, PASSPHRASE, existing)).code).toBe('FILE_EXISTS');
    expect(readFileSync(existing, 'utf8')).toBe('keep me');

    const out = join(dir, 'out.vault');
    const wrong = errorOf(() => restoreVault(backup, 'wrong passphrase here', out));
    expect(wrong.code).toBe('WRONG_PASSPHRASE');
    expect(wrong.message).toMatch(/when it was taken/);
    expect(errorOf(() => restoreVault(join(dir, 'nope.vault'), PASSPHRASE, out)).code).toBe('NOT_FOUND');
    const plainPath = join(dir, 'plain.db');
    const plain = new Database(plainPath);
    plain.exec('CREATE TABLE t (x)');
    plain.close();
    expect(errorOf(() => restoreVault(plainPath, PASSPHRASE, out)).code).toBe('NOT_A_VAULT');
    expect(errorOf(() => restoreVault(backup, PASSPHRASE, '../out.vault')).code).toBe('VALIDATION');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.startsWith('.') || n.startsWith('out'))).toEqual([]);
  });

  it('never mixes a stale -wal into the restored vault, neither from beside the target nor beside the backup', async () => {
    const { host, dir, path } = await workingVault();
    const db = host.session().db;
    db.pragma('wal_checkpoint(TRUNCATE)');
    const backup = join(dir, 'b.vault');
    backupVault(host.session().db, backup);
    const expected = dumpTables(db);
    // Rows written after the backup sit in the vault's -wal; a copy of it is a "stale" wal.
    addRows(db, 'leak', 20);
    const staleWal = join(dir, 'stale-wal');
    copyFileSync(`${path}-wal`, staleWal);
    expect(readFileSync(staleWal).length).toBeGreaterThan(4096);

    // The hazard is real: beside a copy of the backup, SQLite replays that wal into it.
    const naive = join(dir, 'naive.vault');
    copyFileSync(backup, naive);
    copyFileSync(staleWal, `${naive}-wal`);
    const mixed = (() => {
      try {
        const n = openVault(naive, PASSPHRASE);
        const leaked = n.prepare(`SELECT count(*) FROM settings WHERE key LIKE 'leak.%'`).pluck().get() as number;
        closeVault(n);
        return leaked > 0;
      } catch {
        return true;
      }
    })();
    expect(mixed).toBe(true);

    const out = join(dir, 'restored.vault');
    copyFileSync(staleWal, `${out}-wal`);
    const refused = errorOf(() => restoreVault(backup, PASSPHRASE, out));
    expect(refused.code).toBe('FILE_EXISTS');
    expect(refused.message).toMatch(/restored\.vault-wal/);
    expect(existsSync(out)).toBe(false);
    rmSync(`${out}-wal`);

    copyFileSync(staleWal, `${backup}-wal`);
    restoreVault(backup, PASSPHRASE, out);
    const restored = openVault(out, PASSPHRASE);
    expect(dumpTables(restored)).toEqual(expected);
    expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
    closeVault(restored);
  });
});

describe('automatic rotating backups', () => {
  it('backs up on lock when enabled, skips sessions without changes, keeps the newest N and touches nothing else', async () => {
    const dir = tempDir();
    const folder = join(dir, 'backups');
    mkdirSync(folder);
    const path = join(dir, 'committee.vault');
    const host = new VaultHost({ path, clock: steppingClock() });
    await call(host, 'vault.create', { passphrase: PASSPHRASE, actor: 'Leila Nasser' });
    host.lock();
    expect(readdirSync(folder)).toEqual([]);

    const foreign = [
      'notes.txt',
      'committee.backup-not-a-date.vault',
      'other.backup-2020-01-01T00-00-00-000Z.vault',
      'committee.backup-2000-01-01T00-00-00-000Z.vault.txt',
    ];
    for (const name of foreign) writeFileSync(join(folder, name), name);
    mkdirSync(join(folder, 'committee.backup-2000-01-02T00-00-00-000Z.vault'));
    symlinkSync(join(folder, 'notes.txt'), join(folder, 'committee.backup-2000-01-03T00-00-00-000Z.vault'));

    await call(host, 'vault.unlock', { passphrase: PASSPHRASE, actor: 'Leila Nasser' });
    const view = await call(host, 'backup.settings.set', { folder, keep: 3, enabled: true });
    expect(view).toMatchObject({ folder, keep: 3, enabled: true, last: null });
    host.lock();
    const own = () => readdirSync(folder).filter((n) => /^committee\.backup-\d{4}-.*Z\.vault$/.test(n) && !n.startsWith('committee.backup-2000'));
    expect(own()).toHaveLength(1);

    // Unlock and lock with no change: no new backup that could rotate a real one away.
    await call(host, 'vault.unlock', { passphrase: PASSPHRASE, actor: 'Leila Nasser' });
    host.lock();
    expect(own()).toHaveLength(1);

    for (let i = 0; i < 4; i++) {
      await call(host, 'vault.unlock', { passphrase: PASSPHRASE, actor: 'Leila Nasser' });
      await call(host, 'people.create', { name: `Person ${i}` });
      host.lock();
    }
    const kept = own().sort();
    expect(kept).toHaveLength(3);
    expect(kept).toEqual([...kept].sort());
    for (const name of foreign) expect(readFileSync(join(folder, name), 'utf8')).toBe(name);
    expect(existsSync(join(folder, 'committee.backup-2000-01-02T00-00-00-000Z.vault'))).toBe(true);
    expect(existsSync(join(folder, 'committee.backup-2000-01-03T00-00-00-000Z.vault'))).toBe(true);

    await call(host, 'vault.unlock', { passphrase: PASSPHRASE, actor: 'Leila Nasser' });
    const listed = await call(host, 'backup.list', {});
    expect(listed.map((b) => b.name)).toEqual([...kept].reverse());
    const newest = openVault(listed[0].path, PASSPHRASE);
    expect(dumpTables(newest).people).toEqual(dumpTables(host.session().db).people);
    closeVault(newest);
    const settings = await call(host, 'backup.settings.get', {});
    expect(settings.last).toMatchObject({ ok: true, path: listed[0].path, error: null });
    host.lock();
  });

  it('a failing automatic backup does not stop the lock, and is reported at the next unlock', async () => {
    const dir = tempDir();
    const folder = join(dir, 'stick');
    mkdirSync(folder);
    const path = join(dir, 'committee.vault');
    const host = new VaultHost({ path, clock: steppingClock() });
    await call(host, 'vault.create', { passphrase: PASSPHRASE, actor: 'Leila Nasser' });
    await call(host, 'backup.settings.set', { folder, keep: 10, enabled: true });
    rmSync(folder, { recursive: true });
    expect(host.lock().state).toBe('locked');
    await call(host, 'vault.unlock', { passphrase: PASSPHRASE, actor: 'Leila Nasser' });
    const settings = await call(host, 'backup.settings.get', {});
    expect(settings.last).toMatchObject({ ok: false, path: null });
    expect(settings.last?.error).toMatch(/does not exist/);
    host.lock();
  });

  it('names backups so that they sort by time', () => {
    const a = backupFileName('/x/committee.vault', new Date('2026-04-30T09:59:59.999Z'));
    const b = backupFileName('/x/committee.vault', new Date('2026-04-30T10:00:00.000Z'));
    expect(a).toBe('committee.backup-2026-04-30T09-59-59-999Z.vault');
    expect([b, a].sort()).toEqual([a, b]);
  });
});

describe('backup contract', () => {
  it('refuses relative paths, "..", missing folders and "enabled" without a folder, changing nothing', async () => {
    const { host, dir } = await workingVault();
    const before = dumpTables(host.session().db);
    for (const folder of ['backups', '../backups', `${dir}/../x`, 'C:relative', '']) {
      const r = await dispatch(host, 'backup.settings.set', { folder, keep: 10, enabled: true });
      expect(r.ok ? 'ok' : r.error.code).toBe('VALIDATION');
    }
    const missing = await dispatch(host, 'backup.settings.set', { folder: join(dir, 'missing'), keep: 10, enabled: true });
    expect(missing.ok ? 'ok' : missing.error.code).toBe('NOT_FOUND');
    const noFolder = await dispatch(host, 'backup.settings.set', { folder: null, keep: 10, enabled: true });
    expect(noFolder.ok ? 'ok' : noFolder.error.code).toBe('VALIDATION');
    const create = await dispatch(host, 'backup.create', {});
    expect(create.ok ? 'ok' : create.error.code).toBe('VALIDATION');
    expect(await call(host, 'backup.list', {})).toEqual([]);
    expect(dumpTables(host.session().db)).toEqual(before);
  });

  it('creates, restores and reports a damaged vault with its latest backup, leaving the damaged file as it was', async () => {
    const dir = tempDir();
    const folder = join(dir, 'backups');
    mkdirSync(folder);
    const path = join(dir, 'committee.vault');
    const host = new VaultHost({ path, clock: steppingClock() });
    await call(host, 'vault.create', { passphrase: PASSPHRASE, actor: 'Leila Nasser' });
    await seedMeeting(host);
    addRows(host.session().db, 'note', 300);
    await call(host, 'backup.settings.set', { folder, keep: 10, enabled: false });
    const first = await call(host, 'backup.create', {});
    const second = await call(host, 'backup.create', {});
    expect(second.name > first.name).toBe(true);
    const intact = await call(host, 'backup.recovery', { passphrase: PASSPHRASE });
    expect(intact).toMatchObject({ damaged: false, problems: [], folder, latest: { path: second.path } });
    host.lock();

    const bytes = readFileSync(path);
    bytes.fill(0x41, 4096 * 6 + 100, 4096 * 6 + 400);
    writeFileSync(path, bytes);
    const damagedHash = sha256(path);
    const unlock = await dispatch(host, 'vault.unlock', { passphrase: PASSPHRASE, actor: 'Leila Nasser' });
    expect(unlock.ok ? 'ok' : unlock.error.code).toBe('VAULT_DAMAGED');

    const report = await call(host, 'backup.recovery', { passphrase: PASSPHRASE });
    expect(report.damaged).toBe(true);
    expect(report.problems.join(' ')).toMatch(/damaged|integrity/);
    expect(report.latest?.path).toBe(second.path);
    expect(report.backups.map((b) => b.path)).toEqual([second.path, first.path]);
    expect(sha256(path)).toBe(damagedHash);

    const out = join(dir, 'committee-restored.vault');
    expect(await call(host, 'backup.restore', { backup: second.path, out, passphrase: PASSPHRASE })).toEqual({ path: out });
    expect(sha256(path)).toBe(damagedHash);
    const restored = openVault(out, PASSPHRASE);
    expect(restored.prepare(`SELECT count(*) FROM settings WHERE key LIKE 'note.%'`).pluck().get()).toBe(300);
    closeVault(restored);
    const again = await dispatch(host, 'backup.restore', { backup: second.path, out, passphrase: PASSPHRASE });
    expect(again.ok ? 'ok' : again.error.code).toBe('FILE_EXISTS');

    rmSync(path);
    const gone = await call(host, 'backup.recovery', { passphrase: PASSPHRASE, folder });
    expect(gone).toMatchObject({ damaged: true, latest: { path: second.path } });
  });
});

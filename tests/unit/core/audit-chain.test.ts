import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { auditHead, entryHash, GENESIS_HASH, verifyAuditChain } from '../../../src/core/db/audit';
import { call } from '../../../src/core/dispatcher';
import type { VaultHost } from '../../../src/core/host';
import { checkVault } from '../../../src/core/vault/check';
import { migrate, MIGRATIONS } from '../../../src/core/vault/migrations';
import { readableDb, type Db } from '../../../src/core/vault/handles';
import { dumpTables } from '../../helpers/dump';
import { failure, seedMeeting } from '../../helpers/seed';
import { newVault, PASSPHRASE } from '../../helpers/vault';

interface Row {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: number | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

/** What someone with the passphrase and a SQLCipher shell does first: drop the guards. */
const unguard = (db: Db) =>
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_head_no_delete;');
const rows = (db: Db) => db.prepare('SELECT * FROM audit_log ORDER BY id').all() as Row[];
const insert = (db: Db, r: Row) =>
  db
    .prepare('INSERT INTO audit_log (id, at, actor, action, entity, entity_id, detail, prev_hash, hash) VALUES (:id, :at, :actor, :action, :entity, :entity_id, :detail, :prev_hash, :hash)')
    .run(r);
/** A well-formed entry after `prev`, as a forger who knows the hash rule would write it. */
const forged = (prev: Row, detail = '{"forged":true}'): Row => {
  const r = { ...prev, id: prev.id + 1, detail, prev_hash: prev.hash };
  return { ...r, hash: entryHash(prev.hash, r) };
};

async function trail(): Promise<{ host: VaultHost; path: string; db: Db; n: number }> {
  const { host, path } = await newVault();
  const { meeting } = await seedMeeting(host);
  for (const title of ['Opening', 'Reports', 'Any other business']) await call(host, 'agenda.add', { meetingId: meeting.id, title });
  await call(host, 'meetings.update', { id: meeting.id, venue: 'Room 4' });
  const db = host.session().db;
  return { host, path, db, n: rows(db).length };
}

describe('the audit trail', () => {
  it('verifies when untouched, naming its length and last hash, and the app keeps the head in step', async () => {
    const { db, n } = await trail();
    expect(n).toBeGreaterThan(6);
    const last = rows(db).at(-1)!;
    expect(verifyAuditChain(readableDb(db))).toEqual({ ok: true, entries: n, head: { id: n, hash: last.hash } });
    expect(auditHead(readableDb(db))).toEqual({ entries: n, hash: last.hash });
  });

  it('refuses UPDATE and DELETE on its tables from plain SQL', async () => {
    const { db } = await trail();
    expect(() => db.prepare(`UPDATE audit_log SET actor = 'Someone else' WHERE id = 2`).run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE id = 2').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_head').run()).toThrow(/append-only/);
    expect(verifyAuditChain(readableDb(db)).ok).toBe(true);
  });

  describe('names the first broken entry when it was altered in SQL behind the app\'s back', async () => {
    const { db, n } = await trail();
    const cases: [string, (db: Db) => void, { id: number; reason: string | RegExp }][] = [
      ['an edited entry', (d) => d.exec(`UPDATE audit_log SET detail = '{"venue":"Elsewhere"}' WHERE id = 3`), { id: 3, reason: 'was changed after it was written' }],
      ['an edited entry whose hash was recomputed', (d) => {
        const r = rows(d)[2]!;
        const edited = { ...r, actor: 'Someone else' };
        d.prepare('UPDATE audit_log SET actor = :actor, hash = :hash WHERE id = :id').run({ ...edited, hash: entryHash(r.prev_hash, edited) });
      }, { id: 4, reason: /^does not follow from entry 3: / }],
      ['a removed middle entry', (d) => d.exec('DELETE FROM audit_log WHERE id = 3'), { id: 3, reason: 'was removed' }],
      ['a removed first entry', (d) => d.exec('DELETE FROM audit_log WHERE id = 1'), { id: 1, reason: 'was removed' }],
      ['a removed last entry', (d) => d.exec(`DELETE FROM audit_log WHERE id = ${n}`), { id: n, reason: `was removed: the app wrote ${n} entries` }],
      ['the last three entries removed', (d) => d.exec(`DELETE FROM audit_log WHERE id > ${n - 3}`), { id: n - 2, reason: `was removed, with the 2 after it: the app wrote ${n} entries` }],
      ['two entries swapped', (d) => d.exec('UPDATE audit_log SET id = -1 WHERE id = 3; UPDATE audit_log SET id = 3 WHERE id = 4; UPDATE audit_log SET id = 4 WHERE id = -1;'), { id: 3, reason: /^does not follow from entry 2: / }],
      ['a well-formed entry added at the end', (d) => insert(d, forged(rows(d).at(-1)!)), { id: n + 1, reason: `was added outside the app: the app wrote ${n} entries` }],
      ['the last entry replaced by a well-formed one', (d) => {
        const all = rows(d);
        d.exec(`DELETE FROM audit_log WHERE id = ${n}`);
        insert(d, forged(all.at(-2)!));
      }, { id: n, reason: 'is not the last entry the app wrote: it was replaced' }],
      ['the head removed', (d) => d.exec('DELETE FROM audit_head'), { id: n, reason: /the record of the trail's length was removed/ }],
    ];
    it.each(cases)('%s', (_, tamper, firstBroken) => {
      db.exec('BEGIN IMMEDIATE');
      try {
        unguard(db);
        tamper(db);
        const report = verifyAuditChain(readableDb(db));
        expect(report).toMatchObject({ ok: false, head: null, firstBroken: { id: firstBroken.id } });
        expect(report.firstBroken!.reason).toMatch(firstBroken.reason);
      } finally {
        db.exec('ROLLBACK');
      }
      expect(verifyAuditChain(readableDb(db)).ok).toBe(true);
    });
  });

  it('keeps a gap visible after the last entries were removed: the next write continues from the head', async () => {
    const { host, path, db, n } = await trail();
    unguard(db);
    db.exec(`DELETE FROM audit_log WHERE id = ${n}`);
    await seedMeeting(host);
    expect(rows(db).map((r) => r.id)).toContain(n + 1);
    expect(verifyAuditChain(readableDb(db))).toMatchObject({ ok: false, firstBroken: { id: n, reason: 'was removed' } });
    host.lock();
    const report = checkVault(path, PASSPHRASE);
    expect(report.ok).toBe(false);
    expect(report.problems).toContain(`The audit trail was altered outside the app: entry ${n} was removed.`);
  });

  it('refuses every write once its head was removed, saving nothing', async () => {
    const { host, db } = await trail();
    unguard(db);
    db.exec('DELETE FROM audit_head');
    const before = dumpTables(db);
    const err = await failure(host, 'committees.create', { name: 'Written without a record' });
    expect(err).toMatchObject({ code: 'VAULT_DAMAGED', message: expect.stringMatching(/edited outside Secretariat\. Nothing was saved/) });
    expect(dumpTables(db)).toEqual(before);
  });

  it('a chain rewritten from scratch passes on its own, but not against a hash kept outside the vault', async () => {
    const { db, n } = await trail();
    const anchor = verifyAuditChain(readableDb(db)).head!;
    unguard(db);
    let prev = GENESIS_HASH;
    for (const r of rows(db)) {
      const next = { ...r, prev_hash: prev, actor: r.id === 2 ? 'Someone else' : r.actor };
      const hash = entryHash(prev, next);
      db.prepare('UPDATE audit_log SET actor = :actor, prev_hash = :prev_hash, hash = :hash WHERE id = :id').run({ ...next, hash });
      prev = hash;
    }
    db.prepare('UPDATE audit_head SET hash = ? WHERE id = 1').run(prev);
    expect(verifyAuditChain(readableDb(db)).ok).toBe(true);
    expect(verifyAuditChain(readableDb(db), [anchor])).toMatchObject({
      ok: false,
      firstBroken: { id: n, reason: expect.stringMatching(/^is not the entry recorded outside the vault .*rewritten up to here$/) },
    });
    expect(verifyAuditChain(readableDb(db), [{ id: n + 5, hash: anchor.hash }])).toMatchObject({ ok: false, firstBroken: { id: n + 5, reason: expect.stringMatching(/no longer in the trail/) } });
  });

  it('a vault from before the head is anchored at its end when it is migrated', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    let prev: Row | undefined;
    for (let id = 1; id <= 3; id++) {
      const r = { id, at: '2026-01-01T00:00:00.000Z', actor: 'Leila Nasser', action: 'committee.create', entity: 'committee', entity_id: id, detail: '{}', prev_hash: prev?.hash ?? GENESIS_HASH };
      prev = { ...r, hash: entryHash(r.prev_hash, r) };
      insert(db, prev);
    }
    expect(verifyAuditChain(readableDb(db))).toMatchObject({ ok: true, entries: 3 });
    migrate(db);
    expect(auditHead(readableDb(db))).toEqual({ entries: 3, hash: prev!.hash });
    expect(verifyAuditChain(readableDb(db))).toEqual({ ok: true, entries: 3, head: { id: 3, hash: prev!.hash } });
    unguard(db);
    db.exec('DELETE FROM audit_log WHERE id = 3');
    expect(verifyAuditChain(readableDb(db)).firstBroken).toEqual({ id: 3, reason: 'was removed: the app wrote 3 entries' });
    db.close();
  });
});

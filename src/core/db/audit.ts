import { createHash } from 'node:crypto';
import type { AuditChainReport } from '../../shared/api/audit';
import type { AuditEntry } from '../../shared/domain';
import { AppError } from '../errors';
import { nowIso, type WriteSession } from '../session';
import type { ReadableDb } from '../vault/handles';
import { schemaVersion } from '../vault/migrations';

export const GENESIS_HASH = '0'.repeat(64);

interface AuditRow {
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

/** Longer texts are recorded by length and digest: autosaved minutes would otherwise copy whole drafts into every entry. */
export const AUDIT_TEXT_LIMIT = 2_000;

function auditDetail(detail: unknown): string {
  return JSON.stringify(detail ?? {}, (_key, value: unknown) =>
    typeof value === 'string' && value.length > AUDIT_TEXT_LIMIT
      ? { length: value.length, sha256: createHash('sha256').update(value).digest('hex'), start: value.slice(0, 200) }
      : value,
  );
}

/** What the hash covers: the entry's content and the previous entry's hash. */
export function entryHash(prevHash: string, e: Omit<AuditRow, 'hash' | 'prev_hash'>): string {
  return createHash('sha256')
    .update(JSON.stringify([prevHash, e.id, e.at, e.actor, e.action, e.entity, e.entity_id, e.detail]))
    .digest('hex');
}

/**
 * Appends one entry to the chain. Call inside the write's transaction so that the change and
 * its record land together or not at all. The chain continues from the head, not from the last
 * row: after entries were removed behind the app's back, the next entry keeps the gap visible
 * instead of closing it.
 */
export function appendAudit(s: WriteSession, action: string, entity: string, entityId: number | null, detail: unknown = {}): void {
  const head = auditHead(s.db);
  if (!head)
    throw new AppError(
      'VAULT_DAMAGED',
      'The record of the audit trail\'s length is missing: the vault was edited outside Secretariat. Nothing was saved. Run "secretariat audit verify" and restore a backup.',
    );
  const row = {
    id: head.entries + 1,
    at: nowIso(s),
    actor: s.actor,
    action,
    entity,
    entity_id: entityId,
    detail: auditDetail(detail),
  };
  const hash = entryHash(head.hash, row);
  s.db
    .prepare(
      `INSERT INTO audit_log (id, at, actor, action, entity, entity_id, detail, prev_hash, hash)
       VALUES (:id, :at, :actor, :action, :entity, :entity_id, :detail, :prev_hash, :hash)`,
    )
    .run({ ...row, prev_hash: head.hash, hash });
  s.db.prepare('UPDATE audit_head SET entries = :entries, hash = :hash WHERE id = 1').run({ entries: row.id, hash });
}

/** How many entries the app has written and the hash of the last; null if the row is gone. */
export function auditHead(db: ReadableDb): { entries: number; hash: string } | null {
  return (db.prepare('SELECT entries, hash FROM audit_head WHERE id = 1').get() as { entries: number; hash: string } | undefined) ?? null;
}

export function auditHistory(db: ReadableDb, entity: string, entityId: number): AuditEntry[] {
  const rows = db
    .prepare('SELECT * FROM audit_log WHERE entity = :entity AND entity_id = :entityId ORDER BY id')
    .all({ entity, entityId }) as AuditRow[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    detail: JSON.parse(r.detail) as unknown,
  }));
}

/** A hash written down outside the vault (printed by `secretariat audit verify`, say). */
export interface AuditAnchor {
  id: number;
  hash: string;
}

/** The schema version that added audit_head; older vaults have only the chain to check. */
const HEAD_SINCE = 2;

const hasHeadTable = (db: ReadableDb) => !!db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_head'`).get();

/**
 * Walks the whole chain, then compares its end with the head the app wrote: an edited, removed,
 * reordered or added entry breaks one or the other, including removal of the last entries.
 * Anchors taken earlier also catch a chain rewritten from scratch by someone with the passphrase.
 */
export function verifyAuditChain(db: ReadableDb, anchors: readonly AuditAnchor[] = []): AuditChainReport {
  const anchored = new Map(anchors.map((a) => [a.id, a.hash.toLowerCase()]));
  let prev = GENESIS_HASH;
  let expectedId = 1;
  let entries = 0;
  const broken = (id: number, reason: string): AuditChainReport => ({ ok: false, entries, head: null, firstBroken: { id, reason } });
  for (const r of db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<AuditRow>) {
    entries++;
    if (r.id !== expectedId) return broken(expectedId, 'was removed');
    if (r.prev_hash !== prev)
      return broken(r.id, `does not follow from entry ${r.id - 1}: entries here were changed, removed or put out of order`);
    if (entryHash(prev, r) !== r.hash) return broken(r.id, 'was changed after it was written');
    const expected = anchored.get(r.id);
    if (expected !== undefined && expected !== r.hash)
      return broken(r.id, `is not the entry recorded outside the vault (${expected}): the trail was rewritten up to here`);
    prev = r.hash;
    expectedId++;
  }
  const last = expectedId - 1;
  const missingAnchor = [...anchored.keys()].filter((id) => id > last).sort((a, b) => a - b)[0];
  if (missingAnchor !== undefined) return broken(missingAnchor, 'was recorded outside the vault but is no longer in the trail');
  if (schemaVersion(db) >= HEAD_SINCE) {
    const head = hasHeadTable(db) ? auditHead(db) : null;
    if (!head) return broken(last, 'cannot be confirmed as the last one written: the record of the trail\'s length was removed');
    if (head.entries > last)
      return broken(last + 1, `was removed${head.entries > last + 1 ? `, with the ${head.entries - last - 1} after it` : ''}: the app wrote ${head.entries} entries`);
    if (head.entries < last) return broken(head.entries + 1, `was added outside the app: the app wrote ${head.entries} entries`);
    if (head.hash !== prev) return broken(last, 'is not the last entry the app wrote: it was replaced');
  }
  return { ok: true, entries, head: last > 0 ? { id: last, hash: prev } : null };
}

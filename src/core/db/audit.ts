import { createHash } from 'node:crypto';
import type { AuditEntry } from '../../shared/domain';
import type { Session } from '../session';
import { nowIso } from '../session';
import type { Db } from '../vault/vault';

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
 * its record land together or not at all.
 */
export function appendAudit(s: Session, action: string, entity: string, entityId: number | null, detail: unknown = {}): void {
  const last = s.db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string } | undefined;
  const prev = last?.hash ?? GENESIS_HASH;
  const row = {
    id: (last?.id ?? 0) + 1,
    at: nowIso(s),
    actor: s.actor,
    action,
    entity,
    entity_id: entityId,
    detail: auditDetail(detail),
  };
  s.db
    .prepare(
      `INSERT INTO audit_log (id, at, actor, action, entity, entity_id, detail, prev_hash, hash)
       VALUES (:id, :at, :actor, :action, :entity, :entity_id, :detail, :prev_hash, :hash)`,
    )
    .run({ ...row, prev_hash: prev, hash: entryHash(prev, row) });
}

export function auditHistory(db: Db, entity: string, entityId: number): AuditEntry[] {
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

export interface ChainReport {
  ok: boolean;
  entries: number;
  /** The first entry that does not follow from the one before it. */
  firstBroken?: { id: number; reason: string };
}

/** Walks the whole chain: an edited, removed or reordered entry breaks it. */
export function verifyAuditChain(db: Db): ChainReport {
  let prev = GENESIS_HASH;
  let expectedId = 1;
  let entries = 0;
  for (const r of db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<AuditRow>) {
    entries++;
    if (r.id !== expectedId) return { ok: false, entries, firstBroken: { id: r.id, reason: `entry ${expectedId} is missing` } };
    if (r.prev_hash !== prev) return { ok: false, entries, firstBroken: { id: r.id, reason: 'it does not follow from the entry before it (removed or reordered)' } };
    if (entryHash(prev, r) !== r.hash) return { ok: false, entries, firstBroken: { id: r.id, reason: 'its content was changed after it was written' } };
    prev = r.hash;
    expectedId++;
  }
  return { ok: true, entries };
}

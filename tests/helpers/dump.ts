import { createHash } from 'node:crypto';
import type { Db } from '../../src/core/vault/handles';

/**
 * Every row of every table, in a stable order, so that a test can show that a refused call
 * wrote nothing anywhere (including counters and the audit log).
 */
export function dumpTables(db: Db): Record<string, string[]> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [name, (db.prepare(`SELECT * FROM "${name}"`).all() as unknown[]).map((r) => JSON.stringify(r)).sort()]),
  );
}

/** One digest of every row, for comparing a vault's content before and after many attempts. */
export const tablesDigest = (db: Db): string => createHash('sha256').update(JSON.stringify(dumpTables(db))).digest('hex');

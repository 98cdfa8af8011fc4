import { basename } from 'node:path';
import { verifyAuditChain } from '../db/audit';
import { AppError } from '../errors';
import { readableDb, type Db, type DriverOptions } from './handles';
import { leavingNoTrace, openKeyed } from './keyed';
import { openVault } from './vault';

export interface CheckReport {
  ok: boolean;
  /** One sentence per problem, naming what is damaged in a secretary's terms. */
  problems: string[];
  tables: number;
  auditEntries: number;
}

const TABLE_NAMES: Record<string, string> = {
  committees: 'committees',
  people: 'people',
  memberships: 'committee memberships',
  meetings: 'meetings',
  attendance: 'attendance',
  agenda_items: 'agenda items',
  decisions: 'decisions',
  action_items: 'action items',
  action_notes: 'progress notes',
  press_statements: 'press statements',
  audit_log: 'the audit trail',
};

/**
 * Reads everything once, read-only: every table, the indexes (integrity_check) and the audit
 * chain. The file is never modified, whatever is found: the connections are read-only, and a
 * vault of an older schema is checked as it is, not migrated.
 */
export function checkVault(path: string, passphrase: string, options: DriverOptions = {}): CheckReport {
  return leavingNoTrace(path, () => readEverything(path, passphrase, options));
}

function readEverything(path: string, passphrase: string, options: DriverOptions): CheckReport {
  // The open path's own errors (missing, not a vault, wrong passphrase, too new), on a
  // throwaway read-only connection; damage is what the rest of the check describes.
  try {
    openVault(path, passphrase, { ...options, readonly: true }).close();
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'VAULT_DAMAGED') throw err;
  }
  let db: Db;
  try {
    db = openKeyed(path, passphrase, { ...options, readonly: true });
  } catch (err) {
    if (err instanceof AppError && err.code === 'VAULT_DAMAGED')
      return { ok: false, problems: [`${basename(path)} is damaged: its table of contents (the first page) cannot be read.`], tables: 0, auditEntries: 0 };
    throw err;
  }
  const problems: string[] = [];
  let tables = 0;
  let auditEntries = 0;
  try {
    let names: string[];
    try {
      names = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
    } catch {
      return { ok: false, problems: [`${basename(path)} is damaged: its table of contents (the first page) cannot be read.`], tables: 0, auditEntries: 0 };
    }
    for (const name of names) {
      tables++;
      try {
        db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`).all();
      } catch (err) {
        problems.push(`The ${TABLE_NAMES[name] ?? name} cannot be read: part of the file is damaged (${(err as Error).message}).`);
      }
    }
    try {
      const rows = db.pragma('integrity_check(20)') as { integrity_check: string }[];
      const messages = rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
      if (messages.length) problems.push(`The integrity check found: ${messages.join('; ')}.`);
    } catch (err) {
      // Tables read fine, so the bad page belongs to an index or to free space: still damage.
      if (problems.length === 0)
        problems.push(`${basename(path)} is damaged: the integrity check stopped at a page that fails its checksum (${(err as Error).message}).`);
    }
    if (names.includes('audit_log') && !problems.some((p) => p.includes('audit trail'))) {
      const chain = verifyAuditChain(readableDb(db));
      auditEntries = chain.entries;
      if (!chain.ok && chain.firstBroken)
        problems.push(`The audit trail was altered outside the app: entry ${chain.firstBroken.id} ${chain.firstBroken.reason}.`);
    }
  } finally {
    db.close();
  }
  return { ok: problems.length === 0, problems, tables, auditEntries };
}

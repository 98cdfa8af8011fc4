import { AppError } from '../../errors';
import { inWriteTransaction, type Db, type WritableDb } from '../handles';
import { up as initial } from './0001-initial';
import { up as review } from './0002-review';
import { up as meetingActionCounts } from './0003-meeting-action-counts';
import { up as trackerOrder } from './0004-tracker-order';
import { up as approvedMinutes } from './0005-approved-minutes';

export interface Migration {
  version: number;
  name: string;
  up: (db: WritableDb) => void;
}

/** Numbered, in order; each file is frozen once released. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', up: initial },
  { version: 2, name: 'review', up: review },
  { version: 3, name: 'meeting-action-counts', up: meetingActionCounts },
  { version: 4, name: 'tracker-order', up: trackerOrder },
  { version: 5, name: 'approved-minutes', up: approvedMinutes },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses a vault from a newer version before anything (even a pragma) writes to it. */
export function assertKnownVersion(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  const target = migrations[migrations.length - 1].version;
  const current = schemaVersion(db);
  if (current > target)
    throw new AppError(
      'VAULT_TOO_NEW',
      `This vault was written by a newer version of Secretariat (schema ${current}; this version knows up to ${target}). Update the app to open it; the vault was left untouched.`,
    );
  return current;
}

/**
 * Brings the vault to SCHEMA_VERSION in one transaction: a failure in any step leaves the
 * vault exactly as it was. A vault from a newer version is refused, never "repaired".
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): void {
  const current = assertKnownVersion(db, migrations);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return;
  inWriteTransaction(db, (w) => {
    for (const m of pending) {
      m.up(w);
      w.pragma(`user_version = ${m.version}`);
    }
  });
}

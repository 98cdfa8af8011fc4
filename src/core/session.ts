import { AppError } from './errors';
import { inWriteTransaction, type ReadableDb, type WritableDb } from './vault/handles';

/** An unlocked vault and who is working in it; every service call receives one. */
export interface Session {
  db: ReadableDb;
  /** The name given at unlock; recorded with every write. */
  actor: string;
  clock: () => Date;
  /**
   * Set when the session serves a contract method declared as a read: such a session may not
   * write, so a method that writes without declaring what it makes stale fails in every test
   * that calls it instead of leaving a screen out of date.
   */
  readOnlyFor?: string;
}

/** A session inside its write transaction: the only holder of a writable handle. */
export interface WriteSession extends Session {
  db: WritableDb;
}

export function nowIso(s: Session): string {
  return s.clock().toISOString();
}

/** Today's date where the secretary sits, as YYYY-MM-DD: "overdue" is a local notion. */
export function today(s: Session): string {
  return localDate(s.clock());
}

export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Runs a multi-step write atomically, handing `fn` the writable handle. */
export function write<T>(s: Session, fn: (tx: WriteSession) => T): T {
  if (s.readOnlyFor !== undefined)
    throw new AppError('INTERNAL', `${s.readOnlyFor} is declared as a read in the contract but tried to write. Declare what it invalidates.`);
  return inWriteTransaction(s.db, (db) => fn({ ...s, db }));
}

/** Reads that must agree with each other, in one transaction. */
export function readTogether<T>(s: Session, fn: () => T): T {
  return s.db.transaction(fn)();
}

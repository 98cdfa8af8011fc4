import type Database from 'better-sqlite3-multiple-ciphers';

/** A keyed connection as the driver gives it. Only src/core/vault opens, keys and closes one. */
export type Db = Database.Database;

declare const readable: unique symbol;
declare const writable: unique symbol;

/** A connection to read with: what every db function that only reads takes. */
export type ReadableDb = Db & { readonly [readable]: true };

/**
 * A connection inside a write transaction. Only `inWriteTransaction` makes one, so a db function
 * that writes (it takes a WritableDb) cannot be called outside a transaction: it does not compile.
 */
export type WritableDb = ReadableDb & { readonly [writable]: true };

export interface DriverOptions {
  /** Path to a driver build other than the Node one (the Electron build lives apart). */
  nativeBinding?: string;
}

export const readableDb = (db: Db): ReadableDb => db as ReadableDb;

/**
 * Runs `fn` in one BEGIN IMMEDIATE transaction (a savepoint when nested), so that two writers
 * never deadlock midway and a failure anywhere leaves nothing behind.
 */
export function inWriteTransaction<T>(db: Db, fn: (db: WritableDb) => T): T {
  return db.transaction(() => fn(db as WritableDb)).immediate();
}

/** Rows this connection has changed since it opened: tells whether a session wrote anything. */
export function changesSinceOpen(db: Db): number {
  return db.prepare('SELECT total_changes()').pluck().get() as number;
}

import type { Db } from './vault/vault';

/** An unlocked vault and who is working in it; every service call receives one. */
export interface Session {
  db: Db;
  /** The name given at unlock; recorded with every write. */
  actor: string;
  clock: () => Date;
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

/** Runs a multi-step write atomically; BEGIN IMMEDIATE so two writers never deadlock midway. */
export function write<T>(s: Session, fn: () => T): T {
  return s.db.transaction(fn).immediate();
}

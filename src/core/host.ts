import { existsSync } from 'node:fs';
import type { VaultStatus } from '../shared/domain';
import { AppError } from './errors';
import { appendAudit } from './db/audit';
import { automaticBackup } from './services/backup';
import { keepMinutesApprovedBefore } from './services/review';
import { write, type Session } from './session';
import { readableDb, type Db, type DriverOptions } from './vault/handles';
import { migrate } from './vault/migrations';
import { changePassphrase, closeVault, createVault, openVault } from './vault/vault';

export interface HostOptions {
  path?: string | null;
  clock?: () => Date;
  driver?: DriverOptions;
  /** Runs before the vault closes; by default the automatic backup (a no-op until enabled in the vault's settings). */
  beforeLock?: (session: Session, path: string) => void;
}

/**
 * The one open vault of a process (Electron main, the harness, a CLI run) and who unlocked it.
 * Transports hold a host and pass it to the dispatcher.
 */
export class VaultHost {
  private db: Db | null = null;
  private actor: string | null = null;
  private currentPath: string | null;
  readonly clock: () => Date;
  readonly driver: DriverOptions;
  private readonly beforeLock?: HostOptions['beforeLock'];

  constructor(options: HostOptions = {}) {
    this.currentPath = options.path ?? null;
    this.clock = options.clock ?? (() => new Date());
    this.driver = options.driver ?? {};
    this.beforeLock = options.beforeLock ?? automaticBackup;
  }

  get path(): string | null {
    return this.currentPath;
  }

  /** Chooses another vault file; locks the current one first. */
  setPath(path: string | null): void {
    this.lock();
    this.currentPath = path;
  }

  status(): VaultStatus {
    const path = this.currentPath;
    return {
      state: this.db ? 'unlocked' : path ? 'locked' : 'no-vault',
      path,
      exists: path ? existsSync(path) : false,
      actor: this.db ? this.actor : null,
    };
  }

  private requirePath(): string {
    if (!this.currentPath) throw new AppError('VAULT_MISSING', 'Choose a vault file first.');
    return this.currentPath;
  }

  create(passphrase: string, actor: string): VaultStatus {
    const path = this.requirePath();
    this.lock();
    this.db = createVault(path, passphrase, this.driver);
    this.actor = actor;
    write(this.session(), (tx) => appendAudit(tx, 'vault.create', 'vault', null, {}));
    return this.status();
  }

  unlock(passphrase: string, actor: string): VaultStatus {
    const path = this.requirePath();
    this.lock();
    const db = openVault(path, passphrase, this.driver);
    try {
      // The session that unlocks is the one that will write: it brings an older vault up to date.
      migrate(db);
    } catch (err) {
      closeVault(db);
      throw err;
    }
    this.db = db;
    this.actor = actor;
    keepMinutesApprovedBefore(this.session());
    return this.status();
  }

  lock(): VaultStatus {
    if (this.db) {
      const db = this.db;
      try {
        if (this.beforeLock && this.currentPath) this.beforeLock(this.session(), this.currentPath);
      } finally {
        this.db = null;
        this.actor = null;
        closeVault(db);
      }
    }
    return this.status();
  }

  changePassphrase(current: string, next: string): VaultStatus {
    const s = this.session();
    changePassphrase(s.db, this.requirePath(), current, next, this.driver);
    return this.status();
  }

  /** The session every call works in; `readOnlyFor` names a method the contract declares as a read. */
  session(readOnlyFor?: string): Session {
    if (!this.db || !this.actor) throw new AppError('VAULT_LOCKED', 'The vault is locked. Unlock it to continue.');
    return { db: readableDb(this.db), actor: this.actor, clock: this.clock, ...(readOnlyFor === undefined ? {} : { readOnlyFor }) };
  }
}

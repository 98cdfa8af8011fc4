import type { ApiError, ErrorCode } from '../shared/errors';

/** An error a user can act on: a stable code and a sentence. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues?: { path: string; message: string }[];

  constructor(code: ErrorCode, message: string, issues?: { path: string; message: string }[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }

  toJSON(): ApiError {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }
}

export const notFound = (what: string, id: number | string) =>
  new AppError('NOT_FOUND', `No ${what} with id ${id} exists in this vault.`);

interface SqliteLike {
  code?: unknown;
  message?: unknown;
}

/**
 * Maps driver errors to our codes. SQLITE_CORRUPT surfaces when a damaged page is read, at
 * any time after unlock, so every call site that touches the database goes through this.
 */
export function fromSqliteError(err: unknown): AppError | null {
  const code = (err as SqliteLike | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
    return new AppError('VAULT_DAMAGED', 'The vault file is damaged: part of it can no longer be read. Restore it from a backup.');
  if (code === 'SQLITE_FULL')
    return new AppError('IO', 'The disk is full: nothing was saved. Free some space and try again.');
  if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_READONLY'))
    return new AppError('IO', 'The vault file could not be read or written. Check that the disk is available and writable.');
  if (code.startsWith('SQLITE_CONSTRAINT'))
    return new AppError('CONFLICT', 'That change conflicts with a record that already exists.');
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED')
    return new AppError('CONFLICT', 'The vault is busy in another program. Close it there and try again.');
  return null;
}

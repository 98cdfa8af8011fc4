/**
 * Stable error codes that cross every boundary (IPC, HTTP, CLI). The UI and the CLI
 * may switch on them; the message is a sentence a secretary can act on.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'RECORD_LOCKED',
  'VAULT_LOCKED',
  'VAULT_EXISTS',
  'VAULT_MISSING',
  'WRONG_PASSPHRASE',
  'VAULT_DAMAGED',
  'NOT_A_VAULT',
  'VAULT_TOO_NEW',
  'WEAK_PASSPHRASE',
  'FILE_EXISTS',
  'IO',
  'PACKAGE_INVALID',
  'UNAUTHORIZED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** For VALIDATION / PACKAGE_INVALID: one entry per problem, keyed by its path. */
  issues?: { path: string; message: string }[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

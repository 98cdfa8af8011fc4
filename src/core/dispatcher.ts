import type { z } from 'zod';
import { api, isCommand, isMethodName, type MethodName, type ResultOf } from '../shared/api';
import type { Result } from '../shared/errors';
import { formatPath } from '../shared/meetingPackage';
import { AppError, fromSqliteError } from './errors';
import { handlers } from './handlers';
import type { CallContext } from './handlers/types';
import type { VaultHost } from './host';

export function validationError(error: z.ZodError, prefix = 'The request'): AppError {
  const issues = error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
  const list = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  return new AppError('VALIDATION', `${prefix} has problems: ${list}`, issues);
}

/** Any thrown value as an AppError; unknown failures are INTERNAL and logged, never leaked. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const mapped = fromSqliteError(err);
  if (mapped) return mapped;
  console.error('[secretariat] unexpected error:', err);
  return new AppError('INTERNAL', 'Something went wrong inside Secretariat; nothing was changed. Please report it if it happens again.');
}

/**
 * The single entry point of every transport: validates the input against the contract and
 * calls the handler. Never throws.
 */
export async function dispatch(host: VaultHost, method: string, input: unknown): Promise<Result<unknown>> {
  if (!isMethodName(method))
    return { ok: false, error: { code: 'NOT_FOUND', message: `There is no method called "${method.slice(0, 100)}".` } };
  const parsed = api[method].input.safeParse(input === undefined ? {} : input);
  if (!parsed.success) return { ok: false, error: validationError(parsed.error).toJSON() };
  try {
    const handler = handlers[method] as (input: unknown, call: CallContext) => unknown;
    const readOnlyFor = isCommand(method) ? undefined : method;
    const value = await handler(parsed.data, { host, session: () => host.session(readOnlyFor) });
    return { ok: true, value: value === undefined ? null : value };
  } catch (err) {
    return { ok: false, error: toAppError(err).toJSON() };
  }
}

/** For in-process callers (CLI, tests): the value, or the AppError thrown. */
export async function call<M extends MethodName>(host: VaultHost, method: M, input: unknown): Promise<ResultOf<M>> {
  const result = await dispatch(host, method, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.issues);
  return result.value as ResultOf<M>;
}

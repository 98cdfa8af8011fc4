import type { InputOf, MethodName, ResultOf } from '../../shared/api';
import type { ApiError, ErrorCode } from '../../shared/errors';
import { getBridge } from './transport';

/** A failed contract call, with the host's stable code and any per-field issues. */
export class ApiCallError extends Error {
  readonly code: ErrorCode;
  readonly issues: { path: string; message: string }[];

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.issues = error.issues ?? [];
  }
}

type Listener = (error: ApiCallError) => void;
const listeners = new Set<Listener>();

/** The session hears about VAULT_LOCKED and UNAUTHORIZED from any call, wherever it was made. */
export function onCallError(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<ResultOf<M>> {
  const result = await getBridge().call(method, input);
  if (result.ok) return result.value as ResultOf<M>;
  const error = new ApiCallError(result.error);
  listeners.forEach((l) => l(error));
  throw error;
}

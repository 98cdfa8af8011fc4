import type { CommandName, InputOf, MethodName, QueryName, ResultOf } from '../../shared/api';
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

async function send<M extends MethodName>(method: M, input: InputOf<M>): Promise<ResultOf<M>> {
  const result = await getBridge().call(method, input);
  if (result.ok) return result.value as ResultOf<M>;
  const error = new ApiCallError(result.error);
  listeners.forEach((l) => l(error));
  throw error;
}

/** Reads. A method that changes something is not accepted here: it goes through `command`. */
export function call<M extends QueryName>(method: M, input: InputOf<M>): Promise<ResultOf<M>> {
  return send(method, input);
}

/** Picks cached reads by their query key (`[method, input]`). */
export type KeyFilter = (queryKey: readonly unknown[]) => boolean;

type Refresh = (method: CommandName, keep: KeyFilter) => Promise<void>;
let refresh: Refresh | null = null;

/** The unlocked session's cache registers how a command's stale reads are refreshed. */
export function onCommand(next: Refresh | null): void {
  refresh = next;
}

const keepNothing: KeyFilter = () => false;

/**
 * Every write of the renderer: calls the command, then refreshes the reads the contract says it
 * makes stale, before resolving. `keep` picks the copies this screen shows and has already
 * brought up to date from the result (an editor that keeps its drafts, a row that keeps its
 * place): they are left as they are; every other copy of those reads is refreshed.
 */
export async function command<M extends CommandName>(method: M, input: InputOf<M>, options: { keep?: KeyFilter } = {}): Promise<ResultOf<M>> {
  const value = await send(method, input);
  await refresh?.(method, options.keep ?? keepNothing);
  return value;
}

/** A `keep` for exactly these query keys. */
export function exactly(...keys: readonly (readonly unknown[])[]): KeyFilter {
  const wanted = new Set(keys.map((k) => JSON.stringify(k)));
  return (key) => wanted.has(JSON.stringify(key));
}

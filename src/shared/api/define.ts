import type { z } from 'zod';

/** One method of the contract: its input schema, (as a type only) its result, and what it makes stale. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, R = unknown> {
  input: I;
  /** Phantom: carries the result type; never set at runtime. */
  readonly result?: R;
  /**
   * Present on every method that changes something (a command): the reads that a successful
   * call makes stale, which the renderer refreshes; 'all' when the vault itself opens or
   * closes. Absent on a query, whose session the dispatcher makes read-only. The names are
   * checked against the contract's method names in api.ts.
   */
  readonly invalidates?: readonly string[] | 'all';
}

/** A method that only reads: `query<Result>()(inputSchema)`. */
export function query<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ input });
}

/** A method that changes something, with the reads it makes stale: `command<Result>()(inputSchema, [...])`. */
export function command<R>() {
  return <I extends z.ZodType, const W extends readonly string[] | 'all'>(input: I, invalidates: W): MethodSpec<I, R> & { readonly invalidates: W } => ({
    input,
    invalidates,
  });
}

import type { z } from 'zod';

/** One method of the contract: its input schema, and (as a type only) its result. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, R = unknown> {
  input: I;
  /** Phantom: carries the result type; never set at runtime. */
  readonly result?: R;
}

/** `method<Result>()(inputSchema)`: the result type is given, the input type is inferred. */
export function method<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ input });
}

import type { MethodName, ParsedInputOf, ResultOf } from '../../shared/api';
import type { VaultHost } from '../host';
import type { Session } from '../session';

/** What a handler works with: the process's vault host, and the session of this one call. */
export interface CallContext {
  readonly host: VaultHost;
  /** The unlocked vault; read-only when the contract declares the method a query. */
  session(): Session;
}

export type Handler<M extends MethodName> = (input: ParsedInputOf<M>, call: CallContext) => ResultOf<M> | Promise<ResultOf<M>>;

/** The handlers for every method whose name starts with `${P}.`; the compiler checks the set. */
export type HandlersFor<P extends string> = {
  [M in MethodName as M extends `${P}.${string}` ? M : never]: Handler<M>;
};

export type Handlers = { [M in MethodName]: Handler<M> };

import type { MethodName, ParsedInputOf, ResultOf } from '../../shared/api';
import type { VaultHost } from '../host';

export type Handler<M extends MethodName> = (
  input: ParsedInputOf<M>,
  host: VaultHost,
) => ResultOf<M> | Promise<ResultOf<M>>;

/** The handlers for every method whose name starts with `${P}.`; the compiler checks the set. */
export type HandlersFor<P extends string> = {
  [M in MethodName as M extends `${P}.${string}` ? M : never]: Handler<M>;
};

export type Handlers = { [M in MethodName]: Handler<M> };

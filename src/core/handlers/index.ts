import type { Handlers } from './types';
import { vaultHandlers } from './vault';

/** Every method of the contract, once; a missing handler is a compile error. */
export const handlers: Handlers = {
  ...vaultHandlers,
};

import type { HandlersFor } from './types';

/** The vault itself opens, closes and re-keys in the host, the one open vault of a process. */
export const vaultHandlers: HandlersFor<'vault'> = {
  'vault.status': (_, { host }) => host.status(),
  'vault.create': ({ passphrase, actor }, { host }) => host.create(passphrase, actor),
  'vault.unlock': ({ passphrase, actor }, { host }) => host.unlock(passphrase, actor),
  'vault.lock': (_, { host }) => host.lock(),
  'vault.changePassphrase': ({ current, next }, { host }) => host.changePassphrase(current, next),
};

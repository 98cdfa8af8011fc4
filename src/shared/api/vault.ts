import { z } from 'zod';
import type { VaultStatus } from '../domain';
import { requiredText, LIMITS } from '../text';
import { method } from './define';

export const MIN_PASSPHRASE_LENGTH = 12;

/** Not trimmed: spaces are part of a passphrase. Length is checked by the vault for a clearer message. */
export const passphrase = z.string().max(1024);
export const actorName = requiredText(LIMITS.name);

export const vaultApi = {
  'vault.status': method<VaultStatus>()(z.object({}).strict()),
  'vault.create': method<VaultStatus>()(z.object({ passphrase, actor: actorName }).strict()),
  'vault.unlock': method<VaultStatus>()(z.object({ passphrase, actor: actorName }).strict()),
  'vault.lock': method<VaultStatus>()(z.object({}).strict()),
  'vault.changePassphrase': method<VaultStatus>()(
    z.object({ current: passphrase, next: passphrase }).strict(),
  ),
};

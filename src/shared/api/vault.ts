import { z } from 'zod';
import type { VaultStatus } from '../domain';
import { LIMITS, requiredText } from '../text';
import { command, query } from './define';

export const MIN_PASSPHRASE_LENGTH = 12;

/** Not trimmed: spaces are part of a passphrase. Length is checked by the vault for a clearer message. */
export const passphrase = z.string().max(1024);
export const actorName = requiredText(LIMITS.name);

export const vaultApi = {
  'vault.status': query<VaultStatus>()(z.object({}).strict()),
  'vault.create': command<VaultStatus>()(z.object({ passphrase, actor: actorName }).strict(), 'all'),
  'vault.unlock': command<VaultStatus>()(z.object({ passphrase, actor: actorName }).strict(), 'all'),
  'vault.lock': command<VaultStatus>()(z.object({}).strict(), 'all'),
  'vault.changePassphrase': command<VaultStatus>()(z.object({ current: passphrase, next: passphrase }).strict(), ['vault.status']),
};

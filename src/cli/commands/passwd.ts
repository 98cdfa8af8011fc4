import { AppError } from '../../core/errors';
import { call } from '../../core/dispatcher';
import type { Command } from '../command';
import { vaultOptions } from '../command';
import { out, readSecretFile, UsageError } from '../io';
import { withVault } from '../withVault';

export const passwdCommand: Command = {
  name: 'passwd',
  summary: 'change the vault passphrase',
  usage: 'secretariat passwd VAULT --new-passphrase-file FILE [--passphrase-file FILE]',
  options: { ...vaultOptions, 'new-passphrase-file': { type: 'string' } },
  async run({ positionals: [vault], values }, io) {
    const nextFile = values['new-passphrase-file'] as string | undefined;
    if (!nextFile) throw new UsageError('Give the new passphrase with --new-passphrase-file FILE.');
    const next = readSecretFile(nextFile);
    await withVault(io, vault, values, async (host, current) => {
      if (next === '') throw new AppError('WEAK_PASSPHRASE', 'The new passphrase file is empty; nothing was changed.');
      await call(host, 'vault.changePassphrase', { current, next });
    });
    out(io, 'Passphrase changed. The old passphrase no longer opens this vault.');
  },
};

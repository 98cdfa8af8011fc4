import { resolve } from 'node:path';
import { restoreVault } from '../../core/vault/backup';
import type { Command } from '../command';
import { out, readPassphrase, UsageError } from '../io';

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'check a backup and write it as a new vault file (never over an existing file)',
  usage: 'secretariat restore BACKUP --out FILE [--passphrase-file FILE]',
  options: { 'passphrase-file': { type: 'string' }, out: { type: 'string' } },
  async run({ positionals: [backup], values }, io) {
    if (!backup) throw new UsageError('Name the backup file to restore.');
    const target = values.out as string | undefined;
    if (!target) throw new UsageError('Name the new vault file with --out FILE.');
    const passphrase = await readPassphrase(io, values['passphrase-file'] as string | undefined, 'Passphrase of the backup: ');
    const info = restoreVault(resolve(backup), passphrase, resolve(target));
    out(io, `Restored ${resolve(backup)} to ${info.path}. Open it with the passphrase the vault had when the backup was taken.`);
  },
};

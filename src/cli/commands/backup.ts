import { resolve } from 'node:path';
import { backupVault } from '../../core/vault/backup';
import type { Command } from '../command';
import { vaultOptions } from '../command';
import { out, UsageError } from '../io';
import { withVault } from '../withVault';

export const backupCommand: Command = {
  name: 'backup',
  summary: 'write a verified, encrypted copy of the vault (never over an existing file)',
  usage: 'secretariat backup VAULT --out FILE [--passphrase-file FILE]',
  options: { ...vaultOptions, out: { type: 'string' } },
  async run({ positionals: [vault], values }, io) {
    const target = values.out as string | undefined;
    if (!target) throw new UsageError('Name the backup file with --out FILE.');
    const info = await withVault(io, vault, values, async (host) => backupVault(host.session().db, resolve(target)));
    out(io, `Backed up to ${info.path} (${info.size} bytes, checked). It opens with the vault's current passphrase.`);
  },
};

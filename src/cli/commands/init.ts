import { resolve } from 'node:path';
import { call } from '../../core/dispatcher';
import { VaultHost } from '../../core/host';
import type { Command } from '../command';
import { actorName, out, readPassphrase, UsageError } from '../io';

export const initCommand: Command = {
  name: 'init',
  summary: 'create a new, empty encrypted vault',
  usage: 'secretariat init VAULT [--passphrase-file FILE] [--as NAME]',
  options: { 'passphrase-file': { type: 'string' }, as: { type: 'string' } },
  async run({ positionals: [vault], values }, io) {
    if (!vault) throw new UsageError('Name the vault file to create.');
    const host = new VaultHost({ path: resolve(vault) });
    const file = values['passphrase-file'] as string | undefined;
    const passphrase = await readPassphrase(io, file, 'New passphrase (at least 12 characters): ');
    if (file === undefined && !io.env.SECRETARIAT_PASSPHRASE) {
      const again = await readPassphrase(io, undefined, 'Repeat the passphrase: ');
      if (again !== passphrase) throw new UsageError('The two passphrases differ; nothing was created.');
    }
    await call(host, 'vault.create', { passphrase, actor: actorName(io, values.as as string | undefined) });
    host.lock();
    out(io, `Created an encrypted vault at ${host.path}. Keep the passphrase safe: without it the vault cannot be opened.`);
  },
};

import { resolve } from 'node:path';
import { checkVault } from '../../core/vault/check';
import type { Command } from '../command';
import { out, readPassphrase, UsageError } from '../io';

export const checkCommand: Command = {
  name: 'check',
  summary: 'check the vault for damage (exit 1 if any)',
  usage: 'secretariat check VAULT [--passphrase-file FILE]',
  options: { 'passphrase-file': { type: 'string' } },
  async run({ positionals: [vault], values }, io) {
    if (!vault) throw new UsageError('Name the vault file to check.');
    const passphrase = await readPassphrase(io, values['passphrase-file'] as string | undefined);
    const report = checkVault(resolve(vault), passphrase);
    if (report.ok) {
      out(io, `The vault is intact: ${report.tables} tables read in full, ${report.auditEntries} audit entries verified.`);
      return 0;
    }
    for (const problem of report.problems) io.stderr.write(`${problem}\n`);
    io.stderr.write('The file was not modified. Restore the latest backup (secretariat restore) or keep this copy for recovery.\n');
    return 1;
  },
};

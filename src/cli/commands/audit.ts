import { resolve } from 'node:path';
import { verifyAuditChain, type AuditAnchor } from '../../core/db/audit';
import { readableDb } from '../../core/vault/handles';
import { leavingNoTrace } from '../../core/vault/keyed';
import { openVault } from '../../core/vault/vault';
import type { Command } from '../command';
import { out, readPassphrase, UsageError } from '../io';

function parseAnchor(value: string | undefined): AuditAnchor[] {
  if (value === undefined) return [];
  const m = /^([1-9]\d{0,9}):([0-9a-fA-F]{64})$/.exec(value);
  if (!m) throw new UsageError('--anchor takes an entry and its hash as printed by an earlier verify, like --anchor 42:3fa2…(64 hex digits).');
  return [{ id: Number(m[1]), hash: m[2]! }];
}

/**
 * Opens the vault read-only rather than through a session, so verifying writes nothing: no
 * audit entry, no migration, no automatic backup.
 */
export const auditCommand: Command = {
  name: 'audit',
  summary: 'verify the audit trail (exit 1 naming the first altered entry)',
  usage: 'secretariat audit verify VAULT [--anchor ID:SHA256] [--passphrase-file FILE]',
  options: { 'passphrase-file': { type: 'string' }, anchor: { type: 'string' } },
  async run({ positionals: [action, vault], values }, io) {
    if (action !== 'verify') throw new UsageError('The audit command has one action: secretariat audit verify VAULT.');
    if (!vault) throw new UsageError('Name the vault file to verify.');
    const anchors = parseAnchor(values.anchor as string | undefined);
    const passphrase = await readPassphrase(io, values['passphrase-file'] as string | undefined);
    const path = resolve(vault);
    const report = leavingNoTrace(path, () => {
      const db = openVault(path, passphrase, { readonly: true });
      try {
        return verifyAuditChain(readableDb(db), anchors);
      } finally {
        db.close();
      }
    });
    if (!report.ok) {
      io.stderr.write(`The audit trail was altered outside the app: entry ${report.firstBroken!.id} ${report.firstBroken!.reason}.\n`);
      return 1;
    }
    out(io, `The audit trail is intact: ${report.entries} ${report.entries === 1 ? 'entry' : 'entries'}, each following from the one before.`);
    if (report.head)
      out(io, `Last entry: ${report.head.id}, sha256 ${report.head.hash}. Keep it outside the vault and check later with --anchor ${report.head.id}:${report.head.hash}.`);
    return 0;
  },
};

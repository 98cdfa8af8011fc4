import { call } from '../../core/dispatcher';
import { auditHead } from '../../core/db/audit';
import type { Command } from '../command';
import { vaultOptions } from '../command';
import { out, parseId, UsageError } from '../io';
import { withVault } from '../withVault';

export const approveCommand: Command = {
  name: 'approve',
  summary: 'approve the minutes of a meeting in review, locking them',
  usage: 'secretariat approve VAULT --meeting ID [--note TEXT] [--as NAME] [--passphrase-file FILE]',
  options: { ...vaultOptions, meeting: { type: 'string' }, note: { type: 'string' } },
  async run({ positionals: [vault], values }, io) {
    const id = parseId(values.meeting as string | undefined, '--meeting');
    if (id === undefined) throw new UsageError('Say which meeting to approve with --meeting ID (secretariat meetings VAULT lists them).');
    const { meeting, committee, head } = await withVault(io, vault, values, async (host) => {
      const meeting = await call(host, 'review.approve', { id, note: values.note as string | undefined });
      return { meeting, committee: await call(host, 'committees.get', { id: meeting.committeeId }), head: auditHead(host.session().db) };
    });
    out(io, `The minutes of meeting ${meeting.number} of ${committee.name} are approved by ${meeting.approvedBy} (${meeting.approvedAt}) and locked.`);
    if (head) out(io, `Audit trail: entry ${head.entries}, sha256 ${head.hash}.`);
  },
};

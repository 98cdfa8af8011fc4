import { call } from '../../core/dispatcher';
import type { Command } from '../command';
import { vaultOptions } from '../command';
import { out, parseId } from '../io';
import { withVault } from '../withVault';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const meetingsCommand: Command = {
  name: 'meetings',
  summary: 'list meetings',
  usage: 'secretariat meetings VAULT [--committee ID] [--json]',
  options: { ...vaultOptions, committee: { type: 'string' }, json: { type: 'boolean' } },
  async run({ positionals: [vault], values }, io) {
    const committeeId = parseId(values.committee as string | undefined, '--committee');
    const meetings = await withVault(io, vault, values, (host) => call(host, 'meetings.list', { committeeId }));
    if (values.json) {
      out(io, JSON.stringify(meetings.map((m) => ({ id: m.id, committee: m.committeeName, number: m.number, startsAt: m.startsAt, status: m.status })), null, 2));
      return;
    }
    if (meetings.length === 0) return void out(io, 'No meetings yet.');
    for (const m of meetings)
      out(io, `${String(m.id).padStart(5)}  ${m.committeeName} — meeting ${m.number}, ${m.startsAt.slice(0, 10)}, ${m.status.replace('_', ' ')}, ${plural(m.decisionCount, 'decision')}, ${plural(m.openActionCount, 'open action')}`);
  },
};

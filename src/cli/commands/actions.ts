import { call } from '../../core/dispatcher';
import type { ActionFilter } from '../../shared/api/actions';
import type { Command } from '../command';
import { vaultOptions } from '../command';
import { out, parseId, UsageError } from '../io';
import { withVault } from '../withVault';

/** On the command line "open" means not yet finished: open or in progress. */
const STATUS: Record<string, ActionFilter['status']> = {
  open: 'active',
  overdue: 'overdue',
  done: 'done',
  'in-progress': 'in_progress',
  cancelled: 'cancelled',
};

export const actionsCommand: Command = {
  name: 'actions',
  summary: 'list action items across meetings',
  usage: 'secretariat actions VAULT [--status open|overdue|done|in-progress|cancelled] [--owner NAME] [--committee ID] [--json]',
  options: { ...vaultOptions, status: { type: 'string' }, owner: { type: 'string' }, committee: { type: 'string' }, json: { type: 'boolean' } },
  async run({ positionals: [vault], values }, io) {
    const given = values.status as string | undefined;
    if (given !== undefined && !(given in STATUS)) throw new UsageError(`--status must be one of ${Object.keys(STATUS).join(', ')}.`);
    const filter: ActionFilter = {
      status: given ? STATUS[given] : undefined,
      owner: values.owner as string | undefined,
      committeeId: parseId(values.committee as string | undefined, '--committee'),
    };
    const { actions, meetings } = await withVault(io, vault, values, async (host) => ({
      actions: await call(host, 'actions.list', filter),
      meetings: new Map((await call(host, 'meetings.list', {})).map((m) => [m.id, m])),
    }));
    if (values.json) {
      out(
        io,
        JSON.stringify(
          actions.map((a) => ({
            id: a.id,
            description: a.description,
            owner: a.ownerName,
            due: a.dueDate,
            status: a.status,
            overdue: a.overdue,
            meeting: { id: a.meetingId, number: a.meetingNumber, committee: meetings.get(a.meetingId)?.committeeName ?? null },
            latestNote: a.latestNote ? { date: a.latestNote.date, text: a.latestNote.text } : null,
          })),
          null,
          2,
        ),
      );
      return;
    }
    if (actions.length === 0) return void out(io, 'No action items match.');
    for (const a of actions)
      out(io, `${String(a.id).padStart(5)}  ${a.dueDate ?? 'no due date'}${a.overdue ? ' OVERDUE' : ''}  [${a.status.replace('_', ' ')}]  ${a.ownerName}: ${a.description}`);
  },
};

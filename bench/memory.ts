import { listActions, pageActions } from '../src/core/services/actions';
import { updateAgendaItem } from '../src/core/services/agenda';
import { getDashboard } from '../src/core/services/dashboard';
import { exportDecisionRegister, exportMinutes } from '../src/core/services/exports';
import { arisingOf } from '../src/core/services/arising';
import { getMeetingRecord, listMeetings } from '../src/core/services/meetings';
import { readableDb } from '../src/core/vault/handles';
import { closeVault, openVault } from '../src/core/vault/vault';
import { DEFAULT_FILTERS, pageInput, toActionFilter } from '../src/renderer/actions/filters';
import { NOW } from './dataset';
import { workloadOf } from './measure';
import { ACTOR, PASSPHRASE } from './vaults';

/**
 * The memory figure: one process with one vault, as the app's main process has, doing a long
 * session's work once each (tracker views as the screen pages them, a hundred meetings opened
 * with their matters arising, fifty autosaves, the exports, and last every action at once, as
 * `secretariat actions --status all` lists them). The heap is collected between the user's actions, as V8's
 * memory reducer does while a person reads the screen; back to back with no pause, ten
 * registers leave garbage enough to double the figure. Prints the peak RSS in MB.
 */
const between = () => (globalThis as { gc?: () => void }).gc?.();
const [path] = process.argv.slice(2);
if (!path) throw new Error('usage: bench/memory.ts VAULT');
const db = openVault(path, PASSPHRASE);
const s = { db: readableDb(db), actor: ACTOR, clock: () => NOW };
const w = workloadOf(db);
for (const patch of [{}, { overdue: true }, { status: 'all' as const }, { owner: w.ownerText }, ...w.committees.map((committeeId) => ({ committeeId }))])
  for (let page = 0; page < 3; page++) pageActions(s, pageInput(toActionFilter({ ...DEFAULT_FILTERS, ...patch }), page));
listMeetings(s, {});
getDashboard(s, {});
between();
for (let i = 0; i < 100; i++) {
  const meetingId = w.meetingIds[(i * 37) % w.meetingIds.length]!;
  getMeetingRecord(s, meetingId);
  const arising = w.arisingItemOf.get(meetingId);
  if (arising !== undefined) arisingOf(s, arising);
}
between();
for (let i = 0; i < 50; i++) {
  const item = w.draftItems[i % w.draftItems.length]!;
  updateAgendaItem(s, { id: item.id, minutes: `${item.minutes} Saved ${i}.` });
}
between();
await exportMinutes(s, w.largestMeetingId);
for (const committeeId of w.committees) {
  between();
  await exportDecisionRegister(s, { committeeId });
}
between();
listActions(s, toActionFilter({ ...DEFAULT_FILTERS, status: 'all' }));
closeVault(db);
process.stdout.write(`${Math.round(process.resourceUsage().maxRSS / 102.4) / 10}\n`);

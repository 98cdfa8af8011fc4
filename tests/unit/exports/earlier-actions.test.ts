import { describe, expect, it } from 'vitest';
import { call } from '../../../src/core/dispatcher';
import { listActions } from '../../../src/core/services/actions';
import { earlierActionsFor } from '../../../src/core/services/actions';
import { listMeetings } from '../../../src/core/services/meetings';
import type { Session } from '../../../src/core/session';
import type { ActionStatus, Meeting } from '../../../src/shared/domain';
import { seedMeeting } from '../../helpers/seed';
import { newVault } from '../../helpers/vault';

const { host } = await newVault({ clock: () => new Date('2026-09-01T09:00:00Z') });

const STATUSES: ActionStatus[] = ['open', 'done', 'in_progress', 'cancelled', 'done', 'open', 'done'];

/**
 * A committee's meetings numbered 1 to `count`, one of them held before the one numbered below it,
 * each with actions in every status, some due before the clock's today and some after.
 */
async function seedCommittee(count: number): Promise<Meeting[]> {
  const { committee, people, meeting: first } = await seedMeeting(host, { meeting: { number: 1, startsAt: '2025-01-15T10:00:00+03:00' } });
  const owner = Object.values(people)[0]!;
  const meetings = [first];
  for (let n = 2; n <= count; n++) {
    const date = n === 4 ? '2025-03-01' : `2025-${String(n).padStart(2, '0')}-15`;
    meetings.push(await call(host, 'meetings.create', { committeeId: committee.id, number: n, startsAt: `${date}T10:00:00+03:00` }));
  }
  let k = 0;
  for (const meeting of meetings) {
    const item = await call(host, 'agenda.add', { meetingId: meeting.id, title: `Item of meeting ${meeting.number}`, isPublic: false });
    for (let i = 0; i < 5; i++, k++) {
      const action = await call(host, 'actions.add', {
        agendaItemId: item.id,
        description: `Action ${k}`,
        ownerPersonId: owner.id,
        dueDate: `2026-${String((k % 12) + 1).padStart(2, '0')}-${String((k % 27) + 1).padStart(2, '0')}`,
      });
      const status = STATUSES[k % STATUSES.length]!;
      if (status !== 'open') await call(host, 'actions.update', { id: action.id, status });
    }
  }
  return meetings;
}

/** What the minutes reported before the query learnt to choose: every action of the committee, filtered here. */
function filteredInMemory(s: Session, meeting: Meeting) {
  const earlier = listMeetings(s, { committeeId: meeting.committeeId }).filter((m) => m.number < meeting.number);
  if (earlier.length === 0) return [];
  const previous = Math.max(...earlier.map((m) => m.number));
  return listActions(s, { committeeId: meeting.committeeId, sort: 'meeting' }).filter(
    (a) => a.meetingNumber < meeting.number && (a.meetingNumber === previous || a.status === 'open' || a.status === 'in_progress'),
  );
}

describe('earlier actions in the minutes', () => {
  it('are those of the meeting before and whatever is still open from earlier ones, in the order of the meetings', async () => {
    const meetings = await seedCommittee(7);
    const other = await seedCommittee(3);
    const s = host.session();
    for (const meeting of [...meetings, ...other]) expect(earlierActionsFor(s, meeting)).toEqual(filteredInMemory(s, meeting));

    const last = earlierActionsFor(s, meetings.at(-1)!);
    expect(new Set(last.map((a) => a.meetingNumber))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    expect(last.filter((a) => a.meetingNumber === 6)).toHaveLength(5);
    expect(last.filter((a) => a.meetingNumber < 6).every((a) => a.status === 'open' || a.status === 'in_progress')).toBe(true);
    expect(last.some((a) => a.overdue)).toBe(true);
    // The 4th meeting was held before the 3rd: the list follows the dates, as the tracker does.
    expect([...new Set(last.map((a) => a.meetingNumber))]).toEqual([1, 2, 4, 3, 5, 6]);
    expect(earlierActionsFor(s, meetings[0]!)).toEqual([]);
  });
});

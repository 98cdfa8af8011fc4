import type { ParsedInputOf } from '../../shared/api';
import type { AttendanceEntry, Quorum } from '../../shared/domain';
import { attendanceEntry, attendanceOf, upsertAttendance } from '../db/attendance';
import { appendAudit } from '../db/audit';
import { meetingRoster, membershipOf } from '../db/memberships';
import { AppError } from '../errors';
import { write, type Session } from '../session';
import { getCommittee } from './committees';
import { assertEditable } from './meetings';
import { getPerson } from './people';
import { computeQuorum } from '../domain/quorum';

function meetingQuorum(s: Session, meetingId: number, committeeId: number): Quorum {
  const committee = getCommittee(s, committeeId);
  return computeQuorum(committee.quorumRule, meetingRoster(s.db, committeeId, meetingId), attendanceOf(s.db, meetingId));
}

/**
 * Records one person's attendance (one row per person and meeting). Only people on the
 * committee's roster, in any role, can attend: the minutes list attendees by their role.
 * Recorded in the meeting's history.
 */
export function setAttendance(
  s: Session,
  input: ParsedInputOf<'attendance.set'>,
): { attendance: AttendanceEntry[]; quorum: Quorum } {
  return write(s, (tx) => {
    const meeting = assertEditable(tx, input.meetingId);
    const person = getPerson(tx, input.personId);
    if (!membershipOf(tx.db, meeting.committeeId, person.id)) {
      const message = `${person.name} is not on the committee's roster: add them (as a member, secretary or observer) before recording their attendance.`;
      throw new AppError('VALIDATION', message, [{ path: 'personId', message }]);
    }
    const entry: AttendanceEntry = {
      personId: person.id,
      status: input.status,
      representedBy: input.status === 'represented' ? (input.representedBy ?? null) : null,
    };
    const before = attendanceEntry(tx.db, meeting.id, person.id);
    if (before?.status !== entry.status || before.representedBy !== entry.representedBy) {
      upsertAttendance(tx.db, { meetingId: meeting.id, ...entry });
      appendAudit(tx, 'attendance.set', 'meeting', meeting.id, {
        personId: person.id,
        person: person.name,
        before: before ? { status: before.status, representedBy: before.representedBy } : null,
        after: { status: entry.status, representedBy: entry.representedBy },
      });
    }
    return { attendance: attendanceOf(tx.db, meeting.id), quorum: meetingQuorum(tx, meeting.id, meeting.committeeId) };
  });
}

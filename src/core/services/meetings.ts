import type { ParsedInputOf } from '../../shared/api';
import type { AgendaItemRecord, Meeting, MeetingRecord, MeetingSummary } from '../../shared/domain';
import { listActionItems } from '../db/actions';
import { agendaOf } from '../db/agenda';
import { attendanceOf } from '../db/attendance';
import { appendAudit } from '../db/audit';
import { decisionsOfMeeting } from '../db/decisions';
import { arisingCounts } from '../db/arising';
import { highestMeetingNumber, insertMeeting, meetingById, meetingIdByNumber, meetingSummaries, saveMeeting } from '../db/meetings';
import { meetingRoster } from '../db/memberships';
import { AppError, notFound } from '../errors';
import { nowIso, readTogether, today, write, type Session } from '../session';
import { applyPatch, changed, created } from '../domain/changes';
import { getCommittee } from './committees';
import { computeQuorum } from '../domain/quorum';
import { approvedMinutes } from './approvedMinutes';

export function listMeetings(s: Session, input: { committeeId?: number } = {}): MeetingSummary[] {
  if (input.committeeId !== undefined) getCommittee(s, input.committeeId);
  return meetingSummaries(s.db, input.committeeId ?? null);
}

export function nextMeetingNumber(s: Session, committeeId: number): number {
  getCommittee(s, committeeId);
  return highestMeetingNumber(s.db, committeeId) + 1;
}

export function getMeeting(s: Session, id: number): Meeting {
  const meeting = meetingById(s.db, id);
  if (!meeting) throw notFound('meeting', id);
  return meeting;
}

/**
 * Approved minutes are the record: the meeting, its attendance, agenda and decision texts no
 * longer change. Call before any such write; returns the meeting.
 */
export function assertEditable(s: Session, meetingId: number): Meeting {
  const meeting = getMeeting(s, meetingId);
  if (meeting.status === 'approved')
    throw new AppError(
      'RECORD_LOCKED',
      `The minutes of meeting ${meeting.number} are approved and locked: the meeting, its attendance, agenda and decisions can no longer be edited.`,
    );
  return meeting;
}

function assertNumberFree(s: Session, committeeId: number, number: number): void {
  if (meetingIdByNumber(s.db, committeeId, number) !== undefined)
    throw new AppError(
      'CONFLICT',
      `${getCommittee(s, committeeId).name} already has a meeting number ${number}; the next free number is ${nextMeetingNumber(s, committeeId)}.`,
    );
}

function assertEndsAfterStart(startsAt: string, endsAt: string | null): void {
  if (endsAt !== null && Date.parse(endsAt) < Date.parse(startsAt))
    throw new AppError('VALIDATION', 'The meeting ends before it starts.', [{ path: 'endsAt', message: 'The meeting ends before it starts.' }]);
}

export function createMeeting(s: Session, input: ParsedInputOf<'meetings.create'>): Meeting {
  return write(s, (tx) => {
    getCommittee(tx, input.committeeId);
    const number = input.number ?? nextMeetingNumber(tx, input.committeeId);
    assertNumberFree(tx, input.committeeId, number);
    assertEndsAfterStart(input.startsAt, input.endsAt ?? null);
    const now = nowIso(tx);
    const record = {
      committeeId: input.committeeId,
      number,
      startsAt: input.startsAt,
      endsAt: input.endsAt ?? null,
      venue: input.venue ?? null,
      venueAr: input.venueAr ?? null,
      classification: input.classification ?? 'restricted',
      openingRemarks: input.openingRemarks ?? null,
      openingRemarksAr: input.openingRemarksAr ?? null,
      closingRemarks: input.closingRemarks ?? null,
      closingRemarksAr: input.closingRemarksAr ?? null,
      createdAt: now,
      updatedAt: now,
    };
    const id = insertMeeting(tx.db, record);
    appendAudit(tx, 'meeting.create', 'meeting', id, created(record));
    return getMeeting(tx, id);
  });
}

/** A new meeting number does not renumber decisions already taken under the old one. */
export function updateMeeting(s: Session, input: ParsedInputOf<'meetings.update'>): Meeting {
  return write(s, (tx) => {
    const { id, ...patch } = input;
    const { next, changes } = applyPatch(assertEditable(tx, id), patch);
    if (!changed(changes)) return next;
    if (changes.number) assertNumberFree(tx, next.committeeId, next.number);
    assertEndsAfterStart(next.startsAt, next.endsAt);
    saveMeeting(tx.db, { ...next, updatedAt: nowIso(tx) });
    appendAudit(tx, 'meeting.update', 'meeting', id, changes);
    return getMeeting(tx, id);
  });
}

/**
 * Everything the meeting editor and the exports need. Approved minutes are read from the record
 * kept at approval, with their amendments: a person's new post does not change them.
 */
export function getMeetingRecord(s: Session, meetingId: number): MeetingRecord {
  return getMeeting(s, meetingId).status === 'approved' ? approvedMinutes(s, meetingId)!.record : liveMeetingRecord(s, meetingId);
}

/** The meeting as its tables hold it today, read in one transaction so that it is consistent. */
export function liveMeetingRecord(s: Session, meetingId: number): MeetingRecord {
  return readTogether(s, () => {
    const meeting = getMeeting(s, meetingId);
    const committee = getCommittee(s, meeting.committeeId);
    const members = meetingRoster(s.db, committee.id, meetingId);
    const attendance = attendanceOf(s.db, meetingId);
    const decisions = decisionsOfMeeting(s.db, meetingId);
    const actions = listActionItems(s.db, { meetingId, sort: 'taken' }, today(s));
    const arising = arisingCounts(s.db, meetingId);
    const agenda: AgendaItemRecord[] = agendaOf(s.db, meetingId).map((item) => ({
      ...item,
      decisions: decisions.filter((d) => d.agendaItemId === item.id),
      actions: actions.filter((a) => a.agendaItemId === item.id),
      ...(arising.has(item.id) ? { arisingCount: arising.get(item.id) } : {}),
    }));
    return {
      committee,
      meeting,
      members,
      attendance,
      quorum: computeQuorum(committee.quorumRule, members, attendance),
      agenda,
    };
  });
}

import type { z } from 'zod';
import type { ParsedInputOf } from '../../shared/api';
import { actionFields } from '../../shared/api/actions';
import { decisionFields } from '../../shared/api/decisions';
import { agendaFields } from '../../shared/api/agenda';
import { meetingFields } from '../../shared/api/meetings';
import type { Amendment } from '../../shared/api/amendments';
import { ATTENDANCE_STATUSES, type AttendanceEntry, type AttendanceStatus, type Meeting } from '../../shared/domain';
import { LIMITS, requiredText } from '../../shared/text';
import { saveAction, storedActionById } from '../db/actions';
import { saveAgendaItem } from '../db/agenda';
import { amendmentsOfMeeting, insertAmendment } from '../db/amendments';
import { attendanceEntry, upsertAttendance } from '../db/attendance';
import { appendAudit } from '../db/audit';
import { saveDecision } from '../db/decisions';
import { saveMeeting } from '../db/meetings';
import { membershipOf } from '../db/memberships';
import { AppError, notFound } from '../errors';
import { nowIso, write, type Session } from '../session';
import type { WritableDb } from '../vault/handles';
import { getAgendaItem } from './agenda';
import { getDecision } from './decisions';
import { getMeeting } from './meetings';
import { getPerson } from './people';

type AmendInput = ParsedInputOf<'amendments.add'>;

/** The same rules as an edit of a draft, so an amendment cannot store what an edit could not. */
const RULES: Record<Exclude<AmendInput['targetType'], 'attendance'>, Record<string, z.ZodType>> = {
  meeting: meetingFields,
  agenda_item: agendaFields,
  decision: decisionFields,
  action: actionFields,
};
const representative = requiredText(LIMITS.name);

/** What an amendment changes, and how to write it once it is recorded. */
interface Change {
  before: string | null;
  after: string | null;
  entity: string;
  entityId: number;
  apply: (db: WritableDb, updatedAt: string) => void;
  detail?: Record<string, unknown>;
}

function invalid(message: string, path = 'after'): AppError {
  return new AppError('VALIDATION', message, [{ path, message }]);
}

/** "openingRemarksAr" -> "opening remarks (Arabic)", for messages. */
function label(field: string): string {
  const arabic = field.endsWith('Ar');
  const words = (arabic ? field.slice(0, -2) : field).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return arabic ? `${words} (Arabic)` : words;
}

function checkValue(input: Exclude<AmendInput, { targetType: 'attendance' }>): string | null {
  const { field, after } = input;
  const parsed = RULES[input.targetType][field]!.safeParse(after);
  if (parsed.success) return (parsed.data ?? null) as string | null;
  const issue = parsed.error.issues[0]!;
  throw invalid(issue.code === 'invalid_type' && after === null ? `The ${label(field)} cannot be cleared.` : `The new ${label(field)}: ${issue.message}`);
}

function assertOfMeeting(what: string, ownerMeetingId: number, meetingId: number): void {
  if (ownerMeetingId !== meetingId) throw invalid(`That ${what} belongs to another meeting: amend it in that meeting's minutes.`, 'targetId');
}

const attendanceText = (e: AttendanceEntry | undefined): string | null =>
  e === undefined ? null : e.status === 'represented' ? `represented by ${e.representedBy ?? ''}`.trim() : e.status;

function parseAttendance(after: string | null): { status: AttendanceStatus; representedBy: string | null } {
  const text = after?.trim() ?? '';
  const represented = /^represented by\s+(\S.*)$/i.exec(text);
  if (represented) {
    const name = representative.safeParse(represented[1]);
    if (!name.success) throw invalid(`The representative's name: ${name.error.issues[0]!.message}`);
    return { status: 'represented', representedBy: name.data };
  }
  const status = ATTENDANCE_STATUSES.find((s) => s === text.toLowerCase());
  if (status && status !== 'represented') return { status, representedBy: null };
  throw invalid('Write the attendance as present, apologies, absent, or "represented by" and the representative\'s name.');
}

function change(s: Session, input: AmendInput, meeting: Meeting): Change {
  const { field, meetingId, targetId } = input;
  switch (input.targetType) {
    case 'meeting': {
      if (targetId !== meetingId) throw invalid('To amend the meeting itself, give the meeting\'s id as the target.', 'targetId');
      const after = checkValue(input);
      const next = { ...meeting, [field]: after };
      if (next.endsAt !== null && Date.parse(next.endsAt) < Date.parse(next.startsAt)) throw invalid('The meeting would end before it starts.');
      return {
        before: meeting[input.field],
        after,
        entity: 'meeting',
        entityId: meetingId,
        apply: (db, updatedAt) => saveMeeting(db, { ...next, updatedAt }),
      };
    }
    case 'agenda_item': {
      const item = getAgendaItem(s, targetId);
      assertOfMeeting('agenda item', item.meetingId, meetingId);
      const after = checkValue(input);
      return {
        before: item[input.field],
        after,
        entity: 'agenda_item',
        entityId: item.id,
        apply: (db, updatedAt) => saveAgendaItem(db, { ...item, [field]: after, updatedAt }),
      };
    }
    case 'decision': {
      const decision = getDecision(s, targetId);
      assertOfMeeting('decision', decision.meetingId, meetingId);
      const after = checkValue(input);
      return {
        before: decision[input.field],
        after,
        entity: 'decision',
        entityId: decision.id,
        apply: (db, updatedAt) => saveDecision(db, { ...decision, [field]: after, updatedAt }),
        detail: { number: decision.number },
      };
    }
    case 'action': {
      const action = storedActionById(s.db, targetId);
      if (!action) throw notFound('action item', targetId);
      assertOfMeeting('action item', action.meetingId, meetingId);
      const after = checkValue(input);
      return {
        before: action[input.field],
        after,
        entity: 'action_item',
        entityId: action.id,
        apply: (db, updatedAt) => saveAction(db, { ...action, [field]: after, updatedAt }),
      };
    }
    case 'attendance': {
      const person = getPerson(s, targetId);
      if (!membershipOf(s.db, meeting.committeeId, person.id)) throw invalid(`${person.name} is not on the committee's roster.`, 'targetId');
      const entry = parseAttendance(input.after);
      return {
        before: attendanceText(attendanceEntry(s.db, meetingId, person.id)),
        after: attendanceText({ personId: person.id, ...entry }),
        entity: 'meeting',
        entityId: meetingId,
        apply: (db) => upsertAttendance(db, { meetingId, personId: person.id, ...entry }),
        detail: { personId: person.id, person: person.name },
      };
    }
  }
}

/**
 * The one way to change approved minutes: the change is applied and recorded with its reason,
 * before and after, who and when, for the amendments annex and the record's history.
 */
export function amendMinutes(s: Session, input: AmendInput): Amendment {
  return write(s, (tx) => {
    const meeting = getMeeting(tx, input.meetingId);
    if (meeting.status !== 'approved')
      throw new AppError(
        'CONFLICT',
        `The minutes of meeting ${meeting.number} are not approved yet: edit them directly. Amendments are for approved minutes.`,
      );
    const c = change(tx, input, meeting);
    if (c.before === c.after) throw invalid(`The ${label(input.field)} already reads that way: the amendment would change nothing.`);
    const createdAt = nowIso(tx);
    c.apply(tx.db, createdAt);
    const amendment: Omit<Amendment, 'id'> = {
      meetingId: meeting.id,
      targetType: input.targetType,
      targetId: input.targetId,
      field: input.field,
      before: c.before,
      after: c.after,
      reason: input.reason,
      author: tx.actor,
      createdAt,
    };
    const id = insertAmendment(tx.db, amendment);
    appendAudit(tx, `${c.entity}.amend`, c.entity, c.entityId, {
      amendmentId: id,
      ...c.detail,
      [input.field]: { before: c.before, after: c.after },
      reason: input.reason,
    });
    return { id, ...amendment };
  });
}

export function listAmendments(s: Session, meetingId: number): Amendment[] {
  getMeeting(s, meetingId);
  return amendmentsOfMeeting(s.db, meetingId);
}

import type { Classification, Meeting, MeetingStatus, MeetingSummary } from '../../shared/domain';
import type { ReadableDb, WritableDb } from '../vault/handles';

interface MeetingRow {
  id: number;
  committee_id: number;
  number: number;
  starts_at: string;
  ends_at: string | null;
  venue: string | null;
  venue_ar: string | null;
  classification: string;
  status: string;
  opening_remarks: string | null;
  opening_remarks_ar: string | null;
  closing_remarks: string | null;
  closing_remarks_ar: string | null;
  approved_at: string | null;
  approved_by: string | null;
  created_at: string;
  updated_at: string;
}

function toMeeting(r: MeetingRow): Meeting {
  return {
    id: r.id,
    committeeId: r.committee_id,
    number: r.number,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    venue: r.venue,
    venueAr: r.venue_ar,
    classification: r.classification as Classification,
    status: r.status as MeetingStatus,
    openingRemarks: r.opening_remarks,
    openingRemarksAr: r.opening_remarks_ar,
    closingRemarks: r.closing_remarks,
    closingRemarksAr: r.closing_remarks_ar,
    approvedAt: r.approved_at,
    approvedBy: r.approved_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function meetingById(db: ReadableDb, id: number): Meeting | undefined {
  const row = db.prepare('SELECT * FROM meetings WHERE id = :id').get({ id }) as MeetingRow | undefined;
  return row && toMeeting(row);
}

export function meetingIdByNumber(db: ReadableDb, committeeId: number, number: number): number | undefined {
  const row = db
    .prepare('SELECT id FROM meetings WHERE committee_id = :committeeId AND number = :number')
    .get({ committeeId, number }) as { id: number } | undefined;
  return row?.id;
}

export function highestMeetingNumber(db: ReadableDb, committeeId: number): number {
  const row = db
    .prepare('SELECT COALESCE(MAX(number), 0) AS n FROM meetings WHERE committee_id = :committeeId')
    .get({ committeeId }) as { n: number };
  return row.n;
}

/**
 * Newest first by the instant the meeting starts, whatever offset it was written with. The
 * committee condition is left out rather than made optional in SQL: `:id IS NULL OR ...`
 * keeps SQLite from using the committee index, so one committee's list read every meeting.
 */
export function meetingSummaries(db: ReadableDb, committeeId: number | null): MeetingSummary[] {
  return db
    .prepare(
      `SELECT m.id, m.committee_id AS committeeId, c.name AS committeeName, m.number, m.starts_at AS startsAt,
         m.status, m.classification,
         (SELECT count(*) FROM decisions d WHERE d.meeting_id = m.id) AS decisionCount,
         (SELECT count(*) FROM action_items a WHERE a.meeting_id = m.id AND a.status IN ('open', 'in_progress'))
           AS openActionCount
       FROM meetings m JOIN committees c ON c.id = m.committee_id
       ${committeeId === null ? '' : 'WHERE m.committee_id = :committeeId'}
       ORDER BY julianday(m.starts_at) DESC, m.id DESC`,
    )
    .all(committeeId === null ? {} : { committeeId }) as MeetingSummary[];
}

type MeetingFields = Omit<Meeting, 'id' | 'status' | 'approvedAt' | 'approvedBy'>;

export function insertMeeting(db: WritableDb, m: MeetingFields): number {
  const info = db
    .prepare(
      `INSERT INTO meetings (committee_id, number, starts_at, ends_at, venue, venue_ar, classification,
         opening_remarks, opening_remarks_ar, closing_remarks, closing_remarks_ar, created_at, updated_at)
       VALUES (:committeeId, :number, :startsAt, :endsAt, :venue, :venueAr, :classification,
         :openingRemarks, :openingRemarksAr, :closingRemarks, :closingRemarksAr, :createdAt, :updatedAt)`,
    )
    .run(m);
  return Number(info.lastInsertRowid);
}

/** Status and approval are left alone: they change only through the approval workflow. */
export function saveMeeting(db: WritableDb, m: MeetingFields & { id: number }): void {
  db.prepare(
    `UPDATE meetings SET number = :number, starts_at = :startsAt, ends_at = :endsAt, venue = :venue,
       venue_ar = :venueAr, classification = :classification, opening_remarks = :openingRemarks,
       opening_remarks_ar = :openingRemarksAr, closing_remarks = :closingRemarks,
       closing_remarks_ar = :closingRemarksAr, updated_at = :updatedAt
     WHERE id = :id`,
  ).run(m);
}

import type { Amendment } from '../../shared/api/amendments';
import type { ReadableDb, WritableDb } from '../vault/handles';

interface Row {
  id: number;
  meeting_id: number;
  target_type: string;
  target_id: number;
  field: string;
  before: string | null;
  after: string | null;
  reason: string;
  author: string;
  created_at: string;
}

/** In the order they were made, as the annex to the minutes lists them. */
export function amendmentsOfMeeting(db: ReadableDb, meetingId: number): Amendment[] {
  const rows = db.prepare('SELECT * FROM amendments WHERE meeting_id = :meetingId ORDER BY id').all({ meetingId }) as Row[];
  return rows.map((r) => ({
    id: r.id,
    meetingId: r.meeting_id,
    targetType: r.target_type,
    targetId: r.target_id,
    field: r.field,
    before: r.before,
    after: r.after,
    reason: r.reason,
    author: r.author,
    createdAt: r.created_at,
  }));
}

export function insertAmendment(db: WritableDb, a: Omit<Amendment, 'id'>): number {
  const info = db
    .prepare(
      `INSERT INTO amendments (meeting_id, target_type, target_id, field, before, after, reason, author, created_at)
       VALUES (:meetingId, :targetType, :targetId, :field, :before, :after, :reason, :author, :createdAt)`,
    )
    .run(a);
  return Number(info.lastInsertRowid);
}

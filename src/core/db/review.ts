import type { MeetingTransition, ReviewComment, ReviewTarget } from '../../shared/api/review';
import type { MeetingStatus } from '../../shared/domain';
import type { ReadableDb, WritableDb } from '../vault/handles';

interface CommentRow {
  id: number;
  meeting_id: number;
  target_type: string;
  target_id: number;
  body: string;
  author: string;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
}

function toComment(r: CommentRow): ReviewComment {
  return {
    id: r.id,
    meetingId: r.meeting_id,
    targetType: r.target_type as ReviewTarget,
    targetId: r.target_id,
    body: r.body,
    author: r.author,
    createdAt: r.created_at,
    resolvedAt: r.resolved_at,
    resolvedBy: r.resolved_by,
  };
}

/** The only writer of a meeting's status and approval: services/review.ts moves it along the workflow. */
export function setMeetingStatus(
  db: WritableDb,
  m: { id: number; status: MeetingStatus; approvedAt: string | null; approvedBy: string | null; updatedAt: string },
): void {
  db.prepare(
    `UPDATE meetings SET status = :status, approved_at = :approvedAt, approved_by = :approvedBy, updated_at = :updatedAt
     WHERE id = :id`,
  ).run(m);
}

export function insertTransition(db: WritableDb, t: Omit<MeetingTransition, 'id'>): number {
  const info = db
    .prepare(
      `INSERT INTO meeting_transitions (meeting_id, from_status, to_status, actor, at, note)
       VALUES (:meetingId, :from, :to, :actor, :at, :note)`,
    )
    .run(t);
  return Number(info.lastInsertRowid);
}

export function transitionsOf(db: ReadableDb, meetingId: number): MeetingTransition[] {
  return db
    .prepare(
      `SELECT id, meeting_id AS meetingId, from_status AS "from", to_status AS "to", actor, at, note
       FROM meeting_transitions WHERE meeting_id = :meetingId ORDER BY id`,
    )
    .all({ meetingId }) as MeetingTransition[];
}

export function insertComment(db: WritableDb, c: Omit<ReviewComment, 'id' | 'resolvedAt' | 'resolvedBy'>): number {
  const info = db
    .prepare(
      `INSERT INTO review_comments (meeting_id, target_type, target_id, body, author, created_at)
       VALUES (:meetingId, :targetType, :targetId, :body, :author, :createdAt)`,
    )
    .run(c);
  return Number(info.lastInsertRowid);
}

export function commentById(db: ReadableDb, id: number): ReviewComment | undefined {
  const row = db.prepare('SELECT * FROM review_comments WHERE id = :id').get({ id }) as CommentRow | undefined;
  return row && toComment(row);
}

export function commentsOf(db: ReadableDb, meetingId: number, openOnly: boolean): ReviewComment[] {
  const rows = db
    .prepare(
      `SELECT * FROM review_comments WHERE meeting_id = :meetingId AND (:openOnly = 0 OR resolved_at IS NULL) ORDER BY id`,
    )
    .all({ meetingId, openOnly: openOnly ? 1 : 0 }) as CommentRow[];
  return rows.map(toComment);
}

export function openCommentCount(db: ReadableDb, meetingId: number): number {
  return (
    db.prepare('SELECT count(*) AS n FROM review_comments WHERE meeting_id = :meetingId AND resolved_at IS NULL').get({ meetingId }) as {
      n: number;
    }
  ).n;
}

export function resolveComment(db: WritableDb, id: number, resolvedAt: string, resolvedBy: string): void {
  db.prepare('UPDATE review_comments SET resolved_at = :resolvedAt, resolved_by = :resolvedBy WHERE id = :id').run({ id, resolvedAt, resolvedBy });
}

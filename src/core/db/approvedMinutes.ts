import type { ReadableDb, WritableDb } from '../vault/handles';

export interface StoredApprovedMinutes {
  meetingId: number;
  /** The JSON exactly as stored: its SHA-256 is the one recorded (and, with accounts, signed). */
  content: string;
  sha256: string;
  frozenAt: string;
  frozenBy: string;
}

export function approvedMinutesOf(db: ReadableDb, meetingId: number): StoredApprovedMinutes | undefined {
  return db
    .prepare(
      `SELECT meeting_id AS meetingId, content, sha256, frozen_at AS frozenAt, frozen_by AS frozenBy
       FROM approved_minutes WHERE meeting_id = :meetingId`,
    )
    .get({ meetingId }) as StoredApprovedMinutes | undefined;
}

export function insertApprovedMinutes(db: WritableDb, m: StoredApprovedMinutes): void {
  db.prepare(
    `INSERT INTO approved_minutes (meeting_id, content, sha256, frozen_at, frozen_by)
     VALUES (:meetingId, :content, :sha256, :frozenAt, :frozenBy)`,
  ).run(m);
}

/** Minutes approved before their records were kept (vaults written before schema 5). */
export function approvedMeetingsWithoutMinutes(db: ReadableDb): number[] {
  return db
    .prepare(
      `SELECT m.id FROM meetings m LEFT JOIN approved_minutes a ON a.meeting_id = m.id
       WHERE m.status = 'approved' AND a.meeting_id IS NULL ORDER BY m.id`,
    )
    .pluck()
    .all() as number[];
}

import type { AttendanceEntry, AttendanceStatus } from '../../shared/domain';
import type { ReadableDb, WritableDb } from '../vault/handles';

export function attendanceOf(db: ReadableDb, meetingId: number): AttendanceEntry[] {
  return db
    .prepare(
      `SELECT a.person_id AS personId, a.status, a.represented_by AS representedBy
       FROM attendance a JOIN people p ON p.id = a.person_id
       WHERE a.meeting_id = :meetingId
       ORDER BY p.name COLLATE NOCASE, p.id`,
    )
    .all({ meetingId }) as AttendanceEntry[];
}

export function attendanceEntry(db: ReadableDb, meetingId: number, personId: number): AttendanceEntry | undefined {
  return db
    .prepare(
      `SELECT person_id AS personId, status, represented_by AS representedBy
       FROM attendance WHERE meeting_id = :meetingId AND person_id = :personId`,
    )
    .get({ meetingId, personId }) as AttendanceEntry | undefined;
}

export function upsertAttendance(
  db: WritableDb,
  a: { meetingId: number; personId: number; status: AttendanceStatus; representedBy: string | null },
): void {
  db.prepare(
    `INSERT INTO attendance (meeting_id, person_id, status, represented_by)
     VALUES (:meetingId, :personId, :status, :representedBy)
     ON CONFLICT (meeting_id, person_id) DO UPDATE SET status = excluded.status, represented_by = excluded.represented_by`,
  ).run(a);
}

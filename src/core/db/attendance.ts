import type { AttendanceEntry, AttendanceStatus } from '../../shared/domain';
import type { Db } from '../vault/vault';

export function attendanceOf(db: Db, meetingId: number): AttendanceEntry[] {
  return db
    .prepare(
      `SELECT a.person_id AS personId, a.status, a.represented_by AS representedBy
       FROM attendance a JOIN people p ON p.id = a.person_id
       WHERE a.meeting_id = :meetingId
       ORDER BY p.name COLLATE NOCASE, p.id`,
    )
    .all({ meetingId }) as AttendanceEntry[];
}

export function attendanceEntry(db: Db, meetingId: number, personId: number): AttendanceEntry | undefined {
  return db
    .prepare(
      `SELECT person_id AS personId, status, represented_by AS representedBy
       FROM attendance WHERE meeting_id = :meetingId AND person_id = :personId`,
    )
    .get({ meetingId, personId }) as AttendanceEntry | undefined;
}

export function upsertAttendance(
  db: Db,
  a: { meetingId: number; personId: number; status: AttendanceStatus; representedBy: string | null },
): void {
  db.prepare(
    `INSERT INTO attendance (meeting_id, person_id, status, represented_by)
     VALUES (:meetingId, :personId, :status, :representedBy)
     ON CONFLICT (meeting_id, person_id) DO UPDATE SET status = excluded.status, represented_by = excluded.represented_by`,
  ).run(a);
}

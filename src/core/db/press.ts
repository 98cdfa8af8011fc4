import type { PressStatus } from '../../shared/api/press';
import type { ReadableDb, WritableDb } from '../vault/handles';

export interface StoredPressStatement {
  id: number;
  meetingId: number;
  lang: 'en' | 'ar';
  headline: string;
  body: string;
  status: PressStatus;
  approvedAt: string | null;
  approvedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

interface Row {
  id: number;
  meeting_id: number;
  lang: string;
  headline: string;
  body: string;
  status: string;
  approved_at: string | null;
  approved_by: string | null;
  created_at: string;
  updated_at: string;
}

const toStatement = (r: Row): StoredPressStatement => ({
  id: r.id,
  meetingId: r.meeting_id,
  lang: r.lang as 'en' | 'ar',
  headline: r.headline,
  body: r.body,
  status: r.status as PressStatus,
  approvedAt: r.approved_at,
  approvedBy: r.approved_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function pressStatementOf(db: ReadableDb, meetingId: number, lang: 'en' | 'ar'): StoredPressStatement | undefined {
  const row = db.prepare('SELECT * FROM press_statements WHERE meeting_id = :meetingId AND lang = :lang').get({ meetingId, lang }) as Row | undefined;
  return row && toStatement(row);
}

export function insertPressStatement(db: WritableDb, p: Omit<StoredPressStatement, 'id'>): number {
  const result = db
    .prepare(
      `INSERT INTO press_statements (meeting_id, lang, headline, body, status, approved_at, approved_by, created_at, updated_at)
       VALUES (:meetingId, :lang, :headline, :body, :status, :approvedAt, :approvedBy, :createdAt, :updatedAt)`,
    )
    .run(p);
  return Number(result.lastInsertRowid);
}

export function savePressStatement(db: WritableDb, p: StoredPressStatement): void {
  db.prepare(
    `UPDATE press_statements SET headline = :headline, body = :body, status = :status, approved_at = :approvedAt,
       approved_by = :approvedBy, updated_at = :updatedAt WHERE id = :id`,
  ).run({
    id: p.id,
    headline: p.headline,
    body: p.body,
    status: p.status,
    approvedAt: p.approvedAt,
    approvedBy: p.approvedBy,
    updatedAt: p.updatedAt,
  });
}

import type { AgendaItem } from '../../shared/domain';
import type { ReadableDb, WritableDb } from '../vault/handles';

interface AgendaRow {
  id: number;
  meeting_id: number;
  position: number;
  title: string;
  title_ar: string | null;
  presenter_id: number | null;
  minutes: string | null;
  minutes_ar: string | null;
  public_summary: string | null;
  public_summary_ar: string | null;
  is_public: number;
  created_at: string;
  updated_at: string;
}

function toAgendaItem(r: AgendaRow): AgendaItem {
  return {
    id: r.id,
    meetingId: r.meeting_id,
    position: r.position,
    title: r.title,
    titleAr: r.title_ar,
    presenterId: r.presenter_id,
    minutes: r.minutes,
    minutesAr: r.minutes_ar,
    publicSummary: r.public_summary,
    publicSummaryAr: r.public_summary_ar,
    isPublic: r.is_public === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const params = (a: Omit<AgendaItem, 'id' | 'position'> & { id?: number }) => ({ ...a, isPublic: a.isPublic ? 1 : 0 });

export function agendaItemById(db: ReadableDb, id: number): AgendaItem | undefined {
  const row = db.prepare('SELECT * FROM agenda_items WHERE id = :id').get({ id }) as AgendaRow | undefined;
  return row && toAgendaItem(row);
}

export function agendaOf(db: ReadableDb, meetingId: number): AgendaItem[] {
  const rows = db
    .prepare('SELECT * FROM agenda_items WHERE meeting_id = :meetingId ORDER BY position, id')
    .all({ meetingId }) as AgendaRow[];
  return rows.map(toAgendaItem);
}

/** Appends after the last item, so positions stay 1..n. */
export function appendAgendaItem(db: WritableDb, a: Omit<AgendaItem, 'id' | 'position'>): number {
  const info = db.prepare(
    `INSERT INTO agenda_items (meeting_id, position, title, title_ar, presenter_id, minutes, minutes_ar,
       public_summary, public_summary_ar, is_public, created_at, updated_at)
     VALUES (:meetingId, (SELECT COALESCE(MAX(position), 0) + 1 FROM agenda_items WHERE meeting_id = :meetingId),
       :title, :titleAr, :presenterId, :minutes, :minutesAr, :publicSummary, :publicSummaryAr, :isPublic,
       :createdAt, :updatedAt)`,
  ).run(params(a));
  return Number(info.lastInsertRowid);
}

export function saveAgendaItem(db: WritableDb, a: AgendaItem): void {
  db.prepare(
    `UPDATE agenda_items SET title = :title, title_ar = :titleAr, presenter_id = :presenterId, minutes = :minutes,
       minutes_ar = :minutesAr, public_summary = :publicSummary, public_summary_ar = :publicSummaryAr,
       is_public = :isPublic, updated_at = :updatedAt
     WHERE id = :id`,
  ).run(params(a));
}

export function setAgendaPosition(db: WritableDb, id: number, position: number, updatedAt: string): void {
  db.prepare('UPDATE agenda_items SET position = :position, updated_at = :updatedAt WHERE id = :id').run({ id, position, updatedAt });
}

export function deleteAgendaItem(db: WritableDb, id: number): void {
  db.prepare('DELETE FROM agenda_items WHERE id = :id').run({ id });
}

/** Closes the gap a removed item leaves. */
export function closeUpAgenda(db: WritableDb, meetingId: number, after: number): void {
  db.prepare('UPDATE agenda_items SET position = position - 1 WHERE meeting_id = :meetingId AND position > :after').run({
    meetingId,
    after,
  });
}

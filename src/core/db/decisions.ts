import type { Decision, ImplementationStatus } from '../../shared/domain';
import type { ReadableDb, WritableDb } from '../vault/handles';

interface DecisionRow {
  id: number;
  committee_id: number;
  meeting_id: number;
  agenda_item_id: number;
  number: string;
  text: string;
  text_ar: string | null;
  implementation_status: string;
  created_at: string;
  updated_at: string;
}

function toDecision(r: DecisionRow): Decision {
  return {
    id: r.id,
    meetingId: r.meeting_id,
    agendaItemId: r.agenda_item_id,
    number: r.number,
    text: r.text,
    textAr: r.text_ar,
    implementationStatus: r.implementation_status as ImplementationStatus,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function decisionById(db: ReadableDb, id: number): Decision | undefined {
  const row = db.prepare('SELECT * FROM decisions WHERE id = :id').get({ id }) as DecisionRow | undefined;
  return row && toDecision(row);
}

/** Several decisions in one read, in no particular order. */
export function decisionsByIds(db: ReadableDb, ids: readonly number[]): Decision[] {
  const rows = db
    .prepare('SELECT * FROM decisions WHERE id IN (SELECT value FROM json_each(:ids))')
    .all({ ids: JSON.stringify(ids) }) as DecisionRow[];
  return rows.map(toDecision);
}

/** In the order they were taken, which is the order of their numbers within an item. */
export function decisionsOfMeeting(db: ReadableDb, meetingId: number): Decision[] {
  const rows = db.prepare('SELECT * FROM decisions WHERE meeting_id = :meetingId ORDER BY id').all({ meetingId }) as DecisionRow[];
  return rows.map(toDecision);
}

export function decisionNumbersOfItem(db: ReadableDb, agendaItemId: number): string[] {
  const rows = db
    .prepare('SELECT number FROM decisions WHERE agenda_item_id = :agendaItemId ORDER BY id')
    .all({ agendaItemId }) as { number: string }[];
  return rows.map((r) => r.number);
}

export function decisionNumberTaken(db: ReadableDb, committeeId: number, number: string): boolean {
  return !!db.prepare('SELECT 1 FROM decisions WHERE committee_id = :committeeId AND number = :number').get({ committeeId, number });
}

/**
 * Hands out the next number of a counter. Counters only ever go up, so a number stays taken
 * after its decision is removed.
 */
export function takeCounter(db: WritableDb, committeeId: number, scope: string): number {
  const row = db
    .prepare(
      `INSERT INTO number_counters (committee_id, scope, last) VALUES (:committeeId, :scope, 1)
       ON CONFLICT (committee_id, scope) DO UPDATE SET last = last + 1
       RETURNING last`,
    )
    .get({ committeeId, scope }) as { last: number };
  return row.last;
}

export function insertDecision(db: WritableDb, d: Omit<Decision, 'id'> & { committeeId: number }): number {
  const info = db.prepare(
    `INSERT INTO decisions (committee_id, meeting_id, agenda_item_id, number, text, text_ar, implementation_status,
       created_at, updated_at)
     VALUES (:committeeId, :meetingId, :agendaItemId, :number, :text, :textAr, :implementationStatus,
       :createdAt, :updatedAt)`,
  ).run(d);
  return Number(info.lastInsertRowid);
}

/** The number is never written here: decisions are not renumbered. */
export function saveDecision(db: WritableDb, d: Decision): void {
  db.prepare(
    `UPDATE decisions SET text = :text, text_ar = :textAr, implementation_status = :implementationStatus,
       updated_at = :updatedAt
     WHERE id = :id`,
  ).run(d);
}

export function deleteDecision(db: WritableDb, id: number): void {
  db.prepare('DELETE FROM decisions WHERE id = :id').run({ id });
}

export type RegisterDecision = Pick<Decision, 'id' | 'meetingId' | 'number' | 'text' | 'implementationStatus'>;

/** The decisions of the given meetings, as the minutes list them (agenda position, then the order taken). */
export function decisionsOfMeetings(db: ReadableDb, meetingIds: readonly number[]): RegisterDecision[] {
  return db
    .prepare(
      `SELECT d.id, d.meeting_id AS meetingId, d.number, d.text, d.implementation_status AS implementationStatus
       FROM decisions d JOIN agenda_items i ON i.id = d.agenda_item_id AND i.meeting_id = d.meeting_id
       WHERE d.meeting_id IN (SELECT value FROM json_each(:meetingIds))
       ORDER BY i.position, i.id, d.id`,
    )
    .all({ meetingIds: JSON.stringify(meetingIds) }) as RegisterDecision[];
}

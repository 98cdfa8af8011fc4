import type { Decision, ImplementationStatus } from '../../shared/domain';
import type { Db } from '../vault/vault';

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

export function decisionById(db: Db, id: number): Decision | undefined {
  const row = db.prepare('SELECT * FROM decisions WHERE id = :id').get({ id }) as DecisionRow | undefined;
  return row && toDecision(row);
}

/** Several decisions in one read, in no particular order. */
export function decisionsByIds(db: Db, ids: readonly number[]): Decision[] {
  const rows = db
    .prepare('SELECT * FROM decisions WHERE id IN (SELECT value FROM json_each(:ids))')
    .all({ ids: JSON.stringify(ids) }) as DecisionRow[];
  return rows.map(toDecision);
}

/** In the order they were taken, which is the order of their numbers within an item. */
export function decisionsOfMeeting(db: Db, meetingId: number): Decision[] {
  const rows = db.prepare('SELECT * FROM decisions WHERE meeting_id = :meetingId ORDER BY id').all({ meetingId }) as DecisionRow[];
  return rows.map(toDecision);
}

export function decisionNumbersOfItem(db: Db, agendaItemId: number): string[] {
  const rows = db
    .prepare('SELECT number FROM decisions WHERE agenda_item_id = :agendaItemId ORDER BY id')
    .all({ agendaItemId }) as { number: string }[];
  return rows.map((r) => r.number);
}

export function decisionNumberTaken(db: Db, committeeId: number, number: string): boolean {
  return !!db.prepare('SELECT 1 FROM decisions WHERE committee_id = :committeeId AND number = :number').get({ committeeId, number });
}

/**
 * Hands out the next number of a counter. Counters only ever go up, so a number stays taken
 * after its decision is removed.
 */
export function takeCounter(db: Db, committeeId: number, scope: string): number {
  const row = db
    .prepare(
      `INSERT INTO number_counters (committee_id, scope, last) VALUES (:committeeId, :scope, 1)
       ON CONFLICT (committee_id, scope) DO UPDATE SET last = last + 1
       RETURNING last`,
    )
    .get({ committeeId, scope }) as { last: number };
  return row.last;
}

export function insertDecision(db: Db, d: Omit<Decision, 'id'> & { committeeId: number }): number {
  const info = db.prepare(
    `INSERT INTO decisions (committee_id, meeting_id, agenda_item_id, number, text, text_ar, implementation_status,
       created_at, updated_at)
     VALUES (:committeeId, :meetingId, :agendaItemId, :number, :text, :textAr, :implementationStatus,
       :createdAt, :updatedAt)`,
  ).run(d);
  return Number(info.lastInsertRowid);
}

/** The number is never written here: decisions are not renumbered. */
export function saveDecision(db: Db, d: Decision): void {
  db.prepare(
    `UPDATE decisions SET text = :text, text_ar = :textAr, implementation_status = :implementationStatus,
       updated_at = :updatedAt
     WHERE id = :id`,
  ).run(d);
}

export function deleteDecision(db: Db, id: number): void {
  db.prepare('DELETE FROM decisions WHERE id = :id').run({ id });
}

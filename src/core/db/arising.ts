import type { AgendaItem, ArisingDecision, MattersArising } from '../../shared/domain';
import { listActionItems } from './actions';
import { decisionsByIds } from './decisions';
import type { ReadableDb, WritableDb } from '../vault/handles';

/** Decisions with the meeting they were taken at, in the order given, read in one query. */
export function arisingDecisions(db: ReadableDb, rows: readonly { id: number; committeeId: number; meetingNumber: number }[]): ArisingDecision[] {
  const found = new Map(decisionsByIds(db, rows.map((r) => r.id)).map((d) => [d.id, d]));
  return rows.map((r) => ({ ...found.get(r.id)!, committeeId: r.committeeId, meetingNumber: r.meetingNumber }));
}

/** Decisions pending or in progress from the committee's meetings numbered below `beforeNumber`. */
export function pendingDecisions(db: ReadableDb, committeeId: number, beforeNumber: number | null): ArisingDecision[] {
  const rows = db
    .prepare(
      `SELECT d.id, d.committee_id AS committeeId, m.number AS meetingNumber
       FROM decisions d JOIN meetings m ON m.id = d.meeting_id
       WHERE d.implementation_status IN ('pending', 'in_progress') AND d.committee_id = :committeeId
         AND (:beforeNumber IS NULL OR m.number < :beforeNumber)
       ORDER BY m.number, d.id`,
    )
    .all({ committeeId, beforeNumber }) as { id: number; committeeId: number; meetingNumber: number }[];
  return arisingDecisions(db, rows);
}

export function mattersArisingItemId(db: ReadableDb, meetingId: number): number | undefined {
  const row = db
    .prepare(`SELECT id FROM agenda_items WHERE meeting_id = :meetingId AND kind = 'matters_arising' ORDER BY position LIMIT 1`)
    .get({ meetingId }) as { id: number } | undefined;
  return row?.id;
}

/** Matters arising open the agenda: the item goes first and the others move down one. */
export function insertMattersArisingItem(db: WritableDb, a: Omit<AgendaItem, 'id' | 'position' | 'isPublic'>): number {
  db.prepare('UPDATE agenda_items SET position = position + 1, updated_at = :updatedAt WHERE meeting_id = :meetingId').run({
    meetingId: a.meetingId,
    updatedAt: a.updatedAt,
  });
  const info = db
    .prepare(
      `INSERT INTO agenda_items (meeting_id, position, kind, title, title_ar, presenter_id, minutes, minutes_ar,
         public_summary, public_summary_ar, is_public, created_at, updated_at)
       VALUES (:meetingId, 1, 'matters_arising', :title, :titleAr, :presenterId, :minutes, :minutesAr,
         :publicSummary, :publicSummaryAr, 0, :createdAt, :updatedAt)`,
    )
    .run(a);
  return Number(info.lastInsertRowid);
}

export function linkArising(db: WritableDb, agendaItemId: number, actionIds: readonly number[], decisionIds: readonly number[]): void {
  const action = db.prepare('INSERT INTO matters_arising_actions (agenda_item_id, action_id) VALUES (:agendaItemId, :id)');
  const decision = db.prepare('INSERT INTO matters_arising_decisions (agenda_item_id, decision_id) VALUES (:agendaItemId, :id)');
  for (const id of actionIds) action.run({ agendaItemId, id });
  for (const id of decisionIds) decision.run({ agendaItemId, id });
}

/** How many originals each "Matters arising" item of a meeting links, counted from the link keys alone. */
export function arisingCounts(db: ReadableDb, meetingId: number): Map<number, { actions: number; decisions: number }> {
  const rows = db
    .prepare(
      `SELECT i.id,
         (SELECT count(*) FROM matters_arising_actions l WHERE l.agenda_item_id = i.id) AS actions,
         (SELECT count(*) FROM matters_arising_decisions l WHERE l.agenda_item_id = i.id) AS decisions
       FROM agenda_items i WHERE i.meeting_id = :meetingId AND i.kind = 'matters_arising'`,
    )
    .all({ meetingId }) as { id: number; actions: number; decisions: number }[];
  return new Map(rows.map((r) => [r.id, { actions: r.actions, decisions: r.decisions }]));
}

export function isMattersArisingItem(db: ReadableDb, agendaItemId: number): boolean {
  return db.prepare(`SELECT kind FROM agenda_items WHERE id = :agendaItemId`).pluck().get({ agendaItemId }) === 'matters_arising';
}

/**
 * The linked originals of a "Matters arising" item as they stand today, oldest meeting first.
 * A committee with a backlog links a hundred or more of each, so each kind is read in one
 * query: one read per link made loading such an item twenty times slower.
 */
export function arisingOfItem(db: ReadableDb, agendaItemId: number, today: string): MattersArising {
  const actionIds = db
    .prepare(
      `SELECT l.action_id FROM matters_arising_actions l
       JOIN action_items a ON a.id = l.action_id
       JOIN meetings m ON m.id = a.meeting_id
       WHERE l.agenda_item_id = :agendaItemId
       ORDER BY m.number, a.id`,
    )
    .pluck()
    .all({ agendaItemId }) as number[];
  const listed = new Map(listActionItems(db, { ids: actionIds }, today).map((a) => [a.id, a]));
  const decisions = db
    .prepare(
      `SELECT d.id, d.committee_id AS committeeId, m.number AS meetingNumber
       FROM matters_arising_decisions l
       JOIN decisions d ON d.id = l.decision_id
       JOIN meetings m ON m.id = d.meeting_id
       WHERE l.agenda_item_id = :agendaItemId
       ORDER BY m.number, d.id`,
    )
    .all({ agendaItemId }) as { id: number; committeeId: number; meetingNumber: number }[];
  return { actions: actionIds.map((id) => listed.get(id)!), decisions: arisingDecisions(db, decisions) };
}

import type { AgendaItem, ArisingDecision, MattersArising } from '../../shared/domain';
import { listActionItems } from './actions';
import { decisionById, decisionsByIds } from './decisions';
import type { Db } from '../vault/vault';

/**
 * Decisions with the meeting they were taken at, in the order given. Read one by one: these
 * lists are short (a page of a dashboard, one agenda item), and decisionById stays the one reader.
 */
export function arisingDecisions(db: Db, rows: readonly { id: number; committeeId: number; meetingNumber: number }[]): ArisingDecision[] {
  return rows.map((r) => ({ ...decisionById(db, r.id)!, committeeId: r.committeeId, meetingNumber: r.meetingNumber }));
}

/** Decisions pending or in progress from the committee's meetings numbered below `beforeNumber`. */
export function pendingDecisions(db: Db, committeeId: number, beforeNumber: number | null): ArisingDecision[] {
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

export function mattersArisingItemId(db: Db, meetingId: number): number | undefined {
  const row = db
    .prepare(`SELECT id FROM agenda_items WHERE meeting_id = :meetingId AND kind = 'matters_arising' ORDER BY position LIMIT 1`)
    .get({ meetingId }) as { id: number } | undefined;
  return row?.id;
}

/** Matters arising open the agenda: the item goes first and the others move down one. */
export function insertMattersArisingItem(db: Db, a: Omit<AgendaItem, 'id' | 'position' | 'isPublic'>): number {
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

export function linkArising(db: Db, agendaItemId: number, actionIds: readonly number[], decisionIds: readonly number[]): void {
  const action = db.prepare('INSERT INTO matters_arising_actions (agenda_item_id, action_id) VALUES (:agendaItemId, :id)');
  const decision = db.prepare('INSERT INTO matters_arising_decisions (agenda_item_id, decision_id) VALUES (:agendaItemId, :id)');
  for (const id of actionIds) action.run({ agendaItemId, id });
  for (const id of decisionIds) decision.run({ agendaItemId, id });
}

/**
 * The linked originals of each matters-arising item of a meeting, as they stand today. A
 * committee with a backlog links a hundred or more of each, so they are read in one query
 * each: one read per link made loading such a meeting twenty times slower.
 */
export function arisingOfMeeting(db: Db, meetingId: number, today: string): Map<number, MattersArising> {
  const out = new Map<number, MattersArising>();
  const items = db
    .prepare(`SELECT id FROM agenda_items WHERE meeting_id = :meetingId AND kind = 'matters_arising'`)
    .all({ meetingId }) as { id: number }[];
  for (const { id } of items) out.set(id, { actions: [], decisions: [] });
  if (out.size === 0) return out;
  const actions = db
    .prepare(
      `SELECT l.agenda_item_id AS itemId, l.action_id AS id
       FROM matters_arising_actions l
       JOIN agenda_items i ON i.id = l.agenda_item_id
       JOIN action_items a ON a.id = l.action_id
       JOIN meetings m ON m.id = a.meeting_id
       WHERE i.meeting_id = :meetingId
       ORDER BY m.number, a.id`,
    )
    .all({ meetingId }) as { itemId: number; id: number }[];
  const listed = new Map(listActionItems(db, { ids: actions.map((a) => a.id) }, today).map((a) => [a.id, a]));
  for (const { itemId, id } of actions) out.get(itemId)!.actions.push(listed.get(id)!);
  const decisions = db
    .prepare(
      `SELECT l.agenda_item_id AS itemId, d.id, d.committee_id AS committeeId, m.number AS meetingNumber
       FROM matters_arising_decisions l
       JOIN agenda_items i ON i.id = l.agenda_item_id
       JOIN decisions d ON d.id = l.decision_id
       JOIN meetings m ON m.id = d.meeting_id
       WHERE i.meeting_id = :meetingId
       ORDER BY m.number, d.id`,
    )
    .all({ meetingId }) as { itemId: number; id: number; committeeId: number; meetingNumber: number }[];
  const found = new Map(decisionsByIds(db, decisions.map((d) => d.id)).map((d) => [d.id, d]));
  for (const { itemId, id, committeeId, meetingNumber } of decisions) out.get(itemId)!.decisions.push({ ...found.get(id)!, committeeId, meetingNumber });
  return out;
}

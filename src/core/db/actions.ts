import type { ActionFilter } from '../../shared/api/actions';
import type { ActionItem, ActionStatus, ProgressNote } from '../../shared/domain';
import type { ReadableDb, WritableDb } from '../vault/handles';

/** An action item as stored; ActionItem adds what is derived from other tables and from today. */
export interface StoredAction {
  id: number;
  committeeId: number;
  meetingId: number;
  agendaItemId: number | null;
  decisionId: number | null;
  description: string;
  descriptionAr: string | null;
  ownerPersonId: number | null;
  ownerBody: string | null;
  dueDate: string | null;
  status: ActionStatus;
  completedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

interface ActionRow {
  id: number;
  committee_id: number;
  meeting_id: number;
  agenda_item_id: number | null;
  decision_id: number | null;
  description: string;
  description_ar: string | null;
  owner_person_id: number | null;
  owner_body: string | null;
  due_date: string | null;
  status: string;
  completed_at: string | null;
  created_at: string;
  updated_at: string;
}

interface ListedActionRow extends ActionRow {
  meeting_number: number;
  owner_name: string;
  note_id: number | null;
  note_date: string;
  note_text: string;
  note_author: string;
  note_created_at: string;
}

interface NoteRow {
  id: number;
  action_id: number;
  noted_on: string;
  text: string;
  author: string;
  created_at: string;
}

const ACTIVE = `('open', 'in_progress')`;

function toStored(r: ActionRow): StoredAction {
  return {
    id: r.id,
    committeeId: r.committee_id,
    meetingId: r.meeting_id,
    agendaItemId: r.agenda_item_id,
    decisionId: r.decision_id,
    description: r.description,
    descriptionAr: r.description_ar,
    ownerPersonId: r.owner_person_id,
    ownerBody: r.owner_body,
    dueDate: r.due_date,
    status: r.status as ActionStatus,
    completedAt: r.completed_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Written out field by field: rest and spread here cost three times the query on a tracker of thousands. */
function toActionItem(r: ListedActionRow, today: string): ActionItem {
  return {
    id: r.id,
    committeeId: r.committee_id,
    meetingId: r.meeting_id,
    agendaItemId: r.agenda_item_id,
    decisionId: r.decision_id,
    description: r.description,
    descriptionAr: r.description_ar,
    ownerPersonId: r.owner_person_id,
    ownerBody: r.owner_body,
    dueDate: r.due_date,
    status: r.status as ActionStatus,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    meetingNumber: r.meeting_number,
    ownerName: r.owner_name,
    overdue: (r.status === 'open' || r.status === 'in_progress') && r.due_date !== null && r.due_date < today,
    latestNote:
      r.note_id === null
        ? null
        : { id: r.note_id, actionId: r.id, date: r.note_date, text: r.note_text, author: r.note_author, createdAt: r.note_created_at },
  };
}

function toNote(r: NoteRow): ProgressNote {
  return { id: r.id, actionId: r.action_id, date: r.noted_on, text: r.text, author: r.author, createdAt: r.created_at };
}

/**
 * `sort: 'taken'` is the order the actions were agreed in, as the minutes list them. `ids`
 * reads a known set (linked matters arising, a dashboard page) in one query rather than one each.
 * `offset` skips that many rows of the order: a page of the tracker.
 */
export type ActionQuery = Omit<ActionFilter, 'sort'> & {
  id?: number;
  ids?: readonly number[];
  sort?: ActionFilter['sort'] | 'taken';
  offset?: number;
};

const DUE = 'a.due_date IS NULL, a.due_date, a.id';
const ORDER: Record<NonNullable<ActionQuery['sort']>, string> = {
  due: DUE,
  owner: `COALESCE(p.name, a.owner_body) COLLATE NOCASE, ${DUE}`,
  meeting: `julianday(m.starts_at), m.id, ${DUE}`,
  status: `CASE a.status WHEN 'open' THEN 0 WHEN 'in_progress' THEN 1 WHEN 'done' THEN 2 ELSE 3 END, ${DUE}`,
  taken: 'a.id',
};

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

type Params = Record<string, string | number>;

/**
 * Every filter as a plain column condition on action_items, so that SQLite can answer it from
 * one of the table's indexes (status+due, owner, committee, meeting) rather than reading every
 * action. Only the owner text needs another table (people, for the name).
 */
function actionConditions(q: ActionQuery, today: string): { where: string[]; params: Params; byOwnerText: boolean } {
  const where: string[] = [];
  const params: Params = {};
  if (q.id !== undefined) {
    where.push('a.id = :id');
    params.id = q.id;
  }
  if (q.ids !== undefined) {
    where.push('a.id IN (SELECT value FROM json_each(:ids))');
    params.ids = JSON.stringify(q.ids);
  }
  // "overdue" as a status is "active" with the overdue flag; the flag narrows whichever status is given.
  const overdue = q.overdue === true || q.status === 'overdue';
  if (overdue) {
    where.push(`a.status IN ${ACTIVE} AND a.due_date < :today`);
    params.today = today;
  } else if (q.status === 'active') where.push(`a.status IN ${ACTIVE}`);
  if (q.status !== undefined && q.status !== 'active' && q.status !== 'overdue') {
    where.push('a.status = :status');
    params.status = q.status;
  }
  if (q.ownerPersonId !== undefined) {
    where.push('a.owner_person_id = :ownerPersonId');
    params.ownerPersonId = q.ownerPersonId;
  }
  const owner = q.owner?.trim();
  if (owner) {
    where.push(`(p.name LIKE :owner ESCAPE '\\' OR a.owner_body LIKE :owner ESCAPE '\\')`);
    params.owner = `%${owner.replace(/[\\%_]/g, '\\$&')}%`;
  }
  if (q.committeeId !== undefined) {
    where.push('a.committee_id = :committeeId');
    params.committeeId = q.committeeId;
  }
  if (q.meetingId !== undefined) {
    where.push('a.meeting_id = :meetingId');
    params.meetingId = q.meetingId;
  }
  if (q.dueWithinDays !== undefined) {
    where.push(`a.status IN ${ACTIVE} AND a.due_date BETWEEN :today AND :dueUntil`);
    params.today = today;
    params.dueUntil = addDays(today, q.dueWithinDays);
  }
  return { where, params, byOwnerText: !!owner };
}

/**
 * The tracker query.
 *
 * The page of ids is chosen first, joining only what the filter and the order need (often the
 * index alone covers it); rows, names and latest notes are then read for that page only. Read
 * in one step, a page of 200 cost as much as the whole list: every candidate row and its latest
 * note were read before the sort could drop them.
 */
export function actionListQuery(q: ActionQuery, today: string): { sql: string; params: Params } {
  const { where, params, byOwnerText } = actionConditions(q, today);
  params.limit = q.limit ?? -1;
  params.offset = q.offset ?? 0;
  const sort = q.sort ?? 'due';
  const sql = `
    WITH page AS (
      SELECT a.id FROM action_items a
      ${sort === 'meeting' ? 'JOIN meetings m ON m.id = a.meeting_id' : ''}
      ${sort === 'owner' || byOwnerText ? 'LEFT JOIN people p ON p.id = a.owner_person_id' : ''}
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY ${ORDER[sort]}
      LIMIT :limit OFFSET :offset
    )
    SELECT a.*, m.number AS meeting_number, COALESCE(p.name, a.owner_body) AS owner_name,
      n.id AS note_id, n.noted_on AS note_date, n.text AS note_text, n.author AS note_author,
      n.created_at AS note_created_at
    FROM page
    -- CROSS JOIN keeps the page as the outer loop: given the choice, SQLite would walk every
    -- action in the due-order index to meet the ORDER BY below.
    CROSS JOIN action_items a ON a.id = page.id
    JOIN meetings m ON m.id = a.meeting_id
    LEFT JOIN people p ON p.id = a.owner_person_id
    LEFT JOIN action_notes n ON n.id =
      (SELECT x.id FROM action_notes x WHERE x.action_id = a.id ORDER BY x.noted_on DESC, x.id DESC LIMIT 1)
    ORDER BY ${ORDER[sort]}`;
  return { sql, params };
}

/** How many actions the same filter matches: counted from an index wherever the filter allows one. */
export function actionCountQuery(q: ActionQuery, today: string): { sql: string; params: Params } {
  const { where, params, byOwnerText } = actionConditions(q, today);
  const sql = `
    SELECT count(*) AS total FROM action_items a
    ${byOwnerText ? 'LEFT JOIN people p ON p.id = a.owner_person_id' : ''}
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
  return { sql, params };
}

export function listActionItems(db: ReadableDb, q: ActionQuery, today: string): ActionItem[] {
  const { sql, params } = actionListQuery(q, today);
  return (db.prepare(sql).all(params) as ListedActionRow[]).map((r) => toActionItem(r, today));
}

export function countActionItems(db: ReadableDb, q: ActionQuery, today: string): number {
  const { sql, params } = actionCountQuery(q, today);
  return (db.prepare(sql).get(params) as { total: number }).total;
}

export function storedActionById(db: ReadableDb, id: number): StoredAction | undefined {
  const row = db.prepare('SELECT * FROM action_items WHERE id = :id').get({ id }) as ActionRow | undefined;
  return row && toStored(row);
}

export function insertAction(db: WritableDb, a: Omit<StoredAction, 'id'>): number {
  const info = db.prepare(
    `INSERT INTO action_items (committee_id, meeting_id, agenda_item_id, decision_id, description, description_ar,
       owner_person_id, owner_body, due_date, status, completed_at, created_at, updated_at)
     VALUES (:committeeId, :meetingId, :agendaItemId, :decisionId, :description, :descriptionAr,
       :ownerPersonId, :ownerBody, :dueDate, :status, :completedAt, :createdAt, :updatedAt)`,
  ).run(a);
  return Number(info.lastInsertRowid);
}

export function saveAction(db: WritableDb, a: StoredAction): void {
  db.prepare(
    `UPDATE action_items SET decision_id = :decisionId, description = :description, description_ar = :descriptionAr,
       owner_person_id = :ownerPersonId, owner_body = :ownerBody, due_date = :dueDate, status = :status,
       completed_at = :completedAt, updated_at = :updatedAt
     WHERE id = :id`,
  ).run(a);
}

export function deleteAction(db: WritableDb, id: number): void {
  db.prepare('DELETE FROM action_items WHERE id = :id').run({ id });
}

/** Oldest first: the notes read as the story of the action. */
export function notesOf(db: ReadableDb, actionId: number): ProgressNote[] {
  const rows = db
    .prepare('SELECT * FROM action_notes WHERE action_id = :actionId ORDER BY noted_on, id')
    .all({ actionId }) as NoteRow[];
  return rows.map(toNote);
}

export function insertNote(db: WritableDb, n: Omit<ProgressNote, 'id'>): ProgressNote {
  const info = db
    .prepare(
      `INSERT INTO action_notes (action_id, noted_on, text, author, created_at)
       VALUES (:actionId, :date, :text, :author, :createdAt)`,
    )
    .run(n);
  return { id: Number(info.lastInsertRowid), ...n };
}

export function actionCountOfItem(db: ReadableDb, agendaItemId: number): number {
  return db.prepare('SELECT count(*) FROM action_items WHERE agenda_item_id = :agendaItemId').pluck().get({ agendaItemId }) as number;
}

/**
 * Actions that minutes report under matters arising: everything from the meeting before, and
 * whatever is still open from any earlier one. The ids are chosen first, each half from its own
 * index, so that only the rows kept are read: a committee has thousands of actions, the minutes
 * a few dozen.
 */
export function earlierActionIds(db: ReadableDb, committeeId: number, meetingNumber: number): number[] {
  return db
    .prepare(
      `SELECT a.id FROM action_items a
       WHERE a.meeting_id = (SELECT id FROM meetings WHERE committee_id = :committeeId AND number < :number ORDER BY number DESC LIMIT 1)
       UNION
       SELECT a.id FROM action_items a JOIN meetings m ON m.id = a.meeting_id
       WHERE a.committee_id = :committeeId AND a.status IN ('open', 'in_progress') AND m.number < :number`,
    )
    .pluck()
    .all({ committeeId, number: meetingNumber }) as number[];
}

/** The actions linked to a decision of the given meetings, as the minutes list them (agenda position, then the order taken). */
export function decisionActionLinks(db: ReadableDb, meetingIds: readonly number[]): { id: number; decisionId: number }[] {
  return db
    .prepare(
      `SELECT a.id, a.decision_id AS decisionId
       FROM action_items a
       JOIN agenda_items i ON i.id = a.agenda_item_id AND i.meeting_id = a.meeting_id
       JOIN decisions d ON d.id = a.decision_id AND d.meeting_id = a.meeting_id
       WHERE a.meeting_id IN (SELECT value FROM json_each(:meetingIds))
       ORDER BY i.position, i.id, a.id`,
    )
    .all({ meetingIds: JSON.stringify(meetingIds) }) as { id: number; decisionId: number }[];
}

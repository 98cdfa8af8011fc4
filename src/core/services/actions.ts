import type { ParsedInputOf } from '../../shared/api';
import type { ActionFilter, ActionPage, ActionPageInput } from '../../shared/api/actions';
import type { ActionItem, ActionStatus, Meeting, ProgressNote } from '../../shared/domain';
import {
  countActionItems,
  deleteAction,
  earlierActionIds,
  insertAction,
  insertNote,
  listActionItems,
  notesOf,
  saveAction,
  storedActionById,
  type StoredAction,
} from '../db/actions';
import { appendAudit } from '../db/audit';
import { AppError, notFound } from '../errors';
import { nowIso, readTogether, today, write, type Session } from '../session';
import { getAgendaItem } from './agenda';
import { applyPatch, changed, created } from '../domain/changes';
import { getCommittee } from './committees';
import { getDecision } from './decisions';
import { assertEditable, getMeeting } from './meetings';
import { getPerson } from './people';

/**
 * The tracker: action items across meetings, with `overdue` worked out against today.
 * An unknown committee, meeting or person in the filter is NOT_FOUND rather than an empty list
 * (here and in `pageActions`), so a stale link does not pass for "nothing to do".
 */
export function listActions(s: Session, filter: ActionFilter = {}): ActionItem[] {
  assertFilterNames(s, filter);
  return listActionItems(s.db, filter, today(s));
}

/**
 * One page of the tracker and how many match in all, read in one transaction so that a write
 * between the two cannot make the count disagree with the page.
 */
export function pageActions(s: Session, input: ActionPageInput): ActionPage {
  return readTogether(s, (): ActionPage => {
    assertFilterNames(s, input);
    const asOf = today(s);
    return { items: listActionItems(s.db, input, asOf), total: countActionItems(s.db, input, asOf) };
  });
}

function assertFilterNames(s: Session, filter: Pick<ActionFilter, 'committeeId' | 'meetingId' | 'ownerPersonId'>): void {
  if (filter.committeeId !== undefined) getCommittee(s, filter.committeeId);
  if (filter.meetingId !== undefined) getMeeting(s, filter.meetingId);
  if (filter.ownerPersonId !== undefined) getPerson(s, filter.ownerPersonId);
}

function storedAction(s: Session, id: number): StoredAction {
  const action = storedActionById(s.db, id);
  if (!action) throw notFound('action item', id);
  return action;
}

export function getAction(s: Session, id: number): ActionItem & { notes: ProgressNote[] } {
  const [action] = listActionItems(s.db, { id }, today(s));
  if (!action) throw notFound('action item', id);
  return { ...action, notes: notesOf(s.db, id) };
}

function assertDecisionOfMeeting(s: Session, decisionId: number, meetingId: number): void {
  const decision = getDecision(s, decisionId);
  if (decision.meetingId !== meetingId) {
    const message = `Decision ${decision.number} was taken in another meeting; link the action to a decision of its own meeting.`;
    throw new AppError('VALIDATION', message, [{ path: 'decisionId', message }]);
  }
}

/** When an item was done; cleared if it is reopened, kept if it was already done. */
function completedAt(before: StoredAction, status: ActionStatus, now: string): string | null {
  if (status !== 'done') return null;
  return before.status === 'done' ? before.completedAt : now;
}

/** Taken at a meeting, under one of its agenda items; the meeting and committee follow from the item. */
export function addAction(s: Session, input: ParsedInputOf<'actions.add'>): ActionItem {
  return write(s, (tx) => {
    const item = getAgendaItem(tx, input.agendaItemId);
    const meeting = assertEditable(tx, item.meetingId);
    if (input.ownerPersonId != null) getPerson(tx, input.ownerPersonId);
    if (input.decisionId != null) assertDecisionOfMeeting(tx, input.decisionId, meeting.id);
    const now = nowIso(tx);
    const record: Omit<StoredAction, 'id'> = {
      committeeId: meeting.committeeId,
      meetingId: meeting.id,
      agendaItemId: item.id,
      decisionId: input.decisionId ?? null,
      description: input.description,
      descriptionAr: input.descriptionAr ?? null,
      ownerPersonId: input.ownerPersonId ?? null,
      ownerBody: input.ownerBody ?? null,
      dueDate: input.dueDate ?? null,
      status: 'open',
      completedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    const id = insertAction(tx.db, record);
    appendAudit(tx, 'action_item.create', 'action_item', id, created(record, ['committeeId']));
    return getAction(tx, id);
  });
}

/**
 * What the minutes say (description, linked decision) locks with approved minutes; the
 * follow-up (status, owner, due date) goes on changing after approval.
 */
export function updateAction(s: Session, input: ParsedInputOf<'actions.update'>): ActionItem {
  return write(s, (tx) => {
    const { id, ...patch } = input;
    const current = storedAction(tx, id);
    const { next: patched, changes } = applyPatch(current, patch);
    if (!changed(changes)) return getAction(tx, id);
    if (changes.description || changes.descriptionAr || changes.decisionId) assertEditable(tx, current.meetingId);
    if (changes.ownerPersonId && patched.ownerPersonId !== null) getPerson(tx, patched.ownerPersonId);
    if (changes.decisionId && patched.decisionId !== null) assertDecisionOfMeeting(tx, patched.decisionId, current.meetingId);
    if (patched.ownerPersonId === null && !patched.ownerBody) {
      const message = 'Give an owner: a person or a named body.';
      throw new AppError('VALIDATION', message, [{ path: 'ownerPersonId', message }]);
    }
    const now = nowIso(tx);
    saveAction(tx.db, { ...patched, completedAt: completedAt(current, patched.status, now), updatedAt: now });
    appendAudit(tx, 'action_item.update', 'action_item', id, changes);
    return getAction(tx, id);
  });
}

/** Only while the minutes are open: an approved meeting's action table is part of the record. */
export function removeAction(s: Session, id: number): null {
  return write(s, (tx) => {
    const action = storedAction(tx, id);
    assertEditable(tx, action.meetingId);
    deleteAction(tx.db, id);
    appendAudit(tx, 'action_item.remove', 'action_item', id, created(action, ['committeeId']));
    return null;
  });
}

/** A dated progress note (today unless given), and optionally a new status, in one step. */
export function addActionNote(s: Session, input: ParsedInputOf<'actions.addNote'>): ProgressNote {
  return write(s, (tx) => {
    const action = storedAction(tx, input.actionId);
    const now = nowIso(tx);
    const note = insertNote(tx.db, { actionId: action.id, date: input.date ?? today(tx), text: input.text, author: tx.actor, createdAt: now });
    const detail: Record<string, unknown> = { noteId: note.id, date: note.date, text: note.text };
    if (input.status !== undefined && input.status !== action.status) {
      saveAction(tx.db, { ...action, status: input.status, completedAt: completedAt(action, input.status, now), updatedAt: now });
      detail.status = { before: action.status, after: input.status };
    }
    appendAudit(tx, 'action_item.note', 'action_item', action.id, detail);
    return note;
  });
}

/** Actions the minutes report under matters arising (see earlierActionIds). */
export function earlierActionsFor(s: Session, meeting: Pick<Meeting, 'committeeId' | 'number'>): ActionItem[] {
  return listActionItems(s.db, { ids: earlierActionIds(s.db, meeting.committeeId, meeting.number), sort: 'meeting' }, today(s));
}

import type { ParsedInputOf } from '../../shared/api';
import type { AgendaItem } from '../../shared/domain';
import { agendaItemById, agendaOf, appendAgendaItem, closeUpAgenda, deleteAgendaItem, saveAgendaItem, setAgendaPosition } from '../db/agenda';
import { actionCountOfItem } from '../db/actions';
import { appendAudit } from '../db/audit';
import { decisionNumbersOfItem } from '../db/decisions';
import { AppError, notFound } from '../errors';
import { nowIso, write, type Session } from '../session';
import { applyPatch, changed, created } from '../domain/changes';
import { assertEditable } from './meetings';
import { getPerson } from './people';

export function getAgendaItem(s: Session, id: number): AgendaItem {
  const item = agendaItemById(s.db, id);
  if (!item) throw notFound('agenda item', id);
  return item;
}

export function addAgendaItem(s: Session, input: ParsedInputOf<'agenda.add'>): AgendaItem {
  return write(s, (tx) => {
    assertEditable(tx, input.meetingId);
    if (input.presenterId != null) getPerson(tx, input.presenterId);
    const now = nowIso(tx);
    const record = {
      meetingId: input.meetingId,
      title: input.title,
      titleAr: input.titleAr ?? null,
      presenterId: input.presenterId ?? null,
      minutes: input.minutes ?? null,
      minutesAr: input.minutesAr ?? null,
      publicSummary: input.publicSummary ?? null,
      publicSummaryAr: input.publicSummaryAr ?? null,
      isPublic: input.isPublic ?? false,
      createdAt: now,
      updatedAt: now,
    };
    const id = appendAgendaItem(tx.db, record);
    const item = getAgendaItem(tx, id);
    appendAudit(tx, 'agenda_item.create', 'agenda_item', id, created(item));
    return item;
  });
}

export function updateAgendaItem(s: Session, input: ParsedInputOf<'agenda.update'>): AgendaItem {
  return write(s, (tx) => {
    const { id, ...patch } = input;
    const current = getAgendaItem(tx, id);
    assertEditable(tx, current.meetingId);
    const { next, changes } = applyPatch(current, patch);
    if (!changed(changes)) return next;
    if (changes.presenterId && next.presenterId !== null) getPerson(tx, next.presenterId);
    saveAgendaItem(tx.db, { ...next, updatedAt: nowIso(tx) });
    appendAudit(tx, 'agenda_item.update', 'agenda_item', id, changes);
    return getAgendaItem(tx, id);
  });
}

/** Moves an item to a 1-based position; the others close up around it. Returns the new order. */
export function moveAgendaItem(s: Session, input: ParsedInputOf<'agenda.move'>): AgendaItem[] {
  return write(s, (tx) => {
    const item = getAgendaItem(tx, input.id);
    assertEditable(tx, item.meetingId);
    const order = agendaOf(tx.db, item.meetingId);
    if (input.position > order.length) {
      const message = `The agenda has ${order.length} item${order.length === 1 ? '' : 's'}; choose a position from 1 to ${order.length}.`;
      throw new AppError('VALIDATION', message, [{ path: 'position', message }]);
    }
    if (input.position === item.position) return order;
    const moved = order.filter((i) => i.id !== item.id);
    moved.splice(input.position - 1, 0, item);
    const now = nowIso(tx);
    moved.forEach((i, index) => {
      if (i.position !== index + 1) setAgendaPosition(tx.db, i.id, index + 1, now);
    });
    appendAudit(tx, 'agenda_item.move', 'agenda_item', item.id, { position: { before: item.position, after: input.position } });
    return agendaOf(tx.db, item.meetingId);
  });
}

/**
 * Refused while the item has decisions: removing them is a separate, recorded step, so that
 * no decision number disappears unnoticed with its item.
 */
export function removeAgendaItem(s: Session, id: number): null {
  return write(s, (tx) => {
    const item = getAgendaItem(tx, id);
    assertEditable(tx, item.meetingId);
    const numbers = decisionNumbersOfItem(tx.db, id);
    if (numbers.length > 0)
      throw new AppError(
        'CONFLICT',
        `Agenda item ${item.position} ("${item.title}") has ${numbers.length === 1 ? 'decision' : 'decisions'} ${numbers.join(', ')}: remove ${numbers.length === 1 ? 'it' : 'them'} first.`,
      );
    // Actions would survive in the tracker but vanish from the minutes: the secretary decides.
    const actions = actionCountOfItem(tx.db, id);
    if (actions > 0)
      throw new AppError(
        'CONFLICT',
        `Agenda item ${item.position} ("${item.title}") has ${actions === 1 ? 'an action item' : `${actions} action items`}: remove or move ${actions === 1 ? 'it' : 'them'} first.`,
      );
    deleteAgendaItem(tx.db, id);
    closeUpAgenda(tx.db, item.meetingId, item.position);
    appendAudit(tx, 'agenda_item.remove', 'agenda_item', id, created(item));
    return null;
  });
}

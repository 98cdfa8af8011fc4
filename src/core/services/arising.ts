import type { ParsedInputOf } from '../../shared/api';
import type { AgendaItemRecord, MattersArising } from '../../shared/domain';
import { listActionItems } from '../db/actions';
import { appendAudit } from '../db/audit';
import { arisingOfItem, insertMattersArisingItem, isMattersArisingItem, linkArising, mattersArisingItemId, pendingDecisions } from '../db/arising';
import { AppError } from '../errors';
import { nowIso, readTogether, today, write, type Session } from '../session';
import { getAgendaItem } from './agenda';
import { created } from '../domain/changes';
import { getCommittee } from './committees';
import { assertEditable, getMeeting, getMeetingRecord } from './meetings';

export const MATTERS_ARISING_TITLE = 'Matters arising from previous meetings';
export const MATTERS_ARISING_TITLE_AR = 'المسائل الناشئة عن الاجتماعات السابقة';

/** What is still open from the committee's meetings numbered below `beforeNumber` (all of them when null). */
function pending(s: Session, committeeId: number, beforeNumber: number | null): MattersArising {
  const actions = listActionItems(s.db, { committeeId, status: 'active', sort: 'meeting' }, today(s)).filter(
    (a) => beforeNumber === null || a.meetingNumber < beforeNumber,
  );
  return { actions, decisions: pendingDecisions(s.db, committeeId, beforeNumber) };
}

export function mattersArising(s: Session, input: ParsedInputOf<'arising.pending'>): MattersArising {
  if (input.meetingId !== undefined) {
    const meeting = getMeeting(s, input.meetingId);
    return pending(s, meeting.committeeId, meeting.number);
  }
  return pending(s, getCommittee(s, input.committeeId!).id, null);
}

/** Read in one transaction so that the actions and the decisions are of the same moment. */
export function arisingOf(s: Session, agendaItemId: number): MattersArising {
  return readTogether(s, () => {
    getAgendaItem(s, agendaItemId);
    if (!isMattersArisingItem(s.db, agendaItemId))
      throw new AppError('CONFLICT', 'This agenda item is not "Matters arising": it follows up no earlier actions or decisions.');
    return arisingOfItem(s.db, agendaItemId, today(s));
  });
}

function itemRecord(s: Session, meetingId: number, itemId: number): AgendaItemRecord {
  return getMeetingRecord(s, meetingId).agenda.find((i) => i.id === itemId)!;
}

/**
 * Links rather than copies: the item shows the original actions and decisions, so a note or
 * status recorded while discussing it lands on the original. Run again, it links only what
 * has come up since (an action added to the previous minutes afterwards, say).
 */
export function addMattersArising(s: Session, meetingId: number): AgendaItemRecord {
  return write(s, (tx) => {
    const meeting = assertEditable(tx, meetingId);
    const open = pending(tx, meeting.committeeId, meeting.number);
    let itemId = mattersArisingItemId(tx.db, meeting.id);
    const linked = itemId === undefined ? undefined : arisingOfItem(tx.db, itemId, today(tx));
    const linkedActions = new Set(linked?.actions.map((a) => a.id));
    const linkedDecisions = new Set(linked?.decisions.map((d) => d.id));
    const actions = open.actions.filter((a) => !linkedActions.has(a.id));
    const decisions = open.decisions.filter((d) => !linkedDecisions.has(d.id));
    if (itemId === undefined) {
      if (actions.length === 0 && decisions.length === 0)
        throw new AppError(
          'CONFLICT',
          `Nothing is open from earlier meetings of ${getCommittee(tx, meeting.committeeId).name}: there are no matters arising to add.`,
        );
      const now = nowIso(tx);
      itemId = insertMattersArisingItem(tx.db, {
        meetingId: meeting.id,
        title: MATTERS_ARISING_TITLE,
        titleAr: MATTERS_ARISING_TITLE_AR,
        presenterId: null,
        minutes: null,
        minutesAr: null,
        publicSummary: null,
        publicSummaryAr: null,
        createdAt: now,
        updatedAt: now,
      });
      appendAudit(tx, 'agenda_item.create', 'agenda_item', itemId, { ...created(getAgendaItem(tx, itemId)), kind: 'matters_arising' });
    } else if (actions.length === 0 && decisions.length === 0) return itemRecord(tx, meeting.id, itemId);
    linkArising(
      tx.db,
      itemId,
      actions.map((a) => a.id),
      decisions.map((d) => d.id),
    );
    appendAudit(tx, 'agenda_item.link', 'agenda_item', itemId, {
      actions: actions.map((a) => a.id),
      decisions: decisions.map((d) => d.number),
    });
    return itemRecord(tx, meeting.id, itemId);
  });
}

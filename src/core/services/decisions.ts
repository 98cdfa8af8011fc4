import type { ParsedInputOf } from '../../shared/api';
import type { Committee, Decision, Meeting } from '../../shared/domain';
import { appendAudit } from '../db/audit';
import { decisionById, decisionNumberTaken, deleteDecision, insertDecision, saveDecision, takeCounter } from '../db/decisions';
import { AppError, notFound } from '../errors';
import { nowIso, write, type Session, type WriteSession } from '../session';
import { getAgendaItem } from './agenda';
import { applyPatch, changed, created } from '../domain/changes';
import { getCommittee } from './committees';
import { assertEditable } from './meetings';

export function getDecision(s: Session, id: number): Decision {
  const decision = decisionById(s.db, id);
  if (!decision) throw notFound('decision', id);
  return decision;
}

/**
 * Takes the next value of every counter, whichever the pattern uses today, so that a later
 * change of pattern continues from the right place. Counters never go down: a removed
 * decision's number is not handed out again.
 */
function takeCounters(s: WriteSession, committee: Committee, meeting: Meeting): Record<string, string> {
  const year = meeting.startsAt.slice(0, 4);
  const values: Record<string, string> = {
    year,
    meeting: String(meeting.number),
    seq: String(takeCounter(s.db, committee.id, `meeting:${meeting.id}`)),
    yearSeq: String(takeCounter(s.db, committee.id, `year:${year}`)),
    n: String(takeCounter(s.db, committee.id, 'all')),
  };
  if (committee.shortName !== null) values.short = committee.shortName;
  return values;
}

function formatNumber(committee: Committee, values: Record<string, string>): string {
  return committee.decisionNumberPattern.replace(/\{(year|meeting|short|seq|yearSeq|n)\}/g, (token, name: string) => {
    const value = values[name];
    if (value === undefined)
      throw new AppError(
        'CONFLICT',
        `The decision-number pattern of ${committee.name} uses ${token}, but the committee has no short name: give it one first.`,
      );
    return value;
  });
}

/**
 * Numbers the decision from the committee's pattern at the moment it is taken. `number` is for
 * imports that carry the number already given; the counters still advance so that the next
 * decision follows it.
 */
export function addDecision(s: Session, input: ParsedInputOf<'decisions.add'>, options: { number?: string } = {}): Decision {
  return write(s, (tx) => {
    const item = getAgendaItem(tx, input.agendaItemId);
    const meeting = assertEditable(tx, item.meetingId);
    const committee = getCommittee(tx, meeting.committeeId);
    const counters = takeCounters(tx, committee, meeting);
    const number = options.number ?? formatNumber(committee, counters);
    if (decisionNumberTaken(tx.db, committee.id, number))
      throw new AppError(
        'CONFLICT',
        `Decision number ${number} is already taken in ${committee.name}. The pattern ${committee.decisionNumberPattern} does not tell this meeting's decisions from another's: include {meeting} with {seq}, {year} with {yearSeq}, or use {n}.`,
      );
    const now = nowIso(tx);
    const record = {
      committeeId: committee.id,
      meetingId: meeting.id,
      agendaItemId: item.id,
      number,
      text: input.text,
      textAr: input.textAr ?? null,
      implementationStatus: 'pending' as const,
      createdAt: now,
      updatedAt: now,
    };
    const id = insertDecision(tx.db, record);
    appendAudit(tx, 'decision.create', 'decision', id, created(record, ['committeeId']));
    return getDecision(tx, id);
  });
}

/**
 * The text is part of the minutes and locks with them; the implementation status is followed
 * up long after approval and always changes.
 */
export function updateDecision(s: Session, input: ParsedInputOf<'decisions.update'>): Decision {
  return write(s, (tx) => {
    const { id, ...patch } = input;
    const { next, changes } = applyPatch(getDecision(tx, id), patch);
    if (!changed(changes)) return next;
    if (changes.text || changes.textAr) assertEditable(tx, next.meetingId);
    saveDecision(tx.db, { ...next, updatedAt: nowIso(tx) });
    appendAudit(tx, 'decision.update', 'decision', id, { number: next.number, ...changes });
    return getDecision(tx, id);
  });
}

/** The number stays taken: the audit entry keeps it, and no later decision receives it. */
export function removeDecision(s: Session, id: number): null {
  return write(s, (tx) => {
    const decision = getDecision(tx, id);
    assertEditable(tx, decision.meetingId);
    deleteDecision(tx.db, id);
    appendAudit(tx, 'decision.remove', 'decision', id, created(decision));
    return null;
  });
}

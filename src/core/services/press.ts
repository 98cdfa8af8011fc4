import type { ParsedInputOf } from '../../shared/api';
import type { PressStatement } from '../../shared/api/press';
import { appendAudit } from '../db/audit';
import { insertPressStatement, pressStatementOf, savePressStatement, type StoredPressStatement } from '../db/pressStatements';
import { AppError } from '../errors';
import { generatePressDraft } from '../exports/pressStatementText';
import { nowIso, write, type Session } from '../session';
import { applyPatch, changed } from './changes';
import { getMeeting, getMeetingRecord } from './meetings';

/** English only until Arabic statements are generated; the table already keys on the language. */
const LANG = 'en';

function fromStored(p: StoredPressStatement): PressStatement {
  return {
    meetingId: p.meetingId,
    lang: p.lang,
    headline: p.headline,
    body: p.body,
    status: p.status,
    stored: true,
    approvedAt: p.approvedAt,
    approvedBy: p.approvedBy,
    updatedAt: p.updatedAt,
  };
}

/** A draft from the meeting as it stands; only public items and remarks reach it (see publicView). */
export function generatePressStatement(s: Session, meetingId: number): PressStatement {
  const draft = generatePressDraft(getMeetingRecord(s, meetingId));
  return { meetingId, lang: LANG, ...draft, status: 'draft', stored: false, approvedAt: null, approvedBy: null, updatedAt: null };
}

export function getPressStatement(s: Session, meetingId: number): PressStatement {
  getMeeting(s, meetingId);
  const stored = pressStatementOf(s.db, meetingId, LANG);
  return stored ? fromStored(stored) : generatePressStatement(s, meetingId);
}

function assertEditable(p: StoredPressStatement): void {
  if (p.status === 'approved')
    throw new AppError('RECORD_LOCKED', 'The press statement is approved for release and locked. Set it back to draft to edit it.');
}

export function savePressStatementText(s: Session, input: ParsedInputOf<'press.save'>): PressStatement {
  return write(s, () => {
    getMeeting(s, input.meetingId);
    const now = nowIso(s);
    const current = pressStatementOf(s.db, input.meetingId, LANG);
    if (!current) {
      const id = insertPressStatement(s.db, {
        meetingId: input.meetingId,
        lang: LANG,
        headline: input.headline,
        body: input.body,
        status: 'draft',
        approvedAt: null,
        approvedBy: null,
        createdAt: now,
        updatedAt: now,
      });
      appendAudit(s, 'press.create', 'press_statement', id, { meetingId: input.meetingId, lang: LANG, headline: input.headline, body: input.body });
      return fromStored(pressStatementOf(s.db, input.meetingId, LANG)!);
    }
    assertEditable(current);
    const { next, changes } = applyPatch(current, { headline: input.headline, body: input.body });
    if (!changed(changes)) return fromStored(current);
    savePressStatement(s.db, { ...next, updatedAt: now });
    appendAudit(s, 'press.update', 'press_statement', current.id, { meetingId: input.meetingId, ...changes });
    return fromStored(pressStatementOf(s.db, input.meetingId, LANG)!);
  });
}

/**
 * Approving a statement nobody has saved stores the generated text first, so that what was
 * approved is exactly what the export will write.
 */
export function setPressStatementStatus(s: Session, input: ParsedInputOf<'press.setStatus'>): PressStatement {
  return write(s, () => {
    let current = pressStatementOf(s.db, input.meetingId, LANG);
    if (!current) {
      if (input.status === 'draft') return getPressStatement(s, input.meetingId);
      const draft = generatePressStatement(s, input.meetingId);
      savePressStatementText(s, { meetingId: input.meetingId, headline: draft.headline, body: draft.body });
      current = pressStatementOf(s.db, input.meetingId, LANG)!;
    }
    if (current.status === input.status) return fromStored(current);
    const now = nowIso(s);
    const approved = input.status === 'approved';
    savePressStatement(s.db, {
      ...current,
      status: input.status,
      approvedAt: approved ? now : null,
      approvedBy: approved ? s.actor : null,
      updatedAt: now,
    });
    appendAudit(s, approved ? 'press.approve' : 'press.reopen', 'press_statement', current.id, {
      meetingId: input.meetingId,
      status: { before: current.status, after: input.status },
    });
    return fromStored(pressStatementOf(s.db, input.meetingId, LANG)!);
  });
}

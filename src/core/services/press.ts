import type { ParsedInputOf } from '../../shared/api';
import type { DocLanguage } from '../../shared/api/exports';
import type { PressStatement } from '../../shared/api/press';
import { appendAudit } from '../db/audit';
import { insertPressStatement, pressStatementOf, savePressStatement, type StoredPressStatement } from '../db/press';
import { AppError } from '../errors';
import { generatePressDraft } from '../exports/pressStatementText';
import { nowIso, write, type Session } from '../session';
import { applyPatch, changed } from '../domain/changes';
import { getMeeting, getMeetingRecord } from './meetings';

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

/**
 * A draft from the meeting as it stands; only public items and remarks reach it (see publicView).
 * The Arabic draft is written from the Arabic fields and refused when one it needs is empty.
 */
export function generatePressStatement(s: Session, meetingId: number, lang: DocLanguage = 'en'): PressStatement {
  const draft = generatePressDraft(getMeetingRecord(s, meetingId), lang);
  return { meetingId, lang, ...draft, status: 'draft', stored: false, approvedAt: null, approvedBy: null, updatedAt: null };
}

/** Each language has a statement of its own: stored, edited and approved apart from the other. */
export function getPressStatement(s: Session, meetingId: number, lang: DocLanguage = 'en'): PressStatement {
  getMeeting(s, meetingId);
  const stored = pressStatementOf(s.db, meetingId, lang);
  return stored ? fromStored(stored) : generatePressStatement(s, meetingId, lang);
}

function assertEditable(p: StoredPressStatement): void {
  if (p.status === 'approved')
    throw new AppError('RECORD_LOCKED', 'The press statement is approved for release and locked. Set it back to draft to edit it.');
}

export function savePressStatementText(s: Session, input: ParsedInputOf<'press.save'>): PressStatement {
  const { lang } = input;
  return write(s, (tx) => {
    getMeeting(tx, input.meetingId);
    const now = nowIso(tx);
    const current = pressStatementOf(tx.db, input.meetingId, lang);
    if (!current) {
      const id = insertPressStatement(tx.db, {
        meetingId: input.meetingId,
        lang,
        headline: input.headline,
        body: input.body,
        status: 'draft',
        approvedAt: null,
        approvedBy: null,
        createdAt: now,
        updatedAt: now,
      });
      appendAudit(tx, 'press.create', 'press_statement', id, { meetingId: input.meetingId, lang, headline: input.headline, body: input.body });
      return fromStored(pressStatementOf(tx.db, input.meetingId, lang)!);
    }
    assertEditable(current);
    const { next, changes } = applyPatch(current, { headline: input.headline, body: input.body });
    if (!changed(changes)) return fromStored(current);
    savePressStatement(tx.db, { ...next, updatedAt: now });
    appendAudit(tx, 'press.update', 'press_statement', current.id, { meetingId: input.meetingId, lang, ...changes });
    return fromStored(pressStatementOf(tx.db, input.meetingId, lang)!);
  });
}

/**
 * Approving a statement nobody has saved stores the generated text first, so that what was
 * approved is exactly what the export will write.
 */
export function setPressStatementStatus(s: Session, input: ParsedInputOf<'press.setStatus'>): PressStatement {
  const { lang } = input;
  return write(s, (tx) => {
    let current = pressStatementOf(tx.db, input.meetingId, lang);
    if (!current) {
      if (input.status === 'draft') return getPressStatement(tx, input.meetingId, lang);
      const draft = generatePressStatement(tx, input.meetingId, lang);
      savePressStatementText(tx, { meetingId: input.meetingId, lang, headline: draft.headline, body: draft.body });
      current = pressStatementOf(tx.db, input.meetingId, lang)!;
    }
    if (current.status === input.status) return fromStored(current);
    const now = nowIso(tx);
    const approved = input.status === 'approved';
    savePressStatement(tx.db, {
      ...current,
      status: input.status,
      approvedAt: approved ? now : null,
      approvedBy: approved ? tx.actor : null,
      updatedAt: now,
    });
    appendAudit(tx, approved ? 'press.approve' : 'press.reopen', 'press_statement', current.id, {
      meetingId: input.meetingId,
      lang,
      status: { before: current.status, after: input.status },
    });
    return fromStored(pressStatementOf(tx.db, input.meetingId, lang)!);
  });
}

import type { ParsedInputOf } from '../../shared/api';
import type { MeetingTransition, ReviewComment } from '../../shared/api/review';
import type { Meeting, MeetingStatus } from '../../shared/domain';
import { appendAudit } from '../db/audit';
import {
  commentById,
  commentsOf,
  insertComment,
  insertTransition,
  openCommentCount,
  resolveComment,
  setMeetingStatus,
  transitionsOf,
} from '../db/review';
import { AppError, notFound } from '../errors';
import { approvedMeetingsWithoutMinutes } from '../db/approvedMinutes';
import type { ApprovedMinutes } from '../domain/approvedMinutes';
import { nowIso, today, write, type Session } from '../session';
import { earlierActionsFor } from './actions';
import { freezeMinutes } from './approvedMinutes';
import { getAgendaItem } from './agenda';
import { getDecision } from './decisions';
import { assertEditable, getMeeting, liveMeetingRecord } from './meetings';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Why a step is not possible from where the minutes are, in a sentence. */
function refusal(meeting: Meeting, to: MeetingStatus): string | null {
  const n = meeting.number;
  const from = meeting.status;
  if (from === 'approved') {
    const when = meeting.approvedAt ? ` on ${meeting.approvedAt.slice(0, 10)}` : '';
    const who = meeting.approvedBy ? ` by ${meeting.approvedBy}` : '';
    return `The minutes of meeting ${n} were approved${when}${who}; they are locked and do not change status again. Correct them with an amendment.`;
  }
  if (to === 'in_review' && from === 'in_review') return `The minutes of meeting ${n} are already in review.`;
  if (to === 'approved' && from === 'draft') return `The minutes of meeting ${n} are still a draft: submit them for review before approving them.`;
  if (to === 'draft' && from === 'draft') return `The minutes of meeting ${n} are already a draft.`;
  return null;
}

/** One step of draft -> in review -> approved (or back to draft), recorded with who and when. */
function transition(s: Session, id: number, to: MeetingStatus, note: string | null, check?: (m: Meeting) => void): Meeting {
  return write(s, (tx) => {
    const meeting = getMeeting(tx, id);
    const refused = refusal(meeting, to);
    if (refused) throw new AppError('CONFLICT', refused);
    check?.(meeting);
    const at = nowIso(tx);
    const approved = to === 'approved';
    setMeetingStatus(tx.db, { id, status: to, approvedAt: approved ? at : null, approvedBy: approved ? tx.actor : null, updatedAt: at });
    const transitionId = insertTransition(tx.db, { meetingId: id, from: meeting.status, to, actor: tx.actor, at, note });
    // Approval keeps the minutes as they stand now, names, posts and statuses included.
    const kept = approved ? freezeMinutes(tx, minutesAsTheyStand(tx, id)) : null;
    appendAudit(tx, `meeting.${to === 'in_review' ? 'submit' : approved ? 'approve' : 'return'}`, 'meeting', id, {
      transitionId,
      status: { before: meeting.status, after: to },
      ...(note === null ? {} : { note }),
      ...(kept === null ? {} : { sha256: kept }),
    });
    return getMeeting(tx, id);
  });
}

export function submitForReview(s: Session, input: ParsedInputOf<'review.submit'>): Meeting {
  return transition(s, input.id, 'in_review', input.note ?? null);
}

/** Approval means the chair is satisfied: every comment must be resolved first. */
export function approveMeeting(s: Session, input: ParsedInputOf<'review.approve'>): Meeting {
  return transition(s, input.id, 'approved', input.note ?? null, (meeting) => {
    const open = openCommentCount(s.db, meeting.id);
    if (open > 0)
      throw new AppError(
        'CONFLICT',
        `${plural(open, 'review comment is', 'review comments are')} on the minutes of meeting ${meeting.number} still open: resolve ${open === 1 ? 'it' : 'them'} before approving.`,
      );
  });
}

export function returnToDraft(s: Session, input: ParsedInputOf<'review.returnToDraft'>): Meeting {
  return transition(s, input.id, 'draft', input.reason);
}

export function meetingTransitions(s: Session, id: number): MeetingTransition[] {
  getMeeting(s, id);
  return transitionsOf(s.db, id);
}

/** A comment must point at the meeting itself, or at one of its agenda items or decisions. */
function assertTargetOf(s: Session, meetingId: number, targetType: ReviewComment['targetType'], targetId: number): void {
  const owner =
    targetType === 'meeting' ? targetId : targetType === 'agenda_item' ? getAgendaItem(s, targetId).meetingId : getDecision(s, targetId).meetingId;
  if (owner !== meetingId) {
    const message = `That ${targetType.replace('_', ' ')} belongs to another meeting: comment on this meeting's own record.`;
    throw new AppError('VALIDATION', message, [{ path: 'targetId', message }]);
  }
}

/**
 * Comments are the chair's notes on minutes in review: on a draft there is nothing to review
 * yet, and approved minutes are closed.
 */
export function addComment(s: Session, input: ParsedInputOf<'review.comment'>): ReviewComment {
  return write(s, (tx) => {
    const meeting = assertEditable(tx, input.meetingId);
    if (meeting.status !== 'in_review')
      throw new AppError('CONFLICT', `The minutes of meeting ${meeting.number} are a draft: comments are left once they are submitted for review.`);
    assertTargetOf(tx, meeting.id, input.targetType, input.targetId);
    const record = { meetingId: meeting.id, targetType: input.targetType, targetId: input.targetId, body: input.body, author: tx.actor, createdAt: nowIso(tx) };
    const id = insertComment(tx.db, record);
    appendAudit(tx, 'review.comment', 'meeting', meeting.id, { commentId: id, targetType: record.targetType, targetId: record.targetId, body: record.body });
    return commentById(tx.db, id)!;
  });
}

/**
 * The secretary resolves a comment in review, or after the chair sent the minutes back to
 * draft to be reworked; comments left open travel with the minutes and hold up approval.
 */
export function resolveReviewComment(s: Session, id: number): ReviewComment {
  return write(s, (tx) => {
    const comment = commentById(tx.db, id);
    if (!comment) throw notFound('review comment', id);
    const meeting = assertEditable(tx, comment.meetingId);
    if (comment.resolvedAt !== null)
      throw new AppError('CONFLICT', `That comment was already resolved by ${comment.resolvedBy} on ${comment.resolvedAt.slice(0, 10)}.`);
    resolveComment(tx.db, id, nowIso(tx), tx.actor);
    appendAudit(tx, 'review.resolve', 'meeting', meeting.id, { commentId: id });
    return commentById(tx.db, id)!;
  });
}

export function listComments(s: Session, input: ParsedInputOf<'review.list'>): ReviewComment[] {
  getMeeting(s, input.meetingId);
  return commentsOf(s.db, input.meetingId, input.open ?? false);
}

/** The minutes of a meeting as they read today: its live record and the earlier actions' statuses today. */
function minutesAsTheyStand(s: Session, meetingId: number): ApprovedMinutes {
  const record = liveMeetingRecord(s, meetingId);
  return { version: 1, record, earlierActions: earlierActionsFor(s, record.meeting), asOf: today(s) };
}

/**
 * Minutes approved before the app kept approved minutes as records are kept as they stand at the
 * first unlock that can write, and the audit trail says so. Their amendments are already in the
 * tables they are read from; adding them again changes nothing.
 */
export function keepMinutesApprovedBefore(s: Session): void {
  const ids = approvedMeetingsWithoutMinutes(s.db);
  if (ids.length === 0) return;
  write(s, (tx) => {
    for (const id of ids) {
      const digest = freezeMinutes(tx, minutesAsTheyStand(tx, id));
      appendAudit(tx, 'minutes.keep', 'meeting', id, {
        sha256: digest,
        reason: 'Approved before Secretariat kept approved minutes as a record; kept as they stood on this day.',
      });
    }
  });
}

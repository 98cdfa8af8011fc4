import { z } from 'zod';
import type { Meeting, MeetingStatus } from '../domain';
import { id, optionalText, requiredText } from '../text';
import { command, query } from './define';

export const REVIEW_TARGETS = ['meeting', 'agenda_item', 'decision'] as const;
export type ReviewTarget = (typeof REVIEW_TARGETS)[number];

/** A chair's comment on minutes in review; the secretary resolves it. */
export interface ReviewComment {
  id: number;
  meetingId: number;
  targetType: ReviewTarget;
  /** The meeting's own id when targetType is 'meeting'. */
  targetId: number;
  body: string;
  author: string;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
}

export interface MeetingTransition {
  id: number;
  meetingId: number;
  from: MeetingStatus;
  to: MeetingStatus;
  actor: string;
  at: string;
  /** The approval note, or the reason for returning the minutes to draft. */
  note: string | null;
}

const note = optionalText(2_000);

/** A step of the workflow shows on the meeting, its list, the dashboard and the record's history. */
const WORKFLOW_READS = ['meetings.get', 'meetings.list', 'review.transitions', 'review.list', 'dashboard.get', 'audit.history'] as const;

export const reviewApi = {
  /** draft -> in review. */
  'review.submit': command<Meeting>()(z.object({ id, note }).strict(), WORKFLOW_READS),
  /** in review -> approved, once every review comment is resolved. Locks the minutes. */
  'review.approve': command<Meeting>()(z.object({ id, note }).strict(), WORKFLOW_READS),
  /** in review -> draft; approved minutes never go back (amend them instead). */
  'review.returnToDraft': command<Meeting>()(z.object({ id, reason: requiredText(2_000) }).strict(), WORKFLOW_READS),
  /** Oldest first. */
  'review.transitions': query<MeetingTransition[]>()(z.object({ id }).strict()),
  /** Only while the minutes are in review. */
  'review.comment': command<ReviewComment>()(
    z.object({ meetingId: id, targetType: z.enum(REVIEW_TARGETS), targetId: id, body: requiredText(10_000) }).strict(),
    ['review.list', 'audit.history'],
  ),
  /** While the minutes are in review or back in draft. */
  'review.resolve': command<ReviewComment>()(z.object({ id }).strict(), ['review.list', 'audit.history']),
  /** Oldest first; `open: true` for the unresolved ones only. */
  'review.list': query<ReviewComment[]>()(z.object({ meetingId: id, open: z.boolean().optional() }).strict()),
};

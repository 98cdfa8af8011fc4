import { z } from 'zod';
import type { ActionItem, AgendaItemRecord, ArisingDecision, MattersArising, Meeting, MeetingStatus, MeetingSummary } from '../domain';
import { id, LIMITS, optionalText, requiredText } from '../text';
import { method } from './define';

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

/**
 * The fields of approved minutes that only an amendment can change, by target. The targetId of
 * 'meeting' is the meeting's id; of 'attendance', the person's id. Attendance is written as
 * `present`, `apologies`, `absent` or `represented by NAME`.
 */
export const AMENDABLE_FIELDS = {
  meeting: ['startsAt', 'endsAt', 'venue', 'venueAr', 'classification', 'openingRemarks', 'openingRemarksAr', 'closingRemarks', 'closingRemarksAr'],
  agenda_item: ['title', 'titleAr', 'minutes', 'minutesAr', 'publicSummary', 'publicSummaryAr'],
  decision: ['text', 'textAr'],
  action: ['description', 'descriptionAr'],
  attendance: ['attendance'],
} as const;
export type AmendmentTarget = keyof typeof AMENDABLE_FIELDS;

/** A change to approved minutes, as the annex to the minutes lists it. */
export interface Amendment {
  id: number;
  meetingId: number;
  targetType: string;
  targetId: number;
  field: string;
  before: string | null;
  after: string | null;
  reason: string;
  author: string;
  createdAt: string;
}

export const DUE_SOON_DAYS = 14;
export const DASHBOARD_DEFAULT_LIMIT = 50;

export interface AwaitingDecision extends ArisingDecision {
  committeeName: string;
}

export interface DashboardCounts {
  overdue: number;
  /** Due from today to `dueSoonUntil`; overdue ones are not counted again. */
  dueSoon: number;
  decisionsAwaiting: number;
  minutesAwaitingApproval: number;
}

export interface DashboardCommittee extends DashboardCounts {
  committeeId: number;
  committeeName: string;
}

/**
 * The chair's view across committees. Counts are exact; each list holds at most `limit` rows,
 * the most pressing first (oldest due date, oldest meeting).
 */
export interface Dashboard {
  /** Today where the secretary sits (YYYY-MM-DD). */
  asOf: string;
  dueSoonUntil: string;
  counts: DashboardCounts;
  overdue: ActionItem[];
  dueSoon: ActionItem[];
  /** Pending or in progress, from any meeting. */
  decisionsAwaiting: AwaitingDecision[];
  /** Minutes in review. */
  minutesAwaitingApproval: MeetingSummary[];
  /** Only committees with something to show. */
  byCommittee: DashboardCommittee[];
}

export interface AuditChainReport {
  ok: boolean;
  /** Entries read before the verdict. */
  entries: number;
  /** The last entry, to write down outside the vault; null when broken or empty. */
  head: { id: number; hash: string } | null;
  /** The first entry that is missing or does not follow from the one before it. */
  firstBroken?: { id: number; reason: string };
}

const note = optionalText(2_000);

const amendTarget = <T extends AmendmentTarget>(targetType: T) =>
  z
    .object({
      meetingId: id,
      targetType: z.literal(targetType),
      targetId: id,
      field: z.enum(AMENDABLE_FIELDS[targetType]),
      /** Checked against the field's own rules in core; null clears an optional field. */
      after: z.string().max(LIMITS.longText, { message: `Must be at most ${LIMITS.longText} characters.` }).nullable(),
      reason: requiredText(2_000),
    })
    .strict();

export const reviewApi = {
  /** draft -> in review. */
  'meetings.submitForReview': method<Meeting>()(z.object({ id, note }).strict()),
  /** in review -> approved, once every review comment is resolved. Locks the minutes. */
  'meetings.approve': method<Meeting>()(z.object({ id, note }).strict()),
  /** in review -> draft; approved minutes never go back (amend them instead). */
  'meetings.returnToDraft': method<Meeting>()(z.object({ id, reason: requiredText(2_000) }).strict()),
  /** Oldest first. */
  'meetings.transitions': method<MeetingTransition[]>()(z.object({ id }).strict()),
  /** Only while the minutes are in review. */
  'review.comment': method<ReviewComment>()(
    z.object({ meetingId: id, targetType: z.enum(REVIEW_TARGETS), targetId: id, body: requiredText(10_000) }).strict(),
  ),
  /** While the minutes are in review or back in draft. */
  'review.resolve': method<ReviewComment>()(z.object({ id }).strict()),
  /** Oldest first; `open: true` for the unresolved ones only. */
  'review.list': method<ReviewComment[]>()(z.object({ meetingId: id, open: z.boolean().optional() }).strict()),
  /** Changes one field of approved minutes, recording before, after, reason, who and when. */
  'meetings.amend': method<Amendment>()(
    z.discriminatedUnion('targetType', [
      amendTarget('meeting'),
      amendTarget('agenda_item'),
      amendTarget('decision'),
      amendTarget('action'),
      amendTarget('attendance'),
    ]),
  ),
  /** In the order they were made. */
  'meetings.amendments': method<Amendment[]>()(z.object({ meetingId: id }).strict()),
  /**
   * Open and in-progress actions and decisions not yet implemented, from the committee's
   * meetings before `meetingId`, or from all its meetings (for the next one) given `committeeId`.
   */
  'meetings.mattersArising': method<MattersArising>()(
    z
      .object({ committeeId: id.optional(), meetingId: id.optional() })
      .strict()
      .refine((v) => (v.committeeId === undefined) !== (v.meetingId === undefined), {
        message: 'Give either a committee or a meeting.',
        path: ['committeeId'],
      }),
  ),
  /**
   * Puts a "Matters arising" item first on the agenda, linked to what `meetings.mattersArising`
   * lists; on a meeting that has one, links what has come up since.
   */
  'meetings.addMattersArising': method<AgendaItemRecord>()(z.object({ meetingId: id }).strict()),
  'dashboard.get': method<Dashboard>()(z.object({ limit: z.number().int().min(1).max(500).optional() }).strict()),
  /** Walks the whole audit trail. */
  'audit.verify': method<AuditChainReport>()(z.object({}).strict()),
};

import { z } from 'zod';
import { id, LIMITS, requiredText } from '../text';
import { command, query } from './define';
import { ACTION_READS } from './stale';

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

export const amendmentsApi = {
  /** Changes one field of approved minutes, recording before, after, reason, who and when. */
  'amendments.add': command<Amendment>()(
    z.discriminatedUnion('targetType', [
      amendTarget('meeting'),
      amendTarget('agenda_item'),
      amendTarget('decision'),
      amendTarget('action'),
      amendTarget('attendance'),
    ]),
    ['amendments.list', 'audit.history', ...ACTION_READS],
  ),
  /** In the order they were made. */
  'amendments.list': query<Amendment[]>()(z.object({ meetingId: id }).strict()),
};

import { z } from 'zod';
import { CLASSIFICATIONS, type Meeting, type MeetingRecord, type MeetingSummary } from '../domain';
import { id, isoDateTime, optionalLongText, optionalText } from '../text';
import { command, query } from './define';
import { MEETING_READS } from './stale';

export const meetingFields = {
  startsAt: isoDateTime,
  endsAt: isoDateTime.nullable().optional(),
  venue: optionalText(),
  venueAr: optionalText(),
  classification: z.enum(CLASSIFICATIONS),
  openingRemarks: optionalLongText(),
  openingRemarksAr: optionalLongText(),
  closingRemarks: optionalLongText(),
  closingRemarksAr: optionalLongText(),
};

const meetingNumber = z.number().int().positive().max(100_000);

export const meetingsApi = {
  'meetings.list': query<MeetingSummary[]>()(z.object({ committeeId: id.optional() }).strict()),
  'meetings.nextNumber': query<number>()(z.object({ committeeId: id }).strict()),
  'meetings.create': command<Meeting>()(
    z
      .object({
        committeeId: id,
        number: meetingNumber.optional(),
        ...meetingFields,
        classification: meetingFields.classification.optional(),
      })
      .strict(),
    MEETING_READS,
  ),
  /** Everything the meeting editor and the exports need, in one read. */
  'meetings.get': query<MeetingRecord>()(z.object({ id }).strict()),
  /** A new number or date shows on the meeting's actions and decisions too. */
  'meetings.update': command<Meeting>()(
    z
      .object({ id })
      .extend(z.object(meetingFields).partial().shape)
      .extend({ number: meetingNumber.optional() })
      .strict(),
    [...MEETING_READS, 'actions.list', 'actions.page', 'actions.get'],
  ),
};

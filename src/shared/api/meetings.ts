import { z } from 'zod';
import {
  ATTENDANCE_STATUSES,
  CLASSIFICATIONS,
  type AgendaItem,
  type AttendanceEntry,
  type MattersArising,
  type Meeting,
  type MeetingRecord,
  type MeetingSummary,
  type Quorum,
} from '../domain';
import { id, isoDateTime, LIMITS, optionalLongText, optionalText, requiredText } from '../text';
import { method } from './define';

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

export const agendaFields = {
  title: requiredText(LIMITS.title),
  titleAr: optionalText(LIMITS.title),
  presenterId: id.nullable().optional(),
  minutes: optionalLongText(),
  minutesAr: optionalLongText(),
  publicSummary: optionalLongText(),
  publicSummaryAr: optionalLongText(),
  isPublic: z.boolean(),
};

export const meetingsApi = {
  'meetings.list': method<MeetingSummary[]>()(z.object({ committeeId: id.optional() }).strict()),
  'meetings.nextNumber': method<number>()(z.object({ committeeId: id }).strict()),
  'meetings.create': method<Meeting>()(
    z
      .object({
        committeeId: id,
        number: z.number().int().positive().max(100_000).optional(),
        ...meetingFields,
        classification: meetingFields.classification.optional(),
      })
      .strict(),
  ),
  'meetings.get': method<MeetingRecord>()(z.object({ id }).strict()),
  'meetings.update': method<Meeting>()(
    z
      .object({ id })
      .extend(z.object(meetingFields).partial().shape)
      .extend({ number: z.number().int().positive().max(100_000).optional() })
      .strict(),
  ),
  'attendance.set': method<{ attendance: AttendanceEntry[]; quorum: Quorum }>()(
    z
      .object({
        meetingId: id,
        personId: id,
        status: z.enum(ATTENDANCE_STATUSES),
        representedBy: optionalText(LIMITS.name),
      })
      .strict()
      .refine((v) => v.status !== 'represented' || !!v.representedBy, {
        message: 'Name the representative.',
        path: ['representedBy'],
      }),
  ),
  'agenda.add': method<AgendaItem>()(
    z
      .object({ meetingId: id, ...agendaFields, isPublic: agendaFields.isPublic.optional() })
      .strict(),
  ),
  'agenda.update': method<AgendaItem>()(
    z.object({ id }).extend(z.object(agendaFields).partial().shape).strict(),
  ),
  /** Moves an item to a 1-based position; the others close up around it. */
  'agenda.move': method<AgendaItem[]>()(
    z.object({ id, position: z.number().int().positive() }).strict(),
  ),
  'agenda.remove': method<null>()(z.object({ id }).strict()),
  /** The originals a "Matters arising" item links, as they stand today, oldest meeting first. */
  'agenda.arising': method<MattersArising>()(z.object({ agendaItemId: id }).strict()),
};

import { z } from 'zod';
import type { AgendaItem } from '../domain';
import { id, LIMITS, optionalLongText, optionalText, requiredText } from '../text';
import { command } from './define';
import { RECORD_READS } from './stale';

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

export const agendaApi = {
  'agenda.add': command<AgendaItem>()(
    z.object({ meetingId: id, ...agendaFields, isPublic: agendaFields.isPublic.optional() }).strict(),
    RECORD_READS,
  ),
  'agenda.update': command<AgendaItem>()(z.object({ id }).extend(z.object(agendaFields).partial().shape).strict(), RECORD_READS),
  /** Moves an item to a 1-based position; the others close up around it. */
  'agenda.move': command<AgendaItem[]>()(z.object({ id, position: z.number().int().positive() }).strict(), RECORD_READS),
  'agenda.remove': command<null>()(z.object({ id }).strict(), RECORD_READS),
};

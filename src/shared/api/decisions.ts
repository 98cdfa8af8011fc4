import { z } from 'zod';
import { IMPLEMENTATION_STATUSES, type Decision } from '../domain';
import { id, LIMITS, optionalText, requiredText } from '../text';
import { command } from './define';
import { ACTION_READS } from './stale';

export const decisionFields = {
  text: requiredText(LIMITS.longText),
  textAr: optionalText(LIMITS.longText),
};

export const decisionsApi = {
  'decisions.add': command<Decision>()(z.object({ agendaItemId: id, ...decisionFields }).strict(), ACTION_READS),
  'decisions.update': command<Decision>()(
    z
      .object({ id, implementationStatus: z.enum(IMPLEMENTATION_STATUSES).optional() })
      .extend(z.object(decisionFields).partial().shape)
      .strict(),
    ACTION_READS,
  ),
  /** The number stays taken: a later decision never reuses it. */
  'decisions.remove': command<null>()(z.object({ id }).strict(), ACTION_READS),
};

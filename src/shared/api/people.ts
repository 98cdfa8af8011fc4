import { z } from 'zod';
import type { Person } from '../domain';
import { id, LIMITS, optionalText, requiredText } from '../text';
import { command, query } from './define';
import { ACTION_READS } from './stale';

export const personFields = {
  honorific: optionalText(LIMITS.short),
  honorificAr: optionalText(LIMITS.short),
  name: requiredText(LIMITS.name),
  nameAr: optionalText(LIMITS.name),
  position: optionalText(),
  positionAr: optionalText(),
  organisation: optionalText(),
  organisationAr: optionalText(),
};

/** A person's name, honorific or post shows wherever they attend, present or own an action. */
const PERSON_READS = ['people.list', 'memberships.list', ...ACTION_READS] as const;

export const peopleApi = {
  'people.list': query<Person[]>()(z.object({ includeInactive: z.boolean().optional() }).strict()),
  'people.create': command<Person>()(z.object(personFields).strict(), ['people.list', 'audit.history']),
  'people.update': command<Person>()(
    z
      .object({ id, active: z.boolean().optional() })
      .extend(z.object(personFields).partial().shape)
      .strict(),
    PERSON_READS,
  ),
};

import { z } from 'zod';
import { ROLES, type Committee, type Membership, type Person } from '../domain';
import { id, LIMITS, optionalText, requiredText } from '../text';
import { method } from './define';

export const quorumRule = z.union([
  z.enum(['majority', 'two-thirds', 'all']),
  z.string().regex(/^min:[1-9]\d{0,2}$/, { message: 'Use majority, two-thirds, all or min:N.' }),
]) as z.ZodType<Committee['quorumRule']>;

/** Tokens a decision-number pattern may use; one of the sequence tokens is required. */
export const PATTERN_TOKENS = ['{year}', '{meeting}', '{seq}', '{yearSeq}', '{n}', '{short}'] as const;
export const decisionNumberPattern = requiredText(LIMITS.short)
  .refine((p) => /\{(seq|yearSeq|n)\}/.test(p), {
    message: 'The pattern needs {seq}, {yearSeq} or {n} so that every decision gets its own number.',
  })
  .refine((p) => p.replace(/\{(year|meeting|seq|yearSeq|n|short)\}/g, '').indexOf('{') === -1, {
    message: 'Unknown token: use {year}, {meeting}, {seq}, {yearSeq}, {n} or {short}.',
  });

export const committeeFields = {
  name: requiredText(LIMITS.name),
  nameAr: optionalText(LIMITS.name),
  shortName: optionalText(LIMITS.short),
  legalBasis: optionalText(),
  legalBasisAr: optionalText(),
  decisionNumberPattern,
  quorumRule,
};

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

export const role = z.enum(ROLES);

export const committeesApi = {
  'committees.list': method<Committee[]>()(z.object({ includeInactive: z.boolean().optional() }).strict()),
  'committees.get': method<Committee>()(z.object({ id }).strict()),
  'committees.create': method<Committee>()(
    z
      .object({
        ...committeeFields,
        decisionNumberPattern: committeeFields.decisionNumberPattern.optional(),
        quorumRule: committeeFields.quorumRule.optional(),
      })
      .strict(),
  ),
  'committees.update': method<Committee>()(
    z
      .object({ id, active: z.boolean().optional() })
      .extend(z.object(committeeFields).partial().shape)
      .strict(),
  ),
  'people.list': method<Person[]>()(z.object({ includeInactive: z.boolean().optional() }).strict()),
  'people.create': method<Person>()(z.object(personFields).strict()),
  'people.update': method<Person>()(
    z
      .object({ id, active: z.boolean().optional() })
      .extend(z.object(personFields).partial().shape)
      .strict(),
  ),
  'memberships.list': method<Membership[]>()(
    z.object({ committeeId: id, includeInactive: z.boolean().optional() }).strict(),
  ),
  /** Adds the person to the committee, or changes their role / reactivates them. */
  'memberships.set': method<Membership>()(
    z.object({ committeeId: id, personId: id, role, active: z.boolean().optional() }).strict(),
  ),
};

import { z } from 'zod';
import type { Committee } from '../domain';
import { id, LIMITS, optionalText, requiredText } from '../text';
import { command, query } from './define';
import { ACTION_READS, MEETING_READS } from './stale';

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

export const committeesApi = {
  'committees.list': query<Committee[]>()(z.object({ includeInactive: z.boolean().optional() }).strict()),
  'committees.get': query<Committee>()(z.object({ id }).strict()),
  'committees.create': command<Committee>()(
    z
      .object({
        ...committeeFields,
        decisionNumberPattern: committeeFields.decisionNumberPattern.optional(),
        quorumRule: committeeFields.quorumRule.optional(),
      })
      .strict(),
    ['committees.list', 'committees.get', 'audit.history'],
  ),
  'committees.update': command<Committee>()(
    z
      .object({ id, active: z.boolean().optional() })
      .extend(z.object(committeeFields).partial().shape)
      .strict(),
    ['committees.list', 'committees.get', ...MEETING_READS, ...ACTION_READS],
  ),
};

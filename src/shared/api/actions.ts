import { z } from 'zod';
import { ACTION_STATUSES, type ActionItem, type ProgressNote } from '../domain';
import { id, isoDate, LIMITS, optionalText, requiredText } from '../text';
import { command, query } from './define';
import { ACTION_READS } from './stale';

export const actionFields = {
  description: requiredText(2_000),
  descriptionAr: optionalText(2_000),
  ownerPersonId: id.nullable().optional(),
  ownerBody: optionalText(LIMITS.name),
  dueDate: isoDate.nullable().optional(),
  decisionId: id.nullable().optional(),
};

const ownerGiven = (v: { ownerPersonId?: number | null; ownerBody?: string | null }) =>
  v.ownerPersonId != null || !!v.ownerBody;

const filterFields = {
  /** `overdue` is kept for the CLI and older callers; it means `active` with `overdue: true`. */
  status: z.enum([...ACTION_STATUSES, 'overdue', 'active']).optional(),
  /** Active and due before today; narrows any status, so "in progress and overdue" is one filter. */
  overdue: z.literal(true).optional(),
  ownerPersonId: id.optional(),
  /** Matches the person's name or the named body, case-insensitively. */
  owner: z.string().max(LIMITS.name).optional(),
  committeeId: id.optional(),
  meetingId: id.optional(),
  dueWithinDays: z.number().int().min(0).max(3650).optional(),
  sort: z.enum(['due', 'owner', 'meeting', 'status']).optional(),
};

export const actionFilter = z
  .object({ ...filterFields, limit: z.number().int().positive().max(100_000).optional() })
  .strict();
export type ActionFilter = z.infer<typeof actionFilter>;

/** The most rows one `actions.page` answers: a screenful many times over, never the whole tracker. */
export const ACTION_PAGE_MAX = 500;

export const actionPageInput = z
  .object({
    ...filterFields,
    offset: z.number().int().min(0),
    limit: z.number().int().min(1).max(ACTION_PAGE_MAX),
  })
  .strict();
export type ActionPageInput = z.infer<typeof actionPageInput>;
export interface ActionPage {
  items: ActionItem[];
  /** How many actions match the filter in all, read with the page so the two agree. */
  total: number;
}

export const actionsApi = {
  /** Every matching action at once: for the CLI and reports. The tracker screen reads `actions.page`. */
  'actions.list': query<ActionItem[]>()(actionFilter),
  /** One page of the tracker, in the filter's order, with the number of matches in all. */
  'actions.page': query<ActionPage>()(actionPageInput),
  'actions.get': query<ActionItem & { notes: ProgressNote[] }>()(z.object({ id }).strict()),
  'actions.add': command<ActionItem>()(
    z
      .object({ agendaItemId: id, ...actionFields })
      .strict()
      .refine(ownerGiven, { message: 'Give an owner: a person or a named body.', path: ['ownerPersonId'] }),
    ACTION_READS,
  ),
  'actions.update': command<ActionItem>()(
    z
      .object({ id, status: z.enum(ACTION_STATUSES).optional() })
      .extend(z.object(actionFields).partial().shape)
      .strict(),
    ACTION_READS,
  ),
  'actions.remove': command<null>()(z.object({ id }).strict(), ACTION_READS),
  'actions.addNote': command<ProgressNote>()(
    z
      .object({
        actionId: id,
        text: requiredText(LIMITS.longText),
        date: isoDate.optional(),
        status: z.enum(ACTION_STATUSES).optional(),
      })
      .strict(),
    ACTION_READS,
  ),
};

import { z } from 'zod';
import { ROLES, type Membership } from '../domain';
import { id } from '../text';
import { command, query } from './define';
import { RECORD_READS } from './stale';

export const role = z.enum(ROLES);

export const membershipsApi = {
  'memberships.list': query<Membership[]>()(z.object({ committeeId: id, includeInactive: z.boolean().optional() }).strict()),
  /** Adds the person to the committee, or changes their role / reactivates them. */
  'memberships.set': command<Membership>()(
    z.object({ committeeId: id, personId: id, role, active: z.boolean().optional() }).strict(),
    ['memberships.list', ...RECORD_READS],
  ),
};

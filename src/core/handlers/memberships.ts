import { listMemberships, setMembership } from '../services/memberships';
import type { HandlersFor } from './types';

export const membershipsHandlers: HandlersFor<'memberships'> = {
  'memberships.list': ({ committeeId, includeInactive }, call) => listMemberships(call.session(), committeeId, includeInactive),
  'memberships.set': (input, call) => setMembership(call.session(), input),
};

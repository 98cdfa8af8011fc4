import { createCommittee, getCommittee, listCommittees, updateCommittee } from '../services/committees';
import type { HandlersFor } from './types';

export const committeesHandlers: HandlersFor<'committees'> = {
  'committees.list': (input, call) => listCommittees(call.session(), input),
  'committees.get': ({ id }, call) => getCommittee(call.session(), id),
  'committees.create': (input, call) => createCommittee(call.session(), input),
  'committees.update': (input, call) => updateCommittee(call.session(), input),
};

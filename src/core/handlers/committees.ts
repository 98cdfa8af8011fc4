import { createCommittee, getCommittee, listCommittees, updateCommittee } from '../services/committees';
import { listMemberships, setMembership } from '../services/memberships';
import { createPerson, listPeople, updatePerson } from '../services/people';
import type { HandlersFor } from './types';

export const committeesHandlers: HandlersFor<'committees'> = {
  'committees.list': (input, host) => listCommittees(host.session(), input),
  'committees.get': ({ id }, host) => getCommittee(host.session(), id),
  'committees.create': (input, host) => createCommittee(host.session(), input),
  'committees.update': (input, host) => updateCommittee(host.session(), input),
};

export const peopleHandlers: HandlersFor<'people'> = {
  'people.list': (input, host) => listPeople(host.session(), input),
  'people.create': (input, host) => createPerson(host.session(), input),
  'people.update': (input, host) => updatePerson(host.session(), input),
};

export const membershipsHandlers: HandlersFor<'memberships'> = {
  'memberships.list': ({ committeeId, includeInactive }, host) => listMemberships(host.session(), committeeId, includeInactive),
  'memberships.set': (input, host) => setMembership(host.session(), input),
};

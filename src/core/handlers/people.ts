import { createPerson, listPeople, updatePerson } from '../services/people';
import type { HandlersFor } from './types';

export const peopleHandlers: HandlersFor<'people'> = {
  'people.list': (input, call) => listPeople(call.session(), input),
  'people.create': (input, call) => createPerson(call.session(), input),
  'people.update': (input, call) => updatePerson(call.session(), input),
};

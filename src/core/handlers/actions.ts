import { addAction, addActionNote, getAction, listActions, pageActions, removeAction, updateAction } from '../services/actions';
import { addDecision, removeDecision, updateDecision } from '../services/decisions';
import type { HandlersFor } from './types';

export const decisionsHandlers: HandlersFor<'decisions'> = {
  'decisions.add': (input, host) => addDecision(host.session(), input),
  'decisions.update': (input, host) => updateDecision(host.session(), input),
  'decisions.remove': ({ id }, host) => removeDecision(host.session(), id),
};

export const actionsHandlers: HandlersFor<'actions'> = {
  'actions.list': (input, host) => listActions(host.session(), input),
  'actions.page': (input, host) => pageActions(host.session(), input),
  'actions.get': ({ id }, host) => getAction(host.session(), id),
  'actions.add': (input, host) => addAction(host.session(), input),
  'actions.update': (input, host) => updateAction(host.session(), input),
  'actions.remove': ({ id }, host) => removeAction(host.session(), id),
  'actions.addNote': (input, host) => addActionNote(host.session(), input),
};

import { addAction, addActionNote, getAction, listActions, pageActions, removeAction, updateAction } from '../services/actions';
import type { HandlersFor } from './types';

export const actionsHandlers: HandlersFor<'actions'> = {
  'actions.list': (input, call) => listActions(call.session(), input),
  'actions.page': (input, call) => pageActions(call.session(), input),
  'actions.get': ({ id }, call) => getAction(call.session(), id),
  'actions.add': (input, call) => addAction(call.session(), input),
  'actions.update': (input, call) => updateAction(call.session(), input),
  'actions.remove': ({ id }, call) => removeAction(call.session(), id),
  'actions.addNote': (input, call) => addActionNote(call.session(), input),
};

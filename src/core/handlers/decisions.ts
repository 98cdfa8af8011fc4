import { addDecision, removeDecision, updateDecision } from '../services/decisions';
import type { HandlersFor } from './types';

export const decisionsHandlers: HandlersFor<'decisions'> = {
  'decisions.add': (input, call) => addDecision(call.session(), input),
  'decisions.update': (input, call) => updateDecision(call.session(), input),
  'decisions.remove': ({ id }, call) => removeDecision(call.session(), id),
};

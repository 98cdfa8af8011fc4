import { addAgendaItem, moveAgendaItem, removeAgendaItem, updateAgendaItem } from '../services/agenda';
import type { HandlersFor } from './types';

export const agendaHandlers: HandlersFor<'agenda'> = {
  'agenda.add': (input, call) => addAgendaItem(call.session(), input),
  'agenda.update': (input, call) => updateAgendaItem(call.session(), input),
  'agenda.move': (input, call) => moveAgendaItem(call.session(), input),
  'agenda.remove': ({ id }, call) => removeAgendaItem(call.session(), id),
};

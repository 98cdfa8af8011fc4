import { addMattersArising, arisingOf, mattersArising } from '../services/arising';
import type { HandlersFor } from './types';

export const arisingHandlers: HandlersFor<'arising'> = {
  'arising.pending': (input, call) => mattersArising(call.session(), input),
  'arising.add': ({ meetingId }, call) => addMattersArising(call.session(), meetingId),
  'arising.of': ({ agendaItemId }, call) => arisingOf(call.session(), agendaItemId),
};

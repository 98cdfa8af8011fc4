import { amendMinutes, listAmendments } from '../services/amendments';
import type { HandlersFor } from './types';

export const amendmentsHandlers: HandlersFor<'amendments'> = {
  'amendments.add': (input, call) => amendMinutes(call.session(), input),
  'amendments.list': ({ meetingId }, call) => listAmendments(call.session(), meetingId),
};

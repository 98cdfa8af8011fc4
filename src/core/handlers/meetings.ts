import { createMeeting, getMeetingRecord, listMeetings, nextMeetingNumber, updateMeeting } from '../services/meetings';
import type { HandlersFor } from './types';

export const meetingsHandlers: HandlersFor<'meetings'> = {
  'meetings.list': (input, call) => listMeetings(call.session(), input),
  'meetings.nextNumber': ({ committeeId }, call) => nextMeetingNumber(call.session(), committeeId),
  'meetings.create': (input, call) => createMeeting(call.session(), input),
  'meetings.get': ({ id }, call) => getMeetingRecord(call.session(), id),
  'meetings.update': (input, call) => updateMeeting(call.session(), input),
};

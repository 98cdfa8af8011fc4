import { addAgendaItem, moveAgendaItem, removeAgendaItem, updateAgendaItem } from '../services/agenda';
import { setAttendance } from '../services/attendance';
import { arisingOf } from '../services/mattersArising';
import { createMeeting, getMeetingRecord, listMeetings, nextMeetingNumber, updateMeeting } from '../services/meetings';
import type { ReviewMeetingMethod } from './review';
import type { HandlersFor } from './types';

export const meetingsHandlers: Omit<HandlersFor<'meetings'>, ReviewMeetingMethod> = {
  'meetings.list': (input, host) => listMeetings(host.session(), input),
  'meetings.nextNumber': ({ committeeId }, host) => nextMeetingNumber(host.session(), committeeId),
  'meetings.create': (input, host) => createMeeting(host.session(), input),
  'meetings.get': ({ id }, host) => getMeetingRecord(host.session(), id),
  'meetings.update': (input, host) => updateMeeting(host.session(), input),
};

export const attendanceHandlers: HandlersFor<'attendance'> = {
  'attendance.set': (input, host) => setAttendance(host.session(), input),
};

export const agendaHandlers: HandlersFor<'agenda'> = {
  'agenda.add': (input, host) => addAgendaItem(host.session(), input),
  'agenda.update': (input, host) => updateAgendaItem(host.session(), input),
  'agenda.move': (input, host) => moveAgendaItem(host.session(), input),
  'agenda.remove': ({ id }, host) => removeAgendaItem(host.session(), id),
  'agenda.arising': ({ agendaItemId }, host) => arisingOf(host.session(), agendaItemId),
};

import { setAttendance } from '../services/attendance';
import type { HandlersFor } from './types';

export const attendanceHandlers: HandlersFor<'attendance'> = {
  'attendance.set': (input, call) => setAttendance(call.session(), input),
};

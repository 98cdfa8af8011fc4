import { z } from 'zod';
import { ATTENDANCE_STATUSES, type AttendanceEntry, type Quorum } from '../domain';
import { id, LIMITS, optionalText } from '../text';
import { command } from './define';
import { RECORD_READS } from './stale';

export const attendanceApi = {
  'attendance.set': command<{ attendance: AttendanceEntry[]; quorum: Quorum }>()(
    z
      .object({
        meetingId: id,
        personId: id,
        status: z.enum(ATTENDANCE_STATUSES),
        representedBy: optionalText(LIMITS.name),
      })
      .strict()
      .refine((v) => v.status !== 'represented' || !!v.representedBy, {
        message: 'Name the representative.',
        path: ['representedBy'],
      }),
    RECORD_READS,
  ),
};

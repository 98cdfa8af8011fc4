import { z } from 'zod';
import type { MeetingPackage } from '../meetingPackage';
import { id } from '../text';
import { command, query } from './define';
import { ACTION_READS, MEETING_READS } from './stale';

export interface ImportResult {
  meetingId: number;
  committeeId: number;
  /** People matched by name rather than created. */
  reusedPeople: number;
  createdPeople: number;
  committeeReused: boolean;
}

export const packagesApi = {
  /** The package is validated in core so that every problem is reported by its JSON path. */
  'packages.import': command<ImportResult>()(z.object({ package: z.unknown() }).strict(), [
    'committees.list',
    'people.list',
    'memberships.list',
    ...MEETING_READS,
    ...ACTION_READS,
  ]),
  'packages.export': query<MeetingPackage>()(z.object({ meetingId: id }).strict()),
};

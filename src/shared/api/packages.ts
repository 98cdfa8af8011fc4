import { z } from 'zod';
import type { AuditEntry } from '../domain';
import type { MeetingPackage } from '../meetingPackage';
import { id, LIMITS } from '../text';
import { method } from './define';

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
  'packages.import': method<ImportResult>()(z.object({ package: z.unknown() }).strict()),
  'packages.export': method<MeetingPackage>()(z.object({ meetingId: id }).strict()),
  'audit.history': method<AuditEntry[]>()(
    z.object({ entity: z.string().min(1).max(LIMITS.short), entityId: id }).strict(),
  ),
};

import { z } from 'zod';
import type { AuditEntry } from '../domain';
import { id, LIMITS } from '../text';
import { query } from './define';

export interface AuditChainReport {
  ok: boolean;
  /** Entries read before the verdict. */
  entries: number;
  /** The last entry, to write down outside the vault; null when broken or empty. */
  head: { id: number; hash: string } | null;
  /** The first entry that is missing or does not follow from the one before it. */
  firstBroken?: { id: number; reason: string };
}

export const auditApi = {
  /** What happened to one record, oldest first. */
  'audit.history': query<AuditEntry[]>()(z.object({ entity: z.string().min(1).max(LIMITS.short), entityId: id }).strict()),
  /** Walks the whole audit trail. */
  'audit.verify': query<AuditChainReport>()(z.object({}).strict()),
};

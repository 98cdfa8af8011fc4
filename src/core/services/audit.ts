import type { AuditChainReport } from '../../shared/api/audit';
import type { AuditEntry } from '../../shared/domain';
import { auditHistory, verifyAuditChain } from '../db/audit';
import type { Session } from '../session';

export function recordHistory(s: Session, entity: string, entityId: number): AuditEntry[] {
  return auditHistory(s.db, entity, entityId);
}

export function verifyAudit(s: Session): AuditChainReport {
  return verifyAuditChain(s.db);
}

import { auditHistory, verifyAuditChain } from '../db/audit';
import type { HandlersFor } from './types';

export const auditHandlers: HandlersFor<'audit'> = {
  'audit.history': ({ entity, entityId }, host) => auditHistory(host.session().db, entity, entityId),
  'audit.verify': (_, host) => verifyAuditChain(host.session().db),
};

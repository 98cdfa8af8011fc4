import { recordHistory, verifyAudit } from '../services/audit';
import type { HandlersFor } from './types';

export const auditHandlers: HandlersFor<'audit'> = {
  'audit.history': ({ entity, entityId }, call) => recordHistory(call.session(), entity, entityId),
  'audit.verify': (_, call) => verifyAudit(call.session()),
};

import { actionsHandlers, decisionsHandlers } from './actions';
import { auditHandlers } from './audit';
import { backupHandlers } from './backup';
import { committeesHandlers, membershipsHandlers, peopleHandlers } from './committees';
import { exportsHandlers } from './exports';
import { agendaHandlers, attendanceHandlers, meetingsHandlers } from './meetings';
import { packagesHandlers } from './packages';
import { pressHandlers } from './press';
import { dashboardHandlers, reviewHandlers, reviewMeetingsHandlers } from './review';
import type { Handlers } from './types';
import { vaultHandlers } from './vault';

/** Every method of the contract, once; a missing handler is a compile error. */
export const handlers: Handlers = {
  ...vaultHandlers,
  ...committeesHandlers,
  ...peopleHandlers,
  ...membershipsHandlers,
  ...meetingsHandlers,
  ...reviewMeetingsHandlers,
  ...reviewHandlers,
  ...dashboardHandlers,
  ...attendanceHandlers,
  ...agendaHandlers,
  ...decisionsHandlers,
  ...actionsHandlers,
  ...auditHandlers,
  ...packagesHandlers,
  ...pressHandlers,
  ...exportsHandlers,
  ...backupHandlers,
};

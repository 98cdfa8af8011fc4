import { actionsHandlers } from './actions';
import { agendaHandlers } from './agenda';
import { amendmentsHandlers } from './amendments';
import { arisingHandlers } from './arising';
import { attendanceHandlers } from './attendance';
import { auditHandlers } from './audit';
import { backupHandlers } from './backup';
import { committeesHandlers } from './committees';
import { dashboardHandlers } from './dashboard';
import { decisionsHandlers } from './decisions';
import { exportsHandlers } from './exports';
import { meetingsHandlers } from './meetings';
import { membershipsHandlers } from './memberships';
import { packagesHandlers } from './packages';
import { peopleHandlers } from './people';
import { pressHandlers } from './press';
import { reviewHandlers } from './review';
import type { Handlers } from './types';
import { vaultHandlers } from './vault';

/** Every method of the contract, once; a missing handler is a compile error. */
export const handlers: Handlers = {
  ...vaultHandlers,
  ...committeesHandlers,
  ...peopleHandlers,
  ...membershipsHandlers,
  ...meetingsHandlers,
  ...attendanceHandlers,
  ...agendaHandlers,
  ...decisionsHandlers,
  ...actionsHandlers,
  ...reviewHandlers,
  ...amendmentsHandlers,
  ...arisingHandlers,
  ...dashboardHandlers,
  ...auditHandlers,
  ...packagesHandlers,
  ...pressHandlers,
  ...exportsHandlers,
  ...backupHandlers,
};

import { exportMeetingPackage, importMeetingPackage } from '../services/packages';
import type { HandlersFor } from './types';

export const packagesHandlers: HandlersFor<'packages'> = {
  'packages.import': (input, call) => importMeetingPackage(call.session(), input.package),
  'packages.export': ({ meetingId }, call) => exportMeetingPackage(call.session(), meetingId),
};

import { exportMeetingPackage, importMeetingPackage } from '../services/packages';
import type { HandlersFor } from './types';

export const packagesHandlers: HandlersFor<'packages'> = {
  'packages.import': (input, host) => importMeetingPackage(host.session(), input.package),
  'packages.export': ({ meetingId }, host) => exportMeetingPackage(host.session(), meetingId),
};

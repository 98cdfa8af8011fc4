import { getDashboard } from '../services/dashboard';
import type { HandlersFor } from './types';

export const dashboardHandlers: HandlersFor<'dashboard'> = {
  'dashboard.get': (input, call) => getDashboard(call.session(), input),
};

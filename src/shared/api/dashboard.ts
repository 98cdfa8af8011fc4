import { z } from 'zod';
import type { ActionItem, ArisingDecision, MeetingSummary } from '../domain';
import { query } from './define';

export const DUE_SOON_DAYS = 14;
export const DASHBOARD_DEFAULT_LIMIT = 50;

export interface AwaitingDecision extends ArisingDecision {
  committeeName: string;
}

export interface DashboardCounts {
  overdue: number;
  /** Due from today to `dueSoonUntil`; overdue ones are not counted again. */
  dueSoon: number;
  decisionsAwaiting: number;
  minutesAwaitingApproval: number;
}

export interface DashboardCommittee extends DashboardCounts {
  committeeId: number;
  committeeName: string;
}

/**
 * The chair's view across committees. Counts are exact; each list holds at most `limit` rows,
 * the most pressing first (oldest due date, oldest meeting).
 */
export interface Dashboard {
  /** Today where the secretary sits (YYYY-MM-DD). */
  asOf: string;
  dueSoonUntil: string;
  counts: DashboardCounts;
  overdue: ActionItem[];
  dueSoon: ActionItem[];
  /** Pending or in progress, from any meeting. */
  decisionsAwaiting: AwaitingDecision[];
  /** Minutes in review. */
  minutesAwaitingApproval: MeetingSummary[];
  /** Only committees with something to show. */
  byCommittee: DashboardCommittee[];
}

export const dashboardApi = {
  'dashboard.get': query<Dashboard>()(z.object({ limit: z.number().int().min(1).max(500).optional() }).strict()),
};

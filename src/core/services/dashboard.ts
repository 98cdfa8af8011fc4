import type { ParsedInputOf } from '../../shared/api';
import { DASHBOARD_DEFAULT_LIMIT, DUE_SOON_DAYS, type Dashboard, type DashboardCounts } from '../../shared/api/dashboard';
import { listActionItems } from '../db/actions';
import { awaitingDecisionRows, dashboardCounts, dueActionIds, minutesInReview } from '../db/dashboard';
import { arisingDecisions } from '../db/arising';
import { readTogether, today, type Session } from '../session';

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Read in one transaction so that the counts and the lists agree. */
export function getDashboard(s: Session, input: ParsedInputOf<'dashboard.get'>): Dashboard {
  const limit = input.limit ?? DASHBOARD_DEFAULT_LIMIT;
  return readTogether(s, (): Dashboard => {
    const asOf = today(s);
    const until = addDays(asOf, DUE_SOON_DAYS);
    const byCommittee = dashboardCounts(s.db, asOf, until);
    const counts: DashboardCounts = { overdue: 0, dueSoon: 0, decisionsAwaiting: 0, minutesAwaitingApproval: 0 };
    for (const c of byCommittee) for (const k of Object.keys(counts) as (keyof DashboardCounts)[]) counts[k] += c[k];
    const actions = (which: 'overdue' | 'dueSoon') => {
      const ids = dueActionIds(s.db, which, asOf, until, limit);
      const found = new Map(listActionItems(s.db, { ids }, asOf).map((a) => [a.id, a]));
      return ids.map((id) => found.get(id)!);
    };
    const decisions = awaitingDecisionRows(s.db, limit);
    const names = new Map(decisions.map((d) => [d.id, d.committeeName]));
    return {
      asOf,
      dueSoonUntil: until,
      counts,
      overdue: actions('overdue'),
      dueSoon: actions('dueSoon'),
      decisionsAwaiting: arisingDecisions(s.db, decisions).map((d) => ({ ...d, committeeName: names.get(d.id)! })),
      minutesAwaitingApproval: minutesInReview(s.db, limit),
      byCommittee,
    };
  });
}

import type { DashboardCommittee } from '../../shared/api/dashboard';
import type { MeetingSummary } from '../../shared/domain';
import type { ReadableDb } from '../vault/handles';

/**
 * The chair's dashboard reads only index ranges: action_items (status, due_date), decisions
 * (implementation_status, committee_id) and meetings (status, committee_id), so it stays quick
 * with tens of thousands of actions. Lists fetch ids first and details for one page only.
 */

const ACTIVE = `('open', 'in_progress')`;
const AWAITING = `('pending', 'in_progress')`;

export function dashboardCounts(db: ReadableDb, today: string, until: string): DashboardCommittee[] {
  const byCommittee = new Map<number, DashboardCommittee>();
  const entry = (committeeId: number) => {
    let e = byCommittee.get(committeeId);
    if (!e) {
      e = { committeeId, committeeName: '', overdue: 0, dueSoon: 0, decisionsAwaiting: 0, minutesAwaitingApproval: 0 };
      byCommittee.set(committeeId, e);
    }
    return e;
  };
  const actions = db
    .prepare(
      `SELECT committee_id AS committeeId, sum(due_date < :today) AS overdue, sum(due_date >= :today) AS dueSoon
       FROM action_items WHERE status IN ${ACTIVE} AND due_date <= :until
       GROUP BY committee_id`,
    )
    .all({ today, until }) as { committeeId: number; overdue: number; dueSoon: number }[];
  for (const r of actions) Object.assign(entry(r.committeeId), { overdue: r.overdue, dueSoon: r.dueSoon });
  const decisions = db
    .prepare(`SELECT committee_id AS committeeId, count(*) AS n FROM decisions WHERE implementation_status IN ${AWAITING} GROUP BY committee_id`)
    .all() as { committeeId: number; n: number }[];
  for (const r of decisions) entry(r.committeeId).decisionsAwaiting = r.n;
  const minutes = db
    .prepare(`SELECT committee_id AS committeeId, count(*) AS n FROM meetings WHERE status = 'in_review' GROUP BY committee_id`)
    .all() as { committeeId: number; n: number }[];
  for (const r of minutes) entry(r.committeeId).minutesAwaitingApproval = r.n;
  const name = db.prepare('SELECT name FROM committees WHERE id = :id').pluck();
  for (const e of byCommittee.values()) e.committeeName = name.get({ id: e.committeeId }) as string;
  return [...byCommittee.values()].sort((a, b) => a.committeeName.localeCompare(b.committeeName));
}

/** Overdue (due before today) or due soon (today to `until`), earliest due first. */
export function dueActionIds(db: ReadableDb, which: 'overdue' | 'dueSoon', today: string, until: string, limit: number): number[] {
  const range = which === 'overdue' ? 'due_date < :today' : 'due_date BETWEEN :today AND :until';
  return db
    .prepare(`SELECT id FROM action_items WHERE status IN ${ACTIVE} AND ${range} ORDER BY due_date, id LIMIT :limit`)
    .pluck()
    .all({ today, until, limit }) as number[];
}

/** Oldest meeting first: the longest-waiting decisions lead. */
export function awaitingDecisionRows(db: ReadableDb, limit: number): { id: number; committeeId: number; meetingNumber: number; committeeName: string }[] {
  return db
    .prepare(
      `SELECT d.id, d.committee_id AS committeeId, m.number AS meetingNumber, c.name AS committeeName
       FROM decisions d JOIN meetings m ON m.id = d.meeting_id JOIN committees c ON c.id = d.committee_id
       WHERE d.implementation_status IN ${AWAITING}
       ORDER BY julianday(m.starts_at), m.id, d.id
       LIMIT :limit`,
    )
    .all({ limit }) as { id: number; committeeId: number; meetingNumber: number; committeeName: string }[];
}

/** Oldest meeting first. */
export function minutesInReview(db: ReadableDb, limit: number): MeetingSummary[] {
  return db
    .prepare(
      `SELECT m.id, m.committee_id AS committeeId, c.name AS committeeName, m.number, m.starts_at AS startsAt,
         m.status, m.classification,
         (SELECT count(*) FROM decisions d WHERE d.meeting_id = m.id) AS decisionCount,
         (SELECT count(*) FROM action_items a WHERE a.meeting_id = m.id AND a.status IN ${ACTIVE}) AS openActionCount
       FROM meetings m JOIN committees c ON c.id = m.committee_id
       WHERE m.status = 'in_review'
       ORDER BY julianday(m.starts_at), m.id
       LIMIT :limit`,
    )
    .all({ limit }) as MeetingSummary[];
}

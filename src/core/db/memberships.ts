import { ROLES, type Membership, type Role } from '../../shared/domain';
import type { ReadableDb, WritableDb } from '../vault/handles';
import { toPerson, type PersonRow } from './people';

interface MembershipRow extends PersonRow {
  membership_id: number;
  committee_id: number;
  role: string;
  membership_active: number;
}

function toMembership(r: MembershipRow): Membership {
  return {
    id: r.membership_id,
    committeeId: r.committee_id,
    personId: r.id,
    role: r.role as Role,
    active: r.membership_active === 1,
    person: toPerson(r),
  };
}

/** The order minutes list people in: chair first, observers last, then by name. */
const ROSTER_ORDER = `CASE m.role ${ROLES.map((role, i) => `WHEN '${role}' THEN ${i}`).join(' ')} END, p.name COLLATE NOCASE, p.id`;

const SELECT = `
  SELECT p.*, m.id AS membership_id, m.committee_id, m.role, m.active AS membership_active
  FROM memberships m JOIN people p ON p.id = m.person_id`;

export function membershipsOf(db: ReadableDb, committeeId: number, includeInactive: boolean): Membership[] {
  const rows = db
    .prepare(`${SELECT} WHERE m.committee_id = :committeeId AND (m.active = 1 OR :includeInactive = 1) ORDER BY ${ROSTER_ORDER}`)
    .all({ committeeId, includeInactive: includeInactive ? 1 : 0 }) as MembershipRow[];
  return rows.map(toMembership);
}

/** The roster of one meeting: today's active members, plus anyone who attended it since leaving. */
export function meetingRoster(db: ReadableDb, committeeId: number, meetingId: number): Membership[] {
  const rows = db
    .prepare(
      `${SELECT}
       WHERE m.committee_id = :committeeId
         AND (m.active = 1 OR EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = :meetingId AND a.person_id = m.person_id))
       ORDER BY ${ROSTER_ORDER}`,
    )
    .all({ committeeId, meetingId }) as MembershipRow[];
  return rows.map(toMembership);
}

export function membershipOf(db: ReadableDb, committeeId: number, personId: number): Membership | undefined {
  const row = db
    .prepare(`${SELECT} WHERE m.committee_id = :committeeId AND m.person_id = :personId`)
    .get({ committeeId, personId }) as MembershipRow | undefined;
  return row && toMembership(row);
}

export function insertMembership(db: WritableDb, m: { committeeId: number; personId: number; role: Role; active: boolean }): number {
  const info = db
    .prepare('INSERT INTO memberships (committee_id, person_id, role, active) VALUES (:committeeId, :personId, :role, :active)')
    .run({ ...m, active: m.active ? 1 : 0 });
  return Number(info.lastInsertRowid);
}

export function saveMembership(db: WritableDb, m: { id: number; role: Role; active: boolean }): void {
  db.prepare('UPDATE memberships SET role = :role, active = :active WHERE id = :id').run({ ...m, active: m.active ? 1 : 0 });
}

import type { ParsedInputOf } from '../../shared/api';
import type { Membership } from '../../shared/domain';
import { appendAudit } from '../db/audit';
import { insertMembership, membershipOf, membershipsOf, saveMembership } from '../db/memberships';
import { write, type Session } from '../session';
import { getCommittee } from './committees';
import { getPerson } from './people';

/** Ordered as minutes list them: chair, vice-chair, members, secretary, observers, then by name. */
export function listMemberships(s: Session, committeeId: number, includeInactive = false): Membership[] {
  getCommittee(s, committeeId);
  return membershipsOf(s.db, committeeId, includeInactive);
}

/**
 * Adds the person to the committee, or changes their role. Leaving `active` out means active:
 * setting a role on someone who had left brings them back. Recorded in the committee's history,
 * where a reader looks for changes to the roster.
 */
export function setMembership(s: Session, input: ParsedInputOf<'memberships.set'>): Membership {
  return write(s, (tx) => {
    const { committeeId, personId, role } = input;
    const active = input.active ?? true;
    getCommittee(tx, committeeId);
    const person = getPerson(tx, personId);
    const existing = membershipOf(tx.db, committeeId, personId);
    if (!existing) {
      insertMembership(tx.db, { committeeId, personId, role, active });
      appendAudit(tx, 'membership.set', 'committee', committeeId, { personId, person: person.name, role, active });
    } else {
      if (existing.role === role && existing.active === active) return existing;
      saveMembership(tx.db, { id: existing.id, role, active });
      appendAudit(tx, 'membership.set', 'committee', committeeId, {
        personId,
        person: person.name,
        ...(existing.role !== role && { role: { before: existing.role, after: role } }),
        ...(existing.active !== active && { active: { before: existing.active, after: active } }),
      });
    }
    return membershipOf(tx.db, committeeId, personId)!;
  });
}

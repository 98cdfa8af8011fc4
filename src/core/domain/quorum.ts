import { VOTING_ROLES, type AttendanceEntry, type Membership, type Quorum, type QuorumRule } from '../../shared/domain';

/** How many of `eligible` voting members must be present; never zero, so an empty room is not quorate. */
export function requiredForQuorum(rule: QuorumRule, eligible: number): number {
  const required =
    rule === 'majority'
      ? Math.floor(eligible / 2) + 1
      : rule === 'two-thirds'
        ? Math.ceil((2 * eligible) / 3)
        : rule === 'all'
          ? eligible
          : Number(rule.slice('min:'.length));
  return Math.max(1, required);
}

/**
 * Eligible: active members with a voting role. Counted: those of them present or represented;
 * secretaries, observers and former members do not count either way.
 */
export function computeQuorum(
  rule: QuorumRule,
  members: readonly Pick<Membership, 'personId' | 'role' | 'active'>[],
  attendance: readonly Pick<AttendanceEntry, 'personId' | 'status'>[],
): Quorum {
  const voting = members.filter((m) => m.active && VOTING_ROLES.includes(m.role));
  const inRoom = new Set(attendance.filter((a) => a.status === 'present' || a.status === 'represented').map((a) => a.personId));
  const counted = voting.filter((m) => inRoom.has(m.personId)).length;
  const required = requiredForQuorum(rule, voting.length);
  return { rule, eligible: voting.length, counted, required, met: counted >= required };
}

import { describe, expect, it } from 'vitest';
import { computeQuorum, requiredForQuorum } from '../../../src/core/domain/quorum';
import type { AttendanceStatus, Role } from '../../../src/shared/domain';

const roster = (...roles: Role[]) => roles.map((role, i) => ({ personId: i + 1, role, active: true }));
const present = (...ids: number[]) => ids.map((personId) => ({ personId, status: 'present' as AttendanceStatus }));

describe('required for quorum', () => {
  it.each([
    ['majority', 5, 3],
    ['majority', 6, 4],
    ['majority', 1, 1],
    ['two-thirds', 9, 6],
    ['two-thirds', 10, 7],
    ['two-thirds', 4, 3],
    ['all', 7, 7],
    ['min:4', 12, 4],
    ['min:4', 2, 4],
  ] as const)('%s of %i eligible needs %i', (rule, eligible, required) => {
    expect(requiredForQuorum(rule, eligible)).toBe(required);
  });

  it('never lets an empty room be quorate, whatever the rule', () => {
    for (const rule of ['majority', 'two-thirds', 'all'] as const) {
      expect(computeQuorum(rule, [], [])).toEqual({ rule, eligible: 0, counted: 0, required: 1, met: false });
    }
  });
});

describe('computeQuorum', () => {
  it('meets a majority of five with three present and not with two', () => {
    const members = roster('chair', 'vice-chair', 'member', 'member', 'member');
    expect(computeQuorum('majority', members, present(1, 2, 3))).toMatchObject({ eligible: 5, counted: 3, required: 3, met: true });
    expect(computeQuorum('majority', members, present(1, 2))).toMatchObject({ counted: 2, met: false });
  });

  it('counts a represented member and not one who sent apologies or was absent', () => {
    const members = roster('chair', 'member', 'member', 'member');
    const attendance = [
      { personId: 1, status: 'present' as const },
      { personId: 2, status: 'represented' as const },
      { personId: 3, status: 'apologies' as const },
      { personId: 4, status: 'absent' as const },
    ];
    expect(computeQuorum('majority', members, attendance)).toMatchObject({ eligible: 4, counted: 2, required: 3, met: false });
  });

  it('leaves secretaries, observers and former members out of both counts', () => {
    const members = [...roster('chair', 'member', 'secretary', 'observer'), { personId: 5, role: 'member' as const, active: false }];
    const q = computeQuorum('all', members, present(1, 2, 3, 4, 5));
    expect(q).toEqual({ rule: 'all', eligible: 2, counted: 2, required: 2, met: true });
  });

  it('ignores attendance of someone who is not on the roster', () => {
    expect(computeQuorum('min:2', roster('chair', 'member'), present(1, 99))).toMatchObject({ counted: 1, required: 2, met: false });
  });

  it('applies two-thirds and all strictly', () => {
    const nine = roster('chair', 'member', 'member', 'member', 'member', 'member', 'member', 'member', 'member');
    expect(computeQuorum('two-thirds', nine, present(1, 2, 3, 4, 5)).met).toBe(false);
    expect(computeQuorum('two-thirds', nine, present(1, 2, 3, 4, 5, 6)).met).toBe(true);
    expect(computeQuorum('all', nine, present(1, 2, 3, 4, 5, 6, 7, 8)).met).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, filtersFromParams, filtersToParams, STATUS_CHOICES, toActionFilter } from '../../../src/renderer/actions/filters';
import { api } from '../../../src/shared/api';

describe('tracker filter state', () => {
  it('round-trips through the address, leaving defaults out', () => {
    expect(filtersToParams(DEFAULT_FILTERS).toString()).toBe('');
    const f = { status: 'in_progress', owner: 'Ministry of Health', committeeId: 3, overdue: true, dueWithinDays: 14, sort: 'owner' } as const;
    const params = filtersToParams(f);
    expect(filtersFromParams(new URLSearchParams(params.toString()))).toEqual(f);
  });

  it('falls back to defaults for anything malformed in the address', () => {
    const f = filtersFromParams(new URLSearchParams('status=bogus&committee=-2&within=abc&sort=evil&overdue=yes'));
    expect(f).toEqual(DEFAULT_FILTERS);
    expect(filtersFromParams(new URLSearchParams('within=99999')).dueWithinDays).toBeNull();
  });

  it('builds the host filter: "any" sends no status, overdue narrows whichever status is chosen', () => {
    expect(toActionFilter(DEFAULT_FILTERS)).toEqual({ status: 'active', sort: 'due' });
    expect(toActionFilter({ ...DEFAULT_FILTERS, status: 'all' })).toEqual({ sort: 'due' });
    expect(toActionFilter({ ...DEFAULT_FILTERS, status: 'all', overdue: true })).toEqual({ overdue: true, sort: 'due' });
    expect(toActionFilter({ ...DEFAULT_FILTERS, status: 'done', overdue: true, sort: 'owner' })).toEqual({ status: 'done', overdue: true, sort: 'owner' });
    expect(toActionFilter({ ...DEFAULT_FILTERS, status: 'open', overdue: true, owner: '  Amina ', committeeId: 2, dueWithinDays: 0 })).toEqual({
      status: 'open',
      overdue: true,
      owner: 'Amina',
      committeeId: 2,
      dueWithinDays: 0,
      sort: 'due',
    });
  });

  it('sends nothing the contract would refuse', () => {
    const pageInput = api['actions.page'].input;
    for (const status of STATUS_CHOICES)
      for (const overdue of [false, true]) {
        const filter = toActionFilter({ ...DEFAULT_FILTERS, status, overdue, owner: 'x', committeeId: 1, dueWithinDays: 3 });
        expect(pageInput.safeParse({ ...filter, offset: 0, limit: 100 }).success).toBe(true);
      }
  });
});

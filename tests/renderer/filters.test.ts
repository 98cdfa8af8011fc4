import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, filtersFromParams, filtersToParams, matchesLocally, toActionFilter } from '../../src/renderer/actions/filters';

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

  it('builds the host filter: "any" sends no status, overdue takes the status slot', () => {
    expect(toActionFilter(DEFAULT_FILTERS)).toEqual({ status: 'active', sort: 'due' });
    expect(toActionFilter({ ...DEFAULT_FILTERS, status: 'all' })).toEqual({ sort: 'due' });
    expect(toActionFilter({ ...DEFAULT_FILTERS, status: 'open', overdue: true, owner: '  Amina ', committeeId: 2, dueWithinDays: 0 })).toEqual({
      status: 'overdue',
      owner: 'Amina',
      committeeId: 2,
      dueWithinDays: 0,
      sort: 'due',
    });
  });

  it('narrows overdue results to the chosen status here', () => {
    const f = { ...DEFAULT_FILTERS, overdue: true, status: 'in_progress' as const };
    expect(matchesLocally(f, { status: 'in_progress', overdue: true })).toBe(true);
    expect(matchesLocally(f, { status: 'open', overdue: true })).toBe(false);
    expect(matchesLocally({ ...f, status: 'active' }, { status: 'open', overdue: true })).toBe(true);
    expect(matchesLocally({ ...f, status: 'done' }, { status: 'done', overdue: false })).toBe(false);
    expect(matchesLocally(DEFAULT_FILTERS, { status: 'done', overdue: false })).toBe(true);
  });
});

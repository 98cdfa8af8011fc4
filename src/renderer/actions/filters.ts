import type { ActionFilter, ActionPageInput } from '../../shared/api/actions';
import { ACTION_STATUSES } from '../../shared/domain';
import type { KeyFilter } from '../api/call';

export const STATUS_CHOICES = ['active', 'all', ...ACTION_STATUSES] as const;
export type StatusChoice = (typeof STATUS_CHOICES)[number];
export const SORTS = ['due', 'owner', 'meeting', 'status'] as const;
export type Sort = (typeof SORTS)[number];

/** What the tracker's filter bar shows; kept in the address so a view can be bookmarked and restored. */
export interface TrackerFilters {
  status: StatusChoice;
  owner: string;
  committeeId: number | null;
  overdue: boolean;
  dueWithinDays: number | null;
  sort: Sort;
}

export const DEFAULT_FILTERS: TrackerFilters = {
  status: 'active',
  owner: '',
  committeeId: null,
  overdue: false,
  dueWithinDays: null,
  sort: 'due',
};

function positiveInt(value: string | null, max: number): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n <= max ? n : null;
}

/** Anything unknown or malformed in the address falls back to the default, never an error. */
export function filtersFromParams(params: URLSearchParams): TrackerFilters {
  const status = params.get('status');
  const sort = params.get('sort');
  const committeeId = positiveInt(params.get('committee'), Number.MAX_SAFE_INTEGER);
  return {
    status: (STATUS_CHOICES as readonly string[]).includes(status ?? '') ? (status as StatusChoice) : DEFAULT_FILTERS.status,
    owner: (params.get('owner') ?? '').slice(0, 300),
    committeeId: committeeId && committeeId > 0 ? committeeId : null,
    overdue: params.get('overdue') === '1',
    dueWithinDays: positiveInt(params.get('within'), 3650),
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as Sort) : DEFAULT_FILTERS.sort,
  };
}

export function filtersToParams(f: TrackerFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (f.status !== DEFAULT_FILTERS.status) params.set('status', f.status);
  if (f.owner.trim()) params.set('owner', f.owner);
  if (f.committeeId !== null) params.set('committee', String(f.committeeId));
  if (f.overdue) params.set('overdue', '1');
  if (f.dueWithinDays !== null) params.set('within', String(f.dueWithinDays));
  if (f.sort !== DEFAULT_FILTERS.sort) params.set('sort', f.sort);
  return params;
}

/** Every choice of the bar goes to the host: the screen reads pages, and a row dropped here would leave the count and the pages wrong. */
export function toActionFilter(f: TrackerFilters): ActionFilter {
  const filter: ActionFilter = { sort: f.sort };
  if (f.status !== 'all') filter.status = f.status;
  if (f.overdue) filter.overdue = true;
  if (f.owner.trim()) filter.owner = f.owner.trim();
  if (f.committeeId !== null) filter.committeeId = f.committeeId;
  if (f.dueWithinDays !== null) filter.dueWithinDays = f.dueWithinDays;
  return filter;
}

/**
 * Rows per read of the tracker: about eight screens. On the ten-year vault a page of 100 with its
 * count answers in 2-4 ms for the default view and 7-9 ms for "Any status"; a page of 200 costs
 * about twice that (docs/performance.md).
 */
export const PAGE_SIZE = 100;

/** The screen's read of one page of a filter; the benchmark measures the same. */
export function pageInput(filter: ActionFilter, index: number): ActionPageInput {
  return { ...filter, offset: index * PAGE_SIZE, limit: PAGE_SIZE };
}

/** The cached pages of one filter, whatever their offset: what a row changed here keeps in place. */
export function pagesOf(filter: ActionFilter): KeyFilter {
  const wanted = JSON.stringify(filter);
  return (key) => {
    if (key[0] !== 'actions.page' || typeof key[1] !== 'object' || key[1] === null) return false;
    const { offset: _offset, limit: _limit, ...rest } = key[1] as ActionPageInput;
    return JSON.stringify(rest) === wanted;
  };
}

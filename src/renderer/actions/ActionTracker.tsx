import { Badge, Button, Checkbox, Group, NativeSelect, NumberInput, Popover, Skeleton, Stack, Text, TextInput, Textarea, VisuallyHidden } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { keepPreviousData, useQueries, useQueryClient } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { ActionFilter, ActionPage } from '../../shared/api/actions';
import { ACTION_STATUSES, type ActionItem, type ActionStatus } from '../../shared/domain';
import { call, command, type KeyFilter } from '../api/call';
import { describeError } from '../api/errors';
import { queryKey, useApi } from '../api/queries';
import { formatDate, localized, personName } from '../app/format';
import { Page } from '../components/Page';
import { PageHeader } from '../components/PageHeader';
import { ActionReportButton } from '../exports/MeetingExports';
import { QueryState } from '../components/QueryState';
import { filtersFromParams, filtersToParams, PAGE_SIZE, pageInput, pagesOf, SORTS, STATUS_CHOICES, toActionFilter, type TrackerFilters } from './filters';
import classes from './ActionTracker.module.css';

const ROW_HEIGHT = 52;
/** Rows read ahead of the visible ones, so that a page is usually in before it scrolls into view. */
const LOOKAHEAD = 30;

/**
 * A page is read again only when something invalidates it, never for age alone: pages read at
 * different times could disagree at their edges, and a row changed here must keep its place.
 */
const PAGE_STALE_TIME = Number.POSITIVE_INFINITY;

export function ActionTracker() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const filter = useMemo(() => toActionFilter(filters), [filters]);
  // The previous rows stay on screen until the new ones arrive: remounting the table on every
  // filter change cost more than the query (docs/performance.md).
  const head = useApi('actions.page', pageInput(filter, 0), { placeholderData: keepPreviousData, staleTime: PAGE_STALE_TIME });
  // The filter whose rows are on screen: the one asked for once its first page is in, the previous one until then.
  const [shown, setShown] = useState(filter);
  if (head.data && !head.isPlaceholderData && shown !== filter) setShown(filter);
  const committees = useApi('committees.list', { includeInactive: true });
  const committeeNames = useMemo(
    () => new Map((committees.data ?? []).map((c) => [c.id, c.shortName || localized(c.name, c.nameAr, lang)])),
    [committees.data, lang],
  );
  // The host names owners in English; the Arabic interface names people as the Arabic minutes do.
  const people = useApi('people.list', { includeInactive: true }, { enabled: lang === 'ar' });
  const ownerNames = useMemo(() => new Map((people.data ?? []).map((p) => [p.id, personName(p, lang)])), [people.data, lang]);
  // A body named as owner has one version; a member organisation of that name lends its Arabic one, as in the minutes.
  const bodyNames = useMemo(
    () => new Map((people.data ?? []).filter((p) => p.organisation && p.organisationAr?.trim()).map((p) => [p.organisation!.trim().toLowerCase(), p.organisationAr!])),
    [people.data],
  );
  const ownerOf = useCallback(
    (a: ActionItem) => (a.ownerPersonId !== null ? ownerNames.get(a.ownerPersonId) : bodyNames.get(a.ownerBody?.trim().toLowerCase() ?? '')) ?? a.ownerName,
    [ownerNames, bodyNames],
  );
  const setFilters = (patch: Partial<TrackerFilters>) => setParams(filtersToParams({ ...filters, ...patch }), { replace: true });

  return (
    <Page wide fill aria-busy={head.isPlaceholderData}>
      <PageHeader title={t('tracker.title')} subtitle={t('tracker.subtitle')} actions={<ActionReportButton committeeId={filters.committeeId} />} />
      <FilterBar
        filters={filters}
        onChange={setFilters}
        committees={(committees.data ?? []).map((c) => ({ value: String(c.id), label: localized(c.name, c.nameAr, lang) }))}
      />
      <Group justify="space-between">
        <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="tracker-count">
          {head.data ? t('tracker.count', { count: head.data.total }) : ''}
        </Text>
      </Group>
      <QueryState isLoading={head.isLoading} error={head.error} />
      {head.data && <ActionTable filter={shown} asked={filter} total={head.data.total} counting={head.isFetching} committeeNames={committeeNames} ownerOf={ownerOf} />}
    </Page>
  );
}

function FilterBar({ filters, onChange, committees }: { filters: TrackerFilters; onChange: (p: Partial<TrackerFilters>) => void; committees: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const [owner, setOwner] = useState(filters.owner);
  const pushOwner = useDebouncedCallback((value: string) => onChange({ owner: value }), 300);
  return (
    <div className={classes.filters} role="search" aria-label={t('tracker.filters')}>
      <NativeSelect
        label={t('tracker.status')}
        value={filters.status}
        onChange={(e) => onChange({ status: e.currentTarget.value as TrackerFilters['status'] })}
        data={STATUS_CHOICES.map((s) => ({ value: s, label: t(`tracker.statusChoice.${s}`) }))}
      />
      <TextInput
        label={t('tracker.owner')}
        placeholder={t('tracker.ownerPlaceholder')}
        value={owner}
        onChange={(e) => {
          setOwner(e.currentTarget.value);
          pushOwner(e.currentTarget.value);
        }}
      />
      <NativeSelect
        label={t('tracker.committee')}
        value={filters.committeeId === null ? '' : String(filters.committeeId)}
        onChange={(e) => onChange({ committeeId: e.currentTarget.value ? Number(e.currentTarget.value) : null })}
        data={[{ value: '', label: t('tracker.allCommittees') }, ...committees]}
      />
      <NumberInput
        label={t('tracker.dueWithin')}
        placeholder={t('tracker.anyDate')}
        min={0}
        max={3650}
        allowDecimal={false}
        allowNegative={false}
        value={filters.dueWithinDays ?? ''}
        onChange={(v) => onChange({ dueWithinDays: v === '' || v === undefined ? null : Number(v) })}
      />
      <NativeSelect
        label={t('tracker.sort')}
        value={filters.sort}
        onChange={(e) => onChange({ sort: e.currentTarget.value as TrackerFilters['sort'] })}
        data={SORTS.map((s) => ({ value: s, label: t(`tracker.sortBy.${s}`) }))}
      />
      <Checkbox className={classes.overdueCheck} label={t('tracker.overdueOnly')} checked={filters.overdue} onChange={(e) => onChange({ overdue: e.currentTarget.checked })} />
    </div>
  );
}

interface TableProps {
  /** The filter whose rows are shown; `asked` is the one being loaded, if another. */
  filter: ActionFilter;
  asked: ActionFilter;
  total: number;
  /** The count is being read again: until it is in, a page's count may be the newer one. */
  counting: boolean;
  committeeNames: Map<number, string>;
  ownerOf: (action: ActionItem) => string;
}

function ActionTable({ filter, asked, total, counting, committeeNames, ownerOf }: TableProps) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const scroller = useRef<HTMLDivElement>(null);
  // Each row beyond the screen costs about 10 ms of every filter change on the benchmark machine;
  // four either side still keep Tab and Shift+Tab moving into a row that is there.
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 4 });
  // A new filter starts from its first row; scrolled back now, the old rows at the top wait for it
  // and no page of the old scroll position is asked for under the new filter. Already at the top,
  // scrolling would only force a layout in the middle of the change.
  useLayoutEffect(() => {
    if (virtualizer.scrollOffset) virtualizer.scrollToOffset(0);
  }, [asked, virtualizer]);
  // The pages of a filter stay as the rows were changed here; leaving the filter, every page is
  // read again where next shown, the ones on screen at once.
  const changed = useRef(false);
  const onChanged = useCallback(() => {
    changed.current = true;
  }, []);
  useEffect(
    () => () => {
      if (!changed.current) return;
      changed.current = false;
      void client.invalidateQueries({ queryKey: ['actions.page'] });
    },
    [filter, client],
  );

  const visible = virtualizer.getVirtualItems();
  const firstPage = Math.floor(Math.max(0, (visible[0]?.index ?? 0) - LOOKAHEAD) / PAGE_SIZE);
  const lastPage = Math.floor(Math.max(0, Math.min(total - 1, (visible.at(-1)?.index ?? 0) + LOOKAHEAD)) / PAGE_SIZE);
  const pageIndexes = Array.from({ length: lastPage - firstPage + 1 }, (_, k) => firstPage + k);
  const pages = useQueries({
    queries: pageIndexes.map((index) => {
      const input = pageInput(filter, index);
      return { queryKey: queryKey('actions.page', input), queryFn: () => call('actions.page', input), staleTime: PAGE_STALE_TIME };
    }),
  });
  const pageAt = (index: number) => pages[Math.floor(index / PAGE_SIZE) - firstPage];
  const failed = pages.find((p) => p.error)?.error;
  // A page first read after a row changed here can disagree with the pages read before (the row
  // left the filter, the rest moved up): its count says so, and then all are read again together.
  const drifted = !counting && pages.some((p) => p.data && !p.isFetching && p.data.total !== total);
  useEffect(() => {
    if (drifted) void client.invalidateQueries({ queryKey: ['actions.page'] });
  }, [drifted, client]);

  if (total === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('tracker.empty')}
      </Text>
    );
  return (
    <>
      {failed && <QueryState isLoading={false} error={failed} />}
      <div className={classes.table} role="table" aria-label={t('tracker.title')} aria-rowcount={total + 1}>
        <div role="rowgroup">
          <div className={`${classes.row} ${classes.head}`} role="row" aria-rowindex={1}>
            <span role="columnheader">{t('tracker.col.action')}</span>
            <span role="columnheader">{t('tracker.col.meeting')}</span>
            <span role="columnheader">{t('tracker.col.owner')}</span>
            <span role="columnheader">{t('tracker.col.due')}</span>
            <span role="columnheader">{t('tracker.col.status')}</span>
            <span role="columnheader">{t('tracker.col.progress')}</span>
          </div>
        </div>
        <div ref={scroller} className={classes.scroll} role="rowgroup">
          <div className={classes.canvas} style={{ height: virtualizer.getTotalSize() }}>
            {visible.map((v) => {
              const page = pageAt(v.index);
              const action = page?.data?.items[v.index % PAGE_SIZE];
              // Keyed by place: a new filter's rows update the ones on screen rather than replace them,
              // at half the cost. What belongs to one action (a note being written, an error) is keyed by it.
              return action ? (
                <ActionRow
                  key={v.index}
                  action={action}
                  index={v.index}
                  top={v.start}
                  committeeName={committeeNames.get(action.committeeId) ?? ''}
                  ownerName={ownerOf(action)}
                  filter={filter}
                  onChanged={onChanged}
                />
              ) : (
                <LoadingRow key={`loading ${v.index}`} index={v.index} top={v.start} />
              );
            })}
          </div>
        </div>
      </div>
    </>
  );
}

/** A row whose page is still on its way: quiet grey bars, and "Loading" for a screen reader. */
function LoadingRow({ index, top }: { index: number; top: number }) {
  const { t } = useTranslation();
  return (
    <div className={classes.row} role="row" aria-rowindex={index + 2} aria-busy style={{ transform: `translateY(${top}px)` }}>
      <span role="cell">
        <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
        <Skeleton height={10} width="70%" radius="sm" animate={false} />
      </span>
      {[60, 50, 40, 60, 70].map((width, i) => (
        <span role="cell" key={i}>
          <Skeleton height={10} width={`${width}%`} radius="sm" animate={false} />
        </span>
      ))}
    </div>
  );
}

interface RowProps {
  action: ActionItem;
  /** The action's place in the filter's order, from 0; the header is row 1 of the table. */
  index: number;
  top: number;
  committeeName: string;
  ownerName: string;
  /** With `index`, names the page the row was read in, whose cached copy a change updates. */
  filter: ActionFilter;
  onChanged: () => void;
}

/**
 * Memoised: the table renders again on every scroll step and filter change, and most rows stay
 * as they were. Its texts are plain elements with classes: a Mantine Text each cost a fifth of
 * a filter change in the renderer's profile.
 */
const ActionRow = memo(function ActionRow({ action, index, top, committeeName, ownerName, filter, onChanged }: RowProps) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [failure, setFailure] = useState<{ actionId: number; message: string } | null>(null);
  const error = failure?.actionId === action.id ? failure.message : null;
  const description = localized(action.description, action.descriptionAr, i18n.language);

  // The row keeps its place after a change, in its page's cached copy; the pages are read again when the filter changes.
  const keep = pagesOf(filter);
  function patchRow(patch: Partial<ActionItem>) {
    client.setQueryData<ActionPage>(queryKey('actions.page', pageInput(filter, Math.floor(index / PAGE_SIZE))), (page) =>
      page && { ...page, items: page.items.map((a) => (a.id === action.id ? { ...a, ...patch } : a)) },
    );
    onChanged();
  }

  async function setStatus(status: ActionStatus) {
    setFailure(null);
    try {
      const saved = await command('actions.update', { id: action.id, status }, { keep });
      patchRow(saved);
    } catch (err) {
      setFailure({ actionId: action.id, message: describeError(t, err) });
    }
  }

  return (
    <div
      className={classes.row}
      role="row"
      aria-rowindex={index + 2}
      data-overdue={action.overdue || undefined}
      style={{ transform: `translateY(${top}px)` }}
    >
      <span role="cell" className={classes.main}>
        <span className={`${classes.text} ${classes.clamp1}`} title={description}>
          {description}
        </span>
        {error && (
          <span className={`${classes.textXs} ${classes.error}`} role="alert">
            {error}
          </span>
        )}
      </span>
      <span role="cell">
        <Link to={`/meetings/${action.meetingId}`} className={classes.meetingLink}>
          {t('tracker.meetingRef', { committee: committeeName, number: action.meetingNumber })}
        </Link>
      </span>
      <span role="cell">
        <span className={`${classes.text} ${classes.clamp1}`}>{ownerName}</span>
      </span>
      <span role="cell">
        <span className={classes.text}>{formatDate(action.dueDate, i18n.language)}</span>
        {action.overdue && (
          <Badge size="xs" color="red" variant="light">
            {t('tracker.overdue')}
          </Badge>
        )}
      </span>
      <span role="cell">
        <NativeSelect
          size="xs"
          aria-label={t('tracker.statusOf', { name: description })}
          value={action.status}
          onChange={(e) => void setStatus(e.currentTarget.value as ActionStatus)}
          data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`actionStatus.${s}`) }))}
        />
      </span>
      <span role="cell" className={classes.progress}>
        <span className={`${classes.textXs} ${classes.dimmed} ${classes.clamp2}`} title={action.latestNote?.text}>
          {action.latestNote ? `${formatDate(action.latestNote.date, i18n.language)}: ${action.latestNote.text}` : t('tracker.noNotes')}
        </span>
        <NoteButton key={action.id} action={action} keep={keep} onSaved={patchRow} />
      </span>
    </div>
  );
});

/** Records a progress note (and a new status) on an action; `keep` picks the copies the caller patches itself with `onSaved`. */
export function NoteButton({ action, keep, onSaved }: { action: ActionItem; keep: KeyFilter; onSaved: (patch: Partial<ActionItem>) => void }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const note = await command('actions.addNote', { actionId: action.id, text, status: status === action.status ? undefined : status }, { keep });
      onSaved({ latestNote: note, status, overdue: action.overdue && (status === 'open' || status === 'in_progress') });
      setText('');
      setOpen(false);
    } catch (err) {
      setError(describeError(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Popover opened={open} onChange={setOpen} trapFocus position="bottom-end" withArrow shadow="md" width={340} returnFocus>
      <Popover.Target>
        <Button
          size="compact-xs"
          variant="light"
          onClick={() => {
            setStatus(action.status);
            setOpen((o) => !o);
          }}
          aria-label={t('tracker.addNoteTo', { name: localized(action.description, action.descriptionAr, i18n.language) })}
        >
          {t('tracker.addNote')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form onSubmit={(e) => void save(e)}>
          <Stack gap="xs">
            <Textarea label={t('tracker.note')} value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={2} data-autofocus error={error} />
            <NativeSelect
              label={t('tracker.noteStatus')}
              value={status}
              onChange={(e) => setStatus(e.currentTarget.value as ActionStatus)}
              data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`actionStatus.${s}`) }))}
            />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" size="xs" onClick={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" size="xs" loading={busy} disabled={!text.trim()}>
                {t('tracker.saveNote')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}

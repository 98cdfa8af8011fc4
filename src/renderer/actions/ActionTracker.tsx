import { Badge, Button, Checkbox, Group, NativeSelect, NumberInput, Popover, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ACTION_STATUSES, type ActionItem, type ActionStatus } from '../../shared/domain';
import { call } from '../api/call';
import { describeError } from '../api/errors';
import { queryKey, useApi } from '../api/queries';
import { formatDate, localized, personName } from '../app/format';
import { PageHeader } from '../components/PageHeader';
import { ActionReportButton } from '../exports/MeetingExports';
import { QueryState } from '../components/QueryState';
import { filtersFromParams, filtersToParams, matchesLocally, SORTS, STATUS_CHOICES, toActionFilter, type TrackerFilters } from './filters';

const ROW_HEIGHT = 52;

export function ActionTracker() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const serverFilter = useMemo(() => toActionFilter(filters), [filters]);
  // The previous rows stay on screen until the new ones arrive: remounting the table on every
  // filter change cost more than the query (docs/performance.md).
  const actions = useApi('actions.list', serverFilter, { placeholderData: keepPreviousData });
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
  const ownerOf = (a: ActionItem) =>
    (a.ownerPersonId !== null ? ownerNames.get(a.ownerPersonId) : bodyNames.get(a.ownerBody?.trim().toLowerCase() ?? '')) ?? a.ownerName;
  const rows = useMemo(() => (actions.data ?? []).filter((a) => matchesLocally(filters, a)), [actions.data, filters]);
  const setFilters = (patch: Partial<TrackerFilters>) => setParams(filtersToParams({ ...filters, ...patch }), { replace: true });

  return (
    <div className="page tracker-page" aria-busy={actions.isPlaceholderData}>
      <PageHeader title={t('tracker.title')} subtitle={t('tracker.subtitle')} actions={<ActionReportButton committeeId={filters.committeeId} />} />
      <FilterBar
        filters={filters}
        onChange={setFilters}
        committees={(committees.data ?? []).map((c) => ({ value: String(c.id), label: localized(c.name, c.nameAr, lang) }))}
      />
      <Group justify="space-between">
        <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="tracker-count">
          {actions.data ? t('tracker.count', { count: rows.length }) : ''}
        </Text>
      </Group>
      <QueryState isLoading={actions.isLoading} error={actions.error} />
      {actions.data && <ActionTable rows={rows} committeeNames={committeeNames} ownerOf={ownerOf} filterKey={serverFilter} />}
    </div>
  );
}

function FilterBar({ filters, onChange, committees }: { filters: TrackerFilters; onChange: (p: Partial<TrackerFilters>) => void; committees: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const [owner, setOwner] = useState(filters.owner);
  const pushOwner = useDebouncedCallback((value: string) => onChange({ owner: value }), 300);
  return (
    <div className="filter-bar" role="search" aria-label={t('tracker.filters')}>
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
      <Checkbox className="filter-check" label={t('tracker.overdueOnly')} checked={filters.overdue} onChange={(e) => onChange({ overdue: e.currentTarget.checked })} />
    </div>
  );
}

interface TableProps {
  rows: ActionItem[];
  committeeNames: Map<number, string>;
  ownerOf: (action: ActionItem) => string;
  filterKey: ReturnType<typeof toActionFilter>;
}

function ActionTable({ rows, committeeNames, ownerOf, filterKey }: TableProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });

  if (rows.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('tracker.empty')}
      </Text>
    );
  return (
    <div className="tracker-table" role="table" aria-label={t('tracker.title')} aria-rowcount={rows.length + 1}>
      <div role="rowgroup">
        <div className="tracker-row tracker-head" role="row" aria-rowindex={1}>
          <span role="columnheader">{t('tracker.col.action')}</span>
          <span role="columnheader">{t('tracker.col.meeting')}</span>
          <span role="columnheader">{t('tracker.col.owner')}</span>
          <span role="columnheader">{t('tracker.col.due')}</span>
          <span role="columnheader">{t('tracker.col.status')}</span>
          <span role="columnheader">{t('tracker.col.progress')}</span>
        </div>
      </div>
      <div ref={scroller} className="tracker-scroll" role="rowgroup">
        <div className="tracker-canvas" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((v) => (
            <ActionRow
              key={rows[v.index].id}
              action={rows[v.index]}
              rowIndex={v.index + 2}
              top={v.start}
              committeeName={committeeNames.get(rows[v.index].committeeId) ?? ''}
              ownerName={ownerOf(rows[v.index])}
              filterKey={filterKey}
            />
          ))}
        </div>
      </div>
    </div>
  );
}

interface RowProps {
  action: ActionItem;
  rowIndex: number;
  top: number;
  committeeName: string;
  ownerName: string;
  filterKey: ReturnType<typeof toActionFilter>;
}

function ActionRow({ action, rowIndex, top, committeeName, ownerName, filterKey }: RowProps) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const description = localized(action.description, action.descriptionAr, i18n.language);

  // The row keeps its place after a change; the list is re-read when the filter changes.
  function patchRow(patch: Partial<ActionItem>) {
    client.setQueryData<ActionItem[]>(queryKey('actions.list', filterKey), (list) => list?.map((a) => (a.id === action.id ? { ...a, ...patch } : a)));
    void client.invalidateQueries({ queryKey: ['actions.list'], refetchType: 'none' });
    void client.invalidateQueries({ queryKey: ['meetings.get'] });
    void client.invalidateQueries({ queryKey: ['meetings.list'] });
  }

  async function setStatus(status: ActionStatus) {
    setError(null);
    try {
      const saved = await call('actions.update', { id: action.id, status });
      patchRow(saved);
    } catch (err) {
      setError(describeError(t, err));
    }
  }

  return (
    <div
      className="tracker-row"
      role="row"
      aria-rowindex={rowIndex}
      data-overdue={action.overdue || undefined}
      style={{ transform: `translateY(${top}px)` }}
    >
      <span role="cell" className="tracker-cell-main">
        <Text size="sm" lineClamp={1} title={description}>
          {description}
        </Text>
        {error && (
          <Text size="xs" c="red.8" role="alert">
            {error}
          </Text>
        )}
      </span>
      <span role="cell">
        <Link to={`/meetings/${action.meetingId}`} className="small-link">
          {t('tracker.meetingRef', { committee: committeeName, number: action.meetingNumber })}
        </Link>
      </span>
      <span role="cell">
        <Text size="sm" lineClamp={1}>
          {ownerName}
        </Text>
      </span>
      <span role="cell">
        <Text size="sm">{formatDate(action.dueDate, i18n.language)}</Text>
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
      <span role="cell" className="tracker-progress">
        <Text size="xs" c="dimmed" lineClamp={2} title={action.latestNote?.text}>
          {action.latestNote ? `${formatDate(action.latestNote.date, i18n.language)}: ${action.latestNote.text}` : t('tracker.noNotes')}
        </Text>
        <NoteButton action={action} onSaved={patchRow} />
      </span>
    </div>
  );
}

export function NoteButton({ action, onSaved }: { action: ActionItem; onSaved: (patch: Partial<ActionItem>) => void }) {
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
      const note = await call('actions.addNote', { actionId: action.id, text, status: status === action.status ? undefined : status });
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

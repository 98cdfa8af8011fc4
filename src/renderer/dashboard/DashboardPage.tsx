import { Badge, Table, Text, Title } from '@mantine/core';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DUE_SOON_DAYS, type AwaitingDecision, type Dashboard } from '../../shared/api/dashboard';
import type { ActionItem, MeetingSummary } from '../../shared/domain';
import { useApi } from '../api/queries';
import { formatDate, localized } from '../app/format';
import { DataTable } from '../components/DataTable';
import { Page } from '../components/Page';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { dueWording } from './days';
import classes from './DashboardPage.module.css';

/**
 * The chair's view across committees: what is late, what falls due within two weeks, which
 * decisions are not yet carried out and which minutes wait for approval.
 */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  // Editors save without refreshing this read, so it is taken afresh on each visit.
  const dashboard = useApi('dashboard.get', {});
  const d = dashboard.data;
  return (
    <Page>
      <PageHeader title={t('dashboard.title')} subtitle={d ? t('dashboard.subtitle', { date: formatDate(d.asOf, i18n.language) }) : undefined} />
      {!d ? <QueryState isLoading={dashboard.isLoading} error={dashboard.error} /> : <DashboardBody d={d} />}
    </Page>
  );
}

/** Short names keep the rows scannable; the dashboard itself carries the full ones. */
function useCommitteeNames(d: Dashboard): Map<number, string> {
  const { i18n } = useTranslation();
  const committees = useApi('committees.list', { includeInactive: true });
  const names = new Map(d.byCommittee.map((c) => [c.committeeId, c.committeeName]));
  for (const c of committees.data ?? []) names.set(c.id, c.shortName || localized(c.name, c.nameAr, i18n.language));
  return names;
}

function DashboardBody({ d }: { d: Dashboard }) {
  const { t, i18n } = useTranslation();
  const names = useCommitteeNames(d);
  const { counts } = d;
  const quiet = counts.overdue + counts.dueSoon + counts.decisionsAwaiting + counts.minutesAwaitingApproval === 0;
  return (
    <>
      <ul className={classes.counts} aria-label={t('dashboard.countsLabel')}>
        <CountTile count={counts.overdue} label={t('dashboard.overdue')} to="/actions?overdue=1" alert />
        <CountTile count={counts.dueSoon} label={t('dashboard.dueSoon', { days: DUE_SOON_DAYS })} to={`/actions?within=${DUE_SOON_DAYS}`} />
        <CountTile count={counts.decisionsAwaiting} label={t('dashboard.decisionsAwaiting')} to="#decisions-awaiting" />
        <CountTile count={counts.minutesAwaitingApproval} label={t('dashboard.minutesAwaiting')} to="#minutes-awaiting" />
      </ul>
      {quiet ? (
        <Text c="dimmed">{t('dashboard.quiet')}</Text>
      ) : (
        <div className={classes.grid}>
          <Panel id="overdue-actions" title={t('dashboard.overdueTitle')} count={counts.overdue} empty={t('dashboard.noneOverdue')}>
            <ActionList actions={d.overdue} asOf={d.asOf} names={names} />
            <More shown={d.overdue.length} total={counts.overdue} to="/actions?overdue=1" />
          </Panel>
          <Panel id="minutes-awaiting" title={t('dashboard.minutesTitle')} count={counts.minutesAwaitingApproval} empty={t('dashboard.noMinutes')}>
            <MinutesList meetings={d.minutesAwaitingApproval} names={names} />
          </Panel>
          <Panel
            id="due-soon"
            title={t('dashboard.dueSoonTitle', { date: formatDate(d.dueSoonUntil, i18n.language) })}
            count={counts.dueSoon}
            empty={t('dashboard.noneDueSoon', { days: DUE_SOON_DAYS })}
          >
            <ActionList actions={d.dueSoon} asOf={d.asOf} names={names} />
            <More shown={d.dueSoon.length} total={counts.dueSoon} to={`/actions?within=${DUE_SOON_DAYS}`} />
          </Panel>
          <Panel id="decisions-awaiting" title={t('dashboard.decisionsTitle')} count={counts.decisionsAwaiting} empty={t('dashboard.noDecisions')}>
            <DecisionList decisions={d.decisionsAwaiting} names={names} />
          </Panel>
        </div>
      )}
      {d.byCommittee.length > 1 && <ByCommittee d={d} />}
    </>
  );
}

function CountTile({ count, label, to, alert = false }: { count: number; label: string; to: string; alert?: boolean }) {
  const body = (
    <>
      <span className={classes.count} data-testid="tile-count">{count}</span>
      <span className={classes.countLabel}>{label}</span>
    </>
  );
  return (
    <li>
      {to.startsWith('#') ? (
        <a className={classes.tile} href={to} data-alert={(alert && count > 0) || undefined} onClick={(e) => jumpTo(e, to.slice(1))}>
          {body}
        </a>
      ) : (
        <Link className={classes.tile} to={to} data-alert={(alert && count > 0) || undefined}>
          {body}
        </Link>
      )}
    </li>
  );
}

/** The router owns the address's #, so an in-page jump scrolls by hand. */
function jumpTo(e: MouseEvent, id: string) {
  e.preventDefault();
  const target = document.getElementById(id);
  target?.scrollIntoView({ block: 'start' });
  target?.focus();
}

function Panel({ id, title, count, empty, children }: { id: string; title: string; count: number; empty: string; children: ReactNode }) {
  return (
    <section className={classes.panel} id={id} tabIndex={-1} aria-labelledby={`${id}-heading`}>
      <div className={classes.panelHead}>
        <Title order={2} size="h5" id={`${id}-heading`}>
          {title}
        </Title>
        <Badge variant="light" color="gray">
          {count}
        </Badge>
      </div>
      {count === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        children
      )}
    </section>
  );
}

function More({ shown, total, to }: { shown: number; total: number; to: string }) {
  const { t } = useTranslation();
  if (total <= shown) return null;
  return (
    <Link to={to} className={classes.more}>
      {t('dashboard.more', { count: total - shown })}
    </Link>
  );
}

function ActionList({ actions, asOf, names }: { actions: ActionItem[]; asOf: string; names: Map<number, string> }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className={classes.list}>
      {actions.map((a) => {
        const due = a.dueDate ? dueWording(asOf, a.dueDate) : null;
        return (
          <li key={a.id} className={classes.row}>
            <div className={classes.main}>
              <Text size="sm">{localized(a.description, a.descriptionAr, i18n.language)}</Text>
              <Text size="xs" c="dimmed">
                {a.ownerName} ·{' '}
                <Link to={`/meetings/${a.meetingId}`} className={classes.quietLink}>
                  {t('dashboard.meetingRef', { committee: names.get(a.committeeId) ?? '', number: a.meetingNumber })}
                </Link>
              </Text>
            </div>
            <div className={classes.side}>
              <Text size="sm">{formatDate(a.dueDate, i18n.language)}</Text>
              {due && (
                <Text size="xs" c={due.key === 'overdueBy' ? 'red.8' : 'dimmed'} fw={due.key === 'overdueBy' ? 600 : undefined}>
                  {t(`dashboard.${due.key}`, { count: due.count })}
                </Text>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

function MinutesList({ meetings, names }: { meetings: MeetingSummary[]; names: Map<number, string> }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className={classes.list}>
      {meetings.map((m) => (
        <li key={m.id} className={classes.row}>
          <div className={classes.main}>
            <Link to={`/meetings/${m.id}`}>
              <Text size="sm" span>
                {t('dashboard.minutesOf', { ordinal: t('meeting.ordinal', { count: m.number, ordinal: true }), committee: names.get(m.committeeId) ?? m.committeeName })}
              </Text>
            </Link>
            <Text size="xs" c="dimmed">
              {t('dashboard.decisionCount', { count: m.decisionCount })}
            </Text>
          </div>
          <div className={classes.side}>
            <Text size="sm">{formatDate(m.startsAt, i18n.language)}</Text>
          </div>
        </li>
      ))}
    </ul>
  );
}

function DecisionList({ decisions, names }: { decisions: AwaitingDecision[]; names: Map<number, string> }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className={classes.list}>
      {decisions.map((d) => (
        <li key={d.id} className={classes.row}>
          <div className={classes.main}>
            <Text size="sm" lineClamp={2}>
              <Text span size="sm" fw={600}>
                {d.number}
              </Text>{' '}
              {localized(d.text, d.textAr, i18n.language)}
            </Text>
            <Text size="xs" c="dimmed">
              <Link to={`/meetings/${d.meetingId}`} className={classes.quietLink}>
                {t('dashboard.meetingRef', { committee: names.get(d.committeeId) ?? d.committeeName, number: d.meetingNumber })}
              </Link>
            </Text>
          </div>
          <div className={classes.side}>
            <Badge variant="light" color={d.implementationStatus === 'in_progress' ? 'blue' : 'gray'}>
              {t(`implementationStatus.${d.implementationStatus}`)}
            </Badge>
          </div>
        </li>
      ))}
    </ul>
  );
}

function ByCommittee({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  return (
    <section className={classes.panel} aria-labelledby="by-committee-heading">
      <Title order={2} size="h5" id="by-committee-heading">
        {t('dashboard.byCommittee')}
      </Title>
      <DataTable>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('meeting.committee')}</Table.Th>
            <Table.Th data-numeric>{t('dashboard.col.overdue')}</Table.Th>
            <Table.Th data-numeric>{t('dashboard.col.dueSoon')}</Table.Th>
            <Table.Th data-numeric>{t('dashboard.col.decisions')}</Table.Th>
            <Table.Th data-numeric>{t('dashboard.col.minutes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {d.byCommittee.map((c) => (
            <Table.Tr key={c.committeeId}>
              <Table.Td>
                <Link to={`/committees/${c.committeeId}`}>{c.committeeName}</Link>
              </Table.Td>
              <Table.Td data-numeric>{c.overdue}</Table.Td>
              <Table.Td data-numeric>{c.dueSoon}</Table.Td>
              <Table.Td data-numeric>{c.decisionsAwaiting}</Table.Td>
              <Table.Td data-numeric>{c.minutesAwaitingApproval}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </DataTable>
    </section>
  );
}

import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MeetingStatus } from '../../shared/domain';
import { useApi } from '../api/queries';
import { formatDate, formatNumber, localized } from '../app/format';
import { DataTable } from '../components/DataTable';
import { QueryState } from '../components/QueryState';

export const STATUS_COLOR: Record<MeetingStatus, string> = { draft: 'gray', in_review: 'yellow', approved: 'teal' };

export function MeetingsTable({ committeeId, showCommittee = false }: { committeeId?: number; showCommittee?: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const meetings = useApi('meetings.list', committeeId ? { committeeId } : {});
  const committees = useApi('committees.list', { includeInactive: true }, { enabled: showCommittee && lang === 'ar' });
  const committeeName = (id: number, name: string) => localized(name, committees.data?.find((c) => c.id === id)?.nameAr, lang);
  if (!meetings.data) return <QueryState isLoading={meetings.isLoading} error={meetings.error} />;
  if (meetings.data.length === 0) return <Text c="dimmed">{t('meetings.empty')}</Text>;
  return (
    <DataTable highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th data-numeric>{t('meeting.number')}</Table.Th>
          {showCommittee && <Table.Th>{t('meeting.committee')}</Table.Th>}
          <Table.Th>{t('meeting.date')}</Table.Th>
          <Table.Th>{t('common.status')}</Table.Th>
          <Table.Th>{t('meeting.classification')}</Table.Th>
          <Table.Th data-numeric>{t('meetings.decisions')}</Table.Th>
          <Table.Th data-numeric>{t('meetings.openActions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {meetings.data.map((m) => (
          <Table.Tr key={m.id}>
            <Table.Td data-numeric>
              <Link to={`/meetings/${m.id}`} aria-label={t('meetings.openNamed', { ordinal: t('meeting.ordinal', { count: m.number, ordinal: true }), committee: committeeName(m.committeeId, m.committeeName) })}>
                {t('meeting.ordinal', { count: m.number, ordinal: true })}
              </Link>
            </Table.Td>
            {showCommittee && <Table.Td>{committeeName(m.committeeId, m.committeeName)}</Table.Td>}
            <Table.Td>{formatDate(m.startsAt, lang)}</Table.Td>
            <Table.Td>
              <Badge variant="light" color={STATUS_COLOR[m.status]}>
                {t(`meetingStatus.${m.status}`)}
              </Badge>
            </Table.Td>
            <Table.Td>{t(`classification.${m.classification}`)}</Table.Td>
            <Table.Td data-numeric>{formatNumber(m.decisionCount, lang)}</Table.Td>
            <Table.Td data-numeric>{formatNumber(m.openActionCount, lang)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}

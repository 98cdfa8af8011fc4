import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '../../shared/domain';
import { useApi } from '../api/queries';
import { EditorSection } from '../components/EditorSection';
import { QueryState } from '../components/QueryState';
import { humanise } from '../history/auditDetail';
import { formatInstant } from '../app/format';
import { useMeeting } from '../meetings/meetingContext';
import { targetLabel } from './targets';
import classes from './AmendmentsSection.module.css';

/**
 * Changes the editor's fields do not know about yet: the editor keys itself on this, so that
 * after an amendment every field starts again from the amended record.
 */
export function useAmendmentRevision(meetingId: number, status: MeetingStatus | undefined): number {
  return useApi('amendments.list', { meetingId }, { enabled: status === 'approved' }).data?.length ?? 0;
}

/** The amendments annex of approved minutes, as the export prints it. */
export function AmendmentsSection() {
  const { t, i18n } = useTranslation();
  const { record } = useMeeting();
  const approved = record.meeting.status === 'approved';
  const amendments = useApi('amendments.list', { meetingId: record.meeting.id }, { enabled: approved });
  if (!approved) return null;

  return (
    <EditorSection aria-labelledby="amendments-heading">
      <Title order={2} size="h5" id="amendments-heading">
        {t('amend.listTitle')}
      </Title>
      <QueryState isLoading={amendments.isLoading} error={amendments.error} />
      {amendments.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('amend.none')}
        </Text>
      )}
      {!!amendments.data?.length && (
        <Table className={classes.table} verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('amend.col.what')}</Table.Th>
              <Table.Th>{t('amend.col.before')}</Table.Th>
              <Table.Th>{t('amend.col.after')}</Table.Th>
              <Table.Th>{t('amend.col.reason')}</Table.Th>
              <Table.Th>{t('amend.col.by')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {amendments.data.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {targetLabel(t, i18n.language, record, a.targetType, a.targetId)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`fields.${a.field}`, { defaultValue: humanise(a.field) })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed" lineClamp={4} title={a.before ?? undefined} className={classes.text}>
                    {a.before ?? t('history.empty')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={4} title={a.after ?? undefined} className={classes.text}>
                    {a.after ?? t('history.empty')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" className={classes.text}>
                    {a.reason}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{a.author}</Text>
                  <Text size="xs" c="dimmed">
                    {formatInstant(a.createdAt, i18n.language)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </EditorSection>
  );
}

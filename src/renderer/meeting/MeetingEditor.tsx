import { Alert, Anchor, Badge, Group, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Meeting } from '../../shared/domain';
import { call } from '../api/call';
import { useApi } from '../api/queries';
import { useAutosave } from '../autosave/AutosaveContext';
import { SaveIndicator } from '../autosave/SaveIndicator';
import { QueryState } from '../components/QueryState';
import { MeetingExports } from '../exports/MeetingExports';
import { STATUS_COLOR } from '../meetings/MeetingsTable';
import { AgendaSection } from './AgendaSection';
import { AttendanceGrid } from './AttendanceGrid';
import { DetailsSection, RemarksField } from './DetailsSection';
import { MeetingContext, useUpdateRecord } from './meetingContext';

export type MeetingPatch = Partial<Pick<Meeting, 'startsAt' | 'endsAt' | 'venue' | 'classification' | 'openingRemarks' | 'closingRemarks'>>;

export function MeetingEditor() {
  const meetingId = Number(useParams().meetingId);
  const meeting = useApi('meetings.get', { id: meetingId });
  if (!meeting.data) return <QueryState isLoading={meeting.isLoading} error={meeting.error} />;
  // Keyed by id: every field keeps its own draft, started from the record once.
  return <LoadedEditor key={meetingId} meetingId={meetingId} />;
}

function LoadedEditor({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const updateRecord = useUpdateRecord(meetingId);
  const record = useApi('meetings.get', { id: meetingId }).data!;
  const readOnly = record.meeting.status === 'approved';
  const saver = useAutosave<MeetingPatch>(async (patch) => {
    const saved = await call('meetings.update', { id: meetingId, ...patch });
    updateRecord((r) => ({ ...r, meeting: saved }));
    void client.invalidateQueries({ queryKey: ['meetings.list'] });
  });
  const context = useMemo(() => ({ record, readOnly }), [record, readOnly]);
  const { committee, meeting } = record;

  return (
    <MeetingContext value={context}>
      <div className="page meeting-editor">
        <header className="page-header sticky-header">
          <div className="page-title">
            <Text size="sm" c="dimmed">
              <Anchor component={Link} to={`/committees/${committee.id}?tab=meetings`} size="sm">
                {committee.name}
              </Anchor>
            </Text>
            <Group gap="sm">
              <Title order={1} size="h3">
                {t('meeting.title', { ordinal: t('meeting.ordinal', { count: meeting.number, ordinal: true }) })}
              </Title>
              <Badge variant="light" color={STATUS_COLOR[meeting.status]}>
                {t(`meetingStatus.${meeting.status}`)}
              </Badge>
            </Group>
          </div>
          <Group gap="md" wrap="nowrap">
            <SaveIndicator />
            <MeetingExports meetingId={meetingId} />
          </Group>
        </header>
        {readOnly && (
          <Alert color="teal" variant="light">
            {t('meeting.approvedLocked')}
          </Alert>
        )}
        <fieldset disabled={readOnly} className="plain-fieldset">
          <DetailsSection saver={saver} />
          <AttendanceGrid />
          <section className="editor-section" aria-labelledby="opening-heading">
            <Title order={2} size="h5" id="opening-heading">
              {t('meeting.openingRemarks')}
            </Title>
            <RemarksField saver={saver} field="openingRemarks" label={t('meeting.openingRemarks')} />
          </section>
          <AgendaSection />
          <section className="editor-section" aria-labelledby="closing-heading">
            <Title order={2} size="h5" id="closing-heading">
              {t('meeting.closingRemarks')}
            </Title>
            <RemarksField saver={saver} field="closingRemarks" label={t('meeting.closingRemarks')} />
          </section>
        </fieldset>
      </div>
    </MeetingContext>
  );
}

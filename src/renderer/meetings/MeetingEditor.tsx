import { Anchor, Badge, Button, Group, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { command } from '../api/call';
import { describeError } from '../api/errors';
import { useApi } from '../api/queries';
import { localized } from '../app/format';
import { MattersArisingOffer } from '../arising/MattersArising';
import { useAutosave, useRegistry } from '../autosave/AutosaveContext';
import { SaveIndicator } from '../autosave/SaveIndicator';
import { EditorSection } from '../components/EditorSection';
import { Page } from '../components/Page';
import { PageHeaderBar, PageTitleBlock } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { exportMeetingDocument, MeetingExports, missingArabic } from '../exports/MeetingExports';
import { STATUS_COLOR } from './MeetingsTable';
import { AmendmentsSection, useAmendmentRevision } from '../review/AmendmentsSection';
import { WorkflowBar } from '../review/WorkflowBar';
import { AgendaSection } from './AgendaSection';
import { ArabicGapsPanel, focusRequestedField, useGoToGap, type ArabicDocument } from './ArabicGapsPanel';
import { AttendanceGrid } from './AttendanceGrid';
import { DetailsSection, RemarksFields, type MeetingPatch } from './DetailsSection';
import { keepRecord, MeetingContext, useUpdateRecord } from './meetingContext';
import classes from './MeetingEditor.module.css';

interface Gaps {
  document: ArabicDocument;
  issues: { path: string; message: string }[];
}

export function MeetingEditor() {
  const meetingId = Number(useParams().meetingId);
  const meeting = useApi('meetings.get', { id: meetingId });
  const revision = useAmendmentRevision(meetingId, meeting.data?.meeting.status);
  if (!meeting.data) return <QueryState isLoading={meeting.isLoading} error={meeting.error} />;
  // Keyed by id: every field keeps its own draft, started from the record once (and again after an amendment).
  return <LoadedEditor key={`${meetingId}:${revision}`} meetingId={meetingId} />;
}

function LoadedEditor({ meetingId }: { meetingId: number }) {
  const { t, i18n } = useTranslation();
  const updateRecord = useUpdateRecord(meetingId);
  const record = useApi('meetings.get', { id: meetingId }).data!;
  const readOnly = record.meeting.status === 'approved';
  const saver = useAutosave<MeetingPatch>(async (patch) => {
    const saved = await command('meetings.update', { id: meetingId, ...patch }, { keep: keepRecord(meetingId) });
    updateRecord((r) => ({ ...r, meeting: saved }));
  });
  const context = useMemo(() => ({ record, readOnly }), [record, readOnly]);
  const { committee, meeting } = record;
  const registry = useRegistry();
  const [gaps, setGaps] = useState<Gaps | null>(null);
  const [retryError, setRetryError] = useState<string | null>(null);
  const goToGap = useGoToGap(meetingId, true);
  const [params, setParams] = useSearchParams();
  const requestedField = params.get('field');
  useEffect(() => {
    if (!requestedField) return;
    focusRequestedField(requestedField);
    setParams({}, { replace: true });
  }, [requestedField, setParams]);

  async function retryArabic(document: ArabicDocument) {
    setRetryError(null);
    try {
      await registry.flushAll();
      await exportMeetingDocument(document, meetingId, 'ar');
      setGaps(null);
    } catch (err) {
      const issues = missingArabic(err);
      if (issues) setGaps({ document, issues });
      else setRetryError(describeError(t, err));
    }
  }

  return (
    <MeetingContext value={context}>
      <Page>
        <PageHeaderBar sticky>
          <PageTitleBlock>
            <Text size="sm" c="dimmed">
              <Anchor component={Link} to={`/committees/${committee.id}?tab=meetings`} size="sm">
                {localized(committee.name, committee.nameAr, i18n.language)}
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
          </PageTitleBlock>
          <Group gap="md" wrap="nowrap">
            <SaveIndicator />
            <Button component={Link} to={`/meetings/${meetingId}/press`} variant="default">
              {t('press.open')}
            </Button>
            <MeetingExports meetingId={meetingId} onArabicGaps={setGaps} />
          </Group>
        </PageHeaderBar>
        {gaps && (
          <ArabicGapsPanel
            document={gaps.document}
            issues={gaps.issues}
            record={record}
            onGo={goToGap}
            onRetry={() => void retryArabic(gaps.document)}
            error={retryError}
            onClose={() => setGaps(null)}
          />
        )}
        <WorkflowBar />
        <MattersArisingOffer />
        <fieldset disabled={readOnly} className={classes.fieldset}>
          <DetailsSection saver={saver} />
          <AttendanceGrid />
          <EditorSection aria-labelledby="opening-heading">
            <Title order={2} size="h5" id="opening-heading">
              {t('meeting.openingRemarks')}
            </Title>
            <RemarksFields saver={saver} field="openingRemarks" label={t('meeting.openingRemarks')} />
          </EditorSection>
          <AgendaSection />
          <EditorSection aria-labelledby="closing-heading">
            <Title order={2} size="h5" id="closing-heading">
              {t('meeting.closingRemarks')}
            </Title>
            <RemarksFields saver={saver} field="closingRemarks" label={t('meeting.closingRemarks')} />
          </EditorSection>
        </fieldset>
        <AmendmentsSection />
      </Page>
    </MeetingContext>
  );
}

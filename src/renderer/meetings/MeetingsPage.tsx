import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Page } from '../components/Page';
import { PageHeader } from '../components/PageHeader';
import { MeetingsTable } from './MeetingsTable';
import { NewMeetingButton } from './NewMeetingButton';

export function MeetingsPage() {
  const { t } = useTranslation();
  return (
    <Page>
      <PageHeader
        title={t('meetings.title')}
        subtitle={t('meetings.subtitle')}
        actions={
          <Group gap="xs">
            <NewMeetingButton />
          </Group>
        }
      />
      <MeetingsTable showCommittee />
    </Page>
  );
}

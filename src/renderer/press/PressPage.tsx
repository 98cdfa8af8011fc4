import { Anchor, Badge, Button, Group, Modal, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { DocLanguage } from '../../shared/api/exports';
import type { PressStatement } from '../../shared/api/press';
import type { MeetingRecord } from '../../shared/domain';
import { call, command, exactly } from '../api/call';
import { describeError } from '../api/errors';
import { queryKey, useApi } from '../api/queries';
import { formatDate, formatInstant, localized } from '../app/format';
import { useAutosave, useRegistry } from '../autosave/AutosaveContext';
import { SaveIndicator } from '../autosave/SaveIndicator';
import { ARABIC_TEXT, BilingualPair, ENGLISH_TEXT } from '../components/Bilingual';
import { EditorSection } from '../components/EditorSection';
import { Page } from '../components/Page';
import { PageHeaderBar, PageTitleBlock } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { exportMeetingDocument, missingArabic } from '../exports/MeetingExports';
import { ArabicGapsPanel, useGoToGap } from '../meetings/ArabicGapsPanel';

type Issues = { path: string; message: string }[];
type PressText = Pick<PressStatement, 'headline' | 'body'>;

/** The press statements of one meeting: English and Arabic side by side, each stored and approved on its own. */
export function PressPage() {
  const { t, i18n } = useTranslation();
  const meetingId = Number(useParams().meetingId);
  const record = useApi('meetings.get', { id: meetingId });
  if (!record.data) return <QueryState isLoading={record.isLoading} error={record.error} />;
  const { committee, meeting } = record.data;
  const ordinal = t('meeting.ordinal', { count: meeting.number, ordinal: true });

  return (
    <Page wide>
      <PageHeaderBar sticky>
        <PageTitleBlock>
          <Anchor component={Link} to={`/meetings/${meetingId}`} size="sm">
            {t('press.backToMeeting', { ordinal })}
          </Anchor>
          <Title order={1} size="h3">
            {t('press.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {[localized(committee.name, committee.nameAr, i18n.language), t('meeting.title', { ordinal }), formatDate(meeting.startsAt, i18n.language)].join(' · ')}
          </Text>
        </PageTitleBlock>
        <SaveIndicator />
      </PageHeaderBar>
      <BilingualPair
        english={<PressPanel key="en" meetingId={meetingId} lang="en" record={record.data} />}
        arabic={<PressPanel key="ar" meetingId={meetingId} lang="ar" record={record.data} />}
      />
    </Page>
  );
}

function blankStatement(meetingId: number, lang: DocLanguage): PressStatement {
  return { meetingId, lang, headline: '', body: '', status: 'draft', stored: false, approvedAt: null, approvedBy: null, updatedAt: null };
}

/**
 * One language's statement. It is read afresh on every visit, since a draft nobody has saved is
 * generated from the meeting as it is now. An Arabic draft needs the meeting's Arabic texts: until
 * they are filled in, the panel lists them, and the secretary may write the statement by hand.
 */
function PressPanel({ meetingId, lang, record }: { meetingId: number; lang: DocLanguage; record: MeetingRecord }) {
  const { t } = useTranslation();
  const statement = useApi('press.get', { meetingId, lang });
  const [byHand, setByHand] = useState(false);
  const goToGap = useGoToGap(meetingId, false);
  const issues = missingArabic(statement.error);
  const loaded = statement.isFetchedAfterMount && !!statement.data && !statement.error;

  return (
    <EditorSection aria-labelledby={`press-heading-${lang}`} data-testid={`press-${lang}`}>
      <Title order={2} size="h5" id={`press-heading-${lang}`}>
        {t(`press.heading.${lang}`)}
      </Title>
      {issues && !byHand && (
        <>
          <ArabicGapsPanel document="press" issues={issues} record={record} onGo={goToGap} />
          <Group>
            <Button variant="default" onClick={() => setByHand(true)}>
              {t('press.writeByHand')}
            </Button>
          </Group>
        </>
      )}
      {loaded || byHand ? (
        <PressEditor meetingId={meetingId} lang={lang} record={record} statement={statement.data ?? blankStatement(meetingId, lang)} />
      ) : (
        !issues && <QueryState isLoading={!statement.isFetchedAfterMount} error={statement.error} />
      )}
    </EditorSection>
  );
}

interface EditorProps {
  meetingId: number;
  lang: DocLanguage;
  record: MeetingRecord;
  /** Live from the cache: status and approval follow it; the text is only taken at the start. */
  statement: PressStatement;
}

function PressEditor({ meetingId, lang, record, statement }: EditorProps) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const registry = useRegistry();
  const goToGap = useGoToGap(meetingId, false);
  const [headline, setHeadline] = useState(statement.headline);
  const [body, setBody] = useState(statement.body);
  const text = useRef<PressText>({ headline: statement.headline, body: statement.body });
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState<'generate' | 'save' | 'status' | 'export' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [gaps, setGaps] = useState<Issues | null>(null);
  const [replacement, setReplacement] = useState<PressStatement | null>(null);
  const store = (next: PressStatement) => client.setQueryData(queryKey('press.get', { meetingId, lang }), next);
  // The contract stores headline and body together, so every save sends both as they are now.
  const saver = useAutosave<PressText>(async () => {
    store(await command('press.save', { meetingId, lang, ...text.current }, { keep: exactly(queryKey('press.get', { meetingId, lang })) }));
  });
  const locked = statement.status === 'approved';
  const textProps = lang === 'ar' ? ARABIC_TEXT : ENGLISH_TEXT;

  function edit(patch: Partial<PressText>) {
    text.current = { ...text.current, ...patch };
    setTouched(true);
    saver.change(patch);
  }

  function fail(err: unknown) {
    const issues = missingArabic(err);
    if (issues) setGaps(issues);
    else setError(describeError(t, err));
  }

  /** Runs a step after every pending edit is stored; a step never acts on text the host has not got. */
  async function run(step: NonNullable<typeof busy>, action: () => Promise<void>) {
    setBusy(step);
    setError(null);
    setGaps(null);
    try {
      await registry.flushAll();
      if (saver.hasUnsaved()) throw saver.error;
      await action();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(null);
    }
  }

  function replaceWith(draft: PressStatement) {
    setHeadline(draft.headline);
    setBody(draft.body);
    text.current = { headline: draft.headline, body: draft.body };
    setTouched(false);
    if (statement.stored) {
      saver.change(text.current);
      void saver.flush();
    } else store(draft);
  }

  const regenerate = () =>
    run('generate', async () => {
      const draft = await call('press.generate', { meetingId, lang });
      if (statement.stored || touched) setReplacement(draft);
      else replaceWith(draft);
    });
  const saveDraft = () =>
    run('save', async () => {
      saver.change(text.current);
      await saver.flush();
      if (saver.hasUnsaved()) throw saver.error;
    });
  const setStatus = (status: PressStatement['status']) =>
    run('status', async () => {
      store(await command('press.setStatus', { meetingId, lang, status }, { keep: exactly(queryKey('press.get', { meetingId, lang })) }));
    });
  const exportDocx = () => run('export', () => exportMeetingDocument('press', meetingId, lang));

  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="xs">
        <Group gap="xs">
          <Badge variant="light" color={locked ? 'teal' : 'gray'} data-testid={`press-status-${lang}`}>
            {t(`press.status.${statement.status}`)}
          </Badge>
          {!statement.stored && (
            <Text size="xs" c="dimmed">
              {t('press.unsaved')}
            </Text>
          )}
        </Group>
        <Group gap="xs">
          {!locked && (
            <Button variant="default" size="xs" loading={busy === 'generate'} onClick={() => void regenerate()}>
              {t('press.regenerate')}
            </Button>
          )}
          {!statement.stored && (
            <Button variant="default" size="xs" loading={busy === 'save'} onClick={() => void saveDraft()} disabled={!headline.trim() || !body.trim()}>
              {t('press.saveDraft')}
            </Button>
          )}
          {locked ? (
            <Button variant="default" size="xs" loading={busy === 'status'} onClick={() => void setStatus('draft')}>
              {t('press.reopen')}
            </Button>
          ) : (
            <Button size="xs" color="teal" loading={busy === 'status'} onClick={() => void setStatus('approved')} disabled={!headline.trim() || !body.trim()}>
              {t('press.approve')}
            </Button>
          )}
          <Button variant="default" size="xs" loading={busy === 'export'} onClick={() => void exportDocx()}>
            {t('press.export')}
          </Button>
        </Group>
      </Group>
      {locked && (
        <Text size="sm" c="teal.9" role="status">
          {t('press.approvedBy', { name: statement.approvedBy ?? '', date: formatInstant(statement.approvedAt, i18n.language) })}
        </Text>
      )}
      {error && (
        <Text size="sm" c="red.8" role="alert">
          {error}
        </Text>
      )}
      {gaps && <ArabicGapsPanel document="press" issues={gaps} record={record} onGo={goToGap} onClose={() => setGaps(null)} />}
      <TextInput
        {...textProps}
        label={t('press.headline')}
        value={headline}
        readOnly={locked}
        onChange={(e) => {
          setHeadline(e.currentTarget.value);
          edit({ headline: e.currentTarget.value });
        }}
        onBlur={() => void saver.flush()}
        error={touched && !headline.trim() ? t('press.needsHeadline') : undefined}
        fw={600}
      />
      <Textarea
        {...textProps}
        label={t('press.body')}
        description={locked ? t('press.lockedHint') : t('press.bodyHint')}
        value={body}
        readOnly={locked}
        onChange={(e) => {
          setBody(e.currentTarget.value);
          edit({ body: e.currentTarget.value });
        }}
        onBlur={() => void saver.flush()}
        error={touched && !body.trim() ? t('press.needsBody') : undefined}
        autosize
        minRows={14}
        maxRows={26}
      />
      <Modal
        opened={replacement !== null}
        onClose={() => setReplacement(null)}
        title={t('press.replaceTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('press.replaceConfirm')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setReplacement(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              onClick={() => {
                if (replacement) replaceWith(replacement);
                setReplacement(null);
              }}
            >
              {t('press.replace')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

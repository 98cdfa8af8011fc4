import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingTransition } from '../../shared/api/review';
import type { Meeting } from '../../shared/domain';
import { useApi, useApiMutation } from '../api/queries';
import { useRegistry } from '../autosave/AutosaveContext';
import { FormError } from '../components/FormError';
import { formatInstant } from '../app/format';
import { HistoryButton, type HistoryEntity, type HistoryTarget } from '../history/HistoryDrawer';
import { useMeeting } from '../meetings/meetingContext';
import { AmendDialog } from './AmendDialog';
import { CommentThread } from './CommentThread';
import { recordTargets } from './targets';
import classes from './WorkflowBar.module.css';

type Step = 'submit' | 'approve' | 'return';

const HISTORY_ENTITY = { meeting: 'meeting', agenda_item: 'agenda_item', decision: 'decision', action: 'action_item' } as const satisfies Record<string, HistoryEntity>;

function useStatusText(meeting: Meeting, last: MeetingTransition | undefined, openComments: number) {
  const { t, i18n } = useTranslation();
  const at = (iso: string | null) => formatInstant(iso, i18n.language);
  switch (meeting.status) {
    case 'approved':
      return { heading: t('workflow.approvedHeading', { at: at(meeting.approvedAt), by: meeting.approvedBy ?? '' }), detail: t('meeting.approvedLocked') };
    case 'in_review':
      return {
        heading: t('workflow.reviewHeading'),
        detail: [
          last ? t('workflow.submittedBy', { actor: last.actor, at: at(last.at) }) : '',
          openComments > 0 ? t('workflow.openComments', { count: openComments }) : t('workflow.noOpenComments'),
        ]
          .filter(Boolean)
          .join(' '),
      };
    case 'draft':
      return last?.to === 'draft'
        ? { heading: t('workflow.returnedHeading'), detail: t('workflow.returnedBy', { actor: last.actor, at: at(last.at), reason: last.note ?? '' }) }
        : { heading: t('workflow.draftHeading'), detail: t('workflow.draftDetail') };
  }
}

/**
 * Where the minutes stand (draft, in review, approved), who moved them there and when, and the
 * next step. On approved minutes it is the locked banner, with "Amend…" instead of editing.
 */
export function WorkflowBar() {
  const { t, i18n } = useTranslation();
  const { record } = useMeeting();
  const { meeting } = record;
  const comments = useApi('review.list', { meetingId: meeting.id });
  const transitions = useApi('review.transitions', { id: meeting.id });
  const [step, setStep] = useState<Step | null>(null);
  const [amending, setAmending] = useState(false);
  const openComments = (comments.data ?? []).filter((c) => c.resolvedAt === null).length;
  const text = useStatusText(meeting, transitions.data?.at(-1), openComments);
  const history: HistoryTarget[] = recordTargets(t, i18n.language, record, ['meeting', 'agenda_item', 'decision', 'action']).map((x) => ({
    entity: HISTORY_ENTITY[x.type as keyof typeof HISTORY_ENTITY],
    entityId: x.id,
    label: x.label,
  }));

  return (
    <>
      <section className={classes.bar} data-status={meeting.status} aria-label={t('workflow.label')} data-testid="workflow">
        <div className={classes.text}>
          <Text size="sm" fw={600}>
            {text.heading}
          </Text>
          <Text size="sm" className={classes.detail}>
            {text.detail}
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          <HistoryButton targets={history} label={t('history.ofMeeting')} />
          {meeting.status === 'draft' && <Button onClick={() => setStep('submit')}>{t('workflow.submit')}</Button>}
          {meeting.status === 'in_review' && (
            <>
              <Button variant="default" onClick={() => setStep('return')}>
                {t('workflow.return')}
              </Button>
              <Button color="teal" onClick={() => setStep('approve')}>
                {t('workflow.approve')}
              </Button>
            </>
          )}
          {meeting.status === 'approved' && (
            <Button variant="default" onClick={() => setAmending(true)}>
              {t('workflow.amend')}
            </Button>
          )}
        </Group>
      </section>
      <CommentThread
        targets={[{ type: 'meeting', id: meeting.id, label: t('review.onMinutes') }]}
        title={t('review.minutesTitle')}
        inputLabel={t('review.commentOnMinutes')}
      />
      <Modal
        opened={step !== null}
        onClose={() => setStep(null)}
        title={step ? t(`workflow.${step}Title`) : ''}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {step && <StepForm step={step} meetingId={meeting.id} openComments={openComments} onDone={() => setStep(null)} />}
      </Modal>
      <AmendDialog opened={amending} onClose={() => setAmending(false)} />
    </>
  );
}

function StepForm({ step, meetingId, openComments, onDone }: { step: Step; meetingId: number; openComments: number; onDone: () => void }) {
  const { t } = useTranslation();
  const registry = useRegistry();
  const [note, setNote] = useState('');
  const submit = useApiMutation('review.submit');
  const approve = useApiMutation('review.approve');
  const back = useApiMutation('review.returnToDraft');
  const mutation = step === 'submit' ? submit : step === 'approve' ? approve : back;

  async function run(e: FormEvent) {
    e.preventDefault();
    // What is still being typed belongs in the minutes that are submitted or approved.
    await registry.flushAll();
    const optional = note.trim() ? note : undefined;
    if (step === 'submit') await submit.mutateAsync({ id: meetingId, note: optional });
    else if (step === 'approve') await approve.mutateAsync({ id: meetingId, note: optional });
    else await back.mutateAsync({ id: meetingId, reason: note });
    onDone();
  }

  return (
    <form onSubmit={(e) => void run(e).catch(() => undefined)} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t(`workflow.${step}Explain`)}</Text>
        {step === 'approve' && openComments > 0 && (
          <Alert color="yellow" variant="light">
            {t('workflow.openBeforeApproval', { count: openComments })}
          </Alert>
        )}
        <Textarea
          label={step === 'return' ? t('workflow.reason') : t('workflow.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
          required={step === 'return'}
          data-autofocus
        />
        <FormError error={mutation.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color={step === 'approve' ? 'teal' : undefined} loading={mutation.isPending} disabled={step === 'return' && !note.trim()}>
            {t(`workflow.${step}Confirm`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

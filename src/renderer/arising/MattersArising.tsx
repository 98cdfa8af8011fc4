import { Alert, Badge, Button, Group, NativeSelect, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, IMPLEMENTATION_STATUSES, type ActionItem, type ActionStatus, type ArisingDecision, type ImplementationStatus, type MattersArising } from '../../shared/domain';
import { command, exactly } from '../api/call';
import { describeError } from '../api/errors';
import { queryKey, useApi, useApiMutation } from '../api/queries';
import { NoteButton } from '../actions/ActionTracker';
import { formatDate, localized } from '../app/format';
import { useTrackedWrite } from '../autosave/AutosaveContext';
import { DecisionNumber } from '../components/DecisionNumber';
import { FormError } from '../components/FormError';
import { QueryState } from '../components/QueryState';
import { useMeeting } from '../meetings/meetingContext';
import classes from './MattersArising.module.css';

/** Meetings whose offer was put off, until the app is reloaded. */
const postponed = new Set<number>();

/**
 * Offered on a draft that has no "Matters arising" item yet, when earlier meetings of the
 * committee left actions open or decisions unimplemented: a new meeting starts with them.
 */
export function MattersArisingOffer() {
  const { t } = useTranslation();
  const { record } = useMeeting();
  const meetingId = record.meeting.id;
  const eligible = record.meeting.status === 'draft' && !record.agenda.some((a) => a.arisingCount);
  const pending = useApi('arising.pending', { meetingId }, { enabled: eligible });
  const [hidden, setHidden] = useState(() => postponed.has(meetingId));
  const add = useApiMutation('arising.add');
  if (!eligible || hidden || !pending.data) return null;
  const { actions, decisions } = pending.data;
  if (actions.length === 0 && decisions.length === 0) return null;

  return (
    <Alert color="blue" variant="light" title={t('arising.offerTitle')} data-testid="arising-offer">
      <Text size="sm">
        {t('arising.offer', {
          actions: t('arising.actionCount', { count: actions.length }),
          decisions: t('arising.decisionCount', { count: decisions.length }),
          committee: record.committee.shortName || record.committee.name,
        })}
      </Text>
      <Group gap="xs" mt="xs">
        <Button size="xs" loading={add.isPending} onClick={() => add.mutate({ meetingId })}>
          {t('arising.add')}
        </Button>
        <Button
          size="xs"
          variant="subtle"
          onClick={() => {
            postponed.add(meetingId);
            setHidden(true);
          }}
        >
          {t('arising.notNow')}
        </Button>
      </Group>
      <FormError error={add.error} />
    </Alert>
  );
}

type Patch = (arising: MattersArising) => MattersArising;

/**
 * This item's cached originals, where progress recorded on a row is written so that the row keeps
 * its place, and the meeting being edited, which progress on earlier meetings' records leaves as it is.
 */
function useKeepOriginals(itemId: number) {
  const { record } = useMeeting();
  return exactly(queryKey('arising.of', { agendaItemId: itemId }), queryKey('meetings.get', { id: record.meeting.id }));
}

function usePatchArising(itemId: number) {
  const client = useQueryClient();
  return (patch: Patch) => client.setQueryData<MattersArising>(queryKey('arising.of', { agendaItemId: itemId }), (arising) => arising && patch(arising));
}

/**
 * The originals a "Matters arising" item follows up, with their progress controls: a status or
 * note recorded here is recorded on the original action or decision.
 */
export function MattersArisingPanel({ itemId, count }: { itemId: number; count: { actions: number; decisions: number } }) {
  const { t } = useTranslation();
  const arising = useApi('arising.of', { agendaItemId: itemId });
  return (
    <div className={classes.panel} role="group" aria-label={t('arising.title')} aria-busy={!arising.data}>
      <Text size="sm" c="dimmed">
        {t('arising.explain')}
      </Text>
      {arising.data ? (
        <ArisingLists itemId={itemId} arising={arising.data} />
      ) : (
        <>
          <Text size="sm" fw={600}>
            {t('arising.actionsTitle', { count: count.actions })} · {t('arising.decisionsTitle', { count: count.decisions })}
          </Text>
          <QueryState isLoading={arising.isLoading} error={arising.error} />
        </>
      )}
    </div>
  );
}

function ArisingLists({ itemId, arising }: { itemId: number; arising: MattersArising }) {
  const { t } = useTranslation();
  const { record, readOnly } = useMeeting();
  const pending = useApi('arising.pending', { meetingId: record.meeting.id }, { enabled: !readOnly });
  const link = useApiMutation('arising.add');
  const { actions, decisions } = arising;
  const linkedActions = new Set(actions.map((a) => a.id));
  const linkedDecisions = new Set(decisions.map((d) => d.id));
  const since = pending.data ? pending.data.actions.filter((a) => !linkedActions.has(a.id)).length + pending.data.decisions.filter((d) => !linkedDecisions.has(d.id)).length : 0;

  return (
    <>
      <Text size="sm" fw={600}>
        {t('arising.actionsTitle', { count: actions.length })}
      </Text>
      {actions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('arising.noActions')}
        </Text>
      ) : (
        <div className={classes.rows}>
          {actions.map((a) => (
            <ArisingAction key={a.id} action={a} itemId={itemId} />
          ))}
        </div>
      )}
      <Text size="sm" fw={600}>
        {t('arising.decisionsTitle', { count: decisions.length })}
      </Text>
      {decisions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('arising.noDecisions')}
        </Text>
      ) : (
        <div className={classes.rows}>
          {decisions.map((d) => (
            <ArisingDecisionRow key={d.id} decision={d} itemId={itemId} />
          ))}
        </div>
      )}
      {since > 0 && !readOnly && (
        <Group gap="xs">
          <Text size="sm">{t('arising.since', { count: since })}</Text>
          <Button size="compact-sm" variant="light" loading={link.isPending} onClick={() => link.mutate({ meetingId: record.meeting.id })}>
            {t('arising.link')}
          </Button>
        </Group>
      )}
      <FormError error={link.error} />
    </>
  );
}

function ArisingAction({ action, itemId }: { action: ActionItem; itemId: number }) {
  const { t, i18n } = useTranslation();
  const patch = usePatchArising(itemId);
  const keep = useKeepOriginals(itemId);
  const track = useTrackedWrite();
  const [error, setError] = useState<string | null>(null);
  const apply = (changes: Partial<ActionItem>) => patch((a) => ({ ...a, actions: a.actions.map((x) => (x.id === action.id ? { ...x, ...changes } : x)) }));

  function setStatus(status: ActionStatus) {
    setError(null);
    void track(command('actions.update', { id: action.id, status }, { keep })).then(apply, (err: unknown) => setError(describeError(t, err)));
  }

  const description = localized(action.description, action.descriptionAr, i18n.language);
  return (
    <div className={classes.row} role="group" aria-label={description} data-overdue={action.overdue || undefined}>
      <div className={classes.main}>
        <Text size="sm">{description}</Text>
        <Text size="xs" c="dimmed">
          {t('arising.actionMeta', { owner: action.ownerName, number: action.meetingNumber })}
        </Text>
        {error && (
          <Text size="xs" c="red.8" role="alert">
            {error}
          </Text>
        )}
      </div>
      <div>
        <Text size="sm">{action.dueDate ? formatDate(action.dueDate, i18n.language) : t('arising.noDue')}</Text>
        {action.overdue && (
          <Badge size="xs" color="red" variant="light">
            {t('tracker.overdue')}
          </Badge>
        )}
      </div>
      <NativeSelect
        size="xs"
        aria-label={t('arising.statusOf', { name: description })}
        value={action.status}
        onChange={(e) => setStatus(e.currentTarget.value as ActionStatus)}
        data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`actionStatus.${s}`) }))}
      />
      <div className={classes.progress}>
        <Text size="xs" c="dimmed" lineClamp={2} title={action.latestNote?.text}>
          {action.latestNote ? `${formatDate(action.latestNote.date, i18n.language)}: ${action.latestNote.text}` : t('tracker.noNotes')}
        </Text>
        <NoteButton action={action} keep={keep} onSaved={apply} />
      </div>
    </div>
  );
}

function ArisingDecisionRow({ decision, itemId }: { decision: ArisingDecision; itemId: number }) {
  const { t, i18n } = useTranslation();
  const patch = usePatchArising(itemId);
  const keep = useKeepOriginals(itemId);
  const track = useTrackedWrite();
  const [error, setError] = useState<string | null>(null);

  function setStatus(implementationStatus: ImplementationStatus) {
    setError(null);
    void track(command('decisions.update', { id: decision.id, implementationStatus }, { keep })).then(
      (saved) => patch((a) => ({ ...a, decisions: a.decisions.map((d) => (d.id === saved.id ? { ...d, ...saved } : d)) })),
      (err: unknown) => setError(describeError(t, err)),
    );
  }

  return (
    <div className={`${classes.row} ${classes.decisionRow}`} role="group" aria-label={t('arising.decisionLabel', { number: decision.number })}>
      <div className={classes.main}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <DecisionNumber number={decision.number} />
          <Text size="sm" lineClamp={3}>
            {localized(decision.text, decision.textAr, i18n.language)}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {t('arising.decisionMeta', { number: decision.meetingNumber })}
        </Text>
        {error && (
          <Text size="xs" c="red.8" role="alert">
            {error}
          </Text>
        )}
      </div>
      <NativeSelect
        size="xs"
        aria-label={t('arising.implementationOf', { number: decision.number })}
        value={decision.implementationStatus}
        onChange={(e) => setStatus(e.currentTarget.value as ImplementationStatus)}
        data={IMPLEMENTATION_STATUSES.map((s) => ({ value: s, label: t(`implementationStatus.${s}`) }))}
      />
    </div>
  );
}

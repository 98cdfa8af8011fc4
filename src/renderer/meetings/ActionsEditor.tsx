import { Button, NativeSelect, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionItem, type ActionStatus, type AgendaItemRecord } from '../../shared/domain';
import { command } from '../api/call';
import { describeError } from '../api/errors';
import { personName } from '../app/format';
import { useAutosave, useAutosavedField, useTrackedWrite } from '../autosave/AutosaveContext';
import { ARABIC_TEXT, ENGLISH_TEXT, useBilingualLabels } from '../components/Bilingual';
import { ConfirmButton } from '../components/ConfirmButton';
import { AgendaItemPart } from './AgendaItemPart';
import { fieldId } from './arabicGaps';
import { keepRecord, useMeeting, useUpdateRecord } from './meetingContext';
import classes from './ActionsEditor.module.css';

type ActionPatch = Partial<Pick<ActionItem, 'description' | 'descriptionAr' | 'ownerPersonId' | 'ownerBody' | 'dueDate' | 'status' | 'decisionId'>>;

const BODY = 'body';

function useReplaceActions() {
  const { record } = useMeeting();
  const updateRecord = useUpdateRecord(record.meeting.id);
  return (agendaItemId: number, update: (list: ActionItem[]) => ActionItem[]) =>
    updateRecord((r) => ({ ...r, agenda: r.agenda.map((a) => (a.id === agendaItemId ? { ...a, actions: update(a.actions) } : a)) }));
}

/** Owner choices: the committee's members, then "a named body" (a ministry, a working group). */
function useOwnerOptions(currentPersonId: number | null) {
  const { t, i18n } = useTranslation();
  const { record } = useMeeting();
  return [
    { value: '', label: t('actions.chooseOwner') },
    ...record.members.filter((m) => m.active || m.personId === currentPersonId).map((m) => ({ value: String(m.personId), label: personName(m.person, i18n.language) })),
    { value: BODY, label: t('actions.namedBody') },
  ];
}

function useDecisionOptions(item: AgendaItemRecord) {
  const { t } = useTranslation();
  return [{ value: '', label: t('actions.noDecision') }, ...item.decisions.map((d) => ({ value: String(d.id), label: d.number }))];
}

export function ActionsEditor({ item, number }: { item: AgendaItemRecord; number: number }) {
  const { t } = useTranslation();
  const { readOnly } = useMeeting();
  return (
    <AgendaItemPart label={t('actions.of', { number })} title={t('actions.title')}>
      {item.actions.length > 0 && (
        <div className={classes.rows}>
          {item.actions.map((a) => (
            <ActionRow key={a.id} action={a} item={item} />
          ))}
        </div>
      )}
      {!readOnly && <AddAction item={item} number={number} />}
    </AgendaItemPart>
  );
}

function ActionRow({ action, item }: { action: ActionItem; item: AgendaItemRecord }) {
  const { t } = useTranslation();
  const labels = useBilingualLabels();
  const replace = useReplaceActions();
  const track = useTrackedWrite();
  const saver = useAutosave<ActionPatch>(async (patch) => {
    const saved = await command('actions.update', { id: action.id, ...patch }, { keep: keepRecord(action.meetingId) });
    replace(item.id, (list) => list.map((a) => (a.id === saved.id ? saved : a)));
  });
  const description = useAutosavedField(saver, 'description', action.description);
  const descriptionAr = useAutosavedField(saver, 'descriptionAr', action.descriptionAr ?? '');
  const due = useAutosavedField(saver, 'dueDate', action.dueDate);
  const status = useAutosavedField(saver, 'status', action.status);
  const decision = useAutosavedField(saver, 'decisionId', action.decisionId);
  const [owner, setOwner] = useState(action.ownerPersonId !== null ? String(action.ownerPersonId) : BODY);
  const [body, setBody] = useState(action.ownerBody ?? '');
  const ownerOptions = useOwnerOptions(action.ownerPersonId);
  const decisionOptions = useDecisionOptions(item);
  const name = description.value || t('actions.untitled');

  return (
    <div className={classes.row} role="group" aria-label={name}>
      <div className={classes.description}>
        <TextInput
          {...ENGLISH_TEXT}
          aria-label={labels.en(t('actions.descriptionOf', { name }))}
          value={description.value}
          onChange={(e) => description.set(e.currentTarget.value)}
          onBlur={description.onBlur}
        />
        <TextInput
          {...ARABIC_TEXT}
          id={fieldId(`action.${action.id}.descriptionAr`)}
          aria-label={labels.ar(t('actions.descriptionOf', { name }))}
          placeholder={t('actions.descriptionArPlaceholder')}
          value={descriptionAr.value ?? ''}
          onChange={(e) => descriptionAr.set(e.currentTarget.value)}
          onBlur={descriptionAr.onBlur}
        />
      </div>
      <div className={classes.owner}>
        <NativeSelect
          id={fieldId(`action.${action.id}.ownerPersonId`)}
          aria-label={t('actions.ownerOf', { name })}
          value={owner}
          data={ownerOptions}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setOwner(value);
            if (value && value !== BODY) {
              saver.change({ ownerPersonId: Number(value), ownerBody: null });
              void saver.flush();
            }
          }}
        />
        {owner === BODY && (
          <TextInput
            id={fieldId(`action.${action.id}.ownerBody`)}
            aria-label={t('actions.bodyOf', { name })}
            placeholder={t('actions.bodyPlaceholder')}
            value={body}
            onChange={(e) => {
              setBody(e.currentTarget.value);
              if (e.currentTarget.value.trim()) saver.change({ ownerPersonId: null, ownerBody: e.currentTarget.value });
            }}
            onBlur={() => void saver.flush()}
          />
        )}
      </div>
      <TextInput
        type="date"
        aria-label={t('actions.dueOf', { name })}
        value={due.value ?? ''}
        onChange={(e) => due.set(e.currentTarget.value || null)}
        onBlur={due.onBlur}
      />
      <NativeSelect
        aria-label={t('actions.decisionOf', { name })}
        value={decision.value === null ? '' : String(decision.value)}
        data={decisionOptions}
        onChange={(e) => {
          decision.set(e.currentTarget.value ? Number(e.currentTarget.value) : null);
          void saver.flush();
        }}
      />
      <NativeSelect
        aria-label={t('actions.statusOf', { name })}
        value={status.value}
        data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`actionStatus.${s}`) }))}
        onChange={(e) => {
          status.set(e.currentTarget.value as ActionStatus);
          void saver.flush();
        }}
      />
      <ConfirmButton
        label={t('common.remove')}
        aria-label={t('actions.removeNamed', { name })}
        onConfirm={() => void track(command('actions.remove', { id: action.id }, { keep: keepRecord(action.meetingId) })).then(() => replace(item.id, (list) => list.filter((a) => a.id !== action.id)))}
      />
    </div>
  );
}

function AddAction({ item, number }: { item: AgendaItemRecord; number: number }) {
  const { t } = useTranslation();
  const replace = useReplaceActions();
  const track = useTrackedWrite();
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const [body, setBody] = useState('');
  const [due, setDue] = useState('');
  const [decisionId, setDecisionId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ownerOptions = useOwnerOptions(null);
  const decisionOptions = useDecisionOptions(item);
  const ownerGiven = owner === BODY ? !!body.trim() : !!owner;

  async function add(e: FormEvent) {
    e.preventDefault();
    if (!description.trim() || !ownerGiven) return;
    setBusy(true);
    setError(null);
    try {
      const action = await track(
        command(
          'actions.add',
          {
            agendaItemId: item.id,
            description,
            ownerPersonId: owner && owner !== BODY ? Number(owner) : null,
            ownerBody: owner === BODY ? body : null,
            dueDate: due || null,
            decisionId: decisionId ? Number(decisionId) : null,
          },
          { keep: keepRecord(item.meetingId) },
        ),
      );
      replace(item.id, (list) => [...list, action]);
      setDescription('');
      setDue('');
    } catch (err) {
      setError(describeError(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void add(e)} className={`${classes.row} ${classes.add}`}>
      <TextInput
        className={classes.description}
        aria-label={t('actions.newFor', { number })}
        placeholder={t('actions.newPlaceholder')}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        error={error}
      />
      <div className={classes.owner}>
        <NativeSelect aria-label={t('actions.newOwner', { number })} value={owner} data={ownerOptions} onChange={(e) => setOwner(e.currentTarget.value)} />
        {owner === BODY && (
          <TextInput aria-label={t('actions.newBody', { number })} placeholder={t('actions.bodyPlaceholder')} value={body} onChange={(e) => setBody(e.currentTarget.value)} />
        )}
      </div>
      <TextInput type="date" aria-label={t('actions.newDue', { number })} value={due} onChange={(e) => setDue(e.currentTarget.value)} />
      <NativeSelect aria-label={t('actions.newDecision', { number })} value={decisionId} data={decisionOptions} onChange={(e) => setDecisionId(e.currentTarget.value)} />
      <Button type="submit" variant="light" loading={busy} disabled={!description.trim() || !ownerGiven} className={classes.addButton}>
        {t('actions.add')}
      </Button>
    </form>
  );
}

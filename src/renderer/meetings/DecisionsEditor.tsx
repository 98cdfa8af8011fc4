import { Button, NativeSelect, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPLEMENTATION_STATUSES, type AgendaItemRecord, type Decision, type ImplementationStatus } from '../../shared/domain';
import { command } from '../api/call';
import { describeError } from '../api/errors';
import { useAutosave, useAutosavedField, useTrackedWrite } from '../autosave/AutosaveContext';
import { ARABIC_TEXT, BilingualPair, ENGLISH_TEXT, useBilingualLabels } from '../components/Bilingual';
import { ConfirmButton } from '../components/ConfirmButton';
import { DecisionNumber } from '../components/DecisionNumber';
import { InlineForm } from '../components/InlineForm';
import { AgendaItemPart } from './AgendaItemPart';
import { fieldId } from './arabicGaps';
import { keepRecord, useMeeting, useUpdateRecord } from './meetingContext';
import classes from './DecisionsEditor.module.css';

type DecisionPatch = Partial<Pick<Decision, 'text' | 'textAr' | 'implementationStatus'>>;

function useReplaceDecision() {
  const { record } = useMeeting();
  const updateRecord = useUpdateRecord(record.meeting.id);
  return (agendaItemId: number, update: (list: Decision[]) => Decision[]) =>
    updateRecord((r) => ({ ...r, agenda: r.agenda.map((a) => (a.id === agendaItemId ? { ...a, decisions: update(a.decisions) } : a)) }));
}

export function DecisionsEditor({ item, number }: { item: AgendaItemRecord; number: number }) {
  const { t } = useTranslation();
  const { readOnly } = useMeeting();
  const replace = useReplaceDecision();
  const track = useTrackedWrite();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function add(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const decision = await track(command('decisions.add', { agendaItemId: item.id, text }, { keep: keepRecord(item.meetingId) }));
      replace(item.id, (list) => [...list, decision]);
      setText('');
    } catch (err) {
      setError(describeError(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <AgendaItemPart label={t('decisions.of', { number })} title={t('decisions.title')}>
      {item.decisions.map((d) => (
        <DecisionRow key={d.id} decision={d} />
      ))}
      {!readOnly && (
        <InlineForm onSubmit={(e) => void add(e)}>
          <Textarea
            aria-label={t('decisions.newFor', { number })}
            placeholder={t('decisions.newPlaceholder')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void add(e);
            }}
            autosize
            minRows={1}
            error={error}
          />
          <Button type="submit" variant="light" loading={busy} disabled={!text.trim()}>
            {t('decisions.add')}
          </Button>
        </InlineForm>
      )}
    </AgendaItemPart>
  );
}

function DecisionRow({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const labels = useBilingualLabels();
  const replace = useReplaceDecision();
  const track = useTrackedWrite();
  const saver = useAutosave<DecisionPatch>(async (patch) => {
    const saved = await command('decisions.update', { id: decision.id, ...patch }, { keep: keepRecord(decision.meetingId) });
    replace(decision.agendaItemId, (list) => list.map((d) => (d.id === saved.id ? saved : d)));
  });
  const text = useAutosavedField(saver, 'text', decision.text);
  const textAr = useAutosavedField(saver, 'textAr', decision.textAr ?? '');
  const status = useAutosavedField(saver, 'implementationStatus', decision.implementationStatus);

  return (
    <div className={classes.row}>
      <DecisionNumber number={decision.number} />
      <BilingualPair
        className={classes.text}
        english={
          <Textarea
            {...ENGLISH_TEXT}
            aria-label={labels.en(t('decisions.textOf', { number: decision.number }))}
            value={text.value}
            onChange={(e) => text.set(e.currentTarget.value)}
            onBlur={text.onBlur}
            autosize
            minRows={1}
          />
        }
        arabic={
          <Textarea
            {...ARABIC_TEXT}
            id={fieldId(`decision.${decision.id}.textAr`)}
            aria-label={labels.ar(t('decisions.textOf', { number: decision.number }))}
            placeholder={t('decisions.textArPlaceholder')}
            value={textAr.value ?? ''}
            onChange={(e) => textAr.set(e.currentTarget.value)}
            onBlur={textAr.onBlur}
            autosize
            minRows={1}
          />
        }
      />
      <NativeSelect
        aria-label={t('decisions.statusOf', { number: decision.number })}
        value={status.value}
        onChange={(e) => {
          status.set(e.currentTarget.value as ImplementationStatus);
          void saver.flush();
        }}
        data={IMPLEMENTATION_STATUSES.map((s) => ({ value: s, label: t(`implementationStatus.${s}`) }))}
      />
      <ConfirmButton
        label={t('common.remove')}
        aria-label={t('decisions.removeNamed', { number: decision.number })}
        onConfirm={() =>
          void track(command('decisions.remove', { id: decision.id }, { keep: keepRecord(decision.meetingId) })).then(() =>
            replace(decision.agendaItemId, (list) => list.filter((d) => d.id !== decision.id)),
          )
        }
      />
    </div>
  );
}

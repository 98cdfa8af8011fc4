import { Checkbox, Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { useState, type DragEvent, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, AgendaItemRecord } from '../../shared/domain';
import { command } from '../api/call';
import { MattersArisingPanel } from '../arising/MattersArising';
import { formatNumber, localized, personName } from '../app/format';
import { useAutosave, useAutosavedField, useTrackedWrite } from '../autosave/AutosaveContext';
import { ARABIC_TEXT, BilingualPair, ENGLISH_TEXT, useBilingualLabels } from '../components/Bilingual';
import { ConfirmButton } from '../components/ConfirmButton';
import { AgendaItemReview } from '../review/AgendaItemReview';
import { ActionsEditor } from './ActionsEditor';
import { BilingualTextarea } from './BilingualTextarea';
import { fieldId } from './arabicGaps';
import { DecisionsEditor } from './DecisionsEditor';
import { keepRecord, useMeeting, useUpdateRecord } from './meetingContext';
import classes from './AgendaItemCard.module.css';

type AgendaPatch = Partial<Pick<AgendaItem, 'title' | 'titleAr' | 'presenterId' | 'minutes' | 'minutesAr' | 'publicSummary' | 'publicSummaryAr' | 'isPublic'>>;

export interface HandleProps {
  ref: (el: HTMLDivElement | null) => void;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
  onBlur: (e: FocusEvent<HTMLDivElement>) => void;
}

export interface DragProps {
  onDragStart: (e: DragEvent<HTMLDivElement>) => void;
  onDragEnd: () => void;
}

interface Props {
  item: AgendaItemRecord;
  index: number;
  held: boolean;
  dragging: boolean;
  handle: HandleProps;
  drag: DragProps;
  onDrop: (overId: number, after: boolean) => void;
}

export function AgendaItemCard({ item, index, held, dragging, handle, drag, onDrop }: Props) {
  const { t, i18n } = useTranslation();
  const labels = useBilingualLabels();
  const { record, readOnly } = useMeeting();
  const updateRecord = useUpdateRecord(record.meeting.id);
  const track = useTrackedWrite();
  const [dropSide, setDropSide] = useState<'before' | 'after' | null>(null);

  const saver = useAutosave<AgendaPatch>(async (patch) => {
    const saved = await command('agenda.update', { id: item.id, ...patch }, { keep: keepRecord(record.meeting.id) });
    updateRecord((r) => ({ ...r, agenda: r.agenda.map((a) => (a.id === item.id ? { ...a, ...saved } : a)) }));
  });
  const title = useAutosavedField(saver, 'title', item.title);
  const titleAr = useAutosavedField(saver, 'titleAr', item.titleAr ?? '');
  const presenter = useAutosavedField(saver, 'presenterId', item.presenterId);
  const minutes = useAutosavedField(saver, 'minutes', item.minutes ?? '');
  const minutesAr = useAutosavedField(saver, 'minutesAr', item.minutesAr ?? '');
  const summary = useAutosavedField(saver, 'publicSummary', item.publicSummary ?? '');
  const summaryAr = useAutosavedField(saver, 'publicSummaryAr', item.publicSummaryAr ?? '');
  const isPublic = useAutosavedField(saver, 'isPublic', item.isPublic);
  const number = index + 1;
  const label = t('agenda.itemLabel', { number, title: localized(title.value ?? '', titleAr.value, i18n.language) || t('agenda.untitled') });

  function remove() {
    void track(command('agenda.remove', { id: item.id }, { keep: keepRecord(record.meeting.id) })).then(() =>
      updateRecord((r) => ({
        ...r,
        agenda: r.agenda.filter((a) => a.id !== item.id).map((a, i) => ({ ...a, position: i + 1 })),
      })),
    );
  }

  return (
    <li
      className={classes.item}
      data-held={held || undefined}
      data-dragging={dragging || undefined}
      data-drop={dropSide ?? undefined}
      aria-label={label}
      onDragOver={(e) => {
        e.preventDefault();
        const box = e.currentTarget.getBoundingClientRect();
        setDropSide(e.clientY > box.top + box.height / 2 ? 'after' : 'before');
      }}
      onDragLeave={() => setDropSide(null)}
      onDrop={(e) => {
        e.preventDefault();
        const after = dropSide === 'after';
        setDropSide(null);
        onDrop(item.id, after);
      }}
    >
      <div className={classes.head}>
        {/* A div, not a <button>: Chromium starts no drag from a button. Space and Enter are handled in onKeyDown. */}
        <div
          role="button"
          tabIndex={readOnly ? -1 : 0}
          className={classes.handle}
          draggable={!readOnly}
          aria-disabled={readOnly || undefined}
          aria-label={t('agenda.reorder.handle', { label })}
          aria-describedby="reorder-help"
          aria-pressed={held}
          {...handle}
          onDragStart={drag.onDragStart}
          onDragEnd={drag.onDragEnd}
        >
          <span aria-hidden="true">⠿</span>
        </div>
        <Text fw={600} size="sm" className={classes.number} aria-hidden="true">
          {formatNumber(number, i18n.language)}.
        </Text>
        <BilingualPair
          className={classes.title}
          english={
            <TextInput
              {...ENGLISH_TEXT}
              aria-label={labels.en(t('agenda.itemTitle', { number }))}
              value={title.value}
              onChange={(e) => title.set(e.currentTarget.value)}
              onBlur={title.onBlur}
              fw={600}
            />
          }
          arabic={
            <TextInput
              {...ARABIC_TEXT}
              id={fieldId(`agendaItem.${item.id}.titleAr`)}
              aria-label={labels.ar(t('agenda.itemTitle', { number }))}
              placeholder={t('agenda.titleArPlaceholder')}
              value={titleAr.value ?? ''}
              onChange={(e) => titleAr.set(e.currentTarget.value)}
              onBlur={titleAr.onBlur}
              fw={600}
            />
          }
        />
        <NativeSelect
          aria-label={t('agenda.presenterOf', { number })}
          value={presenter.value === null ? '' : String(presenter.value)}
          onChange={(e) => {
            presenter.set(e.currentTarget.value ? Number(e.currentTarget.value) : null);
            void saver.flush();
          }}
          data={[
            { value: '', label: t('agenda.noPresenter') },
            ...record.members
              .filter((m) => m.active || m.personId === item.presenterId)
              .map((m) => ({ value: String(m.personId), label: personName(m.person, i18n.language) })),
          ]}
          className={classes.presenter}
        />
        <ConfirmButton label={t('common.remove')} aria-label={t('agenda.removeNamed', { number })} onConfirm={remove} disabled={readOnly} />
      </div>
      <div className={classes.body}>
        <AgendaItemReview item={item} number={number} />
        {item.arisingCount && <MattersArisingPanel itemId={item.id} count={item.arisingCount} />}
        <BilingualTextarea
          label={t('agenda.minutes')}
          description={t('agenda.minutesHint')}
          name={t('agenda.minutesOf', { number })}
          english={minutes}
          arabic={minutesAr}
          arabicId={fieldId(`agendaItem.${item.id}.minutesAr`)}
          minRows={3}
          maxRows={16}
        />
        <div>
          <Group justify="space-between" align="center" gap="xs" mb={4} wrap="nowrap">
            <Checkbox
              size="xs"
              label={t('agenda.public')}
              checked={isPublic.value}
              onChange={(e) => {
                isPublic.set(e.currentTarget.checked);
                void saver.flush();
              }}
              aria-label={t('agenda.publicOf', { number })}
            />
            <Text size="xs" c="dimmed">
              {isPublic.value ? t('agenda.publicHint') : t('agenda.notPublicHint')}
            </Text>
          </Group>
          <BilingualTextarea
            label={t('agenda.publicSummary')}
            name={t('agenda.publicSummaryOf', { number })}
            english={summary}
            arabic={summaryAr}
            arabicId={fieldId(`agendaItem.${item.id}.publicSummaryAr`)}
            minRows={2}
            maxRows={16}
          />
        </div>
        <DecisionsEditor item={item} number={number} />
        <ActionsEditor item={item} number={number} />
      </div>
    </li>
  );
}

import { Button, Group, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef, useState, type DragEvent, type FocusEvent, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, MeetingRecord } from '../../shared/domain';
import { command } from '../api/call';
import { queryKey } from '../api/queries';
import { describeError } from '../api/errors';
import { useTrackedWrite } from '../autosave/AutosaveContext';
import { EditorSection } from '../components/EditorSection';
import { InlineForm } from '../components/InlineForm';
import { AgendaItemCard } from './AgendaItemCard';
import { keepRecord, useMeeting, useUpdateRecord } from './meetingContext';
import { dropPosition, keyboardReorder, moveItem, type Grab } from './reorder';
import classes from './AgendaSection.module.css';

function withOrder(record: MeetingRecord, order: number[]): MeetingRecord {
  const byId = new Map(record.agenda.map((a) => [a.id, a]));
  return { ...record, agenda: order.map((id, i) => ({ ...byId.get(id)!, position: i + 1 })) };
}

function withPositions(record: MeetingRecord, items: AgendaItem[]): MeetingRecord {
  const positions = new Map(items.map((a) => [a.id, a.position]));
  const agenda = record.agenda.map((a) => ({ ...a, position: positions.get(a.id) ?? a.position }));
  return { ...record, agenda: agenda.sort((a, b) => a.position - b.position) };
}

export function AgendaSection() {
  const { t } = useTranslation();
  const { record, readOnly } = useMeeting();
  const meetingId = record.meeting.id;
  const client = useQueryClient();
  const updateRecord = useUpdateRecord(meetingId);
  const track = useTrackedWrite();
  const serverOrder = [...record.agenda].sort((a, b) => a.position - b.position).map((a) => a.id);
  const [held, setHeld] = useState<{ order: number[]; grab: Grab } | null>(null);
  // A committed order shown until the cached record catches up, so the list never flickers back.
  const [pending, setPending] = useState<number[] | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<number | null>(null);
  const handles = useRef(new Map<number, HTMLDivElement>());
  const refocus = useRef<number | null>(null);
  const order = held?.order ?? pending ?? serverOrder;
  const serverKey = serverOrder.join();
  useEffect(() => {
    if (pending && pending.join() === serverKey) setPending(null);
  }, [pending, serverKey]);
  const items = new Map(record.agenda.map((a) => [a.id, a]));

  // Moving a DOM node drops its focus; the handle of the moved item gets it back.
  useLayoutEffect(() => {
    if (refocus.current === null) return;
    handles.current.get(refocus.current)?.focus();
    refocus.current = null;
  });

  function commit(id: number, newOrder: number[]) {
    setPending(newOrder);
    updateRecord((r) => withOrder(r, newOrder));
    void track(command('agenda.move', { id, position: newOrder.indexOf(id) + 1 }, { keep: keepRecord(meetingId) })).then(
      (moved) => updateRecord((r) => withPositions(r, moved)),
      () => {
        setPending(null);
        // The order shown was never saved: the record's own order comes back.
        void client.invalidateQueries({ queryKey: queryKey('meetings.get', { id: meetingId }) });
      },
    );
  }

  function onHandleKey(id: number, e: KeyboardEvent<HTMLDivElement>) {
    const step = keyboardReorder(order, held?.grab ?? null, id, e.key, e.altKey);
    if (!step.handled) return;
    e.preventDefault();
    if (step.commit) commit(step.commit.id, step.order);
    setHeld(step.grab ? { order: step.order, grab: step.grab } : null);
    refocus.current = id;
    if (step.announce) {
      const title = items.get(id)?.title ?? '';
      setAnnouncement(t(`agenda.reorder.${step.announce.key}`, { title, position: step.announce.position, total: step.announce.total }));
    }
  }

  function onHandleBlur(id: number, related: EventTarget | null) {
    // Focus leaving for another control (not lost to a DOM move) drops the item where it is.
    if (!held || held.grab.id !== id || related === null) return;
    const index = held.order.indexOf(id);
    if (index !== held.grab.startIndex) commit(id, held.order);
    setHeld(null);
  }

  function onDrop(overId: number, after: boolean) {
    if (dragging === null) return;
    const to = dropPosition(order, dragging, overId, after);
    setDragging(null);
    if (to === null) return;
    const newOrder = moveItem(order, order.indexOf(dragging), to);
    commit(dragging, newOrder);
    setAnnouncement(t('agenda.reorder.dropped', { title: items.get(dragging)?.title ?? '', position: to + 1, total: order.length }));
  }

  return (
    <EditorSection aria-labelledby="agenda-heading">
      <Group justify="space-between">
        <Title order={2} size="h5" id="agenda-heading">
          {t('agenda.title')}
        </Title>
        <Text size="xs" c="dimmed" id="reorder-help">
          {t('agenda.reorder.help')}
        </Text>
      </Group>
      <VisuallyHidden role="status" aria-live="assertive">
        {announcement}
      </VisuallyHidden>
      {order.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('agenda.empty')}
        </Text>
      )}
      <ol className={classes.list}>
        {order.map((id, index) => {
          const item = items.get(id);
          if (!item) return null;
          return (
            <AgendaItemCard
              key={id}
              item={item}
              index={index}
              held={held?.grab.id === id}
              dragging={dragging === id}
              handle={{
                ref: (el: HTMLDivElement | null) => {
                  if (el) handles.current.set(id, el);
                  else handles.current.delete(id);
                },
                onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => onHandleKey(id, e),
                onBlur: (e: FocusEvent<HTMLDivElement>) => onHandleBlur(id, e.relatedTarget),
              }}
              drag={{
                onDragStart: (e: DragEvent<HTMLDivElement>) => {
                  e.dataTransfer.effectAllowed = 'move';
                  e.dataTransfer.setData('text/plain', String(id));
                  const card = e.currentTarget.closest('li');
                  if (card) e.dataTransfer.setDragImage(card, 16, 16);
                  setDragging(id);
                },
                onDragEnd: () => setDragging(null),
              }}
              onDrop={onDrop}
            />
          );
        })}
      </ol>
      {!readOnly && <AddAgendaItem meetingId={meetingId} />}
    </EditorSection>
  );
}

function AddAgendaItem({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  const updateRecord = useUpdateRecord(meetingId);
  const track = useTrackedWrite();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!title.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const item = await track(command('agenda.add', { meetingId, title }, { keep: keepRecord(meetingId) }));
      updateRecord((r) => ({ ...r, agenda: [...r.agenda, { ...item, decisions: [], actions: [] }] }));
      setTitle('');
    } catch (err) {
      setError(describeError(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <InlineForm onSubmit={(e) => void submit(e)}>
      <TextInput
        label={t('agenda.newItem')}
        placeholder={t('agenda.newItemPlaceholder')}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        error={error}
      />
      <Button type="submit" variant="light" loading={busy} disabled={!title.trim()}>
        {t('agenda.add')}
      </Button>
    </InlineForm>
  );
}

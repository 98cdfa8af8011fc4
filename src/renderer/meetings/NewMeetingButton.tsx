import { Button, Group, Modal, NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { CLASSIFICATIONS, type Classification } from '../../shared/domain';
import { useApi, useApiMutation } from '../api/queries';
import { joinDateTime, localized, localOffset, todayIso } from '../app/format';
import { FormError } from '../components/FormError';

export function NewMeetingButton({ committeeId }: { committeeId?: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('meetings.new')}</Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('meetings.new')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {open && <NewMeetingForm fixedCommitteeId={committeeId} />}
      </Modal>
    </>
  );
}

function NewMeetingForm({ fixedCommitteeId }: { fixedCommitteeId?: number }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const committees = useApi('committees.list', {});
  const [committeeId, setCommitteeId] = useState(fixedCommitteeId ? String(fixedCommitteeId) : '');
  const next = useApi('meetings.nextNumber', { committeeId: Number(committeeId) }, { enabled: !!committeeId });
  const [number, setNumber] = useState<number | string>('');
  const [date, setDate] = useState(todayIso());
  const [start, setStart] = useState('10:00');
  const [venue, setVenue] = useState('');
  const [classification, setClassification] = useState<Classification>('restricted');
  const create = useApiMutation('meetings.create');

  useEffect(() => {
    if (!committeeId && committees.data?.length === 1) setCommitteeId(String(committees.data[0].id));
  }, [committeeId, committees.data]);
  // The suggestion fills the field once per committee; the secretary may still change it.
  useEffect(() => {
    if (next.data !== undefined) setNumber(next.data);
  }, [next.data]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const startsAt = joinDateTime(date, start, localOffset(new Date(`${date}T12:00:00`)));
    if (!startsAt) return;
    const meeting = await create.mutateAsync({
      committeeId: Number(committeeId),
      number: number === '' ? undefined : Number(number),
      startsAt,
      venue,
      classification,
    });
    navigate(`/meetings/${meeting.id}`);
  }

  return (
    <form onSubmit={(e) => void submit(e).catch(() => undefined)} noValidate>
      <Stack gap="sm">
        {!fixedCommitteeId && (
          <NativeSelect
            label={t('meeting.committee')}
            value={committeeId}
            onChange={(e) => setCommitteeId(e.currentTarget.value)}
            data={[{ value: '', label: t('meetings.chooseCommittee') }, ...(committees.data ?? []).map((c) => ({ value: String(c.id), label: localized(c.name, c.nameAr, i18n.language) }))]}
            required
          />
        )}
        <NumberInput
          label={t('meeting.number')}
          description={next.data !== undefined ? t('meetings.suggested', { number: next.data }) : undefined}
          min={1}
          allowDecimal={false}
          value={number}
          onChange={setNumber}
        />
        <Group grow>
          <TextInput type="date" label={t('meeting.date')} value={date} onChange={(e) => setDate(e.currentTarget.value)} required />
          <TextInput type="time" label={t('meeting.startTime')} value={start} onChange={(e) => setStart(e.currentTarget.value)} required />
        </Group>
        <TextInput label={t('meeting.venue')} value={venue} onChange={(e) => setVenue(e.currentTarget.value)} />
        <NativeSelect
          label={t('meeting.classification')}
          value={classification}
          onChange={(e) => setClassification(e.currentTarget.value as Classification)}
          data={CLASSIFICATIONS.map((c) => ({ value: c, label: t(`classification.${c}`) }))}
        />
        <FormError error={create.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending} disabled={!committeeId}>
            {t('meetings.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

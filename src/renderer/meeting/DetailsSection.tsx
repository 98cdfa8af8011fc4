import { NativeSelect, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLASSIFICATIONS, type Classification } from '../../shared/domain';
import { joinDateTime, splitDateTime } from '../app/format';
import { useAutosavedField } from '../autosave/AutosaveContext';
import type { Autosaver } from '../autosave/autosave';
import type { MeetingPatch } from './MeetingEditor';
import { useMeeting } from './meetingContext';

type Saver = Autosaver<MeetingPatch>;

export function DetailsSection({ saver }: { saver: Saver }) {
  const { t } = useTranslation();
  const { meeting } = useMeeting().record;
  const start = splitDateTime(meeting.startsAt);
  const [date, setDate] = useState(start.date);
  const [startTime, setStartTime] = useState(start.time);
  const [endTime, setEndTime] = useState(splitDateTime(meeting.endsAt).time);
  const venue = useAutosavedField(saver, 'venue', meeting.venue ?? '');
  const classification = useAutosavedField(saver, 'classification', meeting.classification);

  // The offset recorded with the meeting stays: the minutes show the time as it was in the room.
  function changeTimes(nextDate: string, nextStart: string, nextEnd: string) {
    setDate(nextDate);
    setStartTime(nextStart);
    setEndTime(nextEnd);
    const startsAt = joinDateTime(nextDate, nextStart, start.offset);
    if (!startsAt) return;
    saver.change({ startsAt, endsAt: nextEnd ? joinDateTime(nextDate, nextEnd, start.offset) : null });
  }
  const flush = () => void saver.flush();

  return (
    <section className="editor-section" aria-labelledby="details-heading">
      <Title order={2} size="h5" id="details-heading">
        {t('meeting.details')}
      </Title>
      <div className="details-grid">
        <TextInput type="date" label={t('meeting.date')} value={date} onChange={(e) => changeTimes(e.currentTarget.value, startTime, endTime)} onBlur={flush} required />
        <TextInput type="time" label={t('meeting.startTime')} value={startTime} onChange={(e) => changeTimes(date, e.currentTarget.value, endTime)} onBlur={flush} required />
        <TextInput type="time" label={t('meeting.endTime')} value={endTime} onChange={(e) => changeTimes(date, startTime, e.currentTarget.value)} onBlur={flush} />
        <TextInput label={t('meeting.venue')} value={venue.value ?? ''} onChange={(e) => venue.set(e.currentTarget.value)} onBlur={venue.onBlur} className="span-2" />
        <NativeSelect
          label={t('meeting.classification')}
          value={classification.value}
          onChange={(e) => {
            classification.set(e.currentTarget.value as Classification);
            void saver.flush();
          }}
          data={CLASSIFICATIONS.map((c) => ({ value: c, label: t(`classification.${c}`) }))}
        />
      </div>
    </section>
  );
}

export function RemarksField({ saver, field, label }: { saver: Saver; field: 'openingRemarks' | 'closingRemarks'; label: string }) {
  const { meeting } = useMeeting().record;
  const remarks = useAutosavedField(saver, field, meeting[field] ?? '');
  return (
    <Textarea
      aria-label={label}
      value={remarks.value ?? ''}
      onChange={(e) => remarks.set(e.currentTarget.value)}
      onBlur={remarks.onBlur}
      autosize
      minRows={2}
      maxRows={12}
    />
  );
}

import { NativeSelect, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLASSIFICATIONS, type Classification, type Meeting } from '../../shared/domain';
import { joinDateTime, splitDateTime } from '../app/format';
import { useAutosavedField } from '../autosave/AutosaveContext';
import type { Autosaver } from '../autosave/autosave';
import { ARABIC_TEXT, BilingualPair, ENGLISH_TEXT, useBilingualLabels } from '../components/Bilingual';
import { EditorSection } from '../components/EditorSection';
import { fieldId } from './arabicGaps';
import { BilingualTextarea } from './BilingualTextarea';
import { useMeeting } from './meetingContext';
import classes from './DetailsSection.module.css';

/** The meeting's own fields, which these sections edit and the editor's autosaver writes. */
export type MeetingPatch = Partial<
  Pick<Meeting, 'startsAt' | 'endsAt' | 'venue' | 'venueAr' | 'classification' | 'openingRemarks' | 'openingRemarksAr' | 'closingRemarks' | 'closingRemarksAr'>
>;

type Saver = Autosaver<MeetingPatch>;

export function DetailsSection({ saver }: { saver: Saver }) {
  const { t } = useTranslation();
  const labels = useBilingualLabels();
  const { meeting } = useMeeting().record;
  const start = splitDateTime(meeting.startsAt);
  const [date, setDate] = useState(start.date);
  const [startTime, setStartTime] = useState(start.time);
  const [endTime, setEndTime] = useState(splitDateTime(meeting.endsAt).time);
  const venue = useAutosavedField(saver, 'venue', meeting.venue ?? '');
  const venueAr = useAutosavedField(saver, 'venueAr', meeting.venueAr ?? '');
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
    <EditorSection aria-labelledby="details-heading">
      <Title order={2} size="h5" id="details-heading">
        {t('meeting.details')}
      </Title>
      <div className={classes.grid}>
        <TextInput type="date" label={t('meeting.date')} value={date} onChange={(e) => changeTimes(e.currentTarget.value, startTime, endTime)} onBlur={flush} required />
        <TextInput type="time" label={t('meeting.startTime')} value={startTime} onChange={(e) => changeTimes(date, e.currentTarget.value, endTime)} onBlur={flush} required />
        <TextInput type="time" label={t('meeting.endTime')} value={endTime} onChange={(e) => changeTimes(date, startTime, e.currentTarget.value)} onBlur={flush} />
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
      <BilingualPair
        english={<TextInput {...ENGLISH_TEXT} label={labels.en(t('meeting.venue'))} value={venue.value ?? ''} onChange={(e) => venue.set(e.currentTarget.value)} onBlur={venue.onBlur} />}
        arabic={
          <TextInput
            {...ARABIC_TEXT}
            id={fieldId('meeting.venueAr')}
            label={labels.ar(t('meeting.venue'))}
            value={venueAr.value ?? ''}
            onChange={(e) => venueAr.set(e.currentTarget.value)}
            onBlur={venueAr.onBlur}
          />
        }
      />
    </EditorSection>
  );
}

export function RemarksFields({ saver, field, label }: { saver: Saver; field: 'openingRemarks' | 'closingRemarks'; label: string }) {
  const { meeting } = useMeeting().record;
  const arabicField = `${field}Ar` as const;
  const remarks = useAutosavedField(saver, field, meeting[field] ?? '');
  const remarksAr = useAutosavedField(saver, arabicField, meeting[arabicField] ?? '');
  return (
    <BilingualTextarea
      label={label}
      english={remarks}
      arabic={remarksAr}
      arabicId={fieldId(`meeting.${arabicField}`)}
      minRows={2}
      maxRows={12}
    />
  );
}

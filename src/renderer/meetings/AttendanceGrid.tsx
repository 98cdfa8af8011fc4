import { Badge, Group, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES, VOTING_ROLES, type AttendanceEntry, type AttendanceStatus, type Membership } from '../../shared/domain';
import { command } from '../api/call';
import { localized, personName } from '../app/format';
import { useTrackedWrite } from '../autosave/AutosaveContext';
import { EditorSection } from '../components/EditorSection';
import { fieldId } from './arabicGaps';
import { keepRecord, useMeeting, useUpdateRecord } from './meetingContext';
import classes from './AttendanceGrid.module.css';

/** Voting members first (they make the quorum), then the others, each group in roster order. */
function ordered(members: Membership[]): Membership[] {
  const voting = (m: Membership) => VOTING_ROLES.includes(m.role);
  return [...members.filter(voting), ...members.filter((m) => !voting(m))];
}

export function AttendanceGrid() {
  const { t } = useTranslation();
  const { record } = useMeeting();
  const { quorum } = record;
  const byPerson = new Map(record.attendance.map((a) => [a.personId, a]));
  const members = ordered(record.members.filter((m) => m.active || byPerson.has(m.personId)));

  return (
    <EditorSection aria-labelledby="attendance-heading">
      <Group justify="space-between" align="center">
        <Title order={2} size="h5" id="attendance-heading">
          {t('attendance.title')}
        </Title>
        <div role="status" aria-live="polite" data-testid="quorum">
          <Badge size="lg" variant="light" color={quorum.met ? 'teal' : 'orange'}>
            {quorum.met ? t('attendance.quorumMet') : t('attendance.quorumNotMet')}
          </Badge>
          <Text span size="sm" c="dimmed" ms="xs">
            {t('attendance.quorumDetail', { counted: quorum.counted, eligible: quorum.eligible, required: quorum.required })}
          </Text>
        </div>
      </Group>
      {members.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('attendance.noMembers')}
        </Text>
      ) : (
        <table className={classes.grid}>
          <thead>
            <tr>
              <th scope="col">{t('person.name')}</th>
              <th scope="col">{t('roster.role')}</th>
              <th scope="col">{t('attendance.status')}</th>
              <th scope="col">{t('attendance.representedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <AttendanceRow key={m.personId} member={m} entry={byPerson.get(m.personId)} />
            ))}
          </tbody>
        </table>
      )}
    </EditorSection>
  );
}

function AttendanceRow({ member, entry }: { member: Membership; entry: AttendanceEntry | undefined }) {
  const { t, i18n } = useTranslation();
  const { record, readOnly } = useMeeting();
  const track = useTrackedWrite();
  const updateRecord = useUpdateRecord(record.meeting.id);
  const [status, setStatus] = useState<AttendanceStatus | undefined>(entry?.status);
  const [representative, setRepresentative] = useState(entry?.representedBy ?? '');
  const name = personName(member.person, i18n.language);

  function save(next: AttendanceStatus, representedBy?: string) {
    void track(command('attendance.set', { meetingId: record.meeting.id, personId: member.personId, status: next, representedBy }, { keep: keepRecord(record.meeting.id) })).then(
      (result) => updateRecord((r) => ({ ...r, attendance: result.attendance, quorum: result.quorum })),
      () => setStatus(entry?.status),
    );
  }

  function choose(next: AttendanceStatus) {
    setStatus(next);
    // A representation is only recorded once the representative is named.
    if (next !== 'represented') save(next);
    else if (representative.trim()) save(next, representative.trim());
  }

  function commitRepresentative() {
    const value = representative.trim();
    if (status === 'represented' && value && value !== entry?.representedBy) save('represented', value);
  }

  return (
    <tr data-status={status}>
      <th scope="row">
        <Text size="sm" fw={500}>
          {name}
        </Text>
        <Text size="xs" c="dimmed">
          {localized(member.person.organisation ?? '', member.person.organisationAr, i18n.language)}
        </Text>
      </th>
      <td>
        <Text size="sm">{t(`role.${member.role}`)}</Text>
      </td>
      <td>
        <fieldset className={classes.segmented} disabled={readOnly}>
          <VisuallyHidden component="legend">{t('attendance.of', { name })}</VisuallyHidden>
          {ATTENDANCE_STATUSES.map((s) => (
            <label key={s} className={classes.segment} data-value={s}>
              <input type="radio" name={`attendance-${member.personId}`} value={s} checked={status === s} onChange={() => choose(s)} />
              <span>{t(`attendanceStatus.${s}`)}</span>
            </label>
          ))}
        </fieldset>
      </td>
      <td>
        {status === 'represented' && (
          <TextInput
            size="xs"
            id={fieldId(`attendance.${member.personId}.representedBy`)}
            aria-label={t('attendance.representativeOf', { name })}
            placeholder={t('attendance.representativePlaceholder')}
            value={representative}
            onChange={(e) => setRepresentative(e.currentTarget.value)}
            onBlur={commitRepresentative}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commitRepresentative();
            }}
            error={!representative.trim() ? t('attendance.nameRepresentative') : undefined}
            autoFocus={!entry || entry.status !== 'represented'}
          />
        )}
      </td>
    </tr>
  );
}

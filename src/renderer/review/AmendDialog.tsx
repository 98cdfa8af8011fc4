import { Button, Group, Modal, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../shared/api';
import { AMENDABLE_FIELDS } from '../../shared/api/amendments';
import { ATTENDANCE_STATUSES, CLASSIFICATIONS } from '../../shared/domain';
import { command, exactly } from '../api/call';
import { queryKey } from '../api/queries';
import { FormError } from '../components/FormError';
import { humanise } from '../history/auditDetail';
import { useMeeting } from '../meetings/meetingContext';
import { currentValue, recordTargets, type RecordTarget } from './targets';
import classes from './AmendDialog.module.css';

const TIMES = new Set(['startsAt', 'endsAt']);

export function AmendDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('amend.title')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      {opened && <AmendForm onDone={onClose} />}
    </Modal>
  );
}

/** "represented by NAME" as the vault writes attendance, split for the form and joined back. */
function splitAttendance(text: string): { status: string; name: string } {
  const m = /^represented by\s*(.*)$/i.exec(text);
  return m ? { status: 'represented', name: m[1] } : { status: text, name: '' };
}

function AmendForm({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const { record } = useMeeting();
  const client = useQueryClient();
  const targets = recordTargets(t, i18n.language, record, ['meeting', 'attendance', 'agenda_item', 'decision', 'action']);
  const [index, setIndex] = useState(0);
  const target: RecordTarget = targets[index];
  const fields: readonly string[] = AMENDABLE_FIELDS[target.type];
  const [field, setField] = useState(fields[0]);
  const before = currentValue(record, target.type, target.id, field);
  const [after, setAfter] = useState(before ?? '');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fieldLabel = (f: string) => t(`fields.${f}`, { defaultValue: humanise(f) });

  function choose(nextIndex: number, nextField?: string) {
    const nextTarget = targets[nextIndex];
    const allowed: readonly string[] = AMENDABLE_FIELDS[nextTarget.type];
    const f = nextField && allowed.includes(nextField) ? nextField : allowed[0];
    setIndex(nextIndex);
    setField(f);
    setAfter(currentValue(record, nextTarget.type, nextTarget.id, f) ?? '');
    setError(null);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const input = { meetingId: record.meeting.id, targetType: target.type, targetId: target.id, field, after: after.trim() ? after : null, reason };
      // The list of amendments last: the editor remounts with fresh fields when it grows, so the
      // record must be read again before it.
      const list = queryKey('amendments.list', { meetingId: record.meeting.id });
      await command('amendments.add', input as InputOf<'amendments.add'>, { keep: exactly(list) });
      await client.invalidateQueries({ queryKey: list });
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const attendance = splitAttendance(after);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('amend.intro')}
        </Text>
        <Group grow align="flex-start">
          <NativeSelect
            label={t('amend.part')}
            value={String(index)}
            onChange={(e) => choose(Number(e.currentTarget.value), field)}
            data={targets.map((x, i) => ({ value: String(i), label: x.label }))}
          />
          <NativeSelect
            label={t('amend.field')}
            value={field}
            onChange={(e) => choose(index, e.currentTarget.value)}
            data={fields.map((f) => ({ value: f, label: fieldLabel(f) }))}
          />
        </Group>
        <div>
          <Text size="sm" fw={500}>
            {t('amend.before')}
          </Text>
          <Text size="sm" className={classes.before} data-testid="amend-before" c={before ? undefined : 'dimmed'}>
            {before ?? t('history.empty')}
          </Text>
        </div>
        {field === 'classification' ? (
          <NativeSelect
            label={t('amend.after')}
            value={after}
            onChange={(e) => setAfter(e.currentTarget.value)}
            data={CLASSIFICATIONS.map((c) => ({ value: c, label: t(`classification.${c}`) }))}
          />
        ) : field === 'attendance' ? (
          <Group grow align="flex-start">
            <NativeSelect
              label={t('amend.after')}
              value={attendance.status}
              onChange={(e) => setAfter(e.currentTarget.value === 'represented' ? `represented by ${attendance.name}` : e.currentTarget.value)}
              data={[{ value: '', label: t('amend.chooseAttendance') }, ...ATTENDANCE_STATUSES.map((s) => ({ value: s, label: t(`attendanceStatus.${s}`) }))]}
            />
            {attendance.status === 'represented' && (
              <TextInput
                label={t('attendance.representedBy')}
                value={attendance.name}
                onChange={(e) => setAfter(`represented by ${e.currentTarget.value}`)}
              />
            )}
          </Group>
        ) : TIMES.has(field) ? (
          <TextInput label={t('amend.after')} description={t('amend.timeHint')} value={after} onChange={(e) => setAfter(e.currentTarget.value)} />
        ) : (
          <Textarea
            label={t('amend.after')}
            value={after}
            onChange={(e) => setAfter(e.currentTarget.value)}
            dir={field.endsWith('Ar') ? 'rtl' : undefined}
            autosize
            minRows={2}
            maxRows={12}
          />
        )}
        <Textarea
          label={t('amend.reason')}
          description={t('amend.reasonHint')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
          required
        />
        <FormError error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy} disabled={!reason.trim() || after === (before ?? '')}>
            {t('amend.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Alert, Anchor, Button, Group, List, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { MeetingRecord } from '../../shared/domain';
import { arabicGaps, fieldId, type ArabicGap } from './arabicGaps';
import classes from './ArabicGapsPanel.module.css';

export type ArabicDocument = 'minutes' | 'press';

/** Brings an editor input into view and puts the cursor in it. */
export function focusField(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  el.scrollIntoView({ block: 'center' });
  el.focus({ preventScroll: true });
  return true;
}

/**
 * Where a gap is filled in. Inside the meeting editor a field of the meeting is scrolled to;
 * elsewhere the editor opens at it. Committee and people texts are edited on the committee's page.
 */
export function useGoToGap(meetingId: number, inEditor: boolean) {
  const navigate = useNavigate();
  return useCallback(
    (gap: ArabicGap) => {
      const { target } = gap;
      if (target.kind === 'field') {
        if (!inEditor || !focusField(target.id)) navigate(`/meetings/${meetingId}?field=${encodeURIComponent(gap.path)}`);
      } else if (target.kind === 'committee') navigate(`/committees/${target.committeeId}?edit=committee&field=${target.field}`);
      else if (target.kind === 'person') navigate(`/committees/${target.committeeId}?person=${target.personId}&field=${target.field}`);
    },
    [meetingId, inEditor, navigate],
  );
}

/** Focuses the field a link from elsewhere asked for (`?field=agendaItem.12.titleAr`). */
export function focusRequestedField(path: string | null): void {
  if (path) requestAnimationFrame(() => focusField(fieldId(path)));
}

interface Props {
  document: ArabicDocument;
  issues: { path: string; message: string }[];
  record: MeetingRecord;
  onGo: (gap: ArabicGap) => void;
  onRetry?: () => void;
  error?: string | null;
  onClose?: () => void;
}

/** The Arabic texts a document still needs, each a link to its field, ticked off as they are filled. */
export function ArabicGapsPanel({ document, issues, record, onGo, onRetry, error, onClose }: Props) {
  const { t } = useTranslation();
  const gaps = arabicGaps(issues, record);
  const left = gaps.filter((g) => !g.filled).length;
  return (
    <Alert
      color="orange"
      variant="light"
      title={t(`arabicGaps.${document}`)}
      withCloseButton={!!onClose}
      onClose={onClose}
      closeButtonLabel={t('arabicGaps.close')}
      data-testid="arabic-gaps"
    >
      <Text size="sm" mb={6}>
        {t('arabicGaps.hint')}
      </Text>
      <List size="sm" spacing={2} className={classes.list}>
        {gaps.map((gap) => {
          const text = gap.label ? t(gap.label.key, gap.label.values) : gap.message;
          return (
            <List.Item key={gap.path} data-filled={gap.filled || undefined}>
              {gap.target.kind === 'none' ? (
                text
              ) : (
                <Anchor component="button" type="button" size="sm" onClick={() => onGo(gap)}>
                  {text}
                </Anchor>
              )}
              {gap.filled && <span className={classes.filled}> ✓ {t('arabicGaps.filled')}</span>}
            </List.Item>
          );
        })}
      </List>
      {onRetry && (
        <Group mt="xs" gap="sm">
          <Button size="xs" variant={left === 0 ? 'filled' : 'default'} onClick={onRetry}>
            {t(`arabicGaps.retry.${document}`)}
          </Button>
          {error && (
            <Text size="xs" c="red.8" role="alert">
              {error}
            </Text>
          )}
        </Group>
      )}
    </Alert>
  );
}

import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/errors';
import { useRegistry, useSaveState } from './AutosaveContext';
import classes from './SaveIndicator.module.css';

export function SaveIndicator() {
  const { t } = useTranslation();
  const registry = useRegistry();
  const { state, error } = useSaveState();
  const label =
    state === 'pending' || state === 'saving'
      ? t('save.saving')
      : state === 'saved'
        ? t('save.saved')
        : state === 'error'
          ? t('save.failed', { message: describeError(t, error) })
          : t('save.idle');
  return (
    <Group gap="xs" wrap="nowrap" className={classes.indicator} data-state={state}>
      <Text size="sm" role="status" aria-live="polite" data-testid="save-state" c={state === 'error' ? 'red.8' : 'dimmed'} lineClamp={2}>
        {label}
      </Text>
      {state === 'error' && (
        <Button size="compact-xs" variant="light" color="red" onClick={() => void registry.flushAll()}>
          {t('save.retry')}
        </Button>
      )}
    </Group>
  );
}

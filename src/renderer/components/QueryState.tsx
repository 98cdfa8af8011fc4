import { Alert, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/errors';

/** Loading and error states of a read, the same everywhere. */
export function QueryState({ isLoading, error }: { isLoading: boolean; error: unknown }) {
  const { t } = useTranslation();
  if (error)
    return (
      <Alert color="red" variant="light" title={t('common.loadFailed')}>
        {describeError(t, error)}
      </Alert>
    );
  if (isLoading) return <Loader size="sm" aria-label={t('common.loading')} />;
  return null;
}

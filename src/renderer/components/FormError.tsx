import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../api/call';
import { describeError } from '../api/errors';

/** A failed write, with each field problem the host listed. */
export function FormError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const issues = error instanceof ApiCallError ? error.issues : [];
  return (
    <Alert color="red" variant="light" role="alert">
      {issues.length ? t('common.fixProblems') : describeError(t, error)}
      {issues.length > 0 && (
        <List size="sm" mt={4}>
          {issues.map((i) => (
            <List.Item key={`${i.path}:${i.message}`}>{i.path ? `${i.path}: ${i.message}` : i.message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

import { Alert, Anchor, Button, FileInput, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ImportResult } from '../../shared/api/packages';
import { ApiCallError } from '../api/call';
import { describeError } from '../api/errors';
import { useApiMutation } from '../api/queries';
import { Page } from '../components/Page';
import { PageHeader } from '../components/PageHeader';
import classes from './ImportPage.module.css';

interface Problem {
  message: string;
  issues: { path: string; message: string }[];
}

export function ImportPage() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const importPackage = useApiMutation('packages.import');

  async function run() {
    if (!file) return;
    setProblem(null);
    setResult(null);
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch (err) {
      setProblem({ message: t('import.notJson', { detail: err instanceof Error ? err.message : String(err) }), issues: [] });
      return;
    }
    try {
      setResult(await importPackage.mutateAsync({ package: parsed }));
    } catch (err) {
      setProblem({ message: describeError(t, err), issues: err instanceof ApiCallError ? err.issues : [] });
    }
  }

  return (
    <Page>
      <PageHeader title={t('import.title')} subtitle={t('import.subtitle')} />
      <Stack gap="sm" maw={640}>
        <FileInput
          label={t('import.file')}
          description={t('import.fileHint')}
          placeholder={t('import.choose')}
          accept="application/json,.json"
          value={file}
          onChange={(f) => {
            setFile(f);
            setProblem(null);
            setResult(null);
          }}
          clearable
          clearButtonProps={{ 'aria-label': t('import.clear') }}
        />
        <div>
          <Button onClick={() => void run()} disabled={!file} loading={importPackage.isPending}>
            {t('import.run')}
          </Button>
        </div>
        {problem && (
          <Alert color="red" variant="light" title={t('import.rejected')} role="alert">
            <Text size="sm">{problem.message}</Text>
            {problem.issues.length > 0 && (
              <>
                <Text size="sm" mt="xs">
                  {t('import.problems', { count: problem.issues.length })}
                </Text>
                <List size="sm" className={classes.issues} data-testid="import-issues">
                  {problem.issues.map((i) => (
                    <List.Item key={`${i.path}:${i.message}`}>
                      <code>{i.path || t('import.wholePackage')}</code> — {i.message}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
            <Text size="xs" mt="xs" c="dimmed">
              {t('import.nothingWritten')}
            </Text>
          </Alert>
        )}
        {result && (
          <Alert color="teal" variant="light" title={t('import.done')} role="status">
            <Text size="sm">
              {t('import.summary', { created: result.createdPeople, reused: result.reusedPeople })}{' '}
              {result.committeeReused ? t('import.committeeReused') : t('import.committeeCreated')}
            </Text>
            <Anchor component={Link} to={`/meetings/${result.meetingId}`} size="sm">
              {t('import.openMeeting')}
            </Anchor>
          </Alert>
        )}
      </Stack>
    </Page>
  );
}

import { Alert, Button, Checkbox, Group, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_BACKUPS_KEPT, type BackupSettingsView } from '../../shared/api/backup';
import { useApi, useApiMutation } from '../api/queries';
import { FormError } from '../components/FormError';
import { QueryState } from '../components/QueryState';
import { formatInstant } from '../app/format';
import { formatSize } from './size';
import classes from './BackupSettings.module.css';

/** Recent enough to show; the folder holds the rest. */
const LISTED = 5;

/**
 * Where automatic backups go and how many are kept, the outcome of the latest one, and
 * "Back up now". The folder is typed or pasted as a full path until the shell offers a picker.
 */
export function BackupSettings() {
  const { t } = useTranslation();
  const settings = useApi('backup.settings.get', {});
  return (
    <section className={classes.section} aria-labelledby="backups-heading">
      <Title order={2} size="h5" id="backups-heading">
        {t('backup.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('backup.intro')}
      </Text>
      {settings.data ? <BackupForm saved={settings.data} /> : <QueryState isLoading={settings.isLoading} error={settings.error} />}
    </section>
  );
}

function BackupForm({ saved }: { saved: BackupSettingsView }) {
  const { t, i18n } = useTranslation();
  const [folder, setFolder] = useState(saved.folder ?? '');
  const [keep, setKeep] = useState<number | string>(saved.keep);
  const [enabled, setEnabled] = useState(saved.enabled);
  const save = useApiMutation('backup.settings.set');
  const create = useApiMutation('backup.create');
  const list = useApi('backup.list', {}, { enabled: !!saved.folder });
  const dirty = folder.trim() !== (saved.folder ?? '') || Number(keep) !== saved.keep || enabled !== saved.enabled;

  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate({ folder: folder.trim() || null, keep: Number(keep), enabled });
  }

  return (
    <Stack gap="sm">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('backup.folder')}
            description={t('backup.folderHint')}
            placeholder={t('backup.folderPlaceholder')}
            value={folder}
            onChange={(e) => setFolder(e.currentTarget.value)}
            spellCheck={false}
            classNames={{ input: classes.path }}
          />
          <Group align="flex-end" gap="md">
            <NumberInput
              label={t('backup.keep')}
              description={t('backup.keepHint')}
              min={1}
              max={MAX_BACKUPS_KEPT}
              allowDecimal={false}
              allowNegative={false}
              value={keep}
              onChange={setKeep}
              w={200}
            />
            <Checkbox label={t('backup.enabled')} checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} className={classes.enabled} />
          </Group>
          <FormError error={save.error} />
          <Group justify="flex-end" gap="sm">
            {save.isSuccess && !dirty && (
              <Text size="sm" c="teal.8" role="status">
                {t('backup.saved')}
              </Text>
            )}
            <Button type="submit" variant="default" loading={save.isPending} disabled={!dirty}>
              {t('backup.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Group gap="sm" align="center" wrap="nowrap">
        <Button onClick={() => create.mutate({})} loading={create.isPending} disabled={!saved.folder || dirty}>
          {t('backup.now')}
        </Button>
        {(!saved.folder || dirty) && (
          <Text size="xs" c="dimmed">
            {t('backup.saveFirst')}
          </Text>
        )}
      </Group>
      <LastAutomatic saved={saved} />
      {create.data && (
        <div className={classes.done} role="status">
          <Text size="sm" fw={600} c="teal.8">
            {t('backup.done', { size: formatSize(create.data.size, i18n.language) })}
          </Text>
          <Text className={classes.path} data-testid="backup-created">
            {create.data.path}
          </Text>
        </div>
      )}
      <FormError error={create.error} />
      {!!list.data?.length && (
        <div>
          <Text size="sm" fw={600}>
            {t('backup.recent', { count: list.data.length })}
          </Text>
          <Table className={classes.list} verticalSpacing={4}>
            <Table.Tbody>
              {list.data.slice(0, LISTED).map((b) => (
                <Table.Tr key={b.path}>
                  <Table.Td>{formatInstant(b.createdAt, i18n.language)}</Table.Td>
                  <Table.Td className={classes.path} title={b.path}>
                    {b.name}
                  </Table.Td>
                  <Table.Td>{formatSize(b.size, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </Stack>
  );
}

/** Automatic backups run at lock or quit, unseen: a failure is shown here until the next one works. */
function LastAutomatic({ saved }: { saved: BackupSettingsView }) {
  const { t, i18n } = useTranslation();
  const { last } = saved;
  if (last && !last.ok)
    return (
      <Alert color="red" variant="light" title={t('backup.lastFailed', { at: formatInstant(last.at, i18n.language) })}>
        {last.error}
      </Alert>
    );
  return (
    <Text size="xs" c="dimmed" title={last?.path ?? undefined}>
      {last ? t('backup.lastOk', { at: formatInstant(last.at, i18n.language) }) : saved.enabled ? t('backup.noAutomaticYet') : t('backup.automaticOff')}
    </Text>
  );
}

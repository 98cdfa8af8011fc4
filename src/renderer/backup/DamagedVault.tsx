import { Alert, Anchor, Button, List, Loader, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryInfo } from '../../shared/api/backup';
import type { VaultStatus } from '../../shared/domain';
import { call, command } from '../api/call';
import { describeError } from '../api/errors';
import { getBridge } from '../api/transport';
import { formatInstant } from '../app/format';
import { InlineForm } from '../components/InlineForm';
import { formatSize } from './size';
import { restoredPath } from './restorePath';
import classes from './DamagedVault.module.css';

interface Props {
  path: string;
  passphrase: string;
  actor: string;
  onStatus: (status: VaultStatus) => void;
  onBack: () => void;
}

const fileName = (p: string) => p.split(/[\\/]/).pop() ?? p;

/**
 * Shown when the vault cannot be opened because it is damaged. The damaged file is never
 * written to: the offer is to restore a backup as a new file next to it, then open that one.
 */
export function DamagedVault({ path, passphrase, actor, onStatus, onBack }: Props) {
  const { t, i18n } = useTranslation();
  const [folder, setFolder] = useState<string | undefined>(undefined);
  const [folderInput, setFolderInput] = useState('');
  const [info, setInfo] = useState<RecoveryInfo | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [backup, setBackup] = useState('');
  const [out, setOut] = useState(() => restoredPath(path));
  const [busy, setBusy] = useState(false);
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const [restoredTo, setRestoredTo] = useState<string | null>(null);
  const [details, setDetails] = useState(false);

  useEffect(() => {
    let live = true;
    setInfo(null);
    setLoadError(null);
    call('backup.recovery', folder ? { passphrase, folder } : { passphrase }).then(
      (found) => {
        if (!live) return;
        setInfo(found);
        setBackup(found.latest?.path ?? '');
        setFolderInput((typed) => typed || found.folder || '');
      },
      (err: unknown) => live && setLoadError(describeError(t, err)),
    );
    return () => {
      live = false;
    };
  }, [passphrase, folder, t]);

  async function restore(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setRestoreError(null);
    try {
      const restored = await command('backup.restore', { backup, out: out.trim(), passphrase });
      const bridge = getBridge();
      if (!bridge.openRestored) {
        setRestoredTo(restored.path);
        return;
      }
      await bridge.openRestored(restored.path);
      // The backup may carry an older passphrase: then the unlock form asks for it.
      onStatus(await command('vault.unlock', { passphrase, actor }).catch(() => call('vault.status', {})));
    } catch (err) {
      setRestoreError(describeError(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="sm" data-testid="damaged-vault">
      <Alert color="red" variant="light" title={t('damaged.title')}>
        <Text size="sm">{t('damaged.explain', { file: fileName(path) })}</Text>
        {!!info?.problems.length && (
          <>
            <Anchor component="button" type="button" size="xs" mt={4} onClick={() => setDetails((v) => !v)} aria-expanded={details}>
              {details ? t('damaged.hideDetails') : t('damaged.showDetails')}
            </Anchor>
            {details && (
              <List size="xs" mt={4} className={classes.details}>
                {info.problems.map((p) => (
                  <List.Item key={p}>{p}</List.Item>
                ))}
              </List>
            )}
          </>
        )}
      </Alert>
      {loadError && (
        <Alert color="red" variant="light">
          {loadError}
        </Alert>
      )}
      {!info && !loadError && <Loader size="sm" aria-label={t('damaged.searching')} />}
      {restoredTo ? (
        <Alert color="teal" variant="light" title={t('damaged.restoredTitle')}>
          <Text size="sm">{t('damaged.restoredOpenIt')}</Text>
          <Text size="sm" className={classes.path}>
            {restoredTo}
          </Text>
        </Alert>
      ) : (
        info &&
        (info.latest ? (
          <form onSubmit={(e) => void restore(e)} noValidate>
            <Stack gap="sm">
              <Text size="sm">
                {t('damaged.latest', { at: formatInstant(info.latest.createdAt, i18n.language), size: formatSize(info.latest.size, i18n.language) })}
              </Text>
              {info.backups.length > 1 && (
                <NativeSelect
                  label={t('damaged.backup')}
                  value={backup}
                  onChange={(e) => setBackup(e.currentTarget.value)}
                  data={info.backups.map((b) => ({ value: b.path, label: formatInstant(b.createdAt, i18n.language) }))}
                />
              )}
              <TextInput
                label={t('damaged.restoreAs')}
                description={t('damaged.restoreAsHint')}
                value={out}
                onChange={(e) => setOut(e.currentTarget.value)}
                error={restoreError}
                spellCheck={false}
                classNames={{ input: classes.path }}
              />
              <Button type="submit" loading={busy} disabled={!out.trim()}>
                {t('damaged.restore')}
              </Button>
            </Stack>
          </form>
        ) : (
          <Text size="sm">{info.folder ? t('damaged.noneIn', { folder: info.folder }) : t('damaged.noFolder')}</Text>
        ))
      )}
      {!restoredTo && <OtherFolder value={folderInput} onChange={setFolderInput} onLook={setFolder} />}
      <Anchor component="button" type="button" size="sm" onClick={onBack}>
        {t('damaged.back')}
      </Anchor>
    </Stack>
  );
}

/** The vault's own record of its backup folder may be unreadable, or the backups may have moved. */
function OtherFolder({ value, onChange, onLook }: { value: string; onChange: (v: string) => void; onLook: (folder: string) => void }) {
  const { t } = useTranslation();
  return (
    <InlineForm
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim()) onLook(value.trim());
      }}
    >
      <TextInput
        label={t('damaged.folder')}
        description={t('backup.folderHint')}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        spellCheck={false}
        classNames={{ input: classes.path }}
      />
      <Button type="submit" variant="default" disabled={!value.trim()}>
        {t('damaged.look')}
      </Button>
    </InlineForm>
  );
}

import { Alert, Anchor, Button, Card, Center, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../shared/api/vault';
import type { VaultStatus } from '../../shared/domain';
import { ApiCallError, call, command } from '../api/call';
import { describeError } from '../api/errors';
import { DamagedVault } from '../backup/DamagedVault';
import { getBridge } from '../api/transport';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { lastActor, rememberActor } from '../session/actor';
import classes from './UnlockScreen.module.css';

/** Counted as the vault counts it: by code point, so an emoji or an Arabic letter is one. */
function passphraseLength(p: string): number {
  return [...p].length;
}

/** Why the vault was locked, each told in the screen's own words; the session says which. */
export type LockReason = 'manual' | 'idle' | 'elsewhere' | 'damaged';

interface Props {
  status: VaultStatus;
  lockReason: LockReason | null;
  onStatus: (status: VaultStatus) => void;
}

export function UnlockScreen({ status, lockReason, onStatus }: Props) {
  const { t } = useTranslation();
  const [chooseError, setChooseError] = useState<string | null>(null);
  const bridge = getBridge();

  async function choose(mode: 'open' | 'create') {
    setChooseError(null);
    try {
      const path = await bridge.chooseVault(mode);
      if (path === null) {
        if (mode === 'open' && bridge.platform === 'web') setChooseError(t('unlock.noDefaultVault'));
        return;
      }
      onStatus(await call('vault.status', {}));
    } catch (err) {
      setChooseError(describeError(t, err));
    }
  }

  return (
    <Center mih="100vh" className={classes.screen}>
      <Card withBorder shadow="sm" padding="xl" w={460} component="main">
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <div>
              <Title order={1} size="h3">
                {t('app.name')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('unlock.tagline')}
              </Text>
            </div>
            <LanguageSwitch />
          </Group>
          {lockReason && (
            <Alert color={lockReason === 'damaged' ? 'red' : lockReason === 'idle' ? 'yellow' : 'blue'} variant="light" role="status">
              {t(`unlock.locked.${lockReason}`)}
            </Alert>
          )}
          {status.state === 'no-vault' || !status.path ? (
            <Stack gap="sm">
              <Text size="sm">{bridge.platform === 'web' ? t('unlock.chooseWeb') : t('unlock.choose')}</Text>
              <Group grow>
                <Button variant="default" onClick={() => void choose('open')}>
                  {t('unlock.openExisting')}
                </Button>
                <Button onClick={() => void choose('create')}>{t('unlock.createNew')}</Button>
              </Group>
            </Stack>
          ) : status.exists ? (
            <UnlockForm path={status.path} onStatus={onStatus} />
          ) : (
            <CreateForm path={status.path} onStatus={onStatus} />
          )}
          {chooseError && (
            <Alert color="red" variant="light">
              {chooseError}
            </Alert>
          )}
          {bridge.platform === 'electron' && status.path && (
            <Anchor component="button" type="button" size="sm" onClick={() => void choose('open')}>
              {t('unlock.otherVault')}
            </Anchor>
          )}
        </Stack>
      </Card>
    </Center>
  );
}

function VaultPath({ path, label }: { path: string; label: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" className={classes.vaultPath} data-testid="vault-path">
        {path}
      </Text>
    </div>
  );
}

function useActorName() {
  const [actor, setActor] = useState(lastActor);
  const remember = () => rememberActor(actor);
  return { actor, setActor, remember };
}

function UnlockForm({ path, onStatus }: { path: string; onStatus: (s: VaultStatus) => void }) {
  const { t } = useTranslation();
  const { actor, setActor, remember } = useActorName();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [passError, setPassError] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [damaged, setDamaged] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setPassError(null);
    setError(null);
    setNameError(actor.trim() ? null : t('unlock.nameRequired'));
    if (!actor.trim()) return;
    setBusy(true);
    try {
      const next = await command('vault.unlock', { passphrase, actor: actor.trim() });
      remember();
      setPassphrase('');
      onStatus(next);
    } catch (err) {
      if (err instanceof ApiCallError && err.code === 'WRONG_PASSPHRASE') {
        setPassError(t('unlock.wrongPassphrase'));
        setPassphrase('');
      } else if (err instanceof ApiCallError && err.code === 'VAULT_DAMAGED') setDamaged(true);
      else setError(describeError(t, err));
    } finally {
      setBusy(false);
    }
  }

  if (damaged) return <DamagedVault path={path} passphrase={passphrase} actor={actor.trim()} onStatus={onStatus} onBack={() => setDamaged(false)} />;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <VaultPath path={path} label={t('unlock.vaultFile')} />
        <TextInput
          label={t('unlock.yourName')}
          description={t('unlock.yourNameHint')}
          value={actor}
          onChange={(e) => setActor(e.currentTarget.value)}
          error={nameError}
          autoComplete="name"
          required
          autoFocus={!actor}
        />
        <PasswordInput
          label={t('unlock.passphrase')}
          value={passphrase}
          onChange={(e) => setPassphrase(e.currentTarget.value)}
          error={passError}
          autoComplete="current-password"
          required
          autoFocus={!!actor}
          visibilityToggleButtonProps={{ 'aria-label': t('unlock.showPassphrase') }}
        />
        {error && (
          <Alert color="red" variant="light">
            {error}
          </Alert>
        )}
        <Button type="submit" loading={busy}>
          {t('unlock.unlock')}
        </Button>
      </Stack>
    </form>
  );
}

function CreateForm({ path, onStatus }: { path: string; onStatus: (s: VaultStatus) => void }) {
  const { t } = useTranslation();
  const { actor, setActor, remember } = useActorName();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const length = passphraseLength(passphrase);
  const tooShort = length < MIN_PASSPHRASE_LENGTH;
  const mismatch = confirm !== passphrase;
  const nameMissing = !actor.trim();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSubmitted(true);
    setError(null);
    if (tooShort || mismatch || nameMissing) return;
    setBusy(true);
    try {
      const next = await command('vault.create', { passphrase, actor: actor.trim() });
      remember();
      onStatus(next);
    } catch (err) {
      setError(describeError(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Title order={2} size="h5">
          {t('unlock.createTitle')}
        </Title>
        <VaultPath path={path} label={t('unlock.newVaultAt')} />
        <TextInput
          label={t('unlock.yourName')}
          description={t('unlock.yourNameHint')}
          value={actor}
          onChange={(e) => setActor(e.currentTarget.value)}
          error={submitted && nameMissing ? t('unlock.nameRequired') : null}
          autoComplete="name"
          required
          autoFocus
        />
        <PasswordInput
          label={t('unlock.newPassphrase')}
          description={t('unlock.passphraseRule', { min: MIN_PASSPHRASE_LENGTH })}
          value={passphrase}
          onChange={(e) => setPassphrase(e.currentTarget.value)}
          error={submitted && tooShort ? t('unlock.tooShort', { min: MIN_PASSPHRASE_LENGTH }) : null}
          autoComplete="new-password"
          required
          visibilityToggleButtonProps={{ 'aria-label': t('unlock.showPassphrase') }}
        />
        <Text size="xs" c={tooShort ? 'dimmed' : 'teal.8'} aria-live="polite">
          {t('unlock.lengthCount', { count: length, min: MIN_PASSPHRASE_LENGTH })}
        </Text>
        <PasswordInput
          label={t('unlock.confirmPassphrase')}
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          error={submitted && mismatch ? t('unlock.mismatch') : null}
          autoComplete="new-password"
          required
          visibilityToggleButtonProps={{ 'aria-label': t('unlock.showPassphrase') }}
        />
        <Text size="xs" c="dimmed">
          {t('unlock.noRecovery')}
        </Text>
        {error && (
          <Alert color="red" variant="light">
            {error}
          </Alert>
        )}
        <Button type="submit" loading={busy}>
          {t('unlock.create')}
        </Button>
      </Stack>
    </form>
  );
}

import { Alert, Center, Loader, Stack } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../shared/domain';
import { call, command, onCallError, onCommand } from '../api/call';
import { refreshAfter } from '../api/queries';
import { AutosaveProvider } from '../autosave/AutosaveContext';
import { AutosaveRegistry } from '../autosave/autosave';
import { UnlockScreen, type LockReason } from '../unlock/UnlockScreen';
import { rememberActor } from './actor';
import { readIdleMinutes, writeIdleMinutes } from './idle';
import { useIdleLock } from './useIdleLock';

interface SessionValue {
  status: VaultStatus;
  lock: (reason?: LockReason) => Promise<void>;
  idleMinutes: number;
  setIdleMinutes: (minutes: number) => void;
}

const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = use(SessionContext);
  if (!value) throw new Error('useSession outside the unlocked app');
  return value;
}

function newQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}

/**
 * Shows the unlock screen until the vault is open. Each unlock gets a new QueryClient and a new
 * autosave registry; locking clears the old client and unmounts every screen, so no record
 * stays in the renderer's memory.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<VaultStatus | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);
  const [lockReason, setLockReason] = useState<LockReason | null>(null);
  const [client, setClient] = useState(newQueryClient);
  const [registry, setRegistry] = useState(() => new AutosaveRegistry());
  const [idleMinutes, setIdle] = useState(() => readIdleMinutes());
  const locking = useRef(false);

  useEffect(() => {
    if (status?.state === 'unlocked' && status.actor) rememberActor(status.actor);
  }, [status]);

  useEffect(() => {
    onCommand((method, keep) => refreshAfter(client, method, keep));
    return () => onCommand(null);
  }, [client]);

  useEffect(() => {
    call('vault.status', {}).then(setStatus, (err: unknown) => setFatal(err instanceof Error ? err.message : String(err)));
  }, []);

  const drop = useCallback(
    (next: VaultStatus | null, reason: LockReason) => {
      client.clear();
      setClient(newQueryClient());
      setRegistry(new AutosaveRegistry());
      setLockReason(reason);
      setStatus((prev) => next ?? (prev && { ...prev, state: prev.path ? 'locked' : 'no-vault', actor: null }));
    },
    [client],
  );

  const lock = useCallback(
    async (reason: LockReason = 'manual') => {
      if (locking.current) return;
      locking.current = true;
      try {
        await registry.flushAll();
        const next = await command('vault.lock', {}).catch(() => null);
        drop(next, reason);
      } finally {
        locking.current = false;
      }
    },
    [registry, drop],
  );

  useEffect(
    () =>
      onCallError((err) => {
        if (err.code === 'UNAUTHORIZED') setFatal(err.message);
        else if (err.code === 'VAULT_LOCKED' && status?.state === 'unlocked') drop(null, 'elsewhere');
        // A damaged page found while working: close the vault and let the unlock screen offer a backup.
        else if (err.code === 'VAULT_DAMAGED' && status?.state === 'unlocked') void lock('damaged');
      }),
    [drop, lock, status?.state],
  );

  const setIdleMinutes = useCallback((minutes: number) => {
    writeIdleMinutes(minutes);
    setIdle(readIdleMinutes());
  }, []);

  const value = useMemo(
    () => (status ? { status, lock, idleMinutes, setIdleMinutes } : null),
    [status, lock, idleMinutes, setIdleMinutes],
  );

  if (fatal)
    return (
      <Center h="100vh">
        <Alert color="red" title={t('session.fatalTitle')} maw={520}>
          {fatal}
        </Alert>
      </Center>
    );
  if (!status || !value)
    return (
      <Center h="100vh">
        <Stack align="center" gap="xs">
          <Loader size="sm" aria-label={t('session.loading')} />
        </Stack>
      </Center>
    );
  if (status.state !== 'unlocked')
    return (
      <UnlockScreen
        status={status}
        lockReason={lockReason}
        onStatus={(next) => {
          if (next.state === 'unlocked') setLockReason(null);
          setStatus(next);
        }}
      />
    );
  return (
    <QueryClientProvider client={client}>
      <AutosaveProvider registry={registry}>
        <SessionContext value={value}>
          <IdleLock minutes={idleMinutes} onIdle={() => void lock('idle')} />
          {children}
        </SessionContext>
      </AutosaveProvider>
    </QueryClientProvider>
  );
}

function IdleLock({ minutes, onIdle }: { minutes: number; onIdle: () => void }) {
  useIdleLock(minutes, onIdle);
  return null;
}

import { createContext, use, useCallback, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { AutosaveRegistry, Autosaver } from './autosave';

const RegistryContext = createContext<AutosaveRegistry | null>(null);

/**
 * Flushes on tab hide and before unload. When something is still unsaved at unload the browser
 * is asked to confirm, and the flush goes out with keepalive meanwhile (see api/transport).
 */
export function AutosaveProvider({ registry, children }: { registry: AutosaveRegistry; children: ReactNode }) {
  useEffect(() => {
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (!registry.hasUnsaved()) return;
      void registry.flushAll();
      e.preventDefault();
    };
    const hidden = () => {
      if (document.visibilityState === 'hidden') void registry.flushAll();
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [registry]);
  return <RegistryContext value={registry}>{children}</RegistryContext>;
}

export function useRegistry(): AutosaveRegistry {
  const registry = use(RegistryContext);
  if (!registry) throw new Error('useRegistry outside AutosaveProvider');
  return registry;
}

/** An autosaver for one record that lives as long as the component and flushes when it leaves. */
export function useAutosave<P extends object>(save: (patch: Partial<P>) => Promise<void>, delayMs?: number): Autosaver<P> {
  const registry = useRegistry();
  const saveRef = useRef(save);
  saveRef.current = save;
  const [saver] = useState(() => new Autosaver<P>((patch) => saveRef.current(patch), delayMs));
  useEffect(() => registry.add(saver), [registry, saver]);
  return saver;
}

/** A field bound to an autosaver: edits are recorded as typed and flushed when focus leaves. */
export function useAutosavedField<P extends object, K extends keyof P & string>(
  saver: Autosaver<P>,
  field: K,
  initial: P[K],
): { value: P[K]; set: (value: P[K]) => void; onBlur: () => void } {
  const [value, setValue] = useState(initial);
  const set = useCallback(
    (next: P[K]) => {
      setValue(next);
      saver.change({ [field]: next } as unknown as Partial<P>);
    },
    [saver, field],
  );
  const onBlur = useCallback(() => void saver.flush(), [saver]);
  return { value, set, onBlur };
}

export function useSaveState() {
  const registry = useRegistry();
  useSyncExternalStore(registry.subscribe, registry.getVersion);
  return registry.state();
}

/** Wraps one-shot writes so the save indicator covers them too. */
export function useTrackedWrite(): <T>(write: Promise<T>) => Promise<T> {
  const registry = useRegistry();
  return useCallback((write) => registry.track(write), [registry]);
}

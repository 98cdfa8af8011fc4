import { keepPreviousData, useMutation, useQuery, type QueryClient } from '@tanstack/react-query';
import { invalidatedBy, type CommandName, type InputOf, type QueryName, type ResultOf } from '../../shared/api';
import { call, command, type KeyFilter } from './call';

/** Query keys are `[method, input]`, so a command can refresh every read of a method at once. */
export function queryKey<M extends QueryName>(method: M, input: InputOf<M>) {
  return [method, input] as const;
}

export function useApi<M extends QueryName>(
  method: M,
  input: InputOf<M>,
  options: { enabled?: boolean; staleTime?: number; placeholderData?: typeof keepPreviousData } = {},
) {
  return useQuery({ queryKey: queryKey(method, input), queryFn: () => call(method, input), ...options });
}

/** Refreshes, in this session's cache, what the contract says `method` made stale, but for the copies `keep` picks. */
export function refreshAfter(client: QueryClient, method: CommandName, keep: KeyFilter): Promise<void> {
  const stale = invalidatedBy(method);
  // The vault opened or closed: the session drops this cache; nothing is read again meanwhile.
  if (stale === 'all') return client.invalidateQueries({ refetchType: 'none' });
  return Promise.all(stale.map((m) => client.invalidateQueries({ queryKey: [m], predicate: (q) => !keep(q.queryKey) }))).then(() => undefined);
}

/** A command as a React Query mutation, for forms that show its pending state and error. */
export function useApiMutation<M extends CommandName>(method: M, options: { onSuccess?: (value: ResultOf<M>, input: InputOf<M>) => void } = {}) {
  return useMutation<ResultOf<M>, Error, InputOf<M>>({
    mutationFn: (input) => command(method, input),
    onSuccess: (value, input) => options.onSuccess?.(value, input),
  });
}

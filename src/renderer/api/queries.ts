import { useMutation, useQuery, useQueryClient, type QueryClient, keepPreviousData } from '@tanstack/react-query';
import type { InputOf, MethodName, ResultOf } from '../../shared/api';
import { call } from './call';

/** Query keys are `[method, input]`, so a write can refresh every read of a method at once. */
export function queryKey<M extends MethodName>(method: M, input: InputOf<M>) {
  return [method, input] as const;
}

export function useApi<M extends MethodName>(
  method: M,
  input: InputOf<M>,
  options: { enabled?: boolean; staleTime?: number; placeholderData?: typeof keepPreviousData } = {},
) {
  return useQuery({ queryKey: queryKey(method, input), queryFn: () => call(method, input), ...options });
}

/** Which reads each kind of write can change; kept coarse because reads are local and cheap. */
const EFFECTS: Record<string, MethodName[]> = {
  committees: ['committees.list', 'committees.get', 'meetings.list', 'meetings.get', 'actions.list', 'actions.page'],
  people: ['people.list', 'memberships.list', 'meetings.get', 'agenda.arising', 'actions.list', 'actions.page'],
  memberships: ['memberships.list', 'meetings.get'],
  meetings: ['meetings.list', 'meetings.get', 'agenda.arising', 'actions.list', 'actions.page', 'meetings.transitions', 'meetings.mattersArising', 'dashboard.get'],
  attendance: ['meetings.get'],
  agenda: ['meetings.get'],
  decisions: ['meetings.get', 'agenda.arising', 'meetings.list', 'meetings.mattersArising', 'dashboard.get'],
  actions: ['actions.list', 'actions.page', 'actions.get', 'meetings.get', 'agenda.arising', 'meetings.list', 'meetings.mattersArising', 'dashboard.get'],
  review: ['review.list'],
  backup: ['backup.settings.get', 'backup.list'],
  packages: ['committees.list', 'people.list', 'memberships.list', 'meetings.list', 'actions.list', 'actions.page'],
};

function invalidateAfter(client: QueryClient, method: MethodName): Promise<void> {
  const area = method.slice(0, method.indexOf('.'));
  return Promise.all((EFFECTS[area] ?? []).map((m) => client.invalidateQueries({ queryKey: [m] }))).then(() => undefined);
}

export function useApiMutation<M extends MethodName>(
  method: M,
  options: { onSuccess?: (value: ResultOf<M>, input: InputOf<M>) => void } = {},
) {
  const client = useQueryClient();
  return useMutation<ResultOf<M>, Error, InputOf<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: async (value, input) => {
      options.onSuccess?.(value, input);
      await invalidateAfter(client, method);
    },
  });
}

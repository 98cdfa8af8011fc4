import type { z } from 'zod';
import { actionsApi } from './api/actions';
import { agendaApi } from './api/agenda';
import { amendmentsApi } from './api/amendments';
import { arisingApi } from './api/arising';
import { attendanceApi } from './api/attendance';
import { auditApi } from './api/audit';
import { backupApi } from './api/backup';
import { committeesApi } from './api/committees';
import { dashboardApi } from './api/dashboard';
import { decisionsApi } from './api/decisions';
import type { MethodSpec } from './api/define';
import { exportsApi } from './api/exports';
import { meetingsApi } from './api/meetings';
import { membershipsApi } from './api/memberships';
import { packagesApi } from './api/packages';
import { peopleApi } from './api/people';
import { pressApi } from './api/press';
import { reviewApi } from './api/review';
import { vaultApi } from './api/vault';

/**
 * The one list of methods, laid out by name: `meetings.*` is in shared/api/meetings.ts, its
 * handlers in core/handlers/meetings.ts and its services in core/services/meetings.ts. Electron
 * IPC, the HTTP harness, the CLI and the tests all go through the dispatcher in core, which
 * validates input against these schemas.
 */
export const api = {
  ...vaultApi,
  ...committeesApi,
  ...peopleApi,
  ...membershipsApi,
  ...meetingsApi,
  ...attendanceApi,
  ...agendaApi,
  ...decisionsApi,
  ...actionsApi,
  ...reviewApi,
  ...amendmentsApi,
  ...arisingApi,
  ...dashboardApi,
  ...auditApi,
  ...packagesApi,
  ...pressApi,
  ...exportsApi,
  ...backupApi,
};

export type Api = typeof api;
export type MethodName = keyof Api;
/** What a caller may send (before defaults and trimming). */
export type InputOf<M extends MethodName> = z.input<Api[M]['input']>;
/** What a handler receives (after validation). */
export type ParsedInputOf<M extends MethodName> = z.output<Api[M]['input']>;
export type ResultOf<M extends MethodName> = Api[M] extends MethodSpec<z.ZodType, infer R> ? R : never;

/** Methods that change something: each declares the reads it makes stale. */
export type CommandName = { [M in MethodName]: Api[M] extends { invalidates: unknown } ? M : never }[MethodName];
/** Methods that only read. */
export type QueryName = Exclude<MethodName, CommandName>;

/** Every name a command declares stale. */
type Invalidated = { [M in MethodName]: Api[M] extends { invalidates: readonly (infer N)[] } ? N : never }[MethodName];
/** Compiles only while every name a command declares stale is a method of the contract; otherwise the error names it. */
export const invalidatesOnlyMethods: [Exclude<Invalidated, MethodName>] extends [never] ? true : Exclude<Invalidated, MethodName> = true;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(api, name);
}

/** The reads a successful call of `method` makes stale: none for a query, 'all' when a vault opens or closes. */
export function invalidatedBy(method: MethodName): readonly MethodName[] | 'all' {
  return (api[method] as MethodSpec).invalidates as readonly MethodName[] | 'all' | undefined ?? [];
}

export function isCommand(method: MethodName): boolean {
  return (api[method] as MethodSpec).invalidates !== undefined;
}

export type { ApiError, ErrorCode, Result } from './errors';

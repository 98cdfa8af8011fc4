import type { z } from 'zod';
import { actionsApi } from './api/actions';
import { backupApi } from './api/backup';
import { committeesApi } from './api/committees';
import type { MethodSpec } from './api/define';
import { exportsApi } from './api/exports';
import { meetingsApi } from './api/meetings';
import { packagesApi } from './api/packages';
import { pressApi } from './api/press';
import { reviewApi } from './api/review';
import { vaultApi } from './api/vault';

/**
 * The one list of methods. Electron IPC, the HTTP harness, the CLI and the tests all go
 * through the dispatcher in core, which validates input against these schemas.
 */
export const api = {
  ...vaultApi,
  ...committeesApi,
  ...meetingsApi,
  ...actionsApi,
  ...packagesApi,
  ...pressApi,
  ...exportsApi,
  ...backupApi,
  ...reviewApi,
};

export type Api = typeof api;
export type MethodName = keyof Api;
/** What a caller may send (before defaults and trimming). */
export type InputOf<M extends MethodName> = z.input<Api[M]['input']>;
/** What a handler receives (after validation). */
export type ParsedInputOf<M extends MethodName> = z.output<Api[M]['input']>;
export type ResultOf<M extends MethodName> = Api[M] extends MethodSpec<z.ZodType, infer R> ? R : never;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(api, name);
}

export type { ApiError, ErrorCode, Result } from './errors';

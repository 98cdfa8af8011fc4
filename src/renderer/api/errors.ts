import type { TFunction } from 'i18next';
import { ApiCallError } from './call';

/** The host's sentence, unless the locale has its own for that code (for translated UIs). */
export function describeError(t: TFunction, err: unknown): string {
  if (err instanceof ApiCallError) return t(`errors.codes.${err.code}`, { defaultValue: err.message });
  return err instanceof Error ? err.message : String(err);
}

import type { TFunction } from 'i18next';
import { ApiCallError } from './call';

/**
 * The host writes its sentences in English. The English locale passes them on (`{{detail}}`);
 * another locale puts its own sentence for the code, so that the interface speaks one language.
 */
export function describeError(t: TFunction, err: unknown): string {
  if (err instanceof ApiCallError) return t(`errors.codes.${err.code}`, { defaultValue: err.message, detail: err.message });
  return err instanceof Error ? err.message : String(err);
}

/** What an update changed, field by field, as the audit log records it. */
export type Changes = Record<string, { before: unknown; after: unknown }>;

/**
 * Applies the fields a caller sent. `undefined` means "not sent" and keeps the value;
 * `null` means "cleared".
 */
export function applyPatch<T extends object>(current: T, patch: { [K in keyof T]?: T[K] | undefined }): { next: T; changes: Changes } {
  const next = { ...current };
  const changes: Changes = {};
  for (const key of Object.keys(patch) as (keyof T & string)[]) {
    const after = patch[key];
    if (after === undefined || !(key in current) || current[key] === after) continue;
    next[key] = after as T[keyof T & string];
    changes[key] = { before: current[key], after };
  }
  return { next, changes };
}

export const changed = (changes: Changes): boolean => Object.keys(changes).length > 0;

/** A new record as the audit log keeps it: its own fields, without ids, timestamps or empty values. */
export function created(record: object, omit: readonly string[] = []): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).filter(
      ([k, v]) => v !== null && v !== undefined && !['id', 'createdAt', 'updatedAt', ...omit].includes(k) && typeof v !== 'object',
    ),
  );
}

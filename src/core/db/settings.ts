import type { ReadableDb, WritableDb } from '../vault/handles';

/** A stored setting as written, or undefined when it is missing or unreadable. */
export function readSetting(db: ReadableDb, key: string): unknown {
  const raw = db.prepare('SELECT value FROM settings WHERE key = :key').pluck().get({ key }) as string | undefined;
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

export function writeSetting(db: WritableDb, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (:key, :value) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run({
    key,
    value: JSON.stringify(value),
  });
}

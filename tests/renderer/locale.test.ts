import { describe, expect, it } from 'vitest';
import en from '../../src/renderer/locales/en.json';

const SOURCES = import.meta.glob<string>('../../src/renderer/**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true });

function has(key: string): boolean {
  const tree = en as unknown as Record<string, unknown>;
  const leaf = key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);
  if (typeof leaf === 'string') return true;
  // Plural and ordinal forms live under suffixed keys.
  const parent = key.split('.').slice(0, -1).reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tree) as Record<string, unknown> | undefined;
  const last = key.split('.').at(-1)!;
  return !!parent && Object.keys(parent).some((k) => k.startsWith(`${last}_`));
}

describe('en locale', () => {
  it('has every key the renderer asks for by name', () => {
    const missing: string[] = [];
    expect(Object.keys(SOURCES).length).toBeGreaterThan(20);
    for (const [file, text] of Object.entries(SOURCES)) {
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) if (!has(m[1])) missing.push(`${file}: ${m[1]}`);
      for (const m of text.matchAll(/key: '([a-z]+\.[a-zA-Z0-9_.-]+)'/g)) if (!has(m[1])) missing.push(`${file}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
  });

  it('names every value of the enumerations the screens show', async () => {
    const domain = await import('../../src/shared/domain');
    const groups: [string, readonly string[]][] = [
      ['role', domain.ROLES],
      ['classification', domain.CLASSIFICATIONS],
      ['meetingStatus', domain.MEETING_STATUSES],
      ['attendanceStatus', domain.ATTENDANCE_STATUSES],
      ['actionStatus', domain.ACTION_STATUSES],
      ['implementationStatus', domain.IMPLEMENTATION_STATUSES],
    ];
    for (const [group, values] of groups) for (const v of values) expect(has(`${group}.${v}`), `${group}.${v}`).toBe(true);
  });
});

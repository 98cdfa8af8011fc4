import { describe, expect, it } from 'vitest';
import ar from '../../../src/renderer/locales/ar.json';
import en from '../../../src/renderer/locales/en.json';

const SOURCES = import.meta.glob<string>('../../../src/renderer/**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true });

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
    const domain = await import('../../../src/shared/domain');
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

type Tree = { [key: string]: string | Tree };

/** Every string of a locale by its path, plural and ordinal suffixes included. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(path, v);
    else for (const [p, s] of leaves(v, path)) out.set(p, s);
  }
  return out;
}

const SUFFIX = /_(ordinal_)?(zero|one|two|few|many|other)$/;
/** Keys as the code asks for them: the plural forms a language needs differ (English two, Arabic six). */
function byBaseKey(tree: Tree): Map<string, { forms: string[]; ordinal: boolean; texts: string[] }> {
  const out = new Map<string, { forms: string[]; ordinal: boolean; texts: string[] }>();
  for (const [path, text] of leaves(tree)) {
    const m = SUFFIX.exec(path);
    const base = m ? path.slice(0, m.index) : path;
    const entry = out.get(base) ?? { forms: [], ordinal: !!m?.[1], texts: [] };
    if (m) entry.forms.push(m[2]);
    entry.texts.push(text);
    out.set(base, entry);
  }
  return out;
}

const variables = (texts: string[]) => [...new Set(texts.flatMap((s) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1])))].sort();

describe('ar locale', () => {
  const enKeys = byBaseKey(en as unknown as Tree);
  const arKeys = byBaseKey(ar as unknown as Tree);

  it('has exactly the keys of en, with the plural forms Arabic needs', () => {
    expect([...arKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
    const cardinal = new Intl.PluralRules('ar').resolvedOptions().pluralCategories;
    const ordinal = new Intl.PluralRules('ar', { type: 'ordinal' }).resolvedOptions().pluralCategories;
    for (const [key, entry] of arKeys) {
      if (!enKeys.get(key)!.forms.length) continue;
      expect(entry.forms.sort(), key).toEqual([...(entry.ordinal ? ordinal : cardinal)].sort());
    }
  });

  it('fills in the same values as en, and writes no English sentence', () => {
    for (const [key, entry] of arKeys) {
      const english = variables(enKeys.get(key)!.texts);
      // The host's English sentence is the English text of an error code; Arabic says its own.
      if (key.startsWith('errors.codes.')) expect(english, key).toEqual(expect.arrayContaining(variables(entry.texts)));
      else expect(variables(entry.texts), key).toEqual(english);
      for (const text of entry.texts) {
        const words = text.replace(/\{\{[^}]*\}\}|\{\w+\}|\([^)]*\.\w+\)|\.json|JSON|Word|UTC|SHA-256|Ctrl\+Enter|Alt|Escape|English|secretariat\.\w+(\/\d)?|[\w/:\\.+-]*[/\\][\w/:\\.+-]*|\d{4}-\d{2}-\d{2}T[\d:+]+/g, '');
        expect(/[A-Za-z]{3,}/.test(words), `${key}: ${text}`).toBe(false);
      }
    }
  });

  it('writes numbers in Arabic-Indic digits and meetings with Arabic ordinals', async () => {
    const { i18n } = await import('../../../src/renderer/i18n');
    const t = i18n.getFixedT('ar');
    expect(t('meeting.title', { ordinal: t('meeting.ordinal', { count: 12, ordinal: true }) })).toBe('الاجتماع الثاني عشر');
    expect(t('meeting.ordinal', { count: 21, ordinal: true })).toBe('الحادي والعشرون');
    expect(t('tracker.count', { count: 1 })).toBe('إجراء واحد');
    expect(t('tracker.count', { count: 2 })).toBe('إجراءان');
    expect(t('tracker.count', { count: 3 })).toBe('٣ إجراءات');
    expect(t('tracker.count', { count: 11 })).toBe('١١ إجراءً');
    expect(t('tracker.count', { count: 1200 })).toBe('١٬٢٠٠ إجراء');
    expect(t('attendance.quorumDetail', { counted: 5, eligible: 9, required: 5 })).toContain('٥ من ٩');
    // English keeps the host's sentence for an error code; Arabic gives its own.
    expect(i18n.getFixedT('en')('errors.codes.RECORD_LOCKED', { detail: 'Locked.' })).toBe('Locked.');
    expect(t('errors.codes.RECORD_LOCKED', { detail: 'Locked.' })).not.toContain('Locked');
  });
});

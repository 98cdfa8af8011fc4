/**
 * The detail of an audit entry as a list of lines a secretary can read. The log records an
 * update as `{ field: { before, after } }`, a new or removed record by its fields, and any text
 * longer than its limit as `{ length, sha256, start }`.
 */

export type AuditValue =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'flag'; value: boolean }
  | { kind: 'long'; start: string; length: number; digest: string }
  | { kind: 'attendance'; status: string; representedBy: string | null };

export type AuditLine = { field: string; before: AuditValue; after: AuditValue } | { field: string; value: AuditValue };

/** Row ids (and the kind of row an id points at) mean nothing on screen; the names and numbers recorded beside them do. */
const HIDDEN = /(^id$|Id$|^targetType$)/;

type Dict = Record<string, unknown>;

const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);

function isChange(v: unknown): v is { before: unknown; after: unknown } {
  return isDict(v) && Object.keys(v).length === 2 && 'before' in v && 'after' in v;
}

function isLong(v: unknown): v is { length: number; sha256: string; start: string } {
  return isDict(v) && typeof v.length === 'number' && typeof v.sha256 === 'string' && typeof v.start === 'string';
}

function plain(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(plain).filter(Boolean).join(', ');
  if (isLong(v)) return `${v.start}…`;
  if (isDict(v))
    return Object.entries(v)
      .filter(([k, x]) => !HIDDEN.test(k) && x !== null && x !== undefined)
      .map(([k, x]) => `${k}: ${plain(x)}`)
      .join('; ');
  return String(v);
}

export function auditValue(v: unknown): AuditValue {
  if (v === null || v === undefined || v === '') return { kind: 'empty' };
  if (typeof v === 'boolean') return { kind: 'flag', value: v };
  if (isLong(v)) return { kind: 'long', start: v.start, length: v.length, digest: v.sha256 };
  if (isDict(v) && typeof v.status === 'string')
    return { kind: 'attendance', status: v.status, representedBy: typeof v.representedBy === 'string' ? v.representedBy : null };
  if (Array.isArray(v) && v.length === 0) return { kind: 'empty' };
  return { kind: 'text', text: plain(v) };
}

export function auditLines(detail: unknown): AuditLine[] {
  if (!isDict(detail)) return detail === null || detail === undefined ? [] : [{ field: '', value: auditValue(detail) }];
  const lines: AuditLine[] = [];
  // Attendance records the person's entry whole, as a top-level before and after.
  const whole = 'before' in detail && 'after' in detail;
  if (whole) lines.push({ field: 'attendance', before: auditValue(detail.before), after: auditValue(detail.after) });
  for (const [field, v] of Object.entries(detail)) {
    if (HIDDEN.test(field) || (whole && (field === 'before' || field === 'after'))) continue;
    if (isChange(v)) lines.push({ field, before: auditValue(v.before), after: auditValue(v.after) });
    else lines.push({ field, value: auditValue(v) });
  }
  return lines;
}

/** `publicSummary` -> "Public summary": the fallback when the locale has no name for a field. */
export function humanise(field: string): string {
  const words = field
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

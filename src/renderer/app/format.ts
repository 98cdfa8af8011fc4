import type { Person } from '../../shared/domain';

export function personName(p: Pick<Person, 'honorific' | 'name'>): string {
  return p.honorific ? `${p.honorific} ${p.name}` : p.name;
}

/** The parts of `2026-03-15T10:00:00+03:00` as recorded: wall time is kept, never converted. */
export function splitDateTime(iso: string | null): { date: string; time: string; offset: string } {
  const m = iso?.match(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/);
  if (!m) return { date: '', time: '', offset: localOffset(new Date()) };
  return { date: m[1], time: m[2], offset: m[3] === 'Z' ? '+00:00' : m[3] };
}

export function joinDateTime(date: string, time: string, offset: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  return `${date}T${time}:00${offset}`;
}

/** This computer's UTC offset on a given day, as +03:00. */
export function localOffset(at: Date): string {
  const minutes = -at.getTimezoneOffset();
  const sign = minutes >= 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "15 Mar 2026" in the UI language, from the date as written (no time-zone shift). */
export function formatDate(isoDate: string | null, locale: string): string {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  // Plain "en" would give the American month-first order; secretariats write day first.
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

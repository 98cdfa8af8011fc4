import type { Person } from '../../shared/domain';

/**
 * The Intl locale of a UI language. English is written day first, as secretariats do. Arabic gets
 * Arabic-Indic digits and the Gregorian calendar by name: plain "ar" writes Latin digits in
 * current ICU, and several Gulf locales default to the Hijri calendar.
 */
export function intlLocale(lang: string): string {
  return lang === 'ar' ? 'ar-u-nu-arab-ca-gregory' : 'en-GB';
}

export function formatNumber(n: number, lang: string): string {
  return new Intl.NumberFormat(intlLocale(lang)).format(n);
}

/** The Arabic version of a record's text in the Arabic interface when there is one, else the English. */
export function localized(english: string, arabic: string | null | undefined, lang: string): string {
  return lang === 'ar' && arabic?.trim() ? arabic : english;
}

export function personName(p: Pick<Person, 'honorific' | 'name'> & Partial<Pick<Person, 'honorificAr' | 'nameAr'>>, lang = 'en'): string {
  const arabic = lang === 'ar' && !!p.nameAr?.trim();
  const honorific = arabic ? p.honorificAr : p.honorific;
  const name = arabic ? p.nameAr! : p.name;
  return honorific ? `${honorific} ${name}` : name;
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

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building a formatter costs more than formatting: the tracker formats thousands of cells. */
function formatter(lang: string, kind: 'date' | 'instant'): Intl.DateTimeFormat {
  const key = `${lang}:${kind}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(
      intlLocale(lang),
      kind === 'date' ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' } : { dateStyle: 'medium', timeStyle: 'short' },
    );
    formatters.set(key, f);
  }
  return f;
}

/** "15 Mar 2026" / «١٥ مارس ٢٠٢٦» in the UI language, from the date as written (no time-zone shift). */
export function formatDate(isoDate: string | null, lang: string): string {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return formatter(lang, 'date').format(new Date(Date.UTC(y, m - 1, d)));
}

/** A moment the host stamped (approval, last save), in this computer's time zone. */
export function formatInstant(iso: string | null, lang: string): string {
  if (!iso) return '';
  return formatter(lang, 'instant').format(new Date(iso));
}

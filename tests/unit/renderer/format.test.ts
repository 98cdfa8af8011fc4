import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, intlLocale, localized, personName } from '../../../src/renderer/app/format';
import { readLanguage } from '../../../src/renderer/i18n';

const GULF_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

describe('dates and numbers in the interface language', () => {
  it('writes English dates day first', () => {
    expect(formatDate('2026-03-15', 'en')).toBe('15 Mar 2026');
    expect(formatDate('2026-03-15T10:00:00+03:00', 'en')).toBe('15 Mar 2026');
    expect(formatDate(null, 'en')).toBe('');
  });

  it('writes Arabic dates with Arabic-Indic digits and the Gregorian month names of the Gulf', () => {
    expect(formatDate('2026-03-15', 'ar')).toBe('١٥ مارس ٢٠٢٦');
    GULF_MONTHS.forEach((month, i) => {
      const date = `2026-${String(i + 1).padStart(2, '0')}-01`;
      expect(formatDate(date, 'ar'), date).toBe(`١ ${month} ٢٠٢٦`);
    });
  });

  it('keeps the date as written, whatever the time zone', () => {
    // Late on the 31st at +03:00 is already the next day in UTC; the minutes say the 31st.
    expect(formatDate('2026-12-31T23:30:00+03:00', 'ar')).toBe('٣١ ديسمبر ٢٠٢٦');
  });

  it('never lets the Arabic locale fall back to Latin digits or the Hijri calendar', () => {
    expect(intlLocale('ar')).toContain('nu-arab');
    expect(intlLocale('ar')).toContain('ca-gregory');
    expect(formatNumber(1234, 'ar')).toBe('١٬٢٣٤');
    expect(formatNumber(1234, 'en')).toBe('1,234');
  });
});

describe('records in the interface language', () => {
  const person = { honorific: 'H.E. Dr.', honorificAr: 'سعادة الدكتورة', name: 'Salma Al-Mannai', nameAr: 'سلمى المناعي' };

  it('shows the Arabic version in the Arabic interface when there is one', () => {
    expect(personName(person, 'ar')).toBe('سعادة الدكتورة سلمى المناعي');
    expect(personName(person, 'en')).toBe('H.E. Dr. Salma Al-Mannai');
    expect(personName({ ...person, nameAr: '  ' }, 'ar')).toBe('H.E. Dr. Salma Al-Mannai');
    expect(localized('Venue', 'المكان', 'ar')).toBe('المكان');
    expect(localized('Venue', null, 'ar')).toBe('Venue');
    expect(localized('Venue', 'المكان', 'en')).toBe('Venue');
  });
});

describe('the remembered interface language', () => {
  it('is English unless Arabic was chosen', () => {
    expect(readLanguage(null)).toBe('en');
    expect(readLanguage({ getItem: () => 'ar' })).toBe('ar');
    expect(readLanguage({ getItem: () => 'fr' })).toBe('en');
    expect(readLanguage({ getItem: () => null })).toBe('en');
  });
});

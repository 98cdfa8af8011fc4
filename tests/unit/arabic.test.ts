import { describe, expect, it } from 'vitest';
import { arabicDate, arabicOrdinal, arabicTime } from '../../src/core/exports/arabic';

describe('Arabic ordinals for «الاجتماع»', () => {
  it('writes 1 to 10', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => arabicOrdinal(n)).join('، ')).toBe(
      'الأول، الثاني، الثالث، الرابع، الخامس، السادس، السابع، الثامن، التاسع، العاشر',
    );
  });

  it('writes 11 to 19 with «الحادي» and invariable «عشر»', () => {
    expect(arabicOrdinal(11)).toBe('الحادي عشر');
    expect(arabicOrdinal(12)).toBe('الثاني عشر');
    expect(arabicOrdinal(19)).toBe('التاسع عشر');
    expect(arabicOrdinal(12, { case: 'oblique' })).toBe('الثاني عشر');
  });

  it('writes tens and compounds, nominative in headings and oblique in running text', () => {
    expect(arabicOrdinal(20)).toBe('العشرون');
    expect(arabicOrdinal(21)).toBe('الحادي والعشرون');
    expect(arabicOrdinal(35)).toBe('الخامس والثلاثون');
    expect(arabicOrdinal(99)).toBe('التاسع والتسعون');
    expect(arabicOrdinal(21, { case: 'oblique' })).toBe('الحادي والعشرين');
    expect(arabicOrdinal(40, { case: 'oblique' })).toBe('الأربعين');
    expect(arabicOrdinal(100)).toBe('المائة');
    expect(arabicOrdinal(101)).toBe('الحادي بعد المائة');
    expect(arabicOrdinal(112)).toBe('الثاني عشر بعد المائة');
    expect(arabicOrdinal(250)).toBe('رقم (250)');
  });

  it('has feminine forms for «الجلسة» and «الدورة»', () => {
    expect(arabicOrdinal(1, { gender: 'feminine' })).toBe('الأولى');
    expect(arabicOrdinal(11, { gender: 'feminine' })).toBe('الحادية عشرة');
    expect(arabicOrdinal(21, { gender: 'feminine' })).toBe('الحادية والعشرون');
  });

  it('refuses what is not a meeting number', () => {
    expect(() => arabicOrdinal(0)).toThrow(RangeError);
    expect(() => arabicOrdinal(2.5)).toThrow(RangeError);
  });
});

describe('Arabic dates and times', () => {
  it('writes the Gregorian date with «م», Gulf month names and Arabic-Indic digits', () => {
    expect(arabicDate('2026-03-15T10:00:00+03:00')).toBe('١٥ مارس ٢٠٢٦م');
    expect(arabicDate('2026-03-15T10:00:00+03:00', { weekday: true })).toBe('الأحد ١٥ مارس ٢٠٢٦م');
    expect(arabicDate('2026-09-20', { digits: 'latin' })).toBe('20 سبتمبر 2026م');
  });

  it('keeps the wall-clock time of the venue', () => {
    expect(arabicTime('2026-03-15T10:00:00+03:00')).toBe('١٠:٠٠ صباحًا');
    expect(arabicTime('2026-03-15T14:30:00+03:00')).toBe('٢:٣٠ مساءً');
  });
});

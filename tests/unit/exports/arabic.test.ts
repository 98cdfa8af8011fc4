import { describe, expect, it } from 'vitest';
import { arabicDate, arabicList, arabicOrdinal, arabicSentence, arabicTime, decisionCount, genderOf, hasArabicScript, withLi } from '../../../src/core/exports/arabic';

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

describe('Arabic words the documents build sentences from', () => {
  it('joins «لـ» to a name, swallowing the alif of the article and a doubled lam', () => {
    expect(withLi('اللجنة العليا للسلامة والصحة المهنية')).toBe('للجنة العليا للسلامة والصحة المهنية');
    expect(withLi('المجلس الأعلى للبيئة')).toBe('للمجلس الأعلى للبيئة');
    expect(withLi('هيئة تنظيم سوق العمل')).toBe('لهيئة تنظيم سوق العمل');
  });

  it('counts decisions with the dual, reversed gender from three to ten, and the singular beyond', () => {
    expect([1, 2, 3, 10, 11, 25, 103].map((n) => decisionCount(n))).toEqual([
      'قرارًا واحدًا',
      'قرارين',
      'ثلاثة قرارات',
      'عشرة قرارات',
      '١١ قرارًا',
      '٢٥ قرارًا',
      '١٠٣ قرارات',
    ]);
  });

  it('lists with «و» before every item after the first', () => {
    expect(arabicList(['وزارة العمل'])).toBe('وزارة العمل');
    expect(arabicList(['وزارة العمل', 'وزارة الصحة'])).toBe('وزارة العمل ووزارة الصحة');
    expect(arabicList(['أ', 'ب', 'ج'])).toBe('أ، وب، وج');
  });

  it('reads the gender from a title only a woman carries, masculine otherwise', () => {
    expect(genderOf('سعادة الدكتورة')).toBe('feminine');
    expect(genderOf('الشيخة')).toBe('feminine');
    expect(genderOf('سعادة السيد')).toBe('masculine');
    expect(genderOf('سعادة')).toBe('masculine');
    expect(genderOf(null)).toBe('masculine');
  });

  it('tells Arabic text from Latin and ends a sentence once', () => {
    expect(hasArabicScript('السيدة رنا صالح')).toBe(true);
    expect(hasArabicScript('Ms. Rana Saleh')).toBe(false);
    expect(arabicSentence('اعتماد الخطة')).toBe('اعتماد الخطة.');
    expect(arabicSentence('هل اعتُمدت الخطة؟')).toBe('هل اعتُمدت الخطة؟');
  });
});

/**
 * Arabic ordinals for «الاجتماع» / «الجلسة», shared by the documents and the interface so that
 * both write the same words. Generic number-to-words libraries get them wrong from 20 upwards,
 * hence our table.
 */

export type Gender = 'masculine' | 'feminine';
/** `nominative` for a heading («الاجتماع الحادي والعشرون»); `oblique` in running text or after
 * a noun in construct («محضر الاجتماع الحادي والعشرين», «عقدت اللجنة اجتماعها الحادي والعشرين»). */
export type Case = 'nominative' | 'oblique';

const UNITS_M = ['', 'الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر'];
const UNITS_F = ['', 'الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة'];
const TENS_NOM = ['', '', 'العشرون', 'الثلاثون', 'الأربعون', 'الخمسون', 'الستون', 'السبعون', 'الثمانون', 'التسعون'];
const TENS_OBL = ['', '', 'العشرين', 'الثلاثين', 'الأربعين', 'الخمسين', 'الستين', 'السبعين', 'الثمانين', 'التسعين'];

/** The unit inside compounds: 1 becomes «الحادي» / «الحادية». */
function compoundUnit(u: number, gender: Gender): string {
  if (u === 1) return gender === 'masculine' ? 'الحادي' : 'الحادية';
  return (gender === 'masculine' ? UNITS_M : UNITS_F)[u];
}

function below100(n: number, gender: Gender, grammaticalCase: Case): string {
  if (n <= 10) return (gender === 'masculine' ? UNITS_M : UNITS_F)[n];
  if (n < 20) return `${compoundUnit(n - 10, gender)} ${gender === 'masculine' ? 'عشر' : 'عشرة'}`;
  const tens = (grammaticalCase === 'nominative' ? TENS_NOM : TENS_OBL)[Math.floor(n / 10)];
  const unit = n % 10;
  return unit === 0 ? tens : `${compoundUnit(unit, gender)} و${tens}`;
}

/**
 * «الثاني», «الحادي عشر», «الخامس والثلاثون», «المائة», «الحادي بعد المائة». Beyond 199 the
 * committee's own usage varies too much to guess: the number is written in digits.
 */
export function arabicOrdinal(n: number, options: { gender?: Gender; case?: Case } = {}): string {
  const gender = options.gender ?? 'masculine';
  const grammaticalCase = options.case ?? 'nominative';
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`No ordinal for ${n}`);
  if (n < 100) return below100(n, gender, grammaticalCase);
  if (n === 100) return 'المائة';
  // As in «الدورة الحادية بعد المائة»: one after a hundred takes the compound form.
  if (n === 101) return `${compoundUnit(1, gender)} بعد المائة`;
  if (n < 200) return `${below100(n - 100, gender, grammaticalCase)} بعد المائة`;
  return `رقم (${n})`;
}

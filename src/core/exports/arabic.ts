/**
 * Arabic forms a secretariat writes by hand: ordinals for «الاجتماع» / «الجلسة» (kept in shared,
 * where the interface reads them too) and Gregorian dates.
 */
import type { Gender } from '../../shared/arabicOrdinal';

export { arabicOrdinal, type Case, type Gender } from '../../shared/arabicOrdinal';

const AR_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const AR_DAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

export type Digits = 'arabic-indic' | 'latin';

export function arabicDigits(text: string | number, digits: Digits = 'arabic-indic'): string {
  const s = String(text);
  return digits === 'latin' ? s : s.replace(/[0-9]/g, (d) => ARABIC_INDIC[Number(d)]);
}

/**
 * The date as written where the meeting was held (the offset in the ISO string), Gregorian with
 * «م»: «الأحد ١٥ مارس ٢٠٢٦م». Month names are the Gulf's (يناير … ديسمبر), not the Levant's.
 */
export function arabicDate(iso: string, options: { weekday?: boolean; digits?: Digits } = {}): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new RangeError(`Not a date: ${iso}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const digits = options.digits ?? 'arabic-indic';
  const weekday = arabicWeekday(iso);
  const date = `${arabicDigits(day, digits)} ${AR_MONTHS[month - 1]} ${arabicDigits(year, digits)}م`;
  return options.weekday ? `${weekday} ${date}` : date;
}

/** «الأحد», from the date written in the ISO string. */
export function arabicWeekday(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new RangeError(`Not a date: ${iso}`);
  return AR_DAYS[new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay()]!;
}

/** «١٠:٠٠ صباحًا» from the wall-clock time written in the ISO string. */
export function arabicTime(iso: string, digits: Digits = 'arabic-indic'): string {
  const m = /T(\d{2}):(\d{2})/.exec(iso);
  if (!m) throw new RangeError(`No time in: ${iso}`);
  const h = Number(m[1]);
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const period = h < 12 ? 'صباحًا' : 'مساءً';
  return `${arabicDigits(`${h12}:${m[2]}`, digits)} ${period}`;
}

/** Text typed in Arabic: at least one Arabic letter. */
export function hasArabicScript(text: string | null | undefined): boolean {
  return !!text && /\p{Script=Arabic}/u.test(text);
}

/**
 * Titles that only a woman carries. «سعادة» and «معالي» serve both, and government Arabic
 * writes a post in the masculine when it does not know better, so anything else is masculine.
 */
const FEMININE_TITLES = new Set(['السيدة', 'الدكتورة', 'الشيخة', 'الأستاذة', 'المهندسة', 'الآنسة', 'السفيرة', 'المستشارة', 'القاضية']);

export function genderOf(honorificAr: string | null | undefined): Gender {
  return (honorificAr ?? '').split(/\s+/).some((w) => FEMININE_TITLES.has(w)) ? 'feminine' : 'masculine';
}

/**
 * The preposition «لـ» joined to a name, as in «محضر الاجتماع الثالث للجنة العليا»: it swallows
 * the alif of the article, and with a lam after the article one lam as well («اللجنة» → «للجنة»).
 */
export function withLi(name: string): string {
  const t = name.trim();
  if (t.startsWith('الل')) return `لل${t.slice(3)}`;
  if (t.startsWith('ال')) return `لل${t.slice(2)}`;
  return `ل${t}`;
}

/** «أ»، «أ وب»، «أ، وب، وج»: Arabic repeats «و» before every item after the first. */
export function arabicList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' و');
  return [items[0], ...items.slice(1).map((x) => `و${x}`)].join('، ');
}

const COUNT_3_TO_10 = ['ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة'];

/**
 * A number of decisions as the object of a verb («وتعتمد قرارين»): the dual for two, the
 * number word with the plural from three to ten (a masculine noun takes the feminine form of the
 * number), and digits with the singular beyond.
 */
export function decisionCount(n: number, digits: Digits = 'arabic-indic'): string {
  if (n === 1) return 'قرارًا واحدًا';
  if (n === 2) return 'قرارين';
  if (n >= 3 && n <= 10) return `${COUNT_3_TO_10[n - 3]} قرارات`;
  const rest = n % 100;
  const noun = rest >= 11 ? 'قرارًا' : rest >= 3 ? 'قرارات' : 'قرار';
  return `${arabicDigits(n, digits)} ${noun}`;
}

/** Ends an Arabic sentence with a full stop unless it already ends in punctuation. */
export function arabicSentence(s: string): string {
  const t = s.trim();
  return /[.!?؟…:؛;"'”’»)]$/.test(t) ? t : `${t}.`;
}

/**
 * Position and organisation without repeating an organisation the position names. Minutes
 * separate them with «، »; a press statement runs the posts on without commas.
 */
export function arabicDesignation(p: { position: string | null; organisation: string | null }, separator = '، '): string {
  const position = p.position?.trim() ?? '';
  const org = p.organisation?.trim() ?? '';
  if (!position) return org;
  if (!org || position.includes(org)) return position;
  return `${position}${separator}${org}`;
}

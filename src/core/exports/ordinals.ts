/**
 * English ordinals for meeting numbers. Written out here rather than taken from a
 * number-to-words library so that the spelling is ours to test ("Twenty-First", never
 * "Twenty-Oneth"); Arabic needs its own table, which a library gets wrong from 20 up.
 */

/** "1st", "2nd", "3rd", "11th", "112th", "121st". */
export function ordinalNumber(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

const UNITS = [
  '', 'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth',
  'Eleventh', 'Twelfth', 'Thirteenth', 'Fourteenth', 'Fifteenth', 'Sixteenth', 'Seventeenth',
  'Eighteenth', 'Nineteenth',
];
const TENS_ORDINAL = ['', '', 'Twentieth', 'Thirtieth', 'Fortieth', 'Fiftieth', 'Sixtieth', 'Seventieth', 'Eightieth', 'Ninetieth'];
const TENS_CARDINAL = ['', '', 'Twenty', 'Thirty', 'Forty', 'Fifty', 'Sixty', 'Seventy', 'Eighty', 'Ninety'];

/**
 * "First" to "Ninety-Ninth" and "Hundredth", capitalised as in a title; beyond that the
 * figure ("101st") reads better than a string of words.
 */
export function ordinalWord(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 100) return ordinalNumber(n);
  if (n === 100) return 'Hundredth';
  if (n < 20) return UNITS[n]!;
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  return unit === 0 ? TENS_ORDINAL[tens]! : `${TENS_CARDINAL[tens]}-${UNITS[unit]}`;
}

// decideDateOrder: whether a file's dates are day-first, month-first or year-first, from the values it holds.
import { cleanText } from './clean-text.js';
import { CJK_DATE, EXCEL_SERIAL, ISO_DATE, NUMERIC_DATE } from './date-patterns.js';
import { msg, type Message } from '../i18n/message.js';

export type DateOrder = 'DMY' | 'MDY' | 'YMD';

export interface DateOrderDecision {
  order: DateOrder;
  /** True when no value proved the order (no day above 12) or the values contradicted each other. */
  ambiguous: boolean;
  /** Why, in words a user can check: the value that proved it, or the rule used to guess. */
  evidence: Message;
}

/**
 * A value with a first number above 12 proves day-first, a second number above 12 proves month-first. Without
 * proof: `.` separators are day-first (German style); unpadded `M/D/YYYY` with a time is month-first (Google
 * Forms in the US locale); anything else is day-first, as most of the world writes it. Year-first values
 * (ISO, Korean) need no decision, and make `25.11.03` in the same column Korean yy.mm.dd.
 */
const YEAR_FIRST_DOTTED = /^\d{4}\s*\.\s*\d{1,2}\s*\.|^\d{2}\.\s\d{1,2}\.\s/;

/** `25.11.03`: two digits, dots, two digits at the end: Korean yy.mm.dd or German dd.mm.yy. */
function isShortDotted(parts: RegExpExecArray): boolean {
  return parts[2] === '.' && parts[1].length === 2 && parts[4].length === 2;
}

/** Whether `day` is a day of `month` in `year` (30 February is not). */
function isDay(day: number, month: number, year: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function decideDateOrder(samples: readonly string[]): DateOrderDecision {
  let dayFirst = 0;
  let monthFirst = 0;
  let dayFirstExample = '';
  let monthFirstExample = '';
  let undecided = 0;
  let dotted = 0;
  let unpaddedWithTime = 0;
  let yearFirst = 0;
  // Korean writes short dates year first (25.11.03): in a column that also holds 2025.11.01, that is what they are.
  const koreanDots = samples.some((sample) => YEAR_FIRST_DOTTED.test(cleanText(sample)));
  for (const sample of samples) {
    const text = cleanText(sample);
    if (text === '') continue;
    if (ISO_DATE.test(text) || CJK_DATE.test(text) || EXCEL_SERIAL.test(text)) {
      yearFirst++;
      continue;
    }
    const parts = NUMERIC_DATE.exec(text);
    if (!parts) continue;
    if (parts[1].length === 4 || (koreanDots && isShortDotted(parts))) {
      yearFirst++;
      continue;
    }
    const first = Number(parts[1]);
    const second = Number(parts[3]);
    const year = parts[4].length === 2 ? 2000 + Number(parts[4]) : Number(parts[4]);
    // A date that is no date either way (31/02/2025) proves nothing: read as proof, one typo turned every other date.
    if (!isDay(first, second, year) && !isDay(second, first, year)) continue;
    if (first > 12 && second <= 12) {
      if (dayFirst++ === 0) dayFirstExample = text;
    } else if (second > 12 && first <= 12) {
      if (monthFirst++ === 0) monthFirstExample = text;
    } else {
      undecided++;
    }
    if (parts[2] === '.') dotted++;
    if (parts[5] !== undefined && (parts[1].length === 1 || parts[3].length === 1)) unpaddedWithTime++;
  }

  if (dayFirst > 0 && monthFirst > 0) {
    const order: DateOrder = dayFirst >= monthFirst ? 'DMY' : 'MDY';
    return {
      order,
      ambiguous: true,
      evidence: msg('date-evidence.disagree', { dayFirst, dayExample: dayFirstExample, monthFirst, monthExample: monthFirstExample, order }),
    };
  }
  if (dayFirst > 0) return { order: 'DMY', ambiguous: false, evidence: msg('date-evidence.day-first', { example: dayFirstExample }) };
  if (monthFirst > 0) return { order: 'MDY', ambiguous: false, evidence: msg('date-evidence.month-first', { example: monthFirstExample }) };
  if (undecided === 0) {
    return { order: 'YMD', ambiguous: false, evidence: msg(yearFirst > 0 ? 'date-evidence.year-first' : 'date-evidence.none') };
  }
  if (dotted > 0) {
    return { order: 'DMY', ambiguous: true, evidence: msg('date-evidence.dotted', { count: undecided }) };
  }
  if (unpaddedWithTime > 0) {
    return {
      order: 'MDY',
      ambiguous: true,
      evidence: msg('date-evidence.unpadded-with-time', { count: undecided }),
    };
  }
  return { order: 'DMY', ambiguous: true, evidence: msg('date-evidence.day-first-default', { count: undecided }) };
}

// createDateParser: one file's signing dates → epoch ms, with its date order and time zone fixed once for the file.
import { tz } from '@date-fns/tz';
import { isValid, parse as parseWithFormat } from 'date-fns';
import { digitsAt, fits, INDEXED, makePlan, millisecondsAt, zoneMinutesAt, type Plan } from './date-layout.js';
import { CJK_DATE, EXCEL_SERIAL, ISO_DATE, NUMERIC_DATE, hourOf, utcMs, type DateStyle } from './date-patterns.js';
import { cleanText } from './clean-text.js';
import type { DateOrder } from './decide-date-order.js';
import type { TzClock } from './tz-clock.js';

export type { DateStyle };

export interface DateParser {
  /** Epoch ms, or null when the text is no date we can read. Zone-less times are read in the clock's zone. Cleans the text itself (cleanText). */
  parse(text: string): number | null;
  /** True when the last parse only fitted with day and month swapped from the file's order (e.g. 25/12 in an MDY file). */
  readonly swapped: boolean;
}

const STYLES: readonly DateStyle[] = ['iso', 'numeric', 'cjk', 'serial'];
const STYLE_PATTERNS: Record<DateStyle, RegExp> = { iso: ISO_DATE, numeric: NUMERIC_DATE, cjk: CJK_DATE, serial: EXCEL_SERIAL };
/** 1899-12-30, day zero of Excel's serial numbers (with its 1900 leap-year bug already accounted for). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** 1904-01-01, day zero of a workbook saved with the 1904 date system. */
const EXCEL_EPOCH_1904_MS = Date.UTC(1904, 0, 1);
const DAY = 86_400_000;
const MINUTE = 60_000;
/** Serial numbers from 1954 to 2119: outside that a five-digit number is more likely a ZIP than a date. */
const SERIAL_MIN = 20_000;
const SERIAL_MAX = 80_000;
/** Written-out dates no regex above covers; tried with date-fns only for rows the fast shapes miss (English month names). */
const FALLBACK_FORMATS = [
  'MMMM d, yyyy', 'MMMM d, yyyy h:mm a', 'MMMM d, yyyy HH:mm', 'MMM d, yyyy', 'MMM d, yyyy h:mm a', 'MMM d, yyyy HH:mm',
  'd MMMM yyyy', 'd MMM yyyy', 'd MMMM yyyy HH:mm', 'd MMM yyyy HH:mm', 'EEE, d MMM yyyy HH:mm:ss', 'EEE MMM d yyyy HH:mm:ss',
  'EEEE, MMMM d, yyyy', 'yyyyMMdd', "yyyyMMdd'T'HHmmss",
];

const MONTH_WORD = /[A-Za-z]{3}/;
const COMPACT_DATE = /^\d{8}(?:T\d{6})?$/;
/** After this many written-out values in a row that no format reads, stop trying them. */
const FALLBACK_GIVE_UP = 1000;

/** The style most samples are written in, tried first on every row. */
export function detectDateStyle(samples: readonly string[]): DateStyle {
  let best: DateStyle = 'iso';
  let bestCount = 0;
  for (const style of STYLES) {
    let count = 0;
    for (const sample of samples) if (STYLE_PATTERNS[style].test(sample.trim())) count++;
    if (count > bestCount) {
      best = style;
      bestCount = count;
    }
  }
  return best;
}

export interface DateParserOptions {
  order: DateOrder;
  clock: TzClock;
  /** The shape to try first (detectDateStyle of the file's samples); the others follow. */
  style?: DateStyle;
  /** The file is a workbook whose day numbers count from 1904 (Mac Excel): a bare serial is read on that epoch. */
  date1904?: boolean;
}

export function createDateParser(options: DateParserOptions): DateParser {
  return new FileDateParser(options.order, options.clock, options.style ?? 'iso', options.date1904 ? EXCEL_EPOCH_1904_MS : EXCEL_EPOCH_MS);
}

/** A two-digit year: 00–69 are this century, 70–99 the last. */
function centuryOf(year: number): number {
  return year < 70 ? 2000 + year : 1900 + year;
}

/** Layouts remembered per file; a file with more is read by regex for the rest. */
const MAX_PLANS = 64;

class FileDateParser implements DateParser {
  swapped = false;
  private readonly styles: readonly DateStyle[];
  private readonly context: ReturnType<typeof tz>;
  private readonly reference = new Date(0);
  /** Plans by text length: a text can only fit a layout of its own length. */
  private readonly plansByLength = new Map<number, Plan[]>();
  private planCount = 0;
  private lastPlan: Plan | null = null;
  private fallbackFirst = 0;
  private fallbackMisses = 0;

  constructor(private readonly order: DateOrder, private readonly clock: TzClock, style: DateStyle, private readonly serialEpochMs: number) {
    this.styles = [style, ...STYLES.filter((s) => s !== style)];
    this.context = tz(clock.zone);
  }

  parse(raw: string): number | null {
    this.swapped = false;
    // A text that fits a known layout is clean already (layouts come from cleaned text): skip cleaning it.
    const known = this.planFor(raw);
    if (known) return this.fromPlan(known, raw);
    const text = cleanText(raw);
    if (text === '') return null;
    const plan = text === raw ? null : this.planFor(text);
    if (plan) return this.fromPlan(plan, text);
    for (const style of this.styles) {
      if (style === 'serial') {
        const serial = EXCEL_SERIAL.exec(text);
        if (serial) return this.fromSerial(serial);
        continue;
      }
      const match = INDEXED[style].exec(text);
      if (!match) continue;
      const planned = makePlan(style, text, match);
      if (this.planCount < MAX_PLANS) this.remember(planned);
      this.lastPlan = planned;
      return this.fromPlan(planned, text);
    }
    return this.fromWords(text);
  }

  private planFor(text: string): Plan | null {
    const last = this.lastPlan;
    if (last && fits(text, last)) return last;
    const sameLength = this.plansByLength.get(text.length);
    if (!sameLength) return null;
    for (const plan of sameLength) {
      if (plan !== last && fits(text, plan)) {
        this.lastPlan = plan;
        return plan;
      }
    }
    return null;
  }

  private remember(plan: Plan): void {
    const length = plan.template.length;
    const sameLength = this.plansByLength.get(length);
    if (sameLength) sameLength.push(plan);
    else this.plansByLength.set(length, [plan]);
    this.planCount++;
  }

  private fromPlan(plan: Plan, text: string): number | null {
    const spans = plan.spans;
    const a = digitsAt(text, spans[0], spans[1]);
    const b = digitsAt(text, spans[2], spans[3]);
    const c = digitsAt(text, spans[4], spans[5]);
    const hour = hourOf(digitsAt(text, spans[6], spans[7]), plan.meridiem);
    const minute = digitsAt(text, spans[8], spans[9]);
    const second = digitsAt(text, spans[10], spans[11]);
    const ms = spans[12] < 0 ? 0 : millisecondsAt(text, spans[12], spans[13]);
    if (plan.style !== 'numeric') {
      const year = spans[1] - spans[0] === 2 ? centuryOf(a) : a;
      if (plan.zone === 'none') return this.wall(year, b, c, hour, minute, second, ms);
      const wall = utcMs(a, b, c, hour, minute, second, ms);
      return wall === null ? null : wall - zoneMinutesAt(text, plan) * MINUTE;
    }
    const firstLength = spans[1] - spans[0];
    if (firstLength === 4) return this.wall(a, b, c, hour, minute, second, 0);
    if (firstLength === 3) return null;
    // The order is year-first only when decideDateOrder found the column's 25.11.03 beside 2025.11.01 (Korean).
    if (this.order === 'YMD' && firstLength === 2 && spans[5] - spans[4] === 2 && plan.template[2] === '.') return this.wall(centuryOf(a), b, c, hour, minute, second, 0);
    const year = spans[5] - spans[4] === 2 ? centuryOf(c) : c;
    const day = this.order === 'MDY' ? b : a;
    const month = this.order === 'MDY' ? a : b;
    const inOrder = this.wall(year, month, day, hour, minute, second, 0);
    if (inOrder !== null) return inOrder;
    // The file's order does not fit this value (a day above 12 where the month should be): read it swapped and say so.
    const swapped = this.wall(year, day, month, hour, minute, second, 0);
    this.swapped = swapped !== null;
    return swapped;
  }

  private wall(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number | null {
    const wall = utcMs(year, month, day, hour, minute, second, ms);
    return wall === null ? null : this.clock.wallToEpoch(wall);
  }

  private fromSerial(m: RegExpExecArray): number | null {
    const days = Number(m[0]);
    if (days < SERIAL_MIN || days > SERIAL_MAX) return null;
    // Round to the second: Excel stores times as binary fractions of a day.
    const wallMs = Math.round((this.serialEpochMs + days * DAY) / 1000) * 1000;
    return this.clock.wallToEpoch(wallMs);
  }

  private fromWords(text: string): number | null {
    // date-fns tries every format in turn: only for text that could be one, and not for a column of junk.
    if (this.fallbackMisses >= FALLBACK_GIVE_UP || !(MONTH_WORD.test(text) || COMPACT_DATE.test(text))) return null;
    for (let i = 0; i < FALLBACK_FORMATS.length; i++) {
      const index = (i + this.fallbackFirst) % FALLBACK_FORMATS.length;
      const date = parseWithFormat(text, FALLBACK_FORMATS[index], this.reference, { in: this.context });
      if (isValid(date)) {
        this.fallbackFirst = index;
        this.fallbackMisses = 0;
        return date.getTime();
      }
    }
    this.fallbackMisses++;
    return null;
  }
}

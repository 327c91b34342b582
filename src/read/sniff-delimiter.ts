// Picks the field delimiter (comma, semicolon, TAB or pipe) and the line end of a decoded sample.
import { splitRecords, type LineEnd } from './split-records.js';

export const DELIMITERS = [',', ';', '\t', '|'] as const;

/** Records looked at per candidate delimiter. */
const SAMPLE_RECORDS = 200;

/**
 * LF (which covers CRLF) when the sample has an LF outside quotes; a lone CR when only CRs end lines outside
 * quotes. A line break inside a closed quote is a cell's text (an LF in a comment of an old Mac file), not the
 * file's line end. Without any line end outside quotes (one open quote), the old rule: any LF, else CR.
 */
export function sniffLineEnd(sample: string): LineEnd {
  let quoted = false;
  let crOutside = false;
  for (let i = 0; i < sample.length; i++) {
    const char = sample[i];
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\n') return 'lf';
    else if (char === '\r') crOutside = true;
  }
  if (crOutside) return 'cr';
  if (sample.includes('\n')) return 'lf';
  return sample.includes('\r') ? 'cr' : 'lf';
}

/**
 * The delimiter on which the most records agree on one width above one field; ties go to the wider reading
 * (a TAB file whose names hold commas). Quotes are respected, so a quoted "a, b, c" does not vote for comma.
 * A sample with one column and no delimiter at all reads as comma.
 */
export function sniffDelimiter(sample: string, lineEnd: LineEnd = sniffLineEnd(sample)): string {
  let best: string = DELIMITERS[0];
  let bestAgreeing = 0;
  let bestWidth = 0;
  for (const delimiter of DELIMITERS) {
    const { agreeing, width } = modalWidth(sample, delimiter, lineEnd);
    if (agreeing > bestAgreeing || (agreeing === bestAgreeing && agreeing > 0 && width > bestWidth)) {
      best = delimiter;
      bestAgreeing = agreeing;
      bestWidth = width;
    }
  }
  return best;
}

function modalWidth(sample: string, delimiter: string, lineEnd: LineEnd): { agreeing: number; width: number } {
  const records = splitRecords(sample, { delimiter, lineEnd }).slice(0, SAMPLE_RECORDS);
  const widths = records.flatMap((record) => (record.kind === 'data' && record.cells.length > 1 ? [record.cells.length] : []));
  const { value, count } = mode(widths);
  return { agreeing: count, width: value };
}

/** The most frequent value (ties to the larger value) and how often it occurs; 0/0 for an empty list. */
export function mode(values: readonly number[]): { value: number; count: number } {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = { value: 0, count: 0 };
  for (const [value, count] of counts) {
    if (count > best.count || (count === best.count && value > best.value)) best = { value, count };
  }
  return best;
}

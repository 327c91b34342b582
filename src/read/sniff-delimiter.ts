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
 *
 * Only readings whose every quote stands where a quote may (see strayQuotes) compete, when there is one: read with
 * another delimiter, a quoted comment's quote falls mid-cell and stops quoting, and a table pasted into the comment
 * (60 TAB lines, or `;` lines with a header of their own) outvoted the file's own rows, which were then lost.
 */
export function sniffDelimiter(sample: string, lineEnd: LineEnd = sniffLineEnd(sample)): string {
  const readings = DELIMITERS.map((delimiter) => ({ delimiter, ...modalWidth(sample, delimiter, lineEnd) }));
  const quotedRight = readings.filter((reading) => reading.agreeing > 0 && strayQuotes(sample, reading.delimiter, lineEnd) === 0);
  let best: string = DELIMITERS[0];
  let bestAgreeing = 0;
  let bestWidth = 0;
  for (const { delimiter, agreeing, width } of quotedRight.length > 0 ? quotedRight : readings) {
    if (agreeing > bestAgreeing || (agreeing === bestAgreeing && agreeing > 0 && width > bestWidth)) {
      best = delimiter;
      bestAgreeing = agreeing;
      bestWidth = width;
    }
  }
  return best;
}

/**
 * Quotes that a standard (RFC 4180) writer using this delimiter would not have written: one inside an unquoted cell,
 * or one inside a quoted cell neither doubled nor closing it before a delimiter or a line end. Only quotes beside a
 * delimiter or a line's edge count: one mid-word (`Tom "The Bomb" Jones`, `5"10`) is as stray under every delimiter,
 * says nothing of which one the file uses, and let a pasted table decide again. A quoted cell still open where the
 * sample ends says nothing either (the sample may end inside it).
 */
export function strayQuotes(sample: string, delimiter: string, lineEnd: LineEnd): number {
  const eol = lineEnd === 'lf' ? '\n' : '\r';
  const edge = (at: number) => at < 0 || at >= sample.length || EDGES.includes(sample[at]);
  const endsCell = (at: number) => at >= sample.length || sample[at] === delimiter || sample[at] === '\n' || sample[at] === '\r';
  let strays = 0;
  const stray = (at: number) => {
    if (edge(at - 1) || edge(at + 1)) strays++;
  };
  let at = 0;
  while (at < sample.length) {
    if (sample[at] === '"') {
      // A quoted cell: its text runs to the quote that ends it, line ends and delimiters included.
      for (let from = at + 1; ; ) {
        const quote = sample.indexOf('"', from);
        if (quote === -1) return strays;
        if (sample[quote + 1] === '"') from = quote + 2;
        else if (endsCell(quote + 1)) {
          at = quote + 1;
          break;
        } else {
          stray(quote);
          from = quote + 1;
        }
      }
    }
    // The unquoted rest of the cell, up to its delimiter or line end.
    for (; at < sample.length && sample[at] !== delimiter && sample[at] !== eol; at++) if (sample[at] === '"') stray(at);
    at++;
  }
  return strays;
}

/** What may stand beside a quote that opens or closes a cell, under one delimiter or another. */
const EDGES: readonly string[] = [...DELIMITERS, '\n', '\r'];

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

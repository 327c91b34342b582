// A list of names under a lone name header, whose names are written "Family, Given": the comma is the name's, not a
// delimiter (there is none in the header), so each line is read whole.
import { classifyHeader } from '../formats/classify-header.js';
import { maskContact } from '../output/mask.js';
import { DELIMITERS } from './sniff-delimiter.js';
import { splitRecords, type LineEnd } from './split-records.js';

/** Fields a one-column list of people is headed with. */
const NAME_FIELDS = new Set(['name', 'given', 'family']);

/**
 * The delimiter to read `text` with: `delimiter` as sniffed, or one the text does not hold (so every line is one cell)
 * when the first line is one cell naming a name column exactly (`Name`, `이름`) and every line below reads, with the
 * sniffed delimiter, as more cells that hold no email or phone (names split at their comma, not a table).
 */
export function oneColumnDelimiter(text: string, delimiter: string, lineEnd: LineEnd): string {
  const records = splitRecords(text, { delimiter, lineEnd }).flatMap((record) => (record.kind === 'data' ? [record.cells] : []));
  const [header, ...rows] = records;
  if (!header || header.length !== 1 || rows.length === 0) return delimiter;
  const found = classifyHeader(header[0]);
  if (found.kind !== 'field' || found.match !== 'exact' || !NAME_FIELDS.has(found.field)) return delimiter;
  if (!rows.some((cells) => cells.length > 1)) return delimiter;
  if (rows.some((cells) => cells.some((cell) => maskContact(cell) !== cell))) return delimiter;
  return DELIMITERS.find((other) => !text.includes(other)) ?? delimiter;
}

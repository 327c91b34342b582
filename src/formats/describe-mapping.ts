// The lines `petition inspect` prints: what each column was mapped to, and why; or why it was left in `extra`.
import type { ColumnMapping, MappedColumn } from '../types.js';
import { classifyHeader } from './classify-header.js';
import { extraKeys } from './extra-keys.js';
import { headerKey } from './header-key.js';
import { KNOWN_FORMATS } from './known-formats.js';
import { formatLayout } from './pick-format.js';
import { transcriptionColumns } from '../sheets/transcription.js';

/** One line per column, in column order: "Vorname → given (alias)", "번호 → ignored (serial number), kept in extra". */
export function describeMapping(mapping: ColumnMapping): string[] {
  const keys = extraKeys(mapping.columns);
  const format = KNOWN_FORMATS.find((known) => known.name === mapping.format);
  const layout = format ? formatLayout(format) : new Map();
  return mapping.columns.map((column) => {
    const label = column.header.trim() ? column.header : `(column ${column.index + 1}, no header)`;
    if (column.field !== null) return `${label} → ${column.field}${mappedWhy(column, mapping.format)}`;
    return `${label} → ignored${ignoredWhy(column, mapping, layout.has(headerKey(column.header)))}, kept in extra as "${keys[column.index]}"`;
  });
}

function mappedWhy(column: MappedColumn, formatName: string): string {
  const by = column.by === 'format' ? `${formatName} layout` : column.by === 'map' ? '--map' : 'alias';
  const found = classifyHeader(column.header);
  const inverted = column.field === 'anonymous' && found.kind === 'field' && found.inverted;
  return inverted ? `, inverted (${by}): a yes there means the name may be shown` : ` (${by})`;
}

function ignoredWhy(column: MappedColumn, mapping: ColumnMapping, inLayout: boolean): string {
  if (!column.header.trim()) return ' (no header)';
  const firstSame = mapping.columns.find((other) => other.header.trim() === column.header.trim());
  if (firstSame && firstSame.index !== column.index) return ` (a second "${column.header.trim()}" column)`;
  const paper = transcriptionColumns(mapping.columns.map((c) => c.header));
  if (paper?.sheet === column.index) return ' (paper sheet ID, checked against the sheet register)';
  if (paper?.line === column.index) return ' (line number on the paper sheet)';
  const found = classifyHeader(column.header);
  if (found.kind === 'ignored') return ` (${found.reason})`;
  if (inLayout) return ` (${mapping.format} layout: not a signer field)`;
  if (found.kind === 'field') {
    const holder = mapping.columns.find((other) => other.field === found.field);
    if (holder) return ` (${found.field} already comes from "${holder.header}")`;
  }
  return ` (unknown header; map it with --map FIELD="${column.header}")`;
}

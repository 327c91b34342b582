// The lines `petition inspect` prints: what each column was mapped to, and why; or why it was left in `extra`.
import type { ColumnMapping, MappedColumn } from '../types.js';
import { classifyHeader } from './classify-header.js';
import { extraKeys } from './extra-keys.js';
import { headerKey } from './header-key.js';
import { KNOWN_FORMATS } from './known-formats.js';
import { furtherAnonymityColumns } from './map-record.js';
import { formatLayout } from './pick-format.js';
import { unreadAnonymityColumns } from './unread-anonymity.js';
import { english, type Translator } from '../i18n/translator.js';
import { transcriptionColumns } from '../sheets/transcription.js';

/** One line per column, in column order: "Vorname → given (alias)", "번호 → ignored (serial number), kept in extra". */
export function describeMapping(mapping: ColumnMapping, words: Translator = english()): string[] {
  const keys = extraKeys(mapping.columns);
  const format = KNOWN_FORMATS.find((known) => known.name === mapping.format);
  const layout = format ? formatLayout(format) : new Map();
  const alsoAnonymity = new Map(furtherAnonymityColumns(mapping.columns, keys).map((further) => [further.index, further.inverted]));
  // Read fail-closed by the scan (src/pipeline/scan-sources.ts): "ignored" would hide that any answer there hides the name.
  const unread = new Set(unreadAnonymityColumns(mapping.columns));
  return mapping.columns.map((column) => {
    const label = column.header.trim() ? column.header : words.t('mapping.no-header-label', { column: column.index + 1 });
    if (column.field !== null) return words.t('mapping.mapped', { label, field: column.field, why: mappedWhy(column, mapping.format, words) });
    const inverted = alsoAnonymity.get(column.index);
    if (inverted !== undefined) return words.t(inverted ? 'mapping.also-anonymous-inverted' : 'mapping.also-anonymous', { label, key: keys[column.index] });
    if (unread.has(column.header)) return words.t('mapping.unread-anonymity', { label, header: column.header.trim(), key: keys[column.index] });
    return words.t('mapping.ignored', { label, why: ignoredWhy(column, mapping, layout.has(headerKey(column.header)), words), key: keys[column.index] });
  });
}

function mappedWhy(column: MappedColumn, formatName: string, words: Translator): string {
  const by = column.nameSplit ? words.t('mapping.by-name-split')
    : column.by === 'format' ? words.t('mapping.by-layout', { format: formatName }) : column.by === 'map' ? '--map' : words.t('mapping.by-alias');
  const found = classifyHeader(column.header);
  const inverted = column.field === 'anonymous' && found.kind === 'field' && found.inverted;
  return words.t(inverted ? 'mapping.why-inverted' : 'mapping.why', { by });
}

function ignoredWhy(column: MappedColumn, mapping: ColumnMapping, inLayout: boolean, words: Translator): string {
  if (!column.header.trim()) return words.t('mapping.ignored-no-header');
  const firstSame = mapping.columns.find((other) => other.header.trim() === column.header.trim());
  if (firstSame && firstSame.index !== column.index) return words.t('mapping.ignored-second', { header: column.header.trim() });
  const paper = transcriptionColumns(mapping.columns.map((c) => c.header));
  if (paper?.sheet === column.index) return words.t('mapping.paper-sheet');
  if (paper?.line === column.index) return words.t('mapping.paper-line');
  const found = classifyHeader(column.header);
  if (found.kind === 'ignored') return words.t('mapping.ignored-reason', { reason: words.known(`header-kind.${found.reason}`) ?? found.reason });
  if (inLayout) return words.t('mapping.ignored-layout', { format: mapping.format });
  if (found.kind === 'field') {
    const holder = mapping.columns.find((other) => other.field === found.field);
    if (holder) return words.t('mapping.ignored-taken', { field: found.field, header: holder.header });
  }
  return words.t('mapping.ignored-unknown', { header: column.header });
}

// Columns that may hold a signer's request to stay anonymous, but in words the reader cannot classify.
import type { MappedColumn } from '../types.js';
import { headerSpeaksOfAnonymity } from '../normalize/anonymity-words.js';
import { plainHeader } from './header-key.js';
import { classifyHeader, UNCLEAR_NAME_DISPLAY } from './classify-header.js';

/**
 * Headers of columns left unmapped that speak of anonymity, privacy, hiding or a public list and are no anonymity
 * column the reader knows: a signer's "hide me" there would be lost, so the caller reports them and fails closed.
 */
export function unreadAnonymityColumns(columns: readonly MappedColumn[]): string[] {
  const unread: string[] = [];
  for (const column of columns) {
    if (column.field !== null) continue;
    const meaning = classifyHeader(column.header);
    if (!speaksOfAnonymity(column.header)) continue;
    if (meaning.kind === 'field' && meaning.field === 'anonymous') continue;
    unread.push(column.header);
  }
  return unread;
}

/**
 * Whether a header is about anonymity, hiding a name, consent to publish or a public list: a known anonymity column,
 * one whose showing of the name is unclear, or one in those words. The two-row header reader asks it of a header
 * cell wrapped over two rows.
 */
export function speaksOfAnonymity(header: string): boolean {
  const meaning = classifyHeader(header);
  if (meaning.kind === 'field' && meaning.field === 'anonymous') return true;
  if (meaning.kind === 'ignored' && meaning.reason === UNCLEAR_NAME_DISPLAY) return true;
  return headerSpeaksOfAnonymity(plainHeader(header), header);
}

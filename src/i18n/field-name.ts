// A compared field's name in the organizer's language ("given" → "given name", "이름"); a field the catalogs do
// not know keeps its code.
import type { Translator } from './translator.js';

export function fieldName(field: string, words: Translator): string {
  return words.known(`match.field.${field}`) ?? field;
}

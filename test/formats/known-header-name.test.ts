import { describe, expect, it } from '@jest/globals';
import { isKnownHeaderName } from '../../src/formats/classify-header.js';
import { FIELD_ALIASES, IGNORED_HEADERS, INVERTED_ANONYMOUS_ALIASES } from '../../src/formats/header-aliases.js';
import { headerKey } from '../../src/formats/header-key.js';

// isKnownHeaderName answers most cells from their ASCII start without folding them: it must still answer as the
// folded key does, or a header typed again mid-file would be read as a signer (or a signer dropped as a header).
const aliases = [...Object.values(FIELD_ALIASES).flat(), ...INVERTED_ANONYMOUS_ALIASES, ...Object.values(IGNORED_HEADERS).flat()];
const knownKeys = new Set(aliases.map(headerKey).filter((key) => key !== ''));
const byFoldedKey = (cell: string): boolean => knownKeys.has(headerKey(cell));

/** Spellings of a header a file may hold: other case, punctuation, accents, and near misses around it. */
function variants(alias: string): string[] {
  return [
    alias, alias.toUpperCase(), ` ${alias} `, `${alias}:`, alias.replaceAll(' ', '_'), alias.replaceAll(' ', ''),
    `${alias}é`, `é${alias}`, `${alias}x`, `x${alias}`, alias.slice(0, -1), `${alias.slice(0, 1)}\u0301${alias.slice(1)}`,
    `${alias.slice(0, 2)}ß${alias.slice(2)}`, `${alias}\u200b`, alias.normalize('NFD'), `${alias} 김`,
  ];
}

describe('isKnownHeaderName', () => {
  it('knows every alias, however it is cased or punctuated', () => {
    for (const alias of aliases.filter((a) => headerKey(a) !== '')) {
      expect([alias, alias.toUpperCase(), `-${alias}-`].map(isKnownHeaderName)).toEqual([true, true, true]);
    }
  });

  it('answers as the folded key does for spellings around every alias', () => {
    const cells = aliases.flatMap(variants);
    expect(cells.filter((cell) => isKnownHeaderName(cell) !== byFoldedKey(cell))).toEqual([]);
  });

  it('answers as the folded key does for signers\' cells', () => {
    const cells = ['María García', 'James Smith', 'user12.x@gmail.com', 'USER7.X@MAIL.KR', 'Ørsted', 'Łukasz Wałęsa', '김민준', '王伟',
      'Ελένη', 'Seo-yeon Park', 'E-Mail', 'É-mail', 'Nº', 'N°', 'Ｅｍａｉｌ', 'e\u0301mail', 'Straße', 'STRASSE', '', ' ', '12345', 'SW1A 1AA'];
    expect(cells.map(isKnownHeaderName)).toEqual(cells.map(byFoldedKey));
  });
});

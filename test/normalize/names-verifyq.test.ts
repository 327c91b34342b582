// Outside tester Q, L3 and L9: what was left of a name after a full-width address was cut ("Bela Toth ﹫"), a face
// drawn with phonetic letters printed as a name, accents stacked on Hangul, and a control character that joined two
// words of a name into one.
import { describe, expect, it } from '@jest/globals';
import { cleanText } from '../../src/normalize/clean-text.js';
import { nameWithoutContact } from '../../src/normalize/contact-in-place.js';
import { createNormalizer } from '../../src/normalize/create-normalizer.js';
import { hasLetter } from '../../src/normalize/has-letter.js';
import type { CanonicalField } from '../../src/types.js';

function normalizeName(name: string) {
  const fields: Partial<Record<CanonicalField, string>> = { name };
  return createNormalizer({ source: 'sheet.csv' }).normalize({ source: 'sheet.csv', row: 1, line: 2, fields, extra: {} });
}

describe('the at sign and separators of an address cut from a name (L3)', () => {
  it.each([
    ['Bela Toth ﹫ fullwidth＠example．com', 'Bela Toth'],
    ['Bela Toth ＠ fullwidth＠example．com', 'Bela Toth'],
    ['Bela Toth fullwidth﹫example﹒com', 'Bela Toth'],
    ['Bela Toth — bela@example.com', 'Bela Toth'],
    ['Bela Toth • bela@example.com', 'Bela Toth'],
  ])('%s prints as %s', (cell, printed) => {
    expect(normalizeName(cell).name).toBe(printed);
  });

  it('folds the small and vertical forms of punctuation as the full-width ones', () => {
    expect(cleanText('a﹫b﹒c ︐')).toBe('a@b.c ,');
  });

  it('keeps a name with a middle dot or dash inside it', () => {
    expect(nameWithoutContact('Pere Gil·labert')).toBe('Pere Gil·labert');
    expect(nameWithoutContact('Anna-Lena Berg')).toBe('Anna-Lena Berg');
  });
});

describe('names of no letter, marks on Hangul, control characters between words (L9)', () => {
  it.each(['( ° ʖ °)', 'ʕ•ᴥ•ʔ', 'ʘ‿ʘ', '( ͡° ͜ʖ ͡°)'])('%j has no letter', (name) => {
    expect(hasLetter(name)).toBe(false);
  });

  it.each(['ᴊᴏʜɴ ꜱᴍɪᴛʜ', 'Ɔdɔ Mensah', 'ɛɔ', 'Ama ʔ'])('%j has letters', (name) => {
    expect(hasLetter(name)).toBe(true);
  });

  it('drops accents stacked on Hangul and Han, keeping those of Latin names and the kana voicing marks', () => {
    expect(cleanText('김\u0300\u0301\u0302\u0300민준')).toBe('김민준');
    expect(cleanText('李\u0301明')).toBe('李明');
    expect(cleanText('Jose\u0301')).toBe('José');
    expect(cleanText('か\u3099')).toBe('が');
  });

  it.each([['Anna\u001bBerg', 'Anna', 'Berg'], ['Anna\u0007Berg', 'Anna', 'Berg'], ['Anna\u009bBerg', 'Anna', 'Berg']])(
    'a control character between two words of %j splits them', (cell, given, family) => {
      const signature = normalizeName(cell);
      expect([signature.name, signature.given, signature.family]).toEqual([`${given} ${family}`, given, family]);
    });

  it('a control character at the edge of a word, or inside one, goes without a space', () => {
    expect(cleanText('\u001bAnna Berg\u0007')).toBe('Anna Berg');
    expect(cleanText('Ann\u0000a')).toBe('Anna');
  });
});

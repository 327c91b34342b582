// What prints for characters no font has: Latin letters for a script, with the vowels an abugida writes implicitly
// and a capital at the start of each word, as a name is written; nothing at all for an emoji (never ":shortcode:").
import { describe, expect, it } from '@jest/globals';
import { transliterateMissing } from '../../../src/packet/fonts/transliterate.js';

const allMissing = (text: string) => transliterateMissing(text, [...text].filter((ch) => ch !== ' '));

describe('transliterateMissing', () => {
  it('writes a script no font has in Latin letters, capitalised as a name', () => {
    expect(allMissing('සුනිල් පෙරේරා')).toBe('Sunil Perera');
  });

  it.each([
    ['Telugu', 'కమల', 'Kamala'],
    ['Kannada', 'ಕಮಲ', 'Kamala'],
    ['Malayalam', 'കമല', 'Kamala'],
    ['Gujarati', 'કમલ', 'Kamala'],
    ['Gurmukhi', 'ਕਮਲ', 'Kamala'],
    ['Javanese', 'ꦗꦮ', 'Java'],
    ['Khmer', 'កមល', 'Kamala'],
  ])('keeps the inherent vowels of %s', (_script, name, latin) => {
    expect(allMissing(name)).toBe(latin);
  });

  it.each([
    ['Tifinagh', 'ⵜⴰⵎⴰⵣⵉⵖⵜ', 'Tamazight'],
    ['Cherokee', 'ᏣᎳᎩ', 'Tsalagi'],
    ['Syriac with its vowel points', 'ܡܲܪܝܲܡ', 'Maryam'],
    ['Canadian syllabics', 'ᐃᓄᒃᑎᑐᑦ', 'Inoktitot'],
  ])('writes %s with one capital at the start of the word', (_script, name, latin) => {
    expect(allMissing(name)).toBe(latin);
  });

  it('keeps the letters a font has as they are', () => {
    expect(transliterateMissing('ᏣᎳᎩ McDonald', ['Ꮳ', 'Ꮃ', 'Ꭹ'])).toBe('Tsalagi McDonald');
  });

  it('drops an emoji no font has instead of printing its :shortcode:, when the rest of the name remains', () => {
    expect(transliterateMissing('Amara 🫎 Okafor', ['🫎'])).toBe('Amara Okafor');
    expect(transliterateMissing('Amara 🫎', ['🫎'])).toBe('Amara');
  });
});

describe('scripts no maintained library romanizes well (adv12b N9)', () => {
  // any-ascii writes Tibetan "Tshe-Ring-" and "Lh-S", Myanmar "Mean Mean" and "Rnkun", Lao "Somphn": wrong names.
  it.each([
    ['Tibetan', 'ཚེ་རིང་'],
    ['Tibetan', 'ལྷ་ས'],
    ['Myanmar', 'မောင် မောင်'],
    ['Myanmar', 'ရန်ကုန်'],
    ['Lao', 'ສົມພອນ'],
  ])('prints no transliteration of %s %s rather than a wrong one', (_script, name) => {
    const missing = [...new Set(name)].filter((ch) => ch !== ' ');
    expect(transliterateMissing(name, missing)).toBe('?');
    expect(transliterateMissing(`Dawa ${name}`, missing)).toBe('Dawa ?');
  });
});

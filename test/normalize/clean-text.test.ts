import { describe, expect, it } from '@jest/globals';
import { cleanText } from '../../src/normalize/clean-text.js';
import { hasLetter } from '../../src/normalize/has-letter.js';

describe('cleanText', () => {
  it.each([
    ['plain ASCII stays', 'Jean-Luc Picard', 'Jean-Luc Picard'],
    ['whitespace collapsed and trimmed', '  Jean \t Luc\r\n Picard  ', 'Jean Luc Picard'],
    ['NFD composed (NFKC)', 'Ordo\u0301n\u0303ez', 'Ordóñez'],
    ['full-width letters and digits folded (NFKC)', 'ＪＯＨＮ　１２３', 'JOHN 123'],
    ['ligature expanded (NFKC)', 'ﬁona', 'fiona'],
    ['zero-width space removed', 'Ma\u200Bria', 'Maria'],
    ['zero-width space before a capital read as a space', 'Jane\u200BRoe', 'Jane Roe'],
    ['zero-width joiners and marks removed', '\u200C\u200DAn\u200E\u200Fna', 'Anna'],
    ['bidi embeddings and overrides removed', '\u202AAli\u202B\u202C\u202D\u202E', 'Ali'],
    ['bidi isolates removed', '\u2066박민준\u2067\u2068\u2069', '박민준'],
    ['BOM and word joiner removed', '\uFEFFSmith\u2060', 'Smith'],
    ['soft hyphen removed', 'Mül\u00ADler', 'Müller'],
    ['a mark behind an invisible still composes', 'Jose\u200B\u0301', 'José'],
    ['no-break and ideographic spaces are spaces', 'Anna\u00A0Maria\u3000Kim', 'Anna Maria Kim'],
    ['control characters removed', 'Ann\u0000a\u0007', 'Anna'],
    ['only invisibles becomes empty', '\u200B\u200E ', ''],
    ['Hangul fillers removed, the one between letters read as a space', '\u3164\u115F\u1160\uFFA0김\u3164민준', '김 민준'],
    ['tag characters and the combining grapheme joiner removed', 'An\u034Fna\u{E0041}\u{E007F}', 'Anna'],
    ['a letter keeps at most four stacked marks (Zalgo)', `Ann${'\u0301'.repeat(150)}a`, `Anń${'\u0301'.repeat(3)}a`],
    ['200 acute accents on one letter', `E${'\u0301'.repeat(200)}`, `É${'\u0301'.repeat(3)}`],
    ['marks before any letter have nothing to sit on and go (outside tester O, F10)', `${'\u0308'.repeat(40)}x`, 'x'],
    ['a full-width macron folds to a mark with no letter, which goes at once (cleanText stays idempotent)', '\uFFE3', ''],
    ['…and after a letter it keeps it', 'A\uFFE3', 'A'],
    ['Vietnamese double marks stay', 'Nguye\u0302\u0303n', 'Nguyễn'],
    ['a Tibetan stack stays whole', 'བསྒྲུབས', 'བསྒྲུབས'],
    ['Devanagari vowel signs stay', 'प्रियंका', 'प्रियंका'],
    ['undefined becomes empty', undefined, ''],
  ])('%s', (_label, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});

describe('hasLetter', () => {
  it.each([
    ['Anna', true], ['박민준', true], ['山田', true], ['Ольга', true], ['محمد', true], ['x1', true],
    ['12345', false], ['---', false], ['...!?', false], ['+44 7700 900123', false], ['😀😀', false], ['', false],
    ['\u3164', false], ['\u115F\u1160', false], ['\uFFA0', false], ['\u0301\u0301', false], ['\uFE0F', false],
  ])('%s → %s', (text, expected) => {
    expect(hasLetter(text)).toBe(expected);
  });
});

describe('Hangul fillers', () => {
  it.each([['\u3164'], ['\u115F'], ['\u1160'], ['\uFFA0']])('%j between letters is a space, elsewhere nothing', (filler) => {
    expect(cleanText(`Jane${filler}Doe`)).toBe('Jane Doe');
    expect(cleanText(`김${filler}철수`)).toBe('김 철수');
    expect(cleanText(`${filler}Jane Doe${filler}`)).toBe('Jane Doe');
    expect(cleanText(`Jane ${filler} Doe`)).toBe('Jane Doe');
  });
});

// adv11 D3: compatibility folding is for the forms a keyboard or a platform types in place of plain ones, not for
// every character that has a compatibility decomposition: ¼ in a name (or in mojibake) must not become 1⁄4.
describe('cleanText folds only the compatibility forms that stand for plain ones', () => {
  it.each([
    ['a fraction', 'JÃ¼rgen', 'JÃ¼rgen'],
    ['superscripts and a trade mark sign', 'Anna² Co™', 'Anna² Co™'],
    ['a circled digit and a Roman numeral', 'Kim ① Ⅱ', 'Kim ① Ⅱ'],
  ])('keeps %s as written', (_label, text, expected) => {
    expect(cleanText(text)).toBe(expected);
  });

  it.each([
    ['full-width forms', 'ＪＯＨＮ　１２３', 'JOHN 123'],
    ['half-width katakana', 'ﾔﾏﾀﾞ', 'ヤマダ'],
    ['a ligature', 'ﬁona', 'fiona'],
    ['mathematical bold letters (a styled name pasted from social media)', '𝐉𝐨𝐡𝐧', 'John'],
  ])('folds %s', (_label, text, expected) => {
    expect(cleanText(text)).toBe(expected);
  });
});

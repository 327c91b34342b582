import { describe, it, expect } from '@jest/globals';
import { abbreviate, breakLines } from '../../../src/packet/fonts/break-lines.js';

// One unit per character keeps the expectations readable.
const byLength = (text: string) => [...text].length;

describe('breakLines (UAX #14 with Korean keep-all)', () => {
  it.each([
    ['breaks at spaces', 'the quick brown fox', 10, ['the quick', 'brown fox']],
    ['breaks after a hyphen', 'well-known facts', 6, ['well-', 'known', 'facts']],
    ['breaks Korean only between words', '강제북송을 중단하십시오 서명하였습니다', 8, ['강제북송을', '중단하십시오', '서명하였습니다']],
    ['keeps a Korean word with its number', '1951년 난민협약', 6, ['1951년', '난민협약']],
    ['breaks between Han characters', '中华人民共和国不应强制遣返', 5, ['中华人民共', '和国不应强', '制遣返']],
    ['keeps 。、」） off the start of a line', '脱北者。好的、人（中国）', 3, ['脱北', '者。好', '的、人', '（中', '国）']],
    ['splits a word longer than a line', 'Llanfairpwllgwyngyll', 8, ['Llanfair', 'pwllgwyn', 'gyll']],
    ['keeps explicit line breaks', 'one\ntwo', 10, ['one', 'two']],
    ['keeps a no-break space', 'Guraprita Simgha\u00a0†', 16, ['Guraprita', 'Simgha\u00a0†']],
  ])('%s', (_, text, width, expected) => {
    const lines = breakLines(text, width, byLength);
    expect(lines).toEqual(expected);
    for (const line of lines) expect(byLength(line)).toBeLessThanOrEqual(width);
  });

  it('keeps a Korean particle with the token before it when that ends in a closing bracket, quote, % or symbol', () => {
    const tokens = ['95%가', '(UNHCR)에서', '『협약』은', '북송?을', '10℃의', '…등을', '[주]는', '—북송—을', '북송!은', '북송:은', '“북송”이라는'];
    for (const token of tokens) {
      for (let filler = 0; filler < 8; filler++) {
        const text = `${'가나 '.repeat(filler)}${token} 끝`;
        for (let width = [...token].length; width <= 12; width++) {
          const lines = breakLines(text, width, byLength);
          expect([token, lines.some((line) => line.split(' ').includes(token))]).toEqual([token, true]);
        }
      }
    }
  });

  it('never leaves a single character alone on the last line of a paragraph', () => {
    for (let width = 4; width <= 12; width++) {
      const lines = breakLines('我们请求中国政府停止强制遣返朝鲜难民并保护他们。', width, byLength);
      expect(lines.join('')).toBe('我们请求中国政府停止强制遣返朝鲜难民并保护他们。');
      expect([...lines[lines.length - 1].replace(/\p{P}/gu, '')].length).toBeGreaterThan(1);
      for (const line of lines) expect(byLength(line)).toBeLessThanOrEqual(width);
    }
  });

  it('breaks a Korean word longer than the line by characters, leaving no lone syllable on the last line', () => {
    expect(breakLines('유엔북한인권조사위원회', 5, byLength)).toEqual(['유엔북한인', '권조사위', '원회']);
    const text = '정부는 중화인민공화국정부는즉시강제북송을중단하여야합니다.';
    for (let width = 5; width <= 14; width++) {
      const lines = breakLines(text, width, byLength);
      expect(lines.join('')).toBe(text.replace(' ', ''));
      expect([...lines[lines.length - 1].replace(/\p{P}/gu, '')].length).toBeGreaterThan(1);
      for (const line of lines) expect(byLength(line)).toBeLessThanOrEqual(width);
    }
  });

  // Thai, Lao, Khmer and Myanmar (UAX #14 class SA) are written without spaces: lines break between dictionary words.
  it.each([
    ['th', 'เราขอเรียกร้องให้รัฐบาลโดยบังคับและอนุญาตให้สำนักงานข้าหลวงใหญ่ผู้ลี้ภัยแห่งสหประชาชาติ'],
    ['lo', 'ພາສາລາວເປັນພາສາທີ່ສວຍງາມແລະເປັນພາສາລາວ'],
    ['km', 'ភាសាខ្មែរគឺជាភាសាផ្លូវការនៃប្រទេសកម្ពុជា'],
  ])('breaks %s text only between words, never before a dependent vowel or tone mark', (language, text) => {
    const words = [...new Intl.Segmenter(language, { granularity: 'word' }).segment(text)].map((part) => part.segment);
    const wordEnds = new Set(words.map((_, i) => words.slice(0, i + 1).join('').length));
    for (let width = 14; width <= 30; width += 4) {
      const lines = breakLines(text, width, byLength);
      expect(lines.join('')).toBe(text);
      let end = 0;
      for (const line of lines.slice(0, -1)) {
        end += line.length;
        expect(wordEnds.has(end)).toBe(true);
      }
      for (const line of lines) expect(line).not.toMatch(/^[\p{M}\u0e30\u0e32\u0e33\u0e45\u0eb0\u0eb2\u0eb3]/u);
    }
  });

  it.each([
    ['after a whole word', 'To: Minister of Foreign Affairs and Security', 28, 'To: Minister of Foreign…'],
    ['after a Korean word, not between its syllables', '외교부 장관 귀하 대한민국', 8, '외교부 장관…'],
    ['inside a word only when not even the first word fits', 'Llanfairpwllgwyngyll', 6, 'Llanf…'],
  ])('abbreviates %s, with "…"', (_, text, width, expected) => {
    const short = abbreviate(text, (candidate) => byLength(candidate) <= width);
    expect(short).toBe(expected);
    expect(byLength(short)).toBeLessThanOrEqual(width);
  });
});

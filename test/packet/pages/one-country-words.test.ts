// Korean and Chinese certificates for one country say "a single country or territory", as English does (adv12c A11;
// not "1 country", pack12), and more in the plural.
import { describe, expect, it } from '@jest/globals';
import { countWords, packetWords } from '../../../src/packet/pages/packet-words.js';

describe('certificate wording in Korean and Chinese', () => {
  it('names one country or territory in the singular, more in the plural', () => {
    expect(countWords(packetWords('ko').countries, 1, 'ko', { n: '1' })).toBe('서명자는 모두 한 국가 또는 지역에서 서명하였습니다.');
    expect(countWords(packetWords('zh').countries, 1, 'zh', { n: '1' })).toBe('签名人均来自同一个国家或地区。');
    for (const language of ['en', 'ko', 'zh', 'es', 'de', 'fr']) expect(countWords(packetWords(language).countries, 1, language, { n: '1' })).not.toMatch(/\b1\b|1개|1个/);
    expect(countWords(packetWords('ko').countries, 3, 'ko', { n: '3' })).toContain('3개 국가 및 지역에서');
    expect(countWords(packetWords('zh').countries, 3, 'zh', { n: '3' })).toContain('3个国家和地区');
  });

  it('says the signers counted ("집계된"), and keeps a space between the code and the Chinese that follows it', () => {
    expect(packetWords('ko').namesNotPrinted).toContain('집계된 서명자는');
    expect(packetWords('zh').namesNotPrinted).toContain('{fingerprint} 识别');
  });
});

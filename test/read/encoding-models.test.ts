import { describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import { CANDIDATES, scoreLine } from '../../src/read/encoding-models.js';

describe('scoreLine', () => {
  // A line the scores call undecodable in the encoding it is read in is left to the decoding check, which names it by
  // the U+FFFD iconv-lite gives: were iconv-lite to decode it after all, the line would be named by neither.
  it.each(CANDIDATES.filter((c) => c !== 'utf-8'))('calls two bytes undecodable in %s only where iconv-lite gives U+FFFD', (encoding) => {
    const missed: string[] = [];
    const pair = new Uint8Array(2);
    for (let lead = 0x80; lead <= 0xff; lead++) {
      for (let trail = 0; trail <= 0xff; trail++) {
        pair[0] = lead;
        pair[1] = trail;
        const score = scoreLine(pair)[CANDIDATES.indexOf(encoding)];
        if (score === -Infinity && !iconv.decode(Buffer.from(pair), encoding).includes('\uFFFD')) missed.push(Buffer.from(pair).toString('hex'));
      }
    }
    expect(missed.slice(0, 10)).toEqual([]);
  });

  it('reads each script best in its own encoding', () => {
    const best = (text: string, encoding: string) => {
      const scores = scoreLine(iconv.encode(text, encoding));
      return CANDIDATES[scores.indexOf(Math.max(...scores))];
    };
    expect(best('김민준,서울', 'cp949')).toBe('cp949');
    expect(best('山田太郎,東京', 'shift_jis')).toBe('shift_jis');
    expect(best('Jürgen Müller,München', 'windows-1252')).toBe('windows-1252');
    expect(best('Иван Петров,Москва', 'windows-1251')).toBe('windows-1251');
    expect(best('Zoë Ångström', 'utf-8')).toBe('utf-8');
  });
});

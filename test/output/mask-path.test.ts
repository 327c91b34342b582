// verifyS2 F12: export file names holding a volunteer's email or phone were copied verbatim into manifest.json, a
// document handed over. A path is masked part by part as messages mask contact data; dates and ids in names stay.
import { describe, expect, it } from '@jest/globals';
import { maskContactInPath } from '../../src/output/mask.js';
import { shownSourceNames } from '../../src/packet/manifest/shown-source-names.js';

describe('maskContactInPath', () => {
  it.each([
    ['minjun.kim@gmail.com 서명.csv', 'm…@gmail.com 서명.csv'],
    ['김민준 010-1234-5678.csv', '김민준 …78.csv'],
    ['김민준 01012345678.csv', '김민준 …78.csv'],
    ['exports/minjun.kim@gmail.com.csv', 'exports/m…@gmail.com.csv'],
    ['paper\\+82 10 2222 3333.tsv', 'paper\\+…33.tsv'],
    ['rally.xlsx#minjun@naver.com', 'rally.xlsx#m…@naver.com'],
    ['kim (at) example.kr.csv', 'k…@example.kr.csv'],
  ])('%s → %s', (path, masked) => {
    expect(maskContactInPath(path)).toBe(masked);
  });

  it.each(['export_20251102.csv', 'signatures_1700000000.csv', '2025-11-02 서명.csv', 'rally 10.12.2025.csv',
    'Petition (Responses) - Form Responses 1.csv', 'v1.2.3.csv', 'exports/2025/11/online.csv'])('%s stays as it is', (path) => {
    expect(maskContactInPath(path)).toBe(path);
  });
});

describe('shownSourceNames', () => {
  it('tells apart two names that mask alike, and leaves names without contact data', () => {
    const shown = shownSourceNames(['mina.lee@gmail.com.csv', 'minjun.kim@gmail.com.csv', 'online.csv', 'mina.lee@gmail.com.csv']);
    expect([...shown]).toEqual([
      ['mina.lee@gmail.com.csv', 'm…@gmail.com.csv'],
      ['minjun.kim@gmail.com.csv', 'm…@gmail.com.csv (2)'],
      ['online.csv', 'online.csv'],
    ]);
  });
});

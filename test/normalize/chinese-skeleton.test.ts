import { describe, expect, it } from '@jest/globals';
import { chineseSkeleton } from '../../src/normalize/chinese-skeleton.js';

describe('chineseSkeleton', () => {
  it('gives pinyin and Wade–Giles spellings of one name one form', () => {
    const same: Array<[string, string]> = [
      ['xiaoming', 'hsiaoming'], ['jinghui', 'chinghui'], ['he', 'ho'], ['gao', 'kao'], ['hongan', 'hungan'], ['zhang', 'chang'],
      ['zeng', 'tseng'], ['cai', 'tsai'], ['qiu', 'chiu'], ['gui', 'kuei'], ['guo', 'kuo'], ['xie', 'hsieh'], ['zhiming', 'chihming'],
      ['jianguo', 'chienkuo'], ['zi', 'tzu'], ['xu', 'hsu'], ['zhou', 'chou'], ['yan', 'yen'],
    ];
    for (const [pinyin, wadeGiles] of same) expect([pinyin, chineseSkeleton(pinyin)]).toEqual([pinyin, chineseSkeleton(wadeGiles)]);
  });

  it('keeps different syllables apart', () => {
    const different: Array<[string, string]> = [['he', 'hen'], ['wang', 'wen'], ['li', 'lin'], ['xiaoming', 'xiaowei'], ['yang', 'yan']];
    for (const [a, b] of different) expect([a, chineseSkeleton(a)]).not.toEqual([a, chineseSkeleton(b)]);
  });
});

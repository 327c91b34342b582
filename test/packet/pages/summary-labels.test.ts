import { describe, it, expect } from '@jest/globals';
import { summaryLabels } from '../../../src/packet/pages/summary-labels.js';
import { REJECT_REASONS } from '../../../src/types.js';

describe('summaryLabels', () => {
  it.each(['en', 'ko', 'de', 'fr', 'es', 'zh'])('%s names every reject reason in words', (language) => {
    const labels = summaryLabels(language);
    for (const reason of REJECT_REASONS) expect(labels.rejectReasons[reason]).toMatch(/\S/);
  });

  it.each([
    ['ko-KR', '서명 요약'],
    ['de-AT', 'Zusammenfassung der Unterschriften'],
    ['zh-Hans-CN', '签名汇总'],
    ['tlh', 'Summary of signatures'],
    [undefined, 'Summary of signatures'],
  ])('%s pages are headed %j', (language, heading) => {
    expect(summaryLabels(language).heading).toBe(heading);
  });
});

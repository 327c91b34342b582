import { describe, it, expect } from '@jest/globals';
import { fillCount, pluralForm, summaryLabels } from '../../../src/packet/pages/summary-labels.js';

describe('summaryLabels', () => {
  it.each(['en', 'ko', 'de', 'fr', 'es', 'zh'])('%s has every label in its own words (none left in English)', (language) => {
    const labels = summaryLabels(language);
    const english = summaryLabels('en');
    for (const key of ['heading', 'accepted', 'duplicates', 'unique', 'bySource', 'otherSources'] as const) {
      expect(labels[key]).toMatch(/\S/);
      if (language !== 'en') expect(labels[key]).not.toBe(english[key]);
    }
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

  it.each([
    // The chart plots signers (each counted once), so the note counts signers too (adv12b N12).
    ['en', 1, '1 signer without a date is not shown in the chart.'],
    ['en', 2, '2 signers without a date are not shown in the chart.'],
    ['es', 1, '1 firmante sin fecha no aparece en el gráfico.'],
    ['fr', 0, '0 signataire sans date ne figure pas dans le graphique.'],
    ['de', 1, '1 unterzeichnende Person ohne Datum ist im Diagramm nicht enthalten.'],
    ['ko', 1, '날짜가 없는 서명자 1명은 그래프에 포함되지 않았습니다.'],
    ['zh', 2, '无日期的 2 名签名人未计入图表。'],
  ])('%s says of %d undated signers: %s', (language, count, sentence) => {
    expect(fillCount(pluralForm(summaryLabels(language).undated, count, language), String(count))).toBe(sentence);
  });
});

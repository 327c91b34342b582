// The signing period on the poster and the cards: one date when everyone signed on the same day, a range otherwise.
import { describe, expect, it } from '@jest/globals';
import { parseCampaign } from '../../src/campaign/parse-campaign.js';
import { pressFacts } from '../../src/press/press-facts.js';
import { loadPressTemplates } from '../../src/press/press-templates.js';
import { minimalCampaign } from '../campaign/minimal-campaign.js';
import { sampleCounts } from '../packet/pages/sample-counts.js';

const campaign = parseCampaign(minimalCampaign(), '/campaigns/c/campaign.yaml', '/campaigns/c');
const counts = sampleCounts();
const periodIn = (language: string, firstSigned: string, lastSigned: string) => pressFacts({
  campaign, delivery: campaign.deliveries[0], counts, templates: loadPressTemplates(language), official: 'x',
  facts: { signers: 40, countries: 2, firstSigned, lastSigned },
}).words.period;

describe('the press kit\'s signing period', () => {
  it('is one date for a one-day petition, in every language', () => {
    expect(periodIn('en', '2026-12-01', '2026-12-01')).toBe('1 December 2026');
    expect(periodIn('es', '2026-12-01', '2026-12-01')).not.toContain('–');
    expect(periodIn('ko', '2026-12-01', '2026-12-01')).not.toContain('–');
  });

  it('is a range over several days', () => {
    expect(periodIn('en', '2026-11-01', '2026-12-01')).toBe('1 November 2026 – 1 December 2026');
  });
});

describe('emoji flags in card text', () => {
  it('are left out (no font draws them: they would print as boxes)', async () => {
    const { layoutCard } = await import('../../src/press/layout-press.js');
    const { fakeMeasure } = await import('../packet/pages/fake-measure.js');
    const flagged = parseCampaign(minimalCampaign((lines) => {
      lines.forEach((line, at) => { lines[at] = line.replace('{ en: Free them,', '{ en: "🇰🇷 Free them 🇺🇳",'); });
    }), '/campaigns/c/campaign.yaml', '/campaigns/c');
    const facts = pressFacts({
      campaign: flagged, delivery: flagged.deliveries[0], counts, templates: loadPressTemplates('en'), official: 'x',
      facts: { signers: 40, countries: 2, firstSigned: '2026-11-01', lastSigned: '2026-12-01' },
    });
    expect(facts.title).toContain('🇰🇷');
    for (const shape of ['wide', 'square'] as const) {
      const texts = layoutCard(facts, shape, fakeMeasure).items.flatMap((item) => (item.kind === 'text' ? [item.text] : []));
      expect(texts.join('\n')).not.toMatch(/[\u{1F1E6}-\u{1F1FF}]/u);
      expect(texts).toContain('Free them');
    }
  });
});

// A title mixing left-to-right and Arabic text, wrapped over lines: each line keeps the title's direction, so the
// phrases keep their order (UAX #9: the paragraph's direction, not each line's first letter, sets the base).
import { describe, expect, it } from '@jest/globals';
import { FontSet } from '../../src/packet/fonts/font-set.js';
import { fontMeasure } from '../../src/packet/fonts/font-measure.js';
import { visualRuns } from '../../src/packet/fonts/visual-runs.js';
import { layoutPoster } from '../../src/press/layout-press.js';
import { POSTER_PAPERS } from '../../src/press/poster-paper.js';
import { pressFacts } from '../../src/press/press-facts.js';
import { loadPressTemplates } from '../../src/press/press-templates.js';
import { parseCampaign } from '../../src/campaign/parse-campaign.js';
import { minimalCampaign } from '../campaign/minimal-campaign.js';
import { sampleCounts } from '../packet/pages/sample-counts.js';

const TITLE = '停止强制遣返朝鲜难民 — أوقفوا الإعادة القسرية — 강제북송 중단 — Stop';
const fonts = FontSet.load();

describe('a mixed-direction title over several lines', () => {
  it('draws a line that starts in Arabic, inside a left-to-right title, with the Arabic first and the Korean after it', () => {
    const line = 'الإعادة القسرية — 강제북송 중단 — Stop';
    const runs = visualRuns(fonts.measure(line, true).runs, 'ltr');
    const korean = runs.findIndex((run) => /[가-힣]/.test(run.text));
    const arabic = runs.findIndex((run) => /[\u0600-\u06ff]/.test(run.text));
    expect(arabic).toBeLessThan(korean);
  });

  it('lays out every line of the wrapped title with the title\'s direction', () => {
    const campaign = parseCampaign(minimalCampaign(), '/campaigns/c/campaign.yaml', '/campaigns/c');
    const counts = sampleCounts();
    const facts = pressFacts({
      campaign, delivery: campaign.deliveries[0], counts, templates: loadPressTemplates('en'), official: 'the Secretary-General',
      facts: { signers: counts.unique, countries: 3, firstSigned: counts.firstSigned, lastSigned: counts.lastSigned },
    });
    const poster = layoutPoster({ ...facts, title: TITLE }, POSTER_PAPERS.A4, fontMeasure(fonts));
    const titleLines = poster.items.filter((item) => item.kind === 'text' && TITLE.includes(item.text.trim()) && item.text.trim().length > 3);
    expect(titleLines.length).toBeGreaterThan(1);
    for (const line of titleLines) expect(line).toMatchObject({ direction: 'ltr' });
  });
});

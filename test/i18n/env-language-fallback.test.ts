// PETITION_LANG naming a language without messages falls back to the locale's: the warning is said in that language,
// the one the rest of the run speaks (adv15c P7).
import { describe, expect, it } from '@jest/globals';
import { runMain } from '../helpers/run-main.js';

describe('PETITION_LANG with no messages in that language', () => {
  it('is warned of in the language the tool falls back to', async () => {
    const ko = await runMain(['press', '--campaign', 'nope.yaml', '-o', 'kit'], { env: { PETITION_LANG: 'pt', LANG: 'ko_KR.UTF-8' } });
    expect(ko.stderr).toContain('PETITION_LANG=pt');
    expect(ko.stderr).not.toContain('no messages in that language');
    expect(ko.stderr.split('\n')[0]).toMatch(/[가-힣]/u);
    const es = await runMain(['press', '--campaign', 'nope.yaml', '-o', 'kit'], { env: { PETITION_LANG: 'pt', LANG: 'es_ES.UTF-8' } });
    expect(es.stderr).not.toContain('no messages in that language');
    const en = await runMain(['press', '--campaign', 'nope.yaml', '-o', 'kit'], { env: { PETITION_LANG: 'pt' } });
    expect(en.stderr).toContain('PETITION_LANG=pt: no messages in that language (there are en, ko, es); speaking en');
  });
});

// `press --json` lists every warning stderr gives (adv15b N12); --language takes codes as --lang does (adv15b N17).
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeTestTempDirs, tempDir } from '../helpers/fixtures.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';
import { runMain } from '../helpers/run-main.js';

const CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));
afterAll(removeTestTempDirs);

const SIGNERS = 'name,email,country,date\nAna Lee,a@example.org,US,2026-11-01\n';

describe('petition press --json', () => {
  it('lists the pair awaiting review among its warnings, as stderr does', async () => {
    const result = await runMain(['press', CAMPAIGN, '--delivery', 'un-2026', '--language', 'en', '-o', join(tempDir(), 'press'), '--json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('awaits review');
    const json = JSON.parse(result.stdout);
    expect(json.warnings.some((w: string) => w.includes('awaits review'))).toBe(true);
    expect(json.pendingReview).toMatchObject({ pairs: 1 });
  });

  it('lists characters no font has among its warnings', async () => {
    const campaign = tinyCampaign(SIGNERS);
    writeFileSync(campaign, readFileSync(campaign, 'utf8').replace('title: { en: Tiny campaign }', 'title: { en: "Tiny \uE000 campaign" }'));
    const result = await runMain(['press', campaign, '--delivery', 'list', '--language', 'en', '-o', join(dirname(campaign), 'kit'), '--json']);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.warnings.some((w: string) => w.includes('replacement mark'))).toBe(true);
  });
});

describe('petition press --language', () => {
  it('takes KO and ko-KR as ko', async () => {
    const campaign = tinyCampaign(SIGNERS);
    writeFileSync(campaign, readFileSync(campaign, 'utf8').replace('title: { en: Tiny campaign }', 'title: { en: Tiny campaign, ko: 작은 캠페인 }'));
    for (const code of ['KO', 'ko-KR']) {
      const result = await runMain(['press', campaign, '--delivery', 'list', '--language', code, '-o', join(dirname(campaign), `kit-${code}`), '--json']);
      expect(result.stderr).not.toContain('no press kit');
      expect(JSON.parse(result.stdout).languages).toEqual(['ko']);
    }
  });
});

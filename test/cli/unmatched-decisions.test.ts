// A decisions file that matches no pair is a problem to look at in `packet` as in `count` (exit 1), and the
// warning tells the truth about what awaits review, including when nothing does.
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';

const SIGNERS = `name,city,country,date
Alice Early,Boston,US,2025-11-03T12:00:00Z
Bob Late,Boston,US,2025-11-05T12:00:00Z
`;

function unmatchedDecisions(): string {
  const path = join(tempDir(), 'nomatch.csv');
  writeFileSync(path, `source_a,row_a,source_b,row_b,decision,sha256_a,sha256_b\nfoo.csv,1,bar.csv,2,same,${'c'.repeat(64)},${'d'.repeat(64)}\n`);
  return path;
}

describe('a decisions file that matches no pair', () => {
  it('makes packet exit 1, as count does, and says that no pair awaits review', async () => {
    const campaign = tinyCampaign(SIGNERS);
    const clean = await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '-o', tempDir()]);
    expect(clean.code).toBe(0);

    const decisions = unmatchedDecisions();
    const packet = await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '-o', tempDir(), '--decisions', decisions]);
    const count = await runMain(['count', '--campaign', campaign, '--decisions', decisions]);
    for (const run of [packet, count]) {
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/the decision matches no pair.*; no pair awaits review/);
      expect(run.stderr).not.toMatch(/pairs stay awaiting review/);
    }
  });
});

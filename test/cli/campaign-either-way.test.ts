// DESIGN.md: every command that works on a campaign takes `--campaign FILE` or the file as its first argument.
import { describe, expect, it } from '@jest/globals';
import { dirname, join } from 'node:path';
import { runMain } from '../helpers/run-main.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';

const SIGNERS = 'name,email,country,date\nAna Lee,a@example.org,US,2026-11-01\nBo Kim,b@example.org,KR,2026-11-02\n';

describe('a campaign named either way', () => {
  it('status reads the same campaign from --campaign as from the argument', async () => {
    // Two copies: status remembers its last run, and the second run of one campaign would say "unchanged".
    const byArgument = await runMain(['status', tinyCampaign(SIGNERS), '--json']);
    const byFlag = await runMain(['status', '--campaign', tinyCampaign(SIGNERS), '--json']);
    expect(byFlag.code).toBe(byArgument.code);
    const report = (stdout: string) => ({ ...JSON.parse(stdout), campaign: undefined });
    expect(JSON.parse(byFlag.stdout).campaign).toMatch(/campaign\.yaml$/);
    expect(report(byFlag.stdout)).toEqual(report(byArgument.stdout));
  });

  it('packet builds from the argument as from --campaign', async () => {
    const campaign = tinyCampaign(SIGNERS);
    const result = await runMain(['packet', campaign, '-o', join(dirname(campaign), 'out'), '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).counts.unique).toBe(2);
  });

  it('batch builds from --campaign as from the argument', async () => {
    const campaign = tinyCampaign(SIGNERS);
    const result = await runMain(['batch', '--campaign', campaign, '-o', join(dirname(campaign), 'packets'), '--json']);
    expect(result.code).toBe(0);
  });

  it.each(['status', 'packet', 'batch'])('%s refuses two different campaign files, naming both', async (command) => {
    const campaign = tinyCampaign(SIGNERS);
    const other = join(dirname(campaign), 'other.yaml');
    const result = await runMain([command, other, '--campaign', campaign]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`two campaign files given: "${other}" and --campaign "${campaign}"`);
  });
});

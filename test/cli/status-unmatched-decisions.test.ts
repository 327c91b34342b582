// `status --decisions FILE` says when the decisions match no pair, as count, press and packet do (adv-s9 N15).
import { afterAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { removeTestTempDirs } from '../helpers/fixtures.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';
import { runMain } from '../helpers/run-main.js';

afterAll(removeTestTempDirs);

describe('status with decisions about other files', () => {
  it('warns that they match no pair, exit 1, in the UI language and in --json', async () => {
    const campaign = tinyCampaign('name,email,country,date\nAna Lee,a@example.org,US,2026-11-01\nBo Kim,b@example.org,KR,2026-11-02\n');
    const decisions = join(dirname(campaign), 'dec.csv');
    const hash = 'a'.repeat(64);
    writeFileSync(decisions, `source_a,row_a,source_b,row_b,decision,sha256_a,sha256_b\nelsewhere.csv,2,elsewhere.csv,3,same,${hash},${hash}\n`);
    const plain = await runMain(['status', campaign]);
    expect(plain.code).toBe(0);
    const result = await runMain(['status', campaign, '--decisions', decisions]);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toContain('matches no pair');
    const json = JSON.parse((await runMain(['status', campaign, '--decisions', decisions, '--json'])).stdout);
    expect(json.flags.map((flag: { code: string }) => flag.code)).toContain('review-decisions');
    const ko = await runMain(['--lang', 'ko', 'status', campaign, '--decisions', decisions]);
    expect(ko.code).toBe(1);
    expect(ko.stdout + ko.stderr).not.toContain('matches no pair');
  });
});

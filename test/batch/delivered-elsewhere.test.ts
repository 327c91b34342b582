// batch names the folder of an already delivered packet only when the packet is there: one built with
// `petition packet -o p1` was said to be in bt/d1/, a folder that was never made (verifyO F9).
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { removeTestTempDirs } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';

afterAll(removeTestTempDirs);

const NOW = new Date('2026-12-01T00:00:00Z');
const SIGNERS = 'name,email,country,date\nAna Lee,a@example.org,US,2026-11-01\nBo Kim,b@example.org,KR,2026-11-02\nCy Park,c@example.org,KR,2026-11-03\n';

async function deliveredInto(folder: string): Promise<{ campaign: string; root: string }> {
  const campaign = tinyCampaign(SIGNERS);
  const root = dirname(campaign);
  const marked = await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '-o', join(root, folder), '--mark-delivered'], { now: NOW });
  expect(marked.code).toBe(0);
  return { campaign, root };
}

describe('petition batch and a delivered packet', () => {
  it('built into another folder by petition packet: no path is printed for it', async () => {
    const { campaign, root } = await deliveredInto('p1');
    const result = await runMain(['batch', campaign, '-o', join(root, 'bt')], { now: NOW });
    const line = result.stderr.split('\n').find((text) => text.startsWith('[1/2] list'));
    expect(line).toContain('already delivered (3 signers), not rebuilt; its packet was built into another folder');
    expect(line).not.toContain('→');
    expect(existsSync(join(root, 'bt', 'list'))).toBe(false);
  });

  it("built into batch's own folder: that folder is printed", async () => {
    const { campaign, root } = await deliveredInto(join('bt', 'list'));
    const result = await runMain(['batch', campaign, '-o', join(root, 'bt')], { now: NOW });
    const line = result.stderr.split('\n').find((text) => text.startsWith('[1/2] list'));
    expect(line).toMatch(/already delivered \(3 signers\), not rebuilt → .*bt\/list\/$/);
  });
});

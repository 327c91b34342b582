// Rebuilding a packet into the folder of an earlier one: the folder must hold exactly the new packet's parts. A
// signature list the earlier build wrote must not stay behind beside a count-only packet (it holds every name). The
// second build is another delivery's, so it takes --force (adv15c P3).
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tinyCampaign } from '../helpers/tiny-campaign.js';
import { runMain } from '../helpers/run-main.js';

const SIGNERS = 'name,email,country\nAda Lovelace,ada@example.org,GB\nBo Park,bo@example.org,KR\n';

/** The tiny campaign with its public list split one signer a volume: signatures-vol-01.pdf and -02.pdf. */
function campaignInVolumes(): string {
  const campaign = tinyCampaign(SIGNERS);
  writeFileSync(campaign, readFileSync(campaign, 'utf8').replace('privacy: public }', 'privacy: public, split: 1 }'));
  return campaign;
}

describe('packet rebuilt into the same folder', () => {
  it('removes the files an earlier build wrote that the new packet does not have', async () => {
    const campaign = campaignInVolumes();
    const out = join(dirname(campaign), 'pk');
    expect((await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '-o', out])).code).toBe(0);
    expect(readdirSync(out)).toEqual(expect.arrayContaining(['signatures-vol-01.pdf', 'signatures-vol-02.pdf']));
    const second = await runMain(['packet', '--campaign', campaign, '--delivery', 'count', '--force', '-o', out]);
    expect(second.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['letter.pdf', 'manifest.json', 'packet.pdf', 'petition-text.pdf', 'signatures.pdf', 'summary.pdf']);
    expect((await runMain(['verify', out])).code).toBe(0);
  });

  it('leaves a file it did not write, and names it in a warning', async () => {
    const campaign = campaignInVolumes();
    const out = join(dirname(campaign), 'pk');
    expect((await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '-o', out])).code).toBe(0);
    writeFileSync(join(out, 'my-notes.txt'), 'mine');
    const second = await runMain(['packet', '--campaign', campaign, '--delivery', 'count', '--force', '-o', out]);
    expect(readdirSync(out)).toContain('my-notes.txt');
    expect(readdirSync(out)).not.toContain('signatures-vol-01.pdf');
    expect(second.stderr).toContain('my-notes.txt');
    expect(second.code).toBe(1);
  });
});

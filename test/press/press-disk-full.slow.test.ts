// A press kit that cannot be written whole leaves nothing of itself: a disk that fills up at the cards used to leave
// the posters written before them in the output folder (verifyO F8).
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { removeTestTempDirs } from '../helpers/fixtures.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';
import { runMain } from '../helpers/run-main.js';
import { diskFullAt } from '../helpers/disk-full.js';

afterAll(removeTestTempDirs);

const diskFullAtCard = diskFullAt('card-en.png');

describe('petition press on a full disk', () => {
  it('names the file it could not write, exits 2, and leaves no poster, card or staging folder behind', async () => {
    const campaign = tinyCampaign('name,email,country,date\nAna Lee,a@example.org,US,2026-11-01\nBo Kim,b@example.org,KR,2026-11-02\n');
    const root = dirname(campaign);
    const out = join(root, 'kit');
    const result = await runMain(['press', '--campaign', campaign, '--delivery', 'list', '--language', 'en', '-o', out], { openWrite: diskFullAtCard });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(join(out, 'card-en.png'));
    expect(result.stderr).toContain('ENOSPC');
    expect(result.stderr).not.toContain('.staging');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    expect(readdirSync(root).filter((name) => name.endsWith('.staging') || name.endsWith('.tmp'))).toEqual([]);

    const again = await runMain(['press', '--campaign', campaign, '--delivery', 'list', '--language', 'en', '-o', out]);
    expect(again.code).toBe(0);
    expect(readdirSync(out)).toEqual(expect.arrayContaining(['poster-en.pdf', 'card-en.png', 'press-release-en.md', 'manifest.json']));
  });
});

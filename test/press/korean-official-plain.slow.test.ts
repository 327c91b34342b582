// The Korean poster and cards name the official by title without the letter's honorific 님, as the release does (adv15b N9).
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeTestTempDirs, tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { readPdfText } from '../helpers/pdf-text.js';

const CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));
afterAll(removeTestTempDirs);

describe('the Korean poster', () => {
  it('names the official without 님', async () => {
    const dir = join(tempDir(), 'kit');
    await runMain(['press', CAMPAIGN, '--delivery', 'un-2026', '--language', 'ko', '-o', dir]);
    const poster = (await readPdfText(readFileSync(join(dir, 'poster-ko.pdf')))).text;
    expect(poster).toContain('사무총장');
    expect(poster).not.toMatch(/사무총장\s*님/);
  });
});

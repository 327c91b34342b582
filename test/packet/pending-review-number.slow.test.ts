// One number while a pair awaits review: the console's range (34–35) and the packet's number (35) are said side by
// side, so the organizer knows which the letter, summary, list and manifest state and why the console says 34 too.
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeTestTempDirs, tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { readPdfText } from '../helpers/pdf-text.js';

const CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));
afterAll(removeTestTempDirs);

describe('packet with a pair awaiting review', () => {
  it('says which number the packet states, beside the range, and every part states that number', async () => {
    const dir = join(tempDir(), 'packet');
    const result = await runMain(['packet', '--campaign', CAMPAIGN, '-o', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('between 34 and 35 until the 1 pair awaiting review is decided');
    expect(result.stderr).toContain('warning: 1 pair of signatures still awaits review: the letter, summary and list state 35, the count as decided so far, each pair counted as two people (between 34 and 35 until reviewed)');
    const text = async (file: string) => (await readPdfText(readFileSync(join(dir, file)))).text.replace(/\s+/g, ' ');
    expect(await text('letter.pdf')).toContain('signed by 35 people');
    expect(await text('summary.pdf')).toContain('Unique signers 35');
    expect(await text('signatures.pdf')).toContain('35 signers');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.counts).toMatchObject({ unique: 35, uniqueLow: 34, uniqueHigh: 35, pendingReview: 1 });
  });
});

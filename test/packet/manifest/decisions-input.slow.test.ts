// The review decisions change the count, so the manifest lists the decisions file among its inputs (adv12c A9).
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../../helpers/fixtures.js';
import { runMain } from '../../helpers/run-main.js';

const CAMPAIGN = fileURLToPath(new URL('../../../fixtures/campaign/campaign.yaml', import.meta.url));
const EXPORTS = ['change-org.csv', 'speakout.csv', 'action-network.csv', 'google-form.csv', 'openpetition.csv', 'seoul-paper.csv']
  .map((name) => fileURLToPath(new URL(`../../../fixtures/exports/${name}`, import.meta.url)));
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('a packet built with --decisions', () => {
  it('lists the decisions file with its SHA-256 and decisions, and verify --inputs catches a flipped decision', async () => {
    const dir = tempDir();
    made.push(dir);
    const review = join(dir, 'review.csv');
    const seoul = EXPORTS[EXPORTS.length - 1];
    const deduped = await runMain(['dedupe', ...EXPORTS, '--country', `${seoul}=KR`, '-o', join(dir, 'merged.csv'), '--review', review]);
    expect(deduped.code).toBe(1);
    const lines = readFileSync(review, 'utf8').split(/\r?\n/);
    lines[1] = `same${lines[1]}`;
    writeFileSync(review, lines.join('\r\n'));

    const out = join(dir, 'packet');
    const built = await runMain(['packet', '--campaign', CAMPAIGN, '--delivery', 'embassy-2026', '-o', out, '--decisions', review]);
    expect(built.code).toBeLessThan(2);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { inputs: Array<{ path: string; sha256: string; rows?: number }> };
    const listed = manifest.inputs.find((input) => input.path.endsWith('review.csv'));
    expect(listed).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), rows: 1 });

    const campaignDir = dirname(CAMPAIGN);
    expect((await runMain(['verify', out, '--inputs', campaignDir])).code).toBe(0);
    writeFileSync(review, lines.join('\r\n').replace(/^same/m, 'different'));
    const flipped = await runMain(['verify', out, '--inputs', campaignDir]);
    expect(flipped.code).toBe(1);
    expect(flipped.stdout + flipped.stderr).toContain('review.csv');
  });
});

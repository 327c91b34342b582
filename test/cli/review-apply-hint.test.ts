// After `review --import`, the hint to apply the decisions runs as pasted where the review file was made: a
// campaign's own count and packet, or every input file of the run, never paths relative to the campaign.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

const CAMPAIGN = 'fixtures/campaign/campaign.yaml';
const FILES = ['change-org.csv', 'speakout.csv', 'action-network.csv', 'google-form.csv', 'openpetition.csv', 'seoul-paper.csv'].map((name) => `fixtures/exports/${name}`);

/** dedupe with these inputs, the first pair decided "same" in the file, then `review --import`: its stdout. */
async function importedHint(inputs: string[]): Promise<{ stdout: string; decisions: string }> {
  const dir = tempDir();
  const review = join(dir, 'review.csv');
  const deduped = await runMain(['dedupe', ...inputs, '-o', join(dir, 'merged.csv'), '--review', review]);
  expect(deduped.code).toBe(1);
  const lines = readFileSync(review, 'utf8').split(/\r?\n/);
  lines[1] = `same${lines[1]}`; // the decision column comes first and is left empty
  writeFileSync(review, lines.join('\r\n'));
  const imported = await runMain(['review', review, '--import']);
  return { stdout: imported.stdout, decisions: join(dir, 'decisions.csv') };
}

describe('the hint after review --import', () => {
  it('after a campaign run, names the campaign for count and for packet', async () => {
    const { stdout, decisions } = await importedHint(['--campaign', CAMPAIGN]);
    expect(stdout).toContain(`npx petition count --campaign ${CAMPAIGN} --decisions ${decisions}`);
    expect(stdout).toContain(`npx petition packet --campaign ${CAMPAIGN} --decisions ${decisions}`);
    expect(stdout).not.toContain('../exports/');
  });

  it('after a run over files, names every input as typed, not only the two of the pair', async () => {
    const { stdout, decisions } = await importedHint(FILES);
    expect(stdout).toContain(`npx petition count ${FILES.join(' ')} --decisions ${decisions}`);
  });
});

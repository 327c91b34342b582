import { describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDecisions } from '../../src/cli/read-decisions.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

const CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));

describe('readDecisions', () => {
  it('reads a decisions file saved by Excel (with a BOM)', async () => {
    const path = join(tempDir(), 'decisions.csv');
    writeFileSync(path, '\uFEFFsource_a,row_a,source_b,row_b,decision\na.csv,1,b.csv,2,same\n');
    await expect(readDecisions(path)).resolves.toEqual([{ a: { source: 'a.csv', row: 1 }, b: { source: 'b.csv', row: 2 }, decision: 'same' }]);
  });

  it('refuses a file that does not exist, so a mistyped path is never taken for "no decisions"', async () => {
    const path = join(tempDir(), 'not-yet.csv');
    await expect(readDecisions(path)).rejects.toThrow('no such decisions file');
  });

  it('names the file when its content is wrong', async () => {
    const path = join(tempDir(), 'decisions.csv');
    writeFileSync(path, 'left,right\n1,2\n');
    await expect(readDecisions(path)).rejects.toMatchObject({ location: { file: path } });
  });
});

describe('a decisions file that cannot be read', () => {
  it('stops petition count with exit 2 when the file does not exist, instead of counting as if nothing was decided', async () => {
    const result = await runMain(['count', '--campaign', CAMPAIGN, '--decisions', join(tempDir(), 'nofile.csv')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no such decisions file');
  });

  it('stops petition packet with exit 2 instead of being ignored', async () => {
    const folder = join(tempDir(), 'decisions.csv');
    mkdirSync(folder);
    const result = await runMain(['packet', '--campaign', CAMPAIGN, '--decisions', folder, '-o', tempDir()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot read the decisions file');
  });
});

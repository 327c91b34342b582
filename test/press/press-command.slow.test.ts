// `petition press` on the command line: JSON on stdout, exit codes, a language without templates refused by name.
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeTestTempDirs, tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

const CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));
afterAll(removeTestTempDirs);

describe('petition press', () => {
  it('builds the kit of the campaign given as first argument, prints JSON, and exits 1 for the rows the fixtures reject', async () => {
    const dir = join(tempDir(), 'press');
    const result = await runMain(['press', CAMPAIGN, '--delivery', 'un-2026', '--language', 'es', '-o', dir, '--json']);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ delivery: 'un-2026', languages: ['es'], signers: 35, countries: 16 });
    expect(json.outputs.map((o: { path: string }) => o.path)).toEqual([
      'poster-es.pdf', 'poster-es-letter.pdf', 'card-es.png', 'card-es-square.png', 'press-release-es.md', 'press-release-es.txt',
    ]);
    expect(readdirSync(dir)).toContain('manifest.json');
    expect(result.stderr).toContain('rejected:');
  });

  it('refuses a language without press templates, naming those there are, and writes nothing', async () => {
    const dir = join(tempDir(), 'press');
    const result = await runMain(['press', '--campaign', CAMPAIGN, '--language', 'zh', '-o', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no press kit in "zh": templates exist for en, es, ko');
    expect(existsSync(dir)).toBe(false);
  });

  it('refuses a paper it does not know', async () => {
    const result = await runMain(['press', '--campaign', CAMPAIGN, '--paper', 'A5', '-o', join(tempDir(), 'press')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--paper takes A4 or Letter; got "A5"');
  });
});

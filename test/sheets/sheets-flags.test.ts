import { describe, expect, it } from '@jest/globals';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

const CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));

describe('petition sheets refuses what it would get wrong', () => {
  it('refuses a --template name that is not .csv, and an empty --columns, printing nothing', async () => {
    const dir = tempDir();
    try {
      const campaign = join(dir, 'campaign.yaml');
      copyFileSync(CAMPAIGN, campaign);
      const template = await runMain(['sheets', '--campaign', campaign, '--template', join(dir, 'typed.xlsx')]);
      expect(template.code).toBe(2);
      expect(template.stderr).toMatch(/--template writes a CSV file.*typed\.xlsx/);
      expect(existsSync(join(dir, 'typed.xlsx'))).toBe(false);
      const columns = await runMain(['sheets', '--campaign', campaign, '--columns', '', '--count', '1', '-o', join(dir, 's.pdf')]);
      expect(columns.code).toBe(2);
      expect(columns.stderr).toMatch(/--columns takes/);
      expect(existsSync(join(dir, 's.pdf'))).toBe(false);
      expect(existsSync(join(dir, 'sheet-register.json'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to print a first batch for a campaign without petition.code: every such campaign would print the same IDs (adv14 D14)', async () => {
    const dir = tempDir();
    try {
      const campaign = join(dir, 'campaign.yaml');
      writeFileSync(campaign, readFileSync(CAMPAIGN, 'utf8').replace(/^ {2}code: .*\n/m, ''));
      const refused = await runMain(['sheets', '--campaign', campaign, '--count', '1', '-o', join(dir, 's.pdf')]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('petition.code');
      expect(existsSync(join(dir, 's.pdf'))).toBe(false);
      expect(existsSync(join(dir, 'sheet-register.json'))).toBe(false);
      writeFileSync(campaign, readFileSync(campaign, 'utf8').replace('petition:\n', 'petition:\n  code: NKA\n'));
      expect((await runMain(['sheets', '--campaign', campaign, '--count', '1', '-o', join(dir, 's.pdf')])).code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

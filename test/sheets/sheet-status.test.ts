import { describe, expect, it } from '@jest/globals';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addBatch } from '../../src/sheets/sheet-register.js';
import { summariseSheets } from '../../src/sheets/sheet-status.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

const FIXTURE_CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/', import.meta.url));

describe('paper sheets in status', () => {
  it('counts sheets printed and typed up, and signatures per sheet', () => {
    const { register } = addBatch({ code: 'NKR', batches: [] }, { count: 3, language: 'ko', lines: 16, printed: '2026-03-01T09:00:00Z' });
    const [a, b, c] = register.batches[0].sheets;
    expect(summariseSheets(register, new Map([[a, 5], [c, 1]]))).toEqual({
      issued: 3, typed: 2,
      perSheet: [{ sheet: a, batch: 1, signatures: 5 }, { sheet: b, batch: 1, signatures: 0 }, { sheet: c, batch: 1, signatures: 1 }],
    });
  });

  it('petition status shows the sheets of a campaign, from its register and its typed-up source', async () => {
    const dir = tempDir();
    try {
      const campaign = join(dir, 'campaign.yaml');
      copyFileSync(join(FIXTURE_CAMPAIGN, 'campaign.yaml'), campaign);
      await runMain(['sheets', '--campaign', campaign, '--count', '2', '-o', join(dir, 'sheets.pdf')]);
      const [first] = (JSON.parse(readFileSync(join(dir, 'sheet-register.json'), 'utf8')) as { batches: Array<{ sheets: string[] }> }).batches[0].sheets;
      writeFileSync(join(dir, 'typed.csv'), `sheet,line,name,city,country\n${first},1,Ana Lima,Porto,PT\n${first},2,Ben Ode,Lagos,NG\n`);
      const yaml = readFileSync(campaign, 'utf8').replace(/^sources:\n/m, 'sources:\n  - path: typed.csv\n');
      writeFileSync(campaign, yaml.replace(/path: (?!typed)(\S+)/g, (_, p: string) => `path: ${join(FIXTURE_CAMPAIGN, p)}`));
      const result = await runMain(['status', campaign, '--json'], { now: new Date('2025-11-20T12:00:00Z') });
      const report = JSON.parse(result.stdout) as { sheets: { issued: number; typed: number; perSheet: Array<{ sheet: string; signatures: number }> } };
      expect(report.sheets).toMatchObject({ issued: 2, typed: 1 });
      expect(report.sheets.perSheet[0]).toMatchObject({ sheet: first, signatures: 2 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

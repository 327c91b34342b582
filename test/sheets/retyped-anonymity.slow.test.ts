import { describe, expect, it } from '@jest/globals';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));

describe('a paper line typed again to add the "hide my name" tick', () => {
  it('keeps the line anonymous, whichever copy came first, and the reject says so', async () => {
    const dir = tempDir();
    try {
      const campaign = join(dir, 'campaign.yaml');
      copyFileSync(CAMPAIGN, campaign);
      expect((await runMain(['sheets', '--campaign', campaign, '--language', 'ko', '--count', '1', '-o', join(dir, 'sheets.pdf')])).code).toBe(0);
      const register = join(dir, 'sheet-register.json');
      const [sheet] = (JSON.parse(readFileSync(register, 'utf8')) as { batches: Array<{ sheets: string[] }> }).batches[0].sheets;
      const typed = join(dir, 'typed.csv');
      writeFileSync(typed, `sheet,line,name,city,country,anonymous\n${sheet},1,비밀희망,서울,KR,\n${sheet},2,김민준,서울,KR,\n${sheet},1,비밀희망,서울,KR,O\n`);
      const result = await runMain(['dedupe', typed, '--sheet-register', register, '-o', join(dir, 'merged.csv'), '--rejects', join(dir, 'rejects.csv')]);
      expect(result.code).toBe(1);
      const kept = readCsv(join(dir, 'merged.csv')).find((r) => r.paper_line === '1');
      expect(kept).toMatchObject({ anonymous: 'yes', source_row: '1' });
      const [reject] = readCsv(join(dir, 'rejects.csv'));
      expect(reject).toMatchObject({ row: '3', reason: 'line_typed_twice' });
      expect(JSON.stringify(reject)).toMatch(/anonym/i);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { describe, expect, it } from '@jest/globals';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

const CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));

describe('a workbook typed one tab per paper sheet, each tab named by its sheet ID (adv14c N11)', () => {
  it('is warned about when a register is in use, never read as a plain list in silence', async () => {
    const dir = tempDir();
    try {
      const campaign = join(dir, 'campaign.yaml');
      copyFileSync(CAMPAIGN, campaign);
      expect((await runMain(['sheets', '--campaign', campaign, '--language', 'ko', '--count', '1', '-o', join(dir, 'sheets.pdf')])).code).toBe(0);
      const register = join(dir, 'sheet-register.json');
      const [sheetId] = (JSON.parse(readFileSync(register, 'utf8')) as { batches: Array<{ sheets: string[] }> }).batches[0].sheets;
      const workbook = new ExcelJS.Workbook();
      const tab = workbook.addWorksheet(sheetId);
      tab.addRow(['번호', '이름', '도시', '국가']);
      tab.addRow([1, '김하나', '서울', 'KR']);
      tab.addRow([17, '이둘', '서울', 'KR']);
      const book = join(dir, 'tabs.xlsx');
      await workbook.xlsx.writeFile(book);
      const result = await runMain(['count', '--json', book, '--sheet-register', register]);
      const json = JSON.parse(result.stdout) as { problems: Array<{ code: string; message: string }> };
      expect(json.problems).toContainEqual(expect.objectContaining({ code: 'sheets_unchecked', message: expect.stringContaining(sheetId) }));
      expect(result.code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync, writeFileSync } from 'node:fs';
import { tempDir } from '../../helpers/fixtures.js';
import { readCsv } from '../../helpers/read-csv.js';
import { runMain } from '../../helpers/run-main.js';

describe('a workbook whose days count from 1904', () => {
  it('reads a date serial typed in a General cell with the 1904 epoch, as a styled one', async () => {
    const dir = tempDir();
    try {
      const workbook = new ExcelJS.Workbook();
      workbook.properties.date1904 = true;
      const sheet = workbook.addWorksheet('Signers');
      sheet.addRow(['name', 'email', 'date']);
      sheet.addRow(['Mina Cho', 'mina.cho@example.org', 44538]);
      const book = join(dir, 'dates1904.xlsx');
      await workbook.xlsx.writeFile(book);
      const result = await runMain(['dedupe', book, '--from', '2025-01-01', '-o', join(dir, 'merged.csv')]);
      const [row] = readCsv(join(dir, 'merged.csv'));
      expect(JSON.stringify(row)).toContain('2025-12-09');
      expect(result.code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(['true', '1'])('reads date1904="%s" (an xsd:boolean: Mac Excel writes "true") as the 1904 epoch', async (spelling) => {
    const dir = tempDir();
    try {
      const workbook = new ExcelJS.Workbook();
      workbook.properties.date1904 = true;
      const sheet = workbook.addWorksheet('Signers');
      sheet.addRow(['name', 'email', 'date']);
      sheet.addRow(['Mina Cho', 'mina.cho@example.org', 44538]);
      const book = join(dir, 'dates1904.xlsx');
      await workbook.xlsx.writeFile(book);
      const zip = await JSZip.loadAsync(readFileSync(book));
      const xml = await zip.file('xl/workbook.xml')!.async('string');
      expect(xml).toMatch(/date1904="1"/);
      zip.file('xl/workbook.xml', xml.replace('date1904="1"', `date1904="${spelling}"`));
      writeFileSync(book, await zip.generateAsync({ type: 'nodebuffer' }));
      await runMain(['dedupe', book, '-o', join(dir, 'merged.csv')]);
      expect(JSON.stringify(readCsv(join(dir, 'merged.csv'))[0])).toContain('2025-12-09');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

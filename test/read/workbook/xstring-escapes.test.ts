import { describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { tempDir } from '../../helpers/fixtures.js';
import { readCsv } from '../../helpers/read-csv.js';
import { runMain } from '../../helpers/run-main.js';

describe("Excel's _xHHHH_ escapes in cell text", () => {
  it('are decoded in shared strings and rich text: the email matches its online copy and no name shows an escape', async () => {
    const dir = tempDir();
    try {
      const online = join(dir, 'online.csv');
      writeFileSync(online, 'name,email\nMina Cho,mina.cho@example.org\n');
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Signers');
      sheet.addRow(['name', 'email']);
      // How Excel stores a cell holding a carriage return (text pasted with CRLF line ends).
      sheet.addRow(['Mina Cho', 'mina.cho@example.org_x000D_']);
      sheet.addRow([{ richText: [{ text: '박_x000D_' }, { text: '지호', font: { bold: true } }] }, 'jiho.park@example.org']);
      // _x005F_ is a literal underscore: the text "_x0041_" typed in a cell stays as typed.
      sheet.addRow(['Tom_x005F_x0041_Lee', 'tom.lee@example.org']);
      const book = join(dir, 'escaped.xlsx');
      await workbook.xlsx.writeFile(book);
      const result = await runMain(['dedupe', online, book, '-o', join(dir, 'merged.csv')]);
      const names = readCsv(join(dir, 'merged.csv')).map((r) => r.name).sort();
      expect(names).toEqual(['Mina Cho', 'Tom_x0041_Lee', '박 지호']);
      expect(result.stderr).not.toMatch(/x000d/i);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

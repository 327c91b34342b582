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

  /** A workbook whose date cell is styled as a date (exceljs turns it into a Date by its own reading of date1904). */
  async function styledDateBook(dir: string, workbookPr: string): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Signers');
    sheet.addRow(['name', 'email', 'date']);
    sheet.addRow(['Mina Cho', 'mina.cho@example.org', 44538]);
    sheet.getCell('C2').numFmt = 'yyyy-mm-dd';
    const book = join(dir, 'styled.xlsx');
    await workbook.xlsx.writeFile(book);
    const zip = await JSZip.loadAsync(readFileSync(book));
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    expect(xml).toMatch(/<workbookPr[^>]*\/>/);
    zip.file('xl/workbook.xml', xml.replace(/<workbookPr[^>]*\/>/, workbookPr));
    writeFileSync(book, await zip.generateAsync({ type: 'nodebuffer' }));
    return book;
  }

  const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  it.each([
    '<workbookPr date1904="true"/>',
    '<workbookPr date1904="TRUE"/>',
    '<workbookPr date1904="True"/>',
    '<workbookPr date1904="1"/>',
    '<workbookPr date1904=" true "/>',
    "<workbookPr date1904='true'/>",
    '<workbookPr date1904 = "true" defaultThemeVersion="124226"/>',
    '<workbookPr defaultThemeVersion="124226"\n  date1904="true"></workbookPr>',
    `<x:workbookPr xmlns:x="${NS}" date1904="true"/>`,
  ])('reads a date-styled cell of a workbook declaring %s in the 1904 system', async (workbookPr) => {
    const dir = tempDir();
    try {
      const book = await styledDateBook(dir, workbookPr);
      await runMain(['dedupe', book, '-o', join(dir, 'merged.csv')]);
      expect(JSON.stringify(readCsv(join(dir, 'merged.csv'))[0])).toContain('2025-12-09');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    '<workbookPr date1904="false"/>',
    '<workbookPr date1904="0"/>',
    '<workbookPr date1904="FALSE" defaultThemeVersion="124226"/>',
    '<workbookPr defaultThemeVersion="124226"/>',
  ])('reads a date-styled cell of a workbook declaring %s in the 1900 system', async (workbookPr) => {
    const dir = tempDir();
    try {
      const book = await styledDateBook(dir, workbookPr);
      await runMain(['dedupe', book, '-o', join(dir, 'merged.csv')]);
      expect(JSON.stringify(readCsv(join(dir, 'merged.csv'))[0])).toContain('2021-12-08');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

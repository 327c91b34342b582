import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { spreadsheetKind } from '../../../src/read/workbook/spreadsheet-kind.js';
import { exportPath } from '../../helpers/fixtures.js';

/** A zip's first local header with one stored entry, as an OpenDocument file begins. */
function zipStartingWith(name: string, content: string): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(Buffer.byteLength(name), 26);
  return Buffer.concat([header, Buffer.from(name), Buffer.from(content)]);
}

describe('spreadsheetKind', () => {
  it('knows an .xlsx workbook, whichever part is stored first', () => {
    expect(spreadsheetKind(readFileSync(exportPath('seoul-rally.xlsx')))).toBe('xlsx');
    expect(spreadsheetKind(readFileSync(exportPath('libreoffice-calc.xlsx')))).toBe('xlsx');
  });

  it('knows an OpenDocument spreadsheet by its mimetype entry', () => {
    expect(spreadsheetKind(zipStartingWith('mimetype', 'application/vnd.oasis.opendocument.spreadsheet'))).toBe('ods');
  });

  it('knows an old Excel file and another zip', () => {
    expect(spreadsheetKind(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe('xls');
    expect(spreadsheetKind(zipStartingWith('photo.jpg', '\xff\xd8'))).toBe('zip');
  });

  it('knows a web page or an XML Spreadsheet 2003 saved as .xls, the "Excel download" of many sites (adv14 D8)', () => {
    const page = '<html><head><meta charset="utf-8"></head><body><table><tr><td>이름</td><td>이메일</td></tr><tr><td>웹다운</td><td>w@example.kr</td></tr></table></body></html>';
    expect(spreadsheetKind(Buffer.from(page))).toBe('html');
    expect(spreadsheetKind(Buffer.from(`\uFEFF\r\n  <!DOCTYPE html>\n${page}`))).toBe('html');
    expect(spreadsheetKind(Buffer.from('<table border="1"><tr><th>Name</th></tr></table>'))).toBe('html');
    expect(spreadsheetKind(Buffer.from('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'))).toBe('xml2003');
  });

  it('tells a user whose .xls is a web page what it is and what to do, without echoing its rows', async () => {
    const { runMain } = await import('../../helpers/run-main.js');
    const { tempDir } = await import('../../helpers/fixtures.js');
    const { rmSync, writeFileSync } = await import('node:fs');
    const dir = tempDir();
    try {
      const file = `${dir}/web-export.xls`;
      writeFileSync(file, '<html><body><table><tr><td>이름</td><td>국가</td></tr><tr><td>웹다운</td><td>KR</td></tr></table></body></html>');
      const result = await runMain(['count', file]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('web page');
      expect(result.stderr).toContain('.xlsx');
      expect(result.stderr).not.toContain('웹다운');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves text alone', () => {
    expect(spreadsheetKind(readFileSync(exportPath('google-form.csv')))).toBeUndefined();
  });
});

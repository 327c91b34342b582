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

  it('leaves text alone', () => {
    expect(spreadsheetKind(readFileSync(exportPath('google-form.csv')))).toBeUndefined();
  });
});

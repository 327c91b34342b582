import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import JSZip from 'jszip';
import { openSources } from '../../../src/read/open-sources.js';
import type { DecodedRecord } from '../../../src/types.js';
import { cellReferences } from '../../../src/read/workbook/cell-references.js';
import { withCellRewrites } from '../../../src/read/workbook/sheet-cells.js';

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

async function workbookWithSheet(sheetData: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('xl/workbook.xml', `<workbook ${MAIN} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file('xl/_rels/workbook.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>');
  zip.file('xl/worksheets/sheet1.xml', `<worksheet ${MAIN}><sheetData>${sheetData}</sheetData></worksheet>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const text = (value: string, reference?: string) => `<c${reference ? ` r="${reference}"` : ''} t="inlineStr"><is><t>${value}</t></is></c>`;

async function rowsOf(buffer: Buffer): Promise<unknown[]> {
  const [sheet] = await openSources({ path: 'noref.xlsx', open: () => Readable.from([buffer]), recognise: () => true });
  const all: DecodedRecord[] = [];
  for await (const record of sheet.records()) all.push(record);
  return all.map((r) => (r.kind === 'data' ? [r.row, ...r.cells] : [r.row, r.reason]));
}

async function rewritten(xml: string): Promise<string> {
  // One character a chunk: every tag and cell is cut somewhere by a chunk's end.
  const stream = withCellRewrites(Readable.from([...xml].map((c) => Buffer.from(c))), [cellReferences()]);
  let out = '';
  for await (const chunk of stream) out += String(chunk);
  return out;
}

describe('rows and cells without an r attribute', () => {
  it('reads a cell without r as the next column and a row without r as the next row', async () => {
    const buffer = await workbookWithSheet(
      `<row r="1">${text('name', 'A1')}${text('city', 'B1')}</row>`
      + `<row>${text('Ana')}${text('Oslo')}</row>`
      + `<row r="4">${text('Lyon', 'B4')}</row>`
      + `<row><c t="inlineStr"><is><t>Cy</t></is></c>${text('Paris')}</row>`,
    );
    expect(await rowsOf(buffer)).toEqual([[2, 'Ana', 'Oslo'], [4, '', 'Lyon'], [5, 'Cy', 'Paris']]);
  });

  it('counts columns on from a cell that has its reference, and rows on from a row that has its number', async () => {
    const buffer = await workbookWithSheet(
      `<row>${text('name')}${text('email')}${text('city')}</row>`
      + `<row r="7">${text('Ben', 'A7')}${text('Rome', 'C7')}</row>`
      + `<row>${text('Di', 'A8')}${text('di@example.org')}${text('Bari')}</row>`,
    );
    expect(await rowsOf(buffer)).toEqual([[7, 'Ben', '', 'Rome'], [8, 'Di', 'di@example.org', 'Bari']]);
  });

  it('writes in the references whole when every tag is cut by a chunk boundary, and leaves given ones alone', async () => {
    const xml = `<cols><col min="1" max="2"/></cols><sheetData><row spans="1:2"><c s="1"><v>1</v></c><c t="s"/></row>`
      + `<row r="9"><c r="C9"><v>2</v></c><c><f>C9</f><v>2</v></c></row></sheetData>`;
    expect(await rewritten(xml)).toBe(`<cols><col min="1" max="2"/></cols><sheetData><row r="1" spans="1:2"><c r="A1" s="1"><v>1</v></c><c r="B1" t="s"/></row>`
      + `<row r="9"><c r="C9"><v>2</v></c><c r="D9"><f>C9</f><v>2</v></c></row></sheetData>`);
  });
});

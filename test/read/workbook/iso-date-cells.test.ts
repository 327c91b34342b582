import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import JSZip from 'jszip';
import { openSources } from '../../../src/read/open-sources.js';
import { isoDateCells } from '../../../src/read/workbook/iso-date-cells.js';
import { withCellRewrites } from '../../../src/read/workbook/sheet-cells.js';
import type { DecodedRecord } from '../../../src/types.js';

const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const styles = `<styleSheet ${main}><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>`
  + '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>';
const sheetXml = `<worksheet ${main}><sheetData>`
  + '<row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c><c r="B1" t="inlineStr"><is><t>date</t></is></c></row>'
  + '<row r="2"><c r="A2" t="inlineStr"><is><t>Ana</t></is></c><c r="B2" t="d"><v>2025-11-02T10:00:00</v></c></row>'
  + '<row r="3"><c r="A3" t="inlineStr"><is><t>Ben</t></is></c><c r="B3" t="d" s="1"><v>2025-11-03</v></c></row>'
  + '<row r="4"><c r="A4" t="inlineStr"><is><t>Cy</t></is></c><c r="B4" s="1" t="d"><v>2025-11-04T00:00:00.000Z</v></c></row>'
  + '</sheetData></worksheet>';

async function isoDateWorkbook(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('xl/workbook.xml', `<workbook ${main} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file('xl/_rels/workbook.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>');
  zip.file('xl/styles.xml', styles);
  zip.file('xl/worksheets/sheet1.xml', sheetXml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('ISO 8601 date cells (t="d")', () => {
  it('reads them as the dates they are, with or without a date format, not as day 2025 of 1900', async () => {
    const buffer = await isoDateWorkbook();
    const [sheet] = await openSources({ path: 'iso.xlsx', open: () => Readable.from([buffer]), recognise: (h) => h.includes('name') });
    const rows: DecodedRecord[] = [];
    for await (const record of sheet.records()) rows.push(record);
    expect(rows.map((r) => (r.kind === 'data' ? r.cells : r.reason))).toEqual([
      ['Ana', '2025-11-02 10:00:00'],
      ['Ben', '2025-11-03'],
      ['Cy', '2025-11-04'],
    ]);
  });

  it('rewrites a cell cut across the stream\'s chunks whole', async () => {
    const chunks = sheetXml.match(/[\s\S]{1,7}/g)!.map((c) => Buffer.from(c));
    let out = '';
    for await (const chunk of withCellRewrites(Readable.from(chunks), [isoDateCells])) out += String(chunk);
    expect(out).toContain('<c r="B2" t="str"><v>2025-11-02 10:00:00</v></c>');
    expect(out).toContain('<c r="B3" t="str" s="1"><v>2025-11-03</v></c>');
    expect(out).not.toContain('t="d"');
  });
});

import { describe, expect, it } from '@jest/globals';
import { createReadStream } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { UserError } from '../../../src/errors.js';
import { openSources, type SourceReader } from '../../../src/read/open-sources.js';
import type { DecodedRecord } from '../../../src/types.js';
import { exportPath } from '../../helpers/fixtures.js';

const hasName = (header: string[]) => header.some((h) => ['name', '이름', 'nom'].includes(h.toLowerCase()));

function fromFile(name: string, sheet?: string) {
  return { path: name, open: () => createReadStream(exportPath(name)), sheet, recognise: hasName };
}

function fromBuffer(buffer: Buffer, sheet?: string) {
  return { path: 'memory.xlsx', open: () => Readable.from([buffer]), sheet, recognise: hasName };
}

async function records(source: SourceReader): Promise<DecodedRecord[]> {
  const all: DecodedRecord[] = [];
  for await (const record of source.records()) all.push(record);
  return all;
}

const cellsOf = (all: DecodedRecord[]) => all.map((r) => (r.kind === 'data' ? [r.row, ...r.cells] : [r.row, r.reason]));

async function workbookBuffer(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('reading .xlsx workbooks', () => {
  it('makes each sheet with a signer header a source named file#sheet, passing over an instructions tab', async () => {
    const sources = await openSources(fromFile('seoul-rally.xlsx'));
    expect(sources.map((s) => s.name)).toEqual(['seoul-rally.xlsx#3월 집회', 'seoul-rally.xlsx#부산']);
    expect(sources[0].info.sheet).toEqual({ name: '3월 집회', sheets: ['안내', '3월 집회', '부산'], date1904: false });
    expect(sources[0].info.preamble).toEqual(['북한이탈주민 강제북송 반대 서명 — 서울 3월 집회']);
    expect(sources[0].info.header).toEqual(['번호', '이름', '이메일', '주소', '서명일', '익명']);
    expect(sources[0].info.headerLine).toBe(3);
  });

  it('numbers rows as Excel does, reads formulas as their saved results, day numbers as dates, and hidden rows', async () => {
    const [march] = await openSources(fromFile('seoul-rally.xlsx'));
    expect(cellsOf(await records(march))).toEqual([
      [4, '1', '김민준', 'minjun.kim@gmail.com', '서울특별시 종로구', '2025-11-01', ''],
      [5, '2', '이서연', 'seoyeon.lee@naver.com', '부산광역시 해운대구', '2025-11-01', ''],
      // Row 6 is hidden in Excel: the signer on it still counts.
      [6, '3', '박지호', '', '서울', '2025-11-01', 'O'],
      // B7 holds ="최"&"수아": its saved result is the name.
      [7, '4', '최수아', 'sua.choi@daum.net', '인천광역시', '2025-11-02', ''],
      // D8:D9 are merged: the value sits in D8 only, but a person sees it on both rows, and so does the reader.
      [8, '5', '정하은', '', '경기도 수원시', '2025-11-02', ''],
      [9, '6', '강도윤', '', '경기도 수원시', '2025-11-02', ''],
      // Rows 10 to 30 are formatted but empty: no records.
    ]);
  });

  it('gives a merged cell\'s value to every signer row under it, and makes no signer of a row only a merge reaches', async () => {
    const [rally] = await openSources(fromFile('merged-cells.xlsx'));
    expect(cellsOf(await records(rally))).toEqual([
      // C2:C8 (country) and B2:B3 (city) are merged; row 4 is hidden; rows 6 to 8 hold only the merged country, and
      // rows 6 to 20 are formatted but empty: none of them is a signer.
      [2, '김민준', 'Seoul', 'KR', '2025-11-09'],
      [3, '박지호', 'Seoul', 'KR', '2025-11-09'],
      [4, '이서연', 'Busan', 'KR', '2025-11-09'],
      [5, '최수아', 'Incheon', 'KR', '2025-11-09'],
    ]);
  });

  it('reads a merge only below the header, in its first column, where the row left the cell empty', async () => {
    const buffer = await workbookBuffer((workbook) => {
      const sheet = workbook.addWorksheet('S');
      sheet.addRow(['Name', 'Email', 'City']);
      sheet.addRow(['Ana', 'ana@example.org', 'Lyon']);
      sheet.addRow(['Ben', '', '']);
      sheet.mergeCells('C1:C3');
      sheet.mergeCells('A2:B2');
    });
    const [sheet] = await openSources(fromBuffer(buffer));
    // C1:C3 starts in the header: "City" is not a city. A2:B2 runs across: the name is not an email.
    expect(cellsOf(await records(sheet))).toEqual([[2, 'Ana', '', ''], [3, 'Ben', '', '']]);
  });

  it('reads dates typed as text as text, and a date with a time', async () => {
    const [, busan] = await openSources(fromFile('seoul-rally.xlsx'));
    expect(cellsOf(await records(busan)).map((r) => r[4])).toEqual(['2025. 11. 02.', '2025. 11. 02.', '2025-11-03 13:30:00']);
  });

  it('reads a workbook whose days count from 1904', async () => {
    const [sheet] = await openSources(fromFile('mac-1904.xlsx'));
    expect(sheet.info.sheet?.date1904).toBe(true);
    expect(cellsOf(await records(sheet)).map((r) => r[4])).toEqual(['2025-11-03', '2025-11-04', '2025-11-05']);
  });

  it('reads a workbook saved by LibreOffice Calc: explicit number types, every row marked hidden or not, a formula, a merge', async () => {
    const [feuille, korean] = await openSources(fromFile('libreoffice-calc.xlsx'));
    expect(feuille.name).toBe('libreoffice-calc.xlsx#Feuille1');
    expect(cellsOf(await records(feuille))).toEqual([
      [2, 'Amélie Lefèvre', 'amelie.lefevre@orange.fr', 'Paris', 'FR', '2025-11-06'],
      [3, 'Hélène Dubois', 'helene.dubois@free.fr', 'Lyon', 'FR', '2025-11-06'],
      [4, 'François Béranger', 'f.beranger@laposte.net', 'Besançon', 'FR', '2025-11-07'],
      [5, 'Joëlle Cœurdevey', '', 'Strasbourg', 'FR', '2025-11-07'],
    ]);
    // 국가 is typed once and merged down C2:C4; A3 is a formula; row 4 is hidden.
    expect(korean.name).toBe('libreoffice-calc.xlsx#서명');
    expect(cellsOf(await records(korean))).toEqual([
      [2, '한가을', '서울', 'KR', '2025-11-08'],
      [3, '서도현', '수원', 'KR', '2025-11-08'],
      [4, '남궁민', '대전', 'KR', '2025-11-08'],
    ]);
  });

  it('reads a workbook whose workbook part is stored after its sheets and the content types last', async () => {
    const built = await workbookBuffer((workbook) => {
      const sheet = workbook.addWorksheet('Feuille1');
      sheet.addRow(['Nom', 'Ville']);
      sheet.addRow(['Amélie Lefèvre', 'Paris']);
    });
    const from = await JSZip.loadAsync(built);
    const last = ['xl/workbook.xml', '[Content_Types].xml'];
    const names = Object.keys(from.files).filter((name) => !from.files[name].dir);
    const to = new JSZip();
    for (const name of [...names.filter((n) => !last.includes(n)), ...last]) to.file(name, await from.files[name].async('uint8array'));
    const [sheet] = await openSources(fromBuffer(await to.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })));
    expect(cellsOf(await records(sheet))).toEqual([[2, 'Amélie Lefèvre', 'Paris']]);
  });

  it('--sheet picks one sheet, and an unknown name lists the sheets', async () => {
    const sources = await openSources(fromFile('seoul-rally.xlsx', '부산'));
    expect(sources.map((s) => s.name)).toEqual(['seoul-rally.xlsx#부산']);
    await expect(openSources(fromFile('seoul-rally.xlsx', 'Sheet9'))).rejects.toThrow('there is no sheet "Sheet9"; the sheets are "안내", "3월 집회", "부산"');
  });

  it('never evaluates a formula: a stale saved result is what is read', async () => {
    const buffer = await workbookBuffer((workbook) => {
      const sheet = workbook.addWorksheet('S');
      sheet.addRow(['Name', 'Count']);
      sheet.addRow(['Ana', { formula: '1+1', result: 5 }]);
      sheet.addRow([{ formula: 'HYPERLINK("x")', result: 'Ben' }, { formula: 'NOW()' }]);
    });
    const [sheet] = await openSources(fromBuffer(buffer));
    // NOW() was never calculated: the row is not read with an empty cell, it is rejected naming the cell.
    expect(cellsOf(await records(sheet))).toEqual([[2, 'Ana', '5'], [3, 'formula_without_result']]);
  });

  it('reads a formula filled down (a shared formula) as its saved result, 0 included, and names one never calculated', async () => {
    const buffer = await workbookBuffer((workbook) => {
      const sheet = workbook.addWorksheet('S');
      sheet.addRow(['Name', 'City']);
      sheet.addRow(['Ana', { formula: 'UPPER("oslo")', result: 'OSLO', shareType: 'shared', ref: 'B2:B5' }]);
      sheet.addRow(['Ben', { sharedFormula: 'B2', result: 'PORTO' }]);
      sheet.addRow(['Cy', { sharedFormula: 'B2', result: 0 }]);
      sheet.addRow(['Di', { sharedFormula: 'B2' }]);
    });
    const [sheet] = await openSources(fromBuffer(buffer));
    expect(cellsOf(await records(sheet))).toEqual([[2, 'Ana', 'OSLO'], [3, 'Ben', 'PORTO'], [4, 'Cy', '0'], [5, 'formula_without_result']]);
  });

  it('reads the base text of every run of a string, without Japanese phonetic readings, shared or inline', async () => {
    const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('xl/workbook.xml', `<workbook ${main} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`);
    zip.file('xl/_rels/workbook.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>');
    zip.file('xl/sharedStrings.xml', `<sst ${main}><si><t>name</t></si><si><t>city</t></si>`
      + '<si><t>佐藤 陽翔</t><rPh sb="0" eb="2"><t>サトウ</t></rPh><rPh sb="3" eb="5"><t>ハルト</t></rPh><phoneticPr fontId="1"/></si>'
      + '<si><r><rPr><b/></rPr><t>Rich </t></r><r><t xml:space="preserve">Shared</t></r><rPh sb="0" eb="1"><t>リッチ</t></rPh></si>'
      + '<si><t>Tom &amp; Jerry</t></si><si><t>Tokyo</t></si></sst>');
    const inline = (ref: string, xml: string) => `<c r="${ref}" t="inlineStr"><is>${xml}</is></c>`;
    zip.file('xl/worksheets/sheet1.xml', `<worksheet ${main}><sheetData>`
      + '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
      + '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>5</v></c></row>'
      + '<row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3" t="s"><v>4</v></c></row>'
      + `<row r="4">${inline('A4', '<r><rPr><b/></rPr><t>Rich </t></r><r><t>Inline</t></r>')}${inline('B4', '<t/>')}</row>`
      + `<row r="5">${inline('A5', '<t xml:space="preserve">  Spaced Phonetic</t><rPh sb="0" eb="1"><t>ふりがな</t></rPh>')}${inline('B5', '<t>Osaka</t>')}</row>`
      + '</sheetData></worksheet>');
    const [sheet] = await openSources(fromBuffer(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })));
    expect(cellsOf(await records(sheet))).toEqual([
      [2, '佐藤 陽翔', 'Tokyo'],
      [3, 'Rich Shared', 'Tom & Jerry'],
      [4, 'Rich Inline', ''],
      [5, '  Spaced Phonetic', 'Osaka'],
    ]);
  });

  it('pads short rows, rejects a row with a value right of the table, and the header typed again', async () => {
    const buffer = await workbookBuffer((workbook) => {
      const sheet = workbook.addWorksheet('S');
      sheet.addRow(['Name', 'Email', 'City']);
      sheet.addRow(['Ana']);
      sheet.addRow(['Ben', '', 'Lyon', '', 'a note']);
      sheet.addRow(['Name', 'Email', 'City']);
      sheet.addRow([]);
      sheet.addRow(['Cy', 'cy@example.org', 'Paris']);
    });
    const [sheet] = await openSources(fromBuffer(buffer));
    expect(cellsOf(await records(sheet))).toEqual([[2, 'Ana', '', ''], [3, 'broken_row'], [4, 'repeated_header'], [6, 'Cy', 'cy@example.org', 'Paris']]);
  });

  it('rejects the header again in Korean, and in another column order with the rows after it', async () => {
    const buffer = await workbookBuffer((workbook) => {
      const sheet = workbook.addWorksheet('S');
      sheet.addRow(['Name', 'Email', 'City']);
      sheet.addRow(['Ana', 'ana@example.org', 'Oslo']);
      sheet.addRow(['이름', '이메일', '도시']);
      sheet.addRow(['Ben', 'ben@example.org', 'Lyon']);
      sheet.addRow(['Email', 'Name', 'City']);
      sheet.addRow(['cy@example.org', 'Cy', 'Paris']);
      sheet.addRow(['Name', 'Email', 'City']);
      sheet.addRow(['Di', 'di@example.org', 'Rome']);
    });
    const [sheet] = await openSources(fromBuffer(buffer));
    expect(cellsOf(await records(sheet))).toEqual([
      [2, 'Ana', 'ana@example.org', 'Oslo'], [3, 'repeated_header'], [4, 'Ben', 'ben@example.org', 'Lyon'],
      [5, 'repeated_header'], [6, 'columns_changed'], [7, 'repeated_header'], [8, 'Di', 'di@example.org', 'Rome'],
    ]);
  });

  it('finds the real header under a title row and a group header merged over two columns (a Korean paper transcription)', async () => {
    const buffer = await workbookBuffer((workbook) => {
      const sheet = workbook.addWorksheet('집회');
      sheet.getRow(1).values = ['2025 서울 집회 서명지'];
      sheet.mergeCells('A1:D1');
      sheet.getRow(2).values = ['이름', '연락처', null, '주소'];
      sheet.getRow(3).values = [null, '이메일', '전화', null];
      sheet.mergeCells('A2:A3');
      sheet.mergeCells('B2:C2');
      sheet.mergeCells('D2:D3');
      sheet.getRow(4).values = ['홍길동', 'hong@example.kr', '010-1234-5678', '서울 종로구'];
      sheet.getRow(5).values = ['성춘향', 'chun@example.kr', '010-2222-3333', '남원'];
    });
    const [sheet] = await openSources(fromBuffer(buffer));
    expect(sheet.info.preamble).toEqual(['2025 서울 집회 서명지']);
    expect(sheet.info.header).toEqual(['이름', '이메일', '전화', '주소']);
    expect(sheet.info.headerLine).toBe(3);
    expect(cellsOf(await records(sheet))).toEqual([
      [4, '홍길동', 'hong@example.kr', '010-1234-5678', '서울 종로구'],
      [5, '성춘향', 'chun@example.kr', '010-2222-3333', '남원'],
    ]);
  });

  it('says what to do with .ods and .xls files', async () => {
    const ods = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')]);
    const error = await openSources({ path: 'a.ods', open: () => Readable.from([ods]) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).describe()).toMatch(/^a\.ods: this is an OpenDocument spreadsheet \(\.ods\).*Save As → Excel 2007-365 \(\.xlsx\)/);
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(openSources({ path: 'a.xls', open: () => Readable.from([xls]) })).rejects.toThrow(/old Excel workbook \(\.xls\).*save it as \.xlsx/);
  });

  it('says a password-protected workbook is one, and how to save it without the password, instead of calling it .xls', async () => {
    // Excel stores an encrypted .xlsx in an OLE container whose directory names an EncryptedPackage stream.
    const header = Buffer.alloc(1536);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
    Buffer.from('EncryptionInfo', 'utf16le').copy(header, 1152);
    Buffer.from('EncryptedPackage', 'utf16le').copy(header, 1280);
    const error = await openSources({ path: 'locked.xlsx', open: () => Readable.from([header]) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).describe()).toMatch(/^locked\.xlsx: this workbook is protected by a password.*Info → Protect Workbook → Encrypt with Password/);
    expect((error as UserError).describe()).not.toContain('.xls)');
  });

  it('--sheet on a text export is a mistake it names', async () => {
    await expect(openSources({ path: 'a.csv', open: () => Readable.from([Buffer.from('Name\nAna\n')]), sheet: 'S' })).rejects.toThrow('--sheet is for .xlsx workbooks');
  });

  it('streams: stopping after the first row leaves most of a large sheet unread by the reading that yields rows', async () => {
    // Inline strings, as Excel's streaming writers store them: the sheet part is nearly the whole file.
    const chunks: Buffer[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => { chunks.push(chunk); done(); } });
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: false, useStyles: false });
    const big = writer.addWorksheet('Big');
    big.addRow(['Name', 'Email']).commit();
    for (let i = 0; i < 10000; i++) big.addRow([`Person ${i} ${(i * 7919) % 10007}`, `p${i}.${(i * 104729) % 99991}@example.org`]).commit();
    big.commit();
    await writer.commit();
    const buffer = Buffer.concat(chunks);
    // Bytes read by each opening of the file, in order.
    const reads: number[] = [];
    const open = () => {
      const pieces: Buffer[] = [];
      for (let at = 0; at < buffer.length; at += 4096) pieces.push(buffer.subarray(at, at + 4096));
      const reading = reads.push(0) - 1;
      return Readable.from((function* () {
        for (const chunk of pieces) {
          reads[reading] += chunk.length;
          yield chunk;
        }
      })(), { objectMode: false, highWaterMark: 4096 });
    };
    const [sheet] = await openSources({ path: 'big.xlsx', open, recognise: hasName });
    reads.length = 0;
    for await (const record of sheet.records()) {
      expect(record.row).toBe(2);
      break;
    }
    // The merges are listed after the rows, so the sheet is scanned for them once (holding only the merges); the rows
    // are then streamed, and the reading that yields them stops soon after the first.
    expect(reads).toHaveLength(2);
    expect(reads[0]).toBeLessThanOrEqual(buffer.length);
    expect(reads[1]).toBeLessThan(buffer.length / 2);
  });
});

import { describe, expect, it } from '@jest/globals';
import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { UserError } from '../../src/errors.js';
import { openExport, type ExportInput } from '../../src/read/open-export.js';
import type { DecodedRecord } from '../../src/types.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/exports/', import.meta.url));

function fixture(name: string, encoding?: string): ExportInput {
  return { path: name, open: () => createReadStream(FIXTURES + name), encoding };
}

/** An input served from memory in chunks of `chunkSize` bytes (to cut characters and records anywhere). */
function fromBytes(bytes: Buffer, chunkSize = 64 * 1024, encoding?: string): ExportInput {
  return {
    path: 'memory.csv',
    encoding,
    open: () => {
      const chunks: Buffer[] = [];
      for (let at = 0; at < bytes.length; at += chunkSize) chunks.push(bytes.subarray(at, at + chunkSize));
      return Readable.from(chunks);
    },
  };
}

async function readAll(input: ExportInput) {
  const reader = await openExport(input);
  const records: DecodedRecord[] = [];
  for await (const record of reader.records()) records.push(record);
  return { info: reader.info, records };
}

const rejectedOf = (records: DecodedRecord[]) =>
  records.flatMap((r) => (r.kind === 'rejected' ? [`row ${r.row}, line ${r.line}: ${r.reason}: ${r.detail}`] : []));

interface Expected {
  encoding: string;
  by: string;
  delimiter: string;
  headerLine: number;
  header: string[];
  rows: number;
  rejected?: string[];
  /** [row, column header, value] of one data record, to prove the cells decoded right. */
  cell: [number, string, string];
  preamble?: string[];
}

// The same facts as fixtures/exports/README.md.
const FIXTURE_FILES: Array<[string, Expected]> = [
  ['change-org.csv', { encoding: 'utf-16le', by: 'bom', delimiter: '\t', headerLine: 1, header: ['Name', 'City', 'State', 'Postal Code', 'Country', 'Signed On'], rows: 10, cell: [1, 'City', 'Woodstock IL 60098'] }],
  ['change-org-nobom.csv', { encoding: 'utf-16le', by: 'nul-pattern', delimiter: '\t', headerLine: 1, header: ['Name', 'City'], rows: 5, cell: [2, 'Name', '鈴木 花子'] }],
  ['change-org-utf16be.csv', { encoding: 'utf-16be', by: 'bom', delimiter: '\t', headerLine: 1, header: ['Name', 'City'], rows: 4, cell: [3, 'State', 'Татарстан'] }],
  ['change-org-utf16be-nobom.csv', { encoding: 'utf-16be', by: 'nul-pattern', delimiter: '\t', headerLine: 1, header: ['Name', 'City'], rows: 3, cell: [1, 'Name', '張敏'] }],
  ['speakout.csv', {
    encoding: 'utf-16le', by: 'bom', delimiter: '\t', headerLine: 1,
    header: ['First Name', 'Last Name', 'Email Address', 'Street Address', 'City', 'State', 'Post Code', 'Country', 'Custom Field', 'Date Signed', 'Confirmed', 'Petition Title', 'Petition ID', 'Email Opt-in', 'Custom Message', 'Language'],
    rows: 7, cell: [1, 'First Name', 'Robert "Bob"'],
  }],
  ['action-network.csv', { encoding: 'utf-8', by: 'detector', delimiter: ',', headerLine: 1, header: ['uuid', 'first_name', 'last_name', 'email'], rows: 6, cell: [1, 'can2_user_tags', 'volunteer, donor, nk-refugees'] }],
  ['eff-raw.csv', { encoding: 'utf-8', by: 'detector', delimiter: ',', headerLine: 1, header: ['first_name', 'last_name', 'email', 'zipcode', 'country_code', 'created_at'], rows: 7, cell: [5, 'first_name', 'Mari\u0301a'] }],
  ['eff-presentable.csv', { encoding: 'utf-8', by: 'detector', delimiter: ',', headerLine: 1, header: ['full_name', 'email', 'city', 'state', 'country'], rows: 5, cell: [5, 'city', '上海'] }],
  ['google-form.csv', { encoding: 'utf-8', by: 'bom', delimiter: ',', headerLine: 1, header: ['Timestamp', 'Full name', 'Email address', 'City', 'Country'], rows: 8, cell: [1, 'Timestamp', '11/3/2025 9:15:22'] }],
  ['openpetition.csv', { encoding: 'utf-8', by: 'detector', delimiter: ';', headerLine: 1, header: ['Vorname', 'Nachname', 'PLZ', 'Ort', 'Land', 'E-Mail', 'Unterschrieben am'], rows: 7, cell: [7, 'Ort', 'Kasan; Tatarstan'] }],
  ['petitions-eu.csv', {
    encoding: 'utf-8', by: 'detector', delimiter: ',', headerLine: 5, header: ['Name', 'City', 'Visible', 'Confirmed at'], rows: 6, cell: [4, 'City', 'Θεσσαλονίκη'],
    preamble: ['Petition: Stop the forced return of North Korean refugees', 'Id: 4821', 'Number of signatures: 6', ''],
  }],
  ['seoul-paper.csv', {
    encoding: 'cp949', by: 'detector', delimiter: ',', headerLine: 1, header: ['번호', '이름', '이메일', '주소', '서명일'], rows: 13, cell: [1, '이름', '박지호'],
    rejected: ['row 8, line 9: repeated_header: the header row again, on line 9'],
  }],
  ['paper-fr-windows1252.csv', { encoding: 'windows-1252', by: 'detector', delimiter: ';', headerLine: 1, header: ['Nom', 'Prénom', 'Code postal', 'Ville', 'Courriel', 'Date'], rows: 6, cell: [4, 'Nom', 'Cœurdevey'] }],
  ['multiline.csv', { encoding: 'utf-8', by: 'detector', delimiter: ',', headerLine: 1, header: ['Name', 'Email', 'Country', 'Comment'], rows: 5, cell: [3, 'Comment', 'Line one\nline two\nline three, with a comma'] }],
  ['broken-rows.csv', {
    encoding: 'utf-8', by: 'detector', delimiter: ',', headerLine: 1, header: ['name', 'email', 'city', 'country'], rows: 10, cell: [8, 'name', 'Nikos "the Greek" Georgiou'],
    rejected: [
      'row 2, line 3: broken_row: expected 4 fields, found 5',
      'row 4, line 5: broken_row: quote opened on line 5 never closed',
    ],
  }],
  ['formula-values.csv', { encoding: 'utf-8', by: 'detector', delimiter: ',', headerLine: 1, header: ['name', 'email', 'phone', 'country', 'comment'], rows: 5, cell: [1, 'name', '=HYPERLINK("http://evil.example/x","Click me")'] }],
  ['pipe.csv', { encoding: 'utf-8', by: 'detector', delimiter: '|', headerLine: 1, header: ['name', 'email', 'city', 'country'], rows: 5, cell: [4, 'name', 'Smith, Robert'] }],
  ['cr-only.csv', { encoding: 'utf-8', by: 'detector', delimiter: ',', headerLine: 1, header: ['Name', 'Email', 'City', 'Country'], rows: 5, cell: [5, 'Name', 'Björn Åkesson'] }],
];

describe('openExport on the fixtures', () => {
  it.each(FIXTURE_FILES)('%s', async (name, expected) => {
    const { info, records } = await readAll(fixture(name));
    expect(info).toMatchObject({ encoding: expected.encoding, encodingBy: expected.by, delimiter: expected.delimiter, headerLine: expected.headerLine });
    expect(info.header.slice(0, expected.header.length)).toEqual(expected.header);
    expect(info.preamble).toEqual(expected.preamble ?? []);
    expect(records).toHaveLength(expected.rows);
    expect(records.map((r) => r.row)).toEqual(records.map((_, i) => i + 1));
    expect(rejectedOf(records)).toEqual(expected.rejected ?? []);
    const [row, column, value] = expected.cell;
    const record = records[row - 1];
    expect(record.kind === 'data' && record.cells[info.header.indexOf(column)]).toBe(value);
    for (const r of records) if (r.kind === 'data') expect(r.cells).toHaveLength(info.header.length);
  });

  it('reads the rows after the unbalanced quote and the broken rows', async () => {
    const { records } = await readAll(fixture('broken-rows.csv'));
    const names = records.flatMap((r) => (r.kind === 'data' ? [r.cells[0]] : []));
    expect(names).toEqual(['Giulia Rossi', 'Björn Åkesson', 'Aroha Ngata', 'Lukas Weiß', 'Мария Петрова', 'Nikos "the Greek" Georgiou', 'Dmitri "Dima" Sokolov', 'Zoë Brontë']);
  });

  it('gives each record the physical line it starts on, past multi-line cells', async () => {
    const { records } = await readAll(fixture('multiline.csv'));
    expect(records.map((r) => r.line)).toEqual([2, 4, 5, 8, 9]);
  });

  it.each([
    ['CR CR LF after every line', 'name,email,country\r\r\nAnn Lee,a@x.example,US\r\r\nBob Ray,b@x.example,US\r\r\nCid Moe,c@x.example,US\r\r\n'],
    ['a lone CR inside the header line', 'name,email,country\rAnn Lee,a@x.example,US\nBob Ray,b@x.example,US\nCid Moe,c@x.example,US\n'],
    ['lone CR lines in a preamble', 'Petition export\rStop refoulement\r\nname,email,country\r\nAnn Lee,a@x.example,US\r\nBob Ray,b@x.example,US\r\nCid Moe,c@x.example,US\r\n'],
  ])('reads the first row after the header with %s (it was skipped with the header)', async (_label, text) => {
    for (const chunkSize of [3, 7, 64 * 1024]) {
      const { records } = await readAll(fromBytes(Buffer.from(text), chunkSize));
      const names = records.flatMap((r) => (r.kind === 'data' ? [r.cells[0]] : []));
      expect(names).toEqual(['Ann Lee', 'Bob Ray', 'Cid Moe']);
    }
  });

  it('names the preamble lines and the lines of undecodable bytes as the records are numbered, with lone CRs', async () => {
    const text = Buffer.concat([
      Buffer.from('Petition export\rStop refoulement\r\nname,email,country\r\r\nZoë Éclair,z@x.example,FR\r\r\nJürgen Müller,j@x.example,DE\r\r\nBob '),
      Buffer.from([0xff]),
      Buffer.from(' Ray,b@x.example,US\r\r\n'),
    ]);
    const reader = await openExport(fromBytes(text, 5));
    const records: DecodedRecord[] = [];
    for await (const record of reader.records()) records.push(record);
    expect(reader.info.preamble).toEqual(['Petition export', 'Stop refoulement']);
    expect(reader.info.headerLine).toBe(3);
    const bob = records.find((r) => r.kind === 'data' && r.cells[0].startsWith('Bob'));
    expect(reader.decodingProblems().map((p) => p.line)).toEqual([bob?.line]);
  });

  it('names a UTF-8 line in a CP949 file as the records are numbered, with CR CR LF ends', async () => {
    const bytes = Buffer.from(readFileSync(fileURLToPath(new URL('../corpus/cases/utf8-rows-in-cp949.csv', import.meta.url)), 'latin1').replaceAll('\r\n', '\r\r\n'), 'latin1');
    const reader = await openExport(fromBytes(bytes, 7));
    const records: DecodedRecord[] = [];
    for await (const record of reader.records()) records.push(record);
    expect(reader.info.encoding).toBe('cp949');
    const utf8Lines = records.slice(0, 2).map((r) => r.line);
    expect(reader.decodingProblems().map((p) => [p.line, p.message.includes(`lines ${utf8Lines.join(', ')}`)])).toEqual([[utf8Lines[0], true]]);
  });

  it('chooses the encoding from the whole file, not its first 64 KB: Korean rows after 2,000 ASCII ones', async () => {
    const ascii = Array.from({ length: 2000 }, (_, i) => `Person ${i},person${i}@example.org,Seoul`).join('\r\n');
    const bytes = Buffer.concat([Buffer.from(`name,email,city\r\n${ascii}\r\n`), iconv.encode('김민준,minjun@example.kr,서울\r\n박지호,jiho@example.kr,부산\r\n', 'cp949')]);
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    const reader = await openExport(fromBytes(bytes, 4096));
    const records: DecodedRecord[] = [];
    for await (const record of reader.records()) records.push(record);
    expect(reader.info.encoding).toBe('cp949');
    expect(records.slice(-2).map((r) => r.kind === 'data' && r.cells[0])).toEqual(['김민준', '박지호']);
    expect(reader.decodingProblems()).toEqual([]);
  });

  it.each([
    ['a Korean row in a Latin-1 file', 'windows-1252', 'Jürgen Müller,München\nFrançois Lefèvre,Besançon\n', 'cp949', '김민준,서울\n', /line 4: text that reads as cp949, not windows-1252/],
    ['a Latin-1 row in a Korean file', 'cp949', '김민준,서울\n박지호,부산\n', 'windows-1252', 'Jürgen Müller,München\n', /line 4: bytes that are not valid cp949/],
    ['a Shift-JIS row in a Korean file', 'cp949', '김민준,서울\n박지호,부산\n이수진,인천\n', 'shift_jis', '山田太郎,東京\n', /line 5: text that reads as shift_jis, not cp949/],
  ])('names %s, which would read garbled', async (_label, main, mainRows, other, odd, problem) => {
    const bytes = Buffer.concat([Buffer.from('name,city\n'), iconv.encode(mainRows, main), iconv.encode(odd, other)]);
    const reader = await openExport(fromBytes(bytes, 5));
    for await (const _record of reader.records());
    expect(reader.info.encoding).toBe(main);
    const described = reader.decodingProblems().map((p) => `line ${p.line}: ${p.message}`);
    expect(described).toHaveLength(1);
    expect(described[0]).toMatch(problem);
  });

  it('says so when the bytes read as well in two encodings, rather than guessing silently', async () => {
    const reader = await openExport(fromBytes(iconv.encode('name,city\nAnna,Berlin\n이,Seoul\n', 'cp949')));
    for await (const _record of reader.records());
    expect(reader.decodingProblems().map((p) => [p.code, p.line])).toEqual([['ambiguous_encoding', 3]]);
  });

  it('reads every record again on a second call', async () => {
    const reader = await openExport(fixture('seoul-paper.csv'));
    const first: DecodedRecord[] = [];
    for await (const r of reader.records()) first.push(r);
    const second: DecodedRecord[] = [];
    for await (const r of reader.records()) second.push(r);
    expect(second).toEqual(first);
  });
});

describe('openExport with --encoding', () => {
  it('uses the encoding it is given instead of the sniffed one', async () => {
    const { info, records } = await readAll(fixture('paper-fr-windows1252.csv', 'latin1'));
    expect(info).toMatchObject({ encoding: 'latin1', encodingBy: 'option' });
    // Latin-1 has no œ: the byte Windows-1252 reads as œ is a control character in Latin-1.
    expect(records[3].kind === 'data' && records[3].cells[0]).toBe('C\u009curdevey');
  });

  it('reads a file the detector cannot place, when told its encoding', async () => {
    // One Korean word in a mostly ASCII file is too little for a detector; the option settles it.
    const bytes = iconv.encode('name,city\r\nAnna,Berlin\r\n김,Seoul\r\n', 'cp949');
    const { records } = await readAll(fromBytes(bytes, 64 * 1024, 'CP949'));
    expect(records[1].kind === 'data' && records[1].cells[0]).toBe('김');
  });

  it('refuses an encoding it does not know, naming the file', async () => {
    const error = await openExport(fixture('pipe.csv', 'klingon-8')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).describe()).toMatch(/^pipe\.csv: unknown encoding "klingon-8"/);
  });
});

describe('openExport on a header of two rows', () => {
  it('reads a group header over two columns, saved from Excel as CSV, as one header of the lower row\'s names', async () => {
    const text = '\uFEFF2025 서울 집회 서명지,,,\r\n이름,연락처,,주소\r\n,이메일,전화,\r\n홍길동,hong@example.kr,010-1234-5678,서울 종로구\r\n성춘향,chun@example.kr,010-2222-3333,남원\r\n';
    const { info, records } = await readAll(fromBytes(Buffer.from(text)));
    expect(info.preamble).toEqual(['2025 서울 집회 서명지']);
    expect(info.header).toEqual(['이름', '이메일', '전화', '주소']);
    expect(info.headerLine).toBe(3);
    expect(records.map((r) => (r.kind === 'data' ? [r.row, ...r.cells] : [r.row, r.reason]))).toEqual([
      [1, '홍길동', 'hong@example.kr', '010-1234-5678', '서울 종로구'],
      [2, '성춘향', 'chun@example.kr', '010-2222-3333', '남원'],
    ]);
  });

  it('still reads a first signer whose row leaves a cell empty as a signer', async () => {
    const { info, records } = await readAll(fromBytes(Buffer.from('이름,이메일,도시\n김민준,,서울\n이서연,lee@example.kr,부산\n')));
    expect(info.header).toEqual(['이름', '이메일', '도시']);
    expect(records.filter((r) => r.kind === 'data')).toHaveLength(2);
  });
});

describe('openExport on odd input', () => {
  it.each([
    ['an empty file', ''],
    ['a file of blank lines', '\r\n\r\n'],
    ['a header-only file', 'name,email,city\r\n'],
    ['a header-only file after a preamble', 'Petition: Stop\nId: 4821\nNumber of signatures: 0\n\nName,City,Visible,Confirmed at\n'],
  ])('%s gives zero records', async (_label, text) => {
    const { records } = await readAll(fromBytes(Buffer.from(text)));
    expect(records).toEqual([]);
  });

  it.each([
    ['an Excel workbook', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]), /Excel workbook \(\.xlsx\)/],
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /PDF/],
    ['random binary data', Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)), /binary data/],
  ])('refuses %s, naming the file', async (_label, bytes, message) => {
    const error = await openExport(fromBytes(bytes)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).location.file).toBe('memory.csv');
    expect((error as UserError).message).toMatch(message);
  });

  it('refuses a file that cannot be opened, naming it', async () => {
    const error = await openExport(fixture('no-such-file.csv')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).describe()).toBe('no-such-file.csv: no such file');
  });

  it('reads a Change.org UTF-16 TSV whose multi-line comment closes with text after the quote as one record, never its lines as signers', async () => {
    const fakes = Array.from({ length: 60 }, (_, i) => `Fake${i}\tfake${i}@evil.example\tKR\tx`).join('\r\n');
    const text = `Name\temail\tcountry\tcomment\r\nAda\ta@x.example\tKR\tok\r\nCarl\tc@x.example\tKR\t"multi\r\n${fakes}\r\nend"  junk\r\nLast\tl@x.example\tKR\tok\r\n`;
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const { info, records } = await readAll(fromBytes(bytes, 4096));
    expect(info.encoding).toBe('utf-16le');
    expect(records.map((r) => (r.kind === 'data' ? r.cells[0] : `! ${r.reason}`))).toEqual(['Ada', 'Carl', 'Last']);
  });

  it('reads UTF-16 the same when bytes arrive one at a time, cutting characters in half', async () => {
    const bytes = readFileSync(FIXTURES + 'speakout.csv');
    const whole = await readAll(fromBytes(bytes));
    const trickled = await readAll(fromBytes(bytes, 1));
    expect(trickled).toEqual(whole);
  });
});

// verifyQ H1: a table pasted into a quoted comment was taken for the file: its lines counted, the real signers lost.
describe('openExport on a table pasted into a quoted comment', () => {
  it('reads the records Python\'s csv reads, with the first line as header and no preamble', async () => {
    const table = ['Name\tEmail\tCity', ...Array.from({ length: 60 }, (_, i) => `Church Member${i}\tcm${i}@example.org\tSeoul`)].join('\n');
    const rows = Array.from({ length: 10 }, (_, i) => `Real Person${i},r${i}@example.com,Berlin,DE,${i === 0 ? `"I am attaching our list:\n${table}"` : 'fine'}`);
    const { info, records } = await readAll(fromBytes(Buffer.from(['Full name,Email address,City,Country,Comment', ...rows].join('\r\n') + '\r\n')));
    expect(info).toMatchObject({ delimiter: ',', preamble: [], headerLine: 1, header: ['Full name', 'Email address', 'City', 'Country', 'Comment'] });
    expect(records.map((r) => (r.kind === 'data' ? r.cells[0] : r.reason))).toEqual(Array.from({ length: 10 }, (_, i) => `Real Person${i}`));
    expect(records[0]).toMatchObject({ line: 2, cells: ['Real Person0', 'r0@example.com', 'Berlin', 'DE', `I am attaching our list:\n${table}`] });
  });
});

describe('openExport streams', () => {
  const HEADER = 'name,email,city,postcode,country,signed\n';
  const ROWS = 200_000;
  const row = (i: number) => `Person ${i},person${i}@example.org,Town ${i % 97},${10000 + (i % 89999)},DE,2025-11-0${1 + (i % 9)}\n`;

  /** 200,000 rows made on demand, 1,000 a chunk; `made()` tells how many rows the reader has asked for so far. */
  function generated(): { input: ExportInput; made: () => number } {
    let made = 0;
    const input: ExportInput = {
      path: 'generated.csv',
      open: () => {
        made = 0;
        return Readable.from(
          (function* () {
            yield Buffer.from(HEADER);
            for (let start = 0; start < ROWS; start += 1000) {
              let text = '';
              for (let i = start; i < start + 1000; i++) text += row(i);
              made += 1000;
              yield Buffer.from(text);
            }
          })(),
        );
      },
    };
    return { input, made: () => made };
  }

  it('yields records long before the input ends, and reads it all with bounded memory', async () => {
    const { input, made } = generated();
    const reader = await openExport(input);
    let count = 0;
    let madeAtFirst = -1;
    let maxAhead = 0;
    let notData = 0;
    for await (const record of reader.records()) {
      count++;
      if (count === 1) madeAtFirst = made();
      // How far the reader has pulled ahead of what we consumed: bounded means it does not buffer the file.
      maxAhead = Math.max(maxAhead, made() - count);
      if (record.kind !== 'data') notData++;
    }
    expect(count).toBe(ROWS);
    expect(notData).toBe(0);
    expect(madeAtFirst).toBeLessThan(ROWS / 10);
    expect(maxAhead).toBeLessThan(ROWS / 10);
  });

  it('stops reading when the consumer stops', async () => {
    const { input, made } = generated();
    const reader = await openExport(input);
    let count = 0;
    for await (const _record of reader.records()) {
      if (++count === 10) break;
    }
    expect(made()).toBeLessThan(ROWS / 10);
  });
});

describe('openExport and quotes in records too long to hold', () => {
  const people = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag} ${i},${tag.toLowerCase()}${i}@x,KR`).join('\r\n');

  it('reads the input again past a quote left open far from its end, and loses no row after it', async () => {
    const text = `name,email,country\r\nAda,a@x,"GB\r\n${people(60_000, 'Person')}\r\nLast,"l@x",KR\r\n`;
    const { records } = await readAll(fromBytes(Buffer.from(text), 64 * 1024));
    expect(records).toHaveLength(60_002);
    expect(rejectedOf(records)).toEqual(['row 1, line 2: broken_row: quote opened on line 2 never closed']);
    expect(records.at(-1)).toEqual({ kind: 'data', row: 60_002, line: 60_003, cells: ['Last', 'l@x', 'KR'] });
  });

  it('reads a closed quote too long to hold as one record, its cell cut, and makes no rows of the lines inside it', async () => {
    const fakes = people(60_000, 'Fake');
    const text = `name,email,country\r\nMallory,m@x,"${fakes}"\r\nLast,l@x,KR\r\n`;
    const { records } = await readAll(fromBytes(Buffer.from(text), 64 * 1024));
    expect(records).toEqual([
      { kind: 'data', row: 1, line: 2, cells: ['Mallory', 'm@x', fakes.slice(0, 10_000)], cut: [{ column: 2, length: fakes.length }] },
      { kind: 'data', row: 2, line: 60_002, cells: ['Last', 'l@x', 'KR'] },
    ]);
  });
});

// A file whose start is UTF-8 and whose rows are in another encoding (verifyR1 F-M1, F-M2): a header typed or pasted in
// UTF-8 over rows Korean Excel saved as CP949, and a UTF-8 byte-order mark a program wrote before CP949 text. Before,
// the first was read whole as CP949 and refused with a --map hint of its garbled header ("�씠由�"), and --encoding
// utf-8 sent the user back ("looks like cp949"); the second was refused as "binary data". Now each part is read in its
// own encoding, and the mixing is named (exit 1).
import { describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import { Readable } from 'node:stream';
import { openExport } from '../../src/read/open-export.js';
import { findUtf8Head } from '../../src/read/utf8-head.js';
import { detectFormat } from '../../src/formats/detect-format.js';
import { UserError } from '../../src/errors.js';

const MARK = Buffer.from([0xef, 0xbb, 0xbf]);
const KOREAN_ROWS = ['김민준,k0@example.org,서울', '이지수,k1@example.org,부산', '박서연,k2@example.org,대구', '최하은,k3@example.org,인천', '정우진,k4@example.org,광주'];
const FRENCH_ROWS = ['René Noël,r0@example.org,Besançon', 'Zoé Brontë,r1@example.org,Orléans', 'Hélène Dubois,r2@example.org,Lyon', 'Jérôme Lefèvre,r3@example.org,Nîmes'];

const lines = (rows: readonly string[]): string => rows.map((row) => `${row}\r\n`).join('');

async function read(bytes: Buffer, encoding?: string) {
  const reader = await openExport({ path: 'sheet.csv', open: () => Readable.from([bytes]), ...(encoding ? { encoding } : {}) });
  const names: string[] = [];
  for await (const record of reader.records()) if (record.kind === 'data') names.push(record.cells[0]);
  return { info: reader.info, names, problems: reader.decodingProblems() };
}

describe('a UTF-8 header over rows in another encoding (verifyR1 F-M1)', () => {
  const file = Buffer.concat([Buffer.from('이름,이메일,주소\r\n'), iconv.encode(lines(KOREAN_ROWS), 'cp949')]);

  it('reads the header as UTF-8 and the rows as CP949, and names line 1 as UTF-8 over CP949', async () => {
    const { info, names, problems } = await read(file);
    expect(info.encoding).toBe('cp949');
    expect(info.header).toEqual(['이름', '이메일', '주소']);
    expect(names).toEqual(KOREAN_ROWS.map((row) => row.split(',')[0]));
    expect(problems.map((p) => [p.code, p.line])).toEqual([['mixed_encoding', 1]]);
    expect(problems[0].message).toContain('line 1 is UTF-8, and from line 2 on the text is cp949');
  });

  it('does the same with --encoding cp949, and with a UTF-8 mark before the header', async () => {
    for (const [bytes, encoding] of [[file, 'cp949'], [Buffer.concat([MARK, file]), undefined]] as const) {
      const { info, names, problems } = await read(bytes, encoding);
      expect(info.header).toEqual(['이름', '이메일', '주소']);
      expect(names).toEqual(KOREAN_ROWS.map((row) => row.split(',')[0]));
      expect(problems.map((p) => [p.code, p.line])).toEqual([['mixed_encoding', 1]]);
    }
  });

  it('reads UTF-8 preamble lines above the header so too, naming each', async () => {
    const preambled = Buffer.concat([Buffer.from('서명 명단: 강제북송 반대\r\n\r\n이름,이메일,주소\r\n'), iconv.encode(lines(KOREAN_ROWS), 'cp949')]);
    const { info, names, problems } = await read(preambled);
    expect(info.preamble).toEqual(['서명 명단: 강제북송 반대', '']);
    expect(info.header).toEqual(['이름', '이메일', '주소']);
    expect(names[0]).toBe('김민준');
    expect(problems[0].message).toContain('lines 1, 3 are UTF-8, and from line 4 on the text is cp949');
  });

  it('reads a UTF-8 header over Windows-1252 rows (Prénom over René Noël) the same way', async () => {
    const french = Buffer.concat([Buffer.from('Prénom et nom,Adresse électronique,Ville\r\n'), iconv.encode(lines(FRENCH_ROWS), 'windows-1252')]);
    const { info, names, problems } = await read(french);
    expect(info.encoding).toBe('windows-1252');
    expect(info.header[0]).toBe('Prénom et nom');
    expect(names).toEqual(FRENCH_ROWS.map((row) => row.split(',')[0]));
    expect(problems.map((p) => p.code)).toEqual(['mixed_encoding']);
  });

  it('leaves UTF-8 rows below an ASCII header to the rows\' own check: read as CP949 and named as before', async () => {
    const rows = Buffer.concat([Buffer.from(`name,email,city\r\n${lines(KOREAN_ROWS.slice(0, 2))}`), iconv.encode(lines(KOREAN_ROWS.slice(2)), 'cp949')]);
    expect(findUtf8Head(rows, 'cp949', 1)).toBeUndefined();
    const { names, problems } = await read(rows);
    expect(names.slice(2)).toEqual(['박서연', '최하은', '정우진']);
    expect(problems.map((p) => p.line)).toEqual([2]);
    expect(problems[0].message).not.toContain('from line');
  });

  it('is not found in a file wholly in one encoding', () => {
    expect(findUtf8Head(iconv.encode(`이름,이메일,주소\r\n${lines(KOREAN_ROWS)}`, 'cp949'), 'cp949')).toBeUndefined();
    expect(findUtf8Head(Buffer.from(`이름,이메일,주소\r\n${lines(KOREAN_ROWS)}`), 'utf-8')).toBeUndefined();
  });
});

describe('a UTF-8 byte-order mark before text in another encoding (verifyR1 F-M2)', () => {
  it('reads CP949 text after the mark as CP949, the mark left out, and says so (not "binary data")', async () => {
    const { info, names, problems } = await read(Buffer.concat([MARK, iconv.encode(`이름,이메일,주소\r\n${lines(KOREAN_ROWS)}`, 'cp949')]));
    expect(info.encoding).toBe('cp949');
    expect(info.header).toEqual(['이름', '이메일', '주소']);
    expect(names).toEqual(KOREAN_ROWS.map((row) => row.split(',')[0]));
    expect(problems.map((p) => p.code)).toEqual(['mixed_encoding']);
    expect(problems[0].message).toContain('starts with a UTF-8 byte-order mark, but its text is cp949');
  });

  it('reads Windows-1252 and Shift_JIS text after the mark so too', async () => {
    const french = await read(Buffer.concat([MARK, iconv.encode(`Name,Email,City\r\n${lines(FRENCH_ROWS)}`, 'windows-1252')]));
    expect([french.info.encoding, french.info.header[0], french.names[0]]).toEqual(['windows-1252', 'Name', 'René Noël']);
    const japanese = await read(Buffer.concat([MARK, iconv.encode('氏名,メール\r\n山田太郎,y@example.jp\r\n佐藤花子,s@example.jp\r\n鈴木一郎,i@example.jp\r\n', 'shift_jis')]));
    expect([japanese.info.encoding, japanese.info.header[0], japanese.names]).toEqual(['shift_jis', '氏名', ['山田太郎', '佐藤花子', '鈴木一郎']]);
  });

  it('keeps a UTF-8 file with its mark and one broken byte UTF-8, the line named as before', async () => {
    const bytes = Buffer.concat([MARK, Buffer.from('name,email\r\nJürgen Müller,j@example.de\r\nBob'), Buffer.from([0xff]), Buffer.from(' Smith,b@example.com\r\nZoë Éclair,z@example.fr\r\n')]);
    const { info, problems } = await read(bytes);
    expect([info.encoding, info.encodingBy]).toEqual(['utf-8', 'bom']);
    expect(problems.map((p) => [p.code, p.line])).toEqual([['undecodable_bytes', 3]]);
  });
});

describe('a header that does not decode (verifyR1 F-M1)', () => {
  it('is answered without a --map hint of its garbled text', () => {
    let error: unknown;
    try {
      detectFormat(['\uFFFD씠由\uFFFD', '\uFFFD씠硫붿씪', '二쇱냼'], { file: 'sheet.csv' });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain('the header holds bytes that do not decode');
    expect((error as UserError).message).not.toContain('try --map');
  });
});

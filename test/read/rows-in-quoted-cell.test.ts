import { describe, expect, it } from '@jest/globals';
import { fitToHeader } from '../../src/read/fit-to-header.js';
import { rowLikeTest } from '../../src/read/row-like.js';
import { RecordSplitter, type SplitOptions } from '../../src/read/split-records.js';
import type { DecodedRecord } from '../../src/types.js';

function afterHeader(header: string[], delimiter = ','): SplitOptions {
  return { delimiter, lineEnd: 'lf', skipThroughLine: 1, width: header.length, fit: fitToHeader(header), rowLike: rowLikeTest(header) };
}

/** The records, and the cells holding rows as "row N lines A–B: R rows" (rows numbered as the reader numbers them). */
function read(text: string, options: SplitOptions): { rows: number; held: string[] } {
  const splitter = new RecordSplitter(options);
  const out: DecodedRecord[] = [];
  splitter.push(text, out);
  splitter.end(out);
  out.forEach((record, index) => { record.row = index + 1; });
  const held = splitter.cellsHoldingRows.noted.map(({ record, lastLine, rows }) => `row ${record.row} lines ${record.line}–${lastLine}: ${rows} rows`);
  return { rows: out.length, held };
}

const HEADER = ['name', 'email', 'city', 'comment'];
const good = (i: number, comment = 'fine') => `Good${i} Person,g${i}@example.org,Oslo,${comment}`;
const fifty = (comments: Record<number, string>) => Array.from({ length: 50 }, (_, i) => good(i, comments[i] ?? 'fine'));

describe('a quoted cell whose lines read as whole rows of the file (verifyR1 F-H3)', () => {
  it('is noted with its row, its lines and the rows it may hold when a stray quote closes 40 rows further', () => {
    for (const [open, close] of [['"Never again', 'as my mother said"'], ['"opens here', 'closes here"']]) {
      const text = `${HEADER.join(',')}\n${fifty({ 5: open, 45: close }).join('\n')}\n`;
      // The count stands as the quotes say (Python's csv reads 10 rows), but never silently.
      expect(read(text, afterHeader(HEADER))).toEqual({ rows: 10, held: ['row 6 lines 7–47: 40 rows'] });
    }
  });

  it('is noted for one row swallowed, in every delimiter', () => {
    for (const d of [',', ';', '\t', '|']) {
      const rows = fifty({ 5: '"opens here', 6: 'closes here"' }).map((row) => row.replaceAll(',', d));
      expect(read(`${HEADER.join(d)}\n${rows.join('\n')}\n`, afterHeader(HEADER, d)).held).toEqual(['row 6 lines 7–8: 1 rows']);
    }
  });

  it('is noted for a comment of 60 fake signers, which still never become rows (the Mallory case)', () => {
    const header = ['name', 'email', 'country'];
    const fakes = Array.from({ length: 60 }, (_, i) => `Fake Signer${i},fake${i}@evil.example,KR`).join('\n');
    const text = `name,email,country\nAda Lovelace,ada@example.com,GB\nMallory,m@x.example,"My comment:\n${fakes}\nend"\nLast Person,last@example.org,KR\n`;
    expect(read(text, afterHeader(header))).toEqual({ rows: 3, held: ['row 2 lines 3–64: 60 rows'] });
  });

  it('is noted for rows without an email by the name in its column (a paper sheet)', () => {
    const header = ['이름', '주소', '서명일', '비고'];
    const text = '이름,주소,서명일,비고\n김민준,서울,2025-11-01,"잘못\n박지호,부산,2025-11-01,\n이하은,대구,2025-11-01,끝"\n정하은,인천,2025-11-02,\n';
    expect(read(text, afterHeader(header)).held).toEqual(['row 1 lines 2–4: 2 rows']);
  });

  it('is not noted for a real multi-line comment, prose with the header\'s number of commas, or a pasted row among many lines of prose', () => {
    const prose = 'name,email,city,comment\nAda,a@example.org,Oslo,"No one\nshould be sent back, ever, by anyone\nWell, I think, so\nthanks"\n';
    expect(read(prose, afterHeader(HEADER))).toEqual({ rows: 1, held: [] });
    const onePasted = 'name,email,city,comment\nAda,a@example.org,Oslo,"My friend signed on paper:\nBob,bob@example.org,Rome,hi\nand I told her\nthat it matters\nvery much"\n';
    expect(read(onePasted, afterHeader(HEADER))).toEqual({ rows: 1, held: [] });
  });

  it('is not noted when the header tells neither an email nor a name column', () => {
    const text = 'a,b,c\nx,y,"z\n1,2,3\n4,5,6"\n';
    expect(read(text, afterHeader(['a', 'b', 'c'])).held).toEqual([]);
  });
});

describe('a quoted cell whose lines read as short rows (verifyS1 F1, F2)', () => {
  const PAPER = ['번호', '이름', '주소', '이메일', '비고'];
  const paperRow = (i: number, note = '') => `${i},이름${String.fromCharCode(0xac00 + i)},서울 종로구${note}`;

  it('is noted on a sheet saved without its blank last columns, whose rows are all short', () => {
    const rows = Array.from({ length: 40 }, (_, i) => paperRow(i + 1, i === 5 ? ',,"메모' : i === 30 ? ',,끝"' : ''));
    expect(read(`${PAPER.join(',')}\n${rows.join('\n')}\n`, afterHeader(PAPER))).toEqual({ rows: 15, held: ['row 6 lines 7–32: 25 rows'] });
  });

  it('is noted for lines one cell short of a wide header: a free-text column last (Change.org)', () => {
    const header = ['Name', 'City', 'State', 'Postal Code', 'Country', 'Signed On', 'Reason'];
    const row = (name: string, reason?: string) => [name, 'Seoul', '', '04524', 'Korea', '2025-11-02', ...(reason === undefined ? [] : [reason])].join('\t');
    const text = [header.join('\t'), row('Anna Berg', 'ok'), row('Dmitri Grant', '"because'), row('Ines Lund'), row('Jonas Cruz'), row('Kari Jung'),
      `${row('Mika Holm')}"`, row('Eva Nagy', 'ok')].join('\n') + '\n';
    expect(read(text, afterHeader(header, '\t'))).toEqual({ rows: 3, held: ['row 2 lines 3–7: 4 rows'] });
  });

  it('is noted in a list of one name column', () => {
    const names = Array.from({ length: 20 }, (_, i) => `Person ${String.fromCharCode(65 + i)}lpha`);
    names[5] = `"${names[5]}`;
    names[15] = `${names[15]}"`;
    expect(read(`Name\n${names.join('\n')}\n`, afterHeader(['Name'])).held).toEqual(['row 6 lines 7–17: 9 rows']);
  });

  it('is not noted for prose with a comma or two in a sheet of short rows, nor short lines where no row of the file is short', () => {
    const prose = [paperRow(1), paperRow(2), `${paperRow(3)},,"I signed because,`, 'my family, my friends', 'are still there, and', 'I cannot forget them"', paperRow(4)];
    expect(read(`${PAPER.join(',')}\n${prose.join('\n')}\n`, afterHeader(PAPER)).held).toEqual([]);
    const whole = (i: number, note = '') => `${paperRow(i)},p${i}@example.org,${note}`;
    const noShortRows = [whole(1), whole(2, '"note'), paperRow(3), paperRow(4), `${paperRow(5)}"`, whole(6)];
    expect(read(`${PAPER.join(',')}\n${noShortRows.join('\n')}\n`, afterHeader(PAPER)).held).toEqual([]);
  });
});

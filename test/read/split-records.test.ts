import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { DecodedRecord } from '../../src/types.js';
import { fitToHeader } from '../../src/read/fit-to-header.js';
import { RecordSplitter, splitRecords, MAX_RECORD_CHARS, type SplitOptions } from '../../src/read/split-records.js';
import { MAX_CELL_CHARACTERS } from '../../src/read/cell-size.js';

/** Options as the reader uses them after the header: a width to fit, the header's line skipped. */
function afterHeader(header: string[], delimiter = ',', lineEnd: 'lf' | 'cr' = 'lf'): SplitOptions {
  return { delimiter, lineEnd, skipThroughLine: 1, width: header.length, fit: fitToHeader(header) };
}

/** Records as "line: cells" or "line: ! detail", easy to read in a failing test. */
function show(records: DecodedRecord[]): string[] {
  return records.map((r) => (r.kind === 'data' ? `${r.line}: ${r.cells.join(' | ')}` : `${r.line}: ! ${r.detail}`));
}

const HEADER = ['name', 'email', 'city', 'country'];

describe('splitRecords', () => {
  it.each([
    ['LF', 'name,email\nAnna,a@x\nBob,b@x\n', 'lf'],
    ['CRLF', 'name,email\r\nAnna,a@x\r\nBob,b@x\r\n', 'lf'],
    ['CR only', 'name,email\rAnna,a@x\rBob,b@x\r', 'cr'],
    ['no line end after the last record', 'name,email\nAnna,a@x\nBob,b@x', 'lf'],
  ] as const)('reads %s line ends', (_label, text, lineEnd) => {
    expect(show(splitRecords(text, afterHeader(['name', 'email'], ',', lineEnd)))).toEqual(['2: Anna | a@x', '3: Bob | b@x']);
  });

  it('keeps line breaks inside a quoted field, and counts physical lines past them', () => {
    const text = 'name,email,city,country\r\n"Emily Watson",e@x,London,"No one\nshould be\nsent back"\r\nOleg,o@x,Moscow,RU\r\n';
    expect(show(splitRecords(text, afterHeader(HEADER)))).toEqual(['2: Emily Watson | e@x | London | No one\nshould be\nsent back', '5: Oleg | o@x | Moscow | RU']);
  });

  it('reads doubled quotes as one and a quoted delimiter as text', () => {
    const text = 'name,email,city,country\n"Smith, ""Bob""",b@x,"Woodstock, IL",US\n';
    expect(show(splitRecords(text, afterHeader(HEADER)))).toEqual(['2: Smith, "Bob" | b@x | Woodstock, IL | US']);
  });

  it('reads SpeakOut values wrapped in quotes with bare quotes inside, also right before the tab', () => {
    const text = '"First Name"\t"Last Name"\t"Custom Message"\n"Robert "Bob""\t"Smith"\t"I said "never again" to this"\n"Jane"\t"Doe"\t"Stop "refoulement""\n';
    expect(show(splitRecords(text, afterHeader(['First Name', 'Last Name', 'Custom Message'], '\t')))).toEqual([
      '2: Robert "Bob" | Smith | I said "never again" to this',
      '3: Jane | Doe | Stop "refoulement"',
    ]);
  });

  it('reads a comma file with SpeakOut-style bare quotes when only that reading fits', () => {
    const text = 'name,email,city,country\n"Robert "Bob"",b@x,Woodstock,US\n';
    expect(show(splitRecords(text, afterHeader(HEADER)))).toEqual(['2: Robert "Bob" | b@x | Woodstock | US']);
  });

  it('rejects a quote never closed, alone, and reads the rows after it', () => {
    const text = 'name,email,city,country\nGiulia,g@x,Roma,IT\n"Fatima Khan,f@x,Manchester,GB\nAroha,a@x,Wellington,NZ\nLukas,l@x,Hamburg,DE\n';
    expect(show(splitRecords(text, afterHeader(HEADER)))).toEqual([
      '2: Giulia | g@x | Roma | IT',
      '3: ! quote opened on line 3 never closed',
      '4: Aroha | a@x | Wellington | NZ',
      '5: Lukas | l@x | Hamburg | DE',
    ]);
  });

  it('does not let an open quote swallow rows up to a later quote that would close it', () => {
    const text = 'name,email,city,country\n"Fatima Khan,f@x,Manchester,GB\nAroha,a@x,Wellington,NZ\nLukas,l@x,Hamburg,DE\n"Nikos",n@x,Athens,GR\n';
    expect(show(splitRecords(text, afterHeader(HEADER)))).toEqual([
      '2: ! quote opened on line 2 never closed',
      '3: Aroha | a@x | Wellington | NZ',
      '4: Lukas | l@x | Hamburg | DE',
      '5: Nikos | n@x | Athens | GR',
    ]);
  });

  it('rejects a quote still open at the end of the input, however many lines it ran over, and reads every line after it', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `Person ${i},p${i}@x,Town,XX`);
    const text = `name,email,city,country\n"Open,o@x,Town,XX\n${lines.join('\n')}\n`;
    const records = splitRecords(text, afterHeader(HEADER));
    expect(records).toHaveLength(201);
    expect(show(records.slice(0, 2))).toEqual(['2: ! quote opened on line 2 never closed', '3: Person 0 | p0@x | Town | XX']);
  });

  // verifyQ L1: each line after a quote left open in the last row was a row read and rejected.
  it.each([
    ['in the last row', 'Last,l@x,Berlin,"unterminated\nmore\n\nmore', ['2: Giulia | g@x | Roma | IT', '3: ! quote opened on line 3 never closed']],
    ['before rows that fit', 'Last,l@x,Berlin,"unterminated\nmore\nLukas,l@x,Hamburg,DE\n', ['2: Giulia | g@x | Roma | IT', '3: ! quote opened on line 3 never closed', '5: Lukas | l@x | Hamburg | DE']],
  ])('takes the lines of one cell after a quote never closed %s as its text: one broken record', (_label, rows, expected) => {
    expect(show(splitRecords(`name,email,city,country\nGiulia,g@x,Roma,IT\n${rows}`, afterHeader(HEADER)))).toEqual(expected);
  });

  // Issue 11, item 1: a comment of 60 lines that look like signers must stay one comment (Python's csv reads 102 rows).
  const fakeSigners = Array.from({ length: 60 }, (_, i) => `Fake Signer${i},fake${i}@evil.example,KR`).join('\n');
  const mallory = `Mallory,m@x.example,"My comment:\n${fakeSigners}\nend"`;
  const signers = Array.from({ length: 100 }, (_, i) => `Signer ${i},s${i}@ok.example,KR`);

  it.each([
    ['after 100 rows', ['name,email,country', ...signers, mallory, 'Last,last@ok.example,KR']],
    ['as the first row', ['name,email,country', mallory, ...signers, 'Last,last@ok.example,KR']],
  ])('never makes rows of the lines inside a closed quote: a 60-line comment %s', (_label, lines) => {
    const records = splitRecords(lines.join('\n') + '\n', afterHeader(['name', 'email', 'country']));
    expect(records).toHaveLength(102);
    expect(records.every((r) => r.kind === 'data')).toBe(true);
    const cells = records.flatMap((r) => (r.kind === 'data' ? [r.cells] : []));
    expect(cells.filter((c) => c[0].startsWith('Fake'))).toEqual([]);
    expect(cells.find((c) => c[0] === 'Mallory')?.[2]).toBe(`My comment:\n${fakeSigners}\nend`);
  });

  // verifyQ M8: a signer whose closed comment ran past the record's cap was rejected as a broken row.
  it('reads a closed quote of many lines longer than a record may be held as one record, its comment cut, and makes no rows of its lines', () => {
    const comment = Array.from({ length: 40_000 }, (_, i) => `Fake Signer${i},fake${i}@evil.example,KR`).join('\n');
    const text = `name,email,country\r\nAda,a@x,GB\r\nMallory,m@x,"${comment}"\r\nLast,l@x,KR\r\n`;
    const records = splitRecords(text, afterHeader(['name', 'email', 'country']));
    expect(records).toEqual([
      { kind: 'data', row: 0, line: 2, cells: ['Ada', 'a@x', 'GB'] },
      { kind: 'data', row: 0, line: 3, cells: ['Mallory', 'm@x', comment.slice(0, MAX_CELL_CHARACTERS)], cut: [{ column: 2, length: comment.length }] },
      { kind: 'data', row: 0, line: 40_003, cells: ['Last', 'l@x', 'KR'] },
    ]);
  });

  it('reads a closed TAB comment longer than a record may be held as one record, its ""quoted"" words before tabs read as quotes', () => {
    const comment = Array.from({ length: 40_000 }, (_, i) => `Fake Signer${i}\t""q""\tfake${i}@evil.example`).join('\r\n');
    const text = `name\tcomment\temail\r\nAda\thi\ta@x\r\nMallory\t"${comment}"\tm@x\r\nLast\thi\tl@x\r\n`;
    const records = splitRecords(text, afterHeader(['name', 'comment', 'email'], '\t'));
    const read = comment.replaceAll('""', '"');
    expect(records.map((r) => r.line)).toEqual([2, 3, 40_003]);
    expect(records[1]).toEqual({ kind: 'data', row: 0, line: 3, cells: ['Mallory', read.slice(0, MAX_CELL_CHARACTERS), 'm@x'], cut: [{ column: 1, length: read.length }] });
  });

  it('rejects a record longer than may be held as one broken row when its cells do not fit the header, or as record_too_long when too many are long', () => {
    const comment = 'line, of a long comment\n'.repeat(50_000);
    const extra = splitRecords(`name,email,comment\nM,m@x,"${comment}",more\nLast,l@x,hi\n`, afterHeader(['name', 'email', 'comment']));
    expect(show(extra)).toEqual(['2: ! expected 3 fields, found 4', '50003: Last | l@x | hi']);
    const header = Array.from({ length: 120 }, (_, i) => `q${i}`);
    const answers = header.map(() => `"${'an answer\n'.repeat(950)}"`).join(',');
    const many = splitRecords(`${header.join(',')}\n${answers}\n${header.map(() => 'x').join(',')}\n`, afterHeader(header));
    expect(many.map((r) => (r.kind === 'data' ? `${r.line}: data` : `${r.line}: ${r.reason}`))).toEqual(['2: record_too_long', '114003: data']);
    expect(many[0]).toMatchObject({ detail: `a record from line 2 to line 114002 is longer than ${MAX_RECORD_CHARS.toLocaleString('en-US')} characters, the most one record may hold` });
  });

  it('rejects a quote left open far from the end of the input alone, and reads every line after it', () => {
    const lines = Array.from({ length: 60_000 }, (_, i) => `Person ${i},p${i}@x,XX`);
    const text = `name,email,country\nAda,a@x,"GB\n${lines.join('\n')}\nLast,"l@x",KR\n`;
    const records = splitRecords(text, afterHeader(['name', 'email', 'country']));
    expect(records).toHaveLength(60_002);
    expect(show(records.slice(0, 2))).toEqual(['2: ! quote opened on line 2 never closed', '3: Person 0 | p0@x | XX']);
    expect(show(records.slice(-1))).toEqual(['60003: Last | l@x | KR']);
  });

  it('gives the same records fed in pieces when a record is longer than can be held', () => {
    const comment = Array.from({ length: 60_000 }, (_, i) => `Fake ${i},f${i}@x,KR`).join('\n');
    const lines = Array.from({ length: 60_000 }, (_, i) => `Person ${i},p${i}@x,XX`).join('\n');
    const text = `name,email,country\nM,m@x,"${comment}"\nAda,a@x,"GB\n${lines}\nLast,"l@x",KR\n`;
    const whole = splitRecords(text, afterHeader(['name', 'email', 'country']));
    const splitter = new RecordSplitter(afterHeader(['name', 'email', 'country']));
    const pieces: DecodedRecord[] = [];
    for (let fed = 0; ; ) {
      for (let at = 0; at < text.length && splitter.rewindTo === undefined; at += 65_536) splitter.push(text.slice(at, at + 65_536), pieces);
      if (splitter.rewindTo === undefined) splitter.end(pieces);
      if (splitter.rewindTo === undefined) break;
      splitter.restart();
      expect(++fed).toBeLessThan(5);
    }
    expect(pieces).toEqual(whole);
    expect(whole[0]).toEqual({ kind: 'data', row: 0, line: 2, cells: ['M', 'm@x', comment.slice(0, MAX_CELL_CHARACTERS)], cut: [{ column: 2, length: comment.length }] });
    expect(show(whole.slice(1, 3))).toEqual([
      '60002: ! quote opened on line 60002 never closed',
      '60003: Person 0 | p0@x | XX',
    ]);
    expect(whole).toHaveLength(1 + 1 + 60_000 + 1);
  });

  it('rejects rows with too many fields with the counts, recovers empty padding, and reads a row that leaves off trailing cells', () => {
    const text = 'name,email,city,country\nCarter, John,j@x,Chicago,US\nLukas,l@x,Hamburg,DE,,\nМария,m@x\n';
    expect(show(splitRecords(text, afterHeader(HEADER)))).toEqual([
      '2: ! expected 4 fields, found 5',
      '3: Lukas | l@x | Hamburg | DE',
      '4: Мария | m@x |  | ',
    ]);
  });

  it('passes over blank lines and lines of bare delimiters without making records of them', () => {
    const text = 'name,email,city,country\n\nAnna,a@x,Berlin,DE\r\n,,,\n  , ,,\nBob,b@x,Rome,IT\n';
    expect(show(splitRecords(text, afterHeader(HEADER)))).toEqual(['3: Anna | a@x | Berlin | DE', '6: Bob | b@x | Rome | IT']);
  });

  it('reads a closed multi-line cell whose lines look like whole records as one cell, as any CSV reader does', () => {
    const text = 'name,email,city,country\nAnna,a@x,Berlin,"DE\nBob,b@x,Rome,IT\nCem,c@x,Izmir,TR"\n';
    expect(show(splitRecords(text, afterHeader(HEADER)))).toEqual(['2: Anna | a@x | Berlin | DE\nBob,b@x,Rome,IT\nCem,c@x,Izmir,TR']);
  });

  it('still reads a stray quote that a later quoted cell would close as a quote left open', () => {
    const text = 'name,email,city,country\nAnna,a@x,Berlin,"DE\nBob,b@x,Rome,IT\nCem,c@x,Izmir,"TR"\n';
    expect(show(splitRecords(text, afterHeader(HEADER)))).toEqual([
      '2: ! quote opened on line 2 never closed',
      '3: Bob | b@x | Rome | IT',
      '4: Cem | c@x | Izmir | TR',
    ]);
  });

  it('rejects a closed multi-line record of the wrong width as one row, without reading its inside as rows', () => {
    const text = 'name,email,country\nMallory,m@x,"note:\nFake,f@x,KR\nend",extra\nLast,l@x,KR\n';
    expect(show(splitRecords(text, afterHeader(['name', 'email', 'country'])))).toEqual(['2: ! expected 3 fields, found 4', '5: Last | l@x | KR']);
  });

  it.each([
    ['spaces after the closing quote', 'end"  ', ['2: Mallory | m@x | note:\nFake,f@x,KR\nFake2,g@x,KR\nend  ']],
    ['text after the closing quote', 'end" trailing words', ['2: Mallory | m@x | note:\nFake,f@x,KR\nFake2,g@x,KR\nend trailing words']],
    ['a further cell after the closing quote', 'end" ,extra', ['2: ! expected 3 fields, found 4']],
  ])('reads a multi-line cell that closes with %s as that cell, never its lines as rows (a sibling of the long comment)', (_label, closing, first) => {
    const text = `name,email,country\nMallory,m@x,"note:\nFake,f@x,KR\nFake2,g@x,KR\n${closing}\nLast,l@x,KR\n`;
    expect(show(splitRecords(text, afterHeader(['name', 'email', 'country'])))).toEqual([...first, '6: Last | l@x | KR']);
  });

  it.each([
    ['comma', ','],
    ['semicolon', ';'],
    ['tab', '\t'],
    ['pipe', '|'],
  ])('reads a multi-line cell closed by a quote with spaces or text after it as one cell whatever the delimiter (%s)', (_label, d) => {
    const header = ['name', 'email', 'country'];
    const fakes = Array.from({ length: 60 }, (_, i) => `Fake${i}${d}f${i}@evil${d}KR`).join('\n');
    for (const closing of ['end"  ', 'end"  junk']) {
      const text = `name${d}email${d}country\nAda${d}a@x${d}KR\nCarl${d}c@x${d}"multi\n${fakes}\n${closing}\nLast${d}l@x${d}KR\n`;
      const records = show(splitRecords(text, afterHeader(header, d)));
      expect(records).toHaveLength(3);
      expect(records[0]).toBe('2: Ada | a@x | KR');
      expect(records[1].startsWith('3: Carl | c@x | multi\nFake0')).toBe(true);
      expect(records[2]).toBe('65: Last | l@x | KR');
    }
  });

  it('still reads a stray quote before a line that starts with a quoted cell as a quote left open, costing one row', () => {
    const text = 'name,email,country\nBob,b@x,"oops\n"Lee, Min",l@x,KR\nLast,l@x,KR\n';
    expect(show(splitRecords(text, afterHeader(['name', 'email', 'country'])))).toEqual(['2: ! quote opened on line 2 never closed', '3: Lee, Min | l@x | KR', '4: Last | l@x | KR']);
  });

  it('reads a standard multi-line cell of a TAB file whose inner line ends in a doubled quote as one cell, never as rows', () => {
    const header = ['name', 'email', 'comment'];
    const atLineEnd = 'name\temail\tcomment\nAda\ta@x\t"I say ""no""\nFake One\tf@evil\tx\nend"\nBob\tb@x\thi\n';
    expect(show(splitRecords(atLineEnd, afterHeader(header, '\t')))).toEqual(['2: Ada | a@x | I say "no"\nFake One\tf@evil\tx\nend', '5: Bob | b@x | hi']);
    const beforeTab = 'name\temail\tcomment\nAda\ta@x\t"I say ""no""\tthen\nFake One\tf@evil\tx\nend"\nBob\tb@x\thi\n';
    expect(show(splitRecords(beforeTab, afterHeader(header, '\t')))).toEqual(['2: Ada | a@x | I say "no"\tthen\nFake One\tf@evil\tx\nend', '5: Bob | b@x | hi']);
  });

  it('does not let a stray quote swallow rows in a file whose rows all lack a cell (found by npm run fuzz)', () => {
    const text = 'name,email,country,city\nAda,a@x,GB\nBob,"b@x,US\nCy,c@x,KR\n"Dee",d@x,DE\nEve,e@x,ES\n';
    expect(show(splitRecords(text, afterHeader(['name', 'email', 'country', 'city'])))).toEqual([
      '2: Ada | a@x | GB | ',
      '3: ! quote opened on line 3 never closed',
      '4: Cy | c@x | KR | ',
      '5: Dee | d@x | DE | ',
      '6: Eve | e@x | ES | ',
    ]);
  });

  it('does not let a stray quote in an empty TAB cell swallow the first lines of the next multi-line record (found by npm run fuzz)', () => {
    const header = ['name', 'comment', 'email', 'country'];
    const text = 'name\tcomment\temail\tcountry\nAda\t"\ta@x\tDE\nBob\t"Fake 0\t\tf0@evil\tKR\nFake 1\t""q""\tf1@evil\tKR\nFake 2\tx\tf2@evil\tKR"\tb@x\tUS\nCy\thi\tc@x\tUS\n';
    expect(show(splitRecords(text, afterHeader(header, '\t')))).toEqual([
      '2: ! quote opened on line 2 never closed',
      '3: Bob | Fake 0\t\tf0@evil\tKR\nFake 1\t"q"\tf1@evil\tKR\nFake 2\tx\tf2@evil\tKR | b@x | US',
      '6: Cy | hi | c@x | US',
    ]);
  });

  it('keeps quotes inside an unquoted field as text', () => {
    const text = 'name,email,city,country\nDmitri "Dima" Sokolov,d@x,"Kazan",RU\n';
    expect(show(splitRecords(text, afterHeader(HEADER)))).toEqual(['2: Dmitri "Dima" Sokolov | d@x | Kazan | RU']);
  });
});

describe('RecordSplitter fed in pieces', () => {
  const cellText = fc.oneof(
    fc.string({ unit: fc.constantFrom('a', 'é', '김', ' ', ',', '\t', '"', '\n', '\r', 'x') }),
    fc.constantFrom('', 'plain', '"quoted"', 'a""b'),
  );
  const csvCell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

  it('gives the same records however the text is cut into chunks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cellText, { minLength: 3, maxLength: 3 }), { maxLength: 12 }),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.nat(), { maxLength: 8 }),
        (rows, eol, cuts) => {
          const text = ['a,b,c', ...rows.map((row) => row.map(csvCell).join(','))].join(eol) + eol;
          const whole = splitRecords(text, afterHeader(['a', 'b', 'c']));
          const splitter = new RecordSplitter(afterHeader(['a', 'b', 'c']));
          const pieces: DecodedRecord[] = [];
          const positions = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((x, y) => x - y);
          let from = 0;
          for (const at of positions) {
            splitter.push(text.slice(from, at), pieces);
            from = at;
          }
          splitter.push(text.slice(from), pieces);
          splitter.end(pieces);
          expect(pieces).toEqual(whole);
        },
      ),
      { numRuns: 300 },
    );
  });

  // Any row a standard writer wrote, also one whose multi-line cell holds lines that look like whole records.
  const writtenRow = fc.array(cellText, { minLength: 3, maxLength: 3 });

  it('reads back what a standard CSV or TSV writer wrote, cell for cell', () => {
    const tsvCell = (value: string) => (/["\t\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
    fc.assert(
      fc.property(fc.array(writtenRow, { minLength: 1, maxLength: 10 }), fc.constantFrom(',', '\t'), (rows, delimiter) => {
        const kept = rows.filter((row) => row.some((cell) => cell.trim() !== ''));
        const cell = delimiter === ',' ? csvCell : tsvCell;
        const text = [['a', 'b', 'c'].join(delimiter), ...kept.map((row) => row.map(cell).join(delimiter))].join('\r\n') + '\r\n';
        const records = splitRecords(text, afterHeader(['a', 'b', 'c'], delimiter));
        expect(records.map((r) => (r.kind === 'data' ? r.cells : r.detail))).toEqual(kept);
      }),
      { numRuns: 300 },
    );
  });
});

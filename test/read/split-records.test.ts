import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { DecodedRecord } from '../../src/types.js';
import { fitToHeader } from '../../src/read/fit-to-header.js';
import { RecordSplitter, splitRecords, MAX_LINES_IN_QUOTES, type SplitOptions } from '../../src/read/split-records.js';

/** Options as the reader uses them after the header: a width to fit, the header's line skipped. */
function afterHeader(header: string[], delimiter = ',', lineEnd: 'lf' | 'cr' = 'lf'): SplitOptions {
  return { delimiter, lineEnd, skipLines: 1, width: header.length, fit: fitToHeader(header) };
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

  it(`gives up on a quote still open after ${MAX_LINES_IN_QUOTES} lines without holding the rest of the input`, () => {
    const lines = Array.from({ length: 200 }, (_, i) => `Person ${i},p${i}@x,Town,XX`);
    const text = `name,email,city,country\n"Open,o@x,Town,XX\n${lines.join('\n')}\n`;
    const records = splitRecords(text, afterHeader(HEADER));
    expect(records).toHaveLength(201);
    expect(show(records.slice(0, 2))).toEqual(['2: ! quote opened on line 2 never closed', '3: Person 0 | p0@x | Town | XX']);
  });

  it('rejects rows of the wrong width with the counts, and recovers empty padding', () => {
    const text = 'name,email,city,country\nCarter, John,j@x,Chicago,US\nLukas,l@x,Hamburg,DE,,\nМария,m@x\n';
    expect(show(splitRecords(text, afterHeader(HEADER)))).toEqual([
      '2: ! expected 4 fields, found 5',
      '3: Lukas | l@x | Hamburg | DE',
      '4: ! expected 4 fields, found 2',
    ]);
  });

  it('passes over blank lines and lines of bare delimiters without making records of them', () => {
    const text = 'name,email,city,country\n\nAnna,a@x,Berlin,DE\r\n,,,\n  , ,,\nBob,b@x,Rome,IT\n';
    expect(show(splitRecords(text, afterHeader(HEADER)))).toEqual(['3: Anna | a@x | Berlin | DE', '6: Bob | b@x | Rome | IT']);
  });

  it('reads a multi-line cell whose lines look like whole records as a quote left open (the ambiguous case)', () => {
    const text = 'name,email,city,country\nAnna,a@x,Berlin,"DE\nBob,b@x,Rome,IT\nCem,c@x,Izmir,TR"\n';
    expect(show(splitRecords(text, afterHeader(HEADER)))).toEqual([
      '2: ! quote opened on line 2 never closed',
      '3: Bob | b@x | Rome | IT',
      '4: Cem | c@x | Izmir | TR"',
    ]);
  });

  it('keeps quotes inside an unquoted field as text', () => {
    const text = 'name,email,city,country\nDmitri "Dima" Sokolov,d@x,"Kazan",RU\n';
    expect(show(splitRecords(text, afterHeader(HEADER)))).toEqual(['2: Dmitri "Dima" Sokolov | d@x | Kazan | RU']);
  });
});

describe('RecordSplitter fed in pieces', () => {
  const cellText = fc.oneof(
    fc.string({ unit: fc.constantFrom('a', 'é', '김', ' ', ',', '"', '\n', '\r', 'x') }),
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

  // In a row with a line break in one cell and delimiters in others, the lines can look like whole records, which
  // is what a quote left open looks like; the reader then reads the lines (see the ambiguous-case test above).
  const unambiguousRow = fc
    .array(cellText, { minLength: 3, maxLength: 3 })
    .filter((row) => !(row.some((cell) => /[\r\n]/.test(cell)) && row.some((cell) => cell.includes(','))));

  it('reads back what a standard CSV writer wrote, cell for cell', () => {
    fc.assert(
      fc.property(fc.array(unambiguousRow, { minLength: 1, maxLength: 10 }), (rows) => {
        const kept = rows.filter((row) => row.some((cell) => cell.trim() !== ''));
        const text = ['a,b,c', ...kept.map((row) => row.map(csvCell).join(','))].join('\r\n') + '\r\n';
        const records = splitRecords(text, afterHeader(['a', 'b', 'c']));
        expect(records.map((r) => (r.kind === 'data' ? r.cells : r.detail))).toEqual(kept);
      }),
      { numRuns: 300 },
    );
  });
});

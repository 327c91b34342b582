import { describe, expect, it } from '@jest/globals';
import type { DecodedRecord } from '../../src/types.js';
import { fitToHeader } from '../../src/read/fit-to-header.js';
import { splitRecords, type SplitOptions } from '../../src/read/split-records.js';

function afterHeader(header: string[], delimiter = ','): SplitOptions {
  return { delimiter, lineEnd: 'lf', skipThroughLine: 1, width: header.length, fit: fitToHeader(header) };
}

function emails(records: DecodedRecord[]): string[] {
  return records.map((r) => (r.kind === 'data' ? r.cells[2] : `! line ${r.line}`));
}

const HEADER = ['first_name', 'last_name', 'email', 'country', 'comment'];
const row = (i: number) => `"A${i}","Person","a${i}@ex.example","US","fine"`;
const fake = (i: number) => `"Fake${i}","X","f${i}@evil.example","US","x"`;

describe('a multi-line comment whose inner quotes were not escaped', () => {
  it('reads complete rows typed into a comment as the comment, not as signers (quote-wrapped CSV)', () => {
    const text = [HEADER.map((h) => `"${h}"`).join(','), row(0), row(1), '"Mal","Lory","mal@ex.example","US","My comment:', fake(0), fake(1), fake(2), 'end"', row(2)].join('\n') + '\n';
    const records = splitRecords(text, afterHeader(HEADER));
    expect(emails(records)).toEqual(['a0@ex.example', 'a1@ex.example', 'mal@ex.example', 'a2@ex.example']);
    const mal = records[2];
    expect(mal.kind === 'data' && mal.cells[4]).toBe(`My comment:\n${fake(0)}\n${fake(1)}\n${fake(2)}\nend`);
  });

  it('does the same in a SpeakOut-style TAB file where the closing line also holds the last field', () => {
    const header = ['First Name', 'Last Name', 'Email', 'Custom Message', 'Locale'];
    const tsv = (cells: string[]) => cells.map((c) => `"${c}"`).join('\t');
    const text = [tsv(header), tsv(['A0', 'P', 'a0@ex.example', 'hi', 'en_US']), `"Mal"\t"L"\t"mal@ex.example"\t"My comment:`,
      tsv(['Fake0', 'X', 'f0@evil.example', 'x', 'en_US']), tsv(['Fake1', 'X', 'f1@evil.example', 'x', 'en_US']), `end"\t"en_US"`,
      tsv(['A1', 'P', 'a1@ex.example', 'hi', 'en_US'])].join('\n') + '\n';
    expect(emails(splitRecords(text, afterHeader(header, '\t')))).toEqual(['a0@ex.example', 'mal@ex.example', 'a1@ex.example']);
  });

  it('reads PHP-style \\" escaped quotes in a multi-line comment as the exporter meant', () => {
    const text = ['first_name,last_name,email,country,comment', 'A0,Person,a0@ex.example,US,fine', 'Mal,Lory,mal@ex.example,US,"My message: \\"',
      'Fake One,X,f1@evil.example,US,x', 'Fake Two,X,f2@evil.example,US,x', 'Thank you."', 'A1,Person,a1@ex.example,US,fine'].join('\n') + '\n';
    const records = splitRecords(text, afterHeader(HEADER));
    expect(emails(records)).toEqual(['a0@ex.example', 'mal@ex.example', 'a1@ex.example']);
    const mal = records[1];
    expect(mal.kind === 'data' && mal.cells[4]).toBe('My message: "\nFake One,X,f1@evil.example,US,x\nFake Two,X,f2@evil.example,US,x\nThank you.');
  });

  it('reads PHP-style \\" followed by a comma in the middle of a line as a kept quote (#11, advs8 php_esc.csv)', () => {
    const text = ['first_name,last_name,email,country,comment', 'A0,Person,a0@ex.example,US,fine', 'Mal,Lory,mal@ex.example,US,"He said \\"stop\\", and',
      'Fake One,X,f1@evil.example,US,x', 'Fake Two,X,f2@evil.example,US,x', 'end\\""', 'A1,Person,a1@ex.example,US,fine'].join('\n') + '\n';
    const records = splitRecords(text, afterHeader(HEADER));
    expect(emails(records)).toEqual(['a0@ex.example', 'mal@ex.example', 'a1@ex.example']);
    const mal = records[1];
    expect(mal.kind === 'data' && mal.cells[4]).toBe('He said "stop", and\nFake One,X,f1@evil.example,US,x\nFake Two,X,f2@evil.example,US,x\nend"');
  });

  it('costs a quote that never closes only its own row when a later record opens a quoted cell over two lines (outside tester, F1)', () => {
    // The later record's closing quote is its own: read as closing the stray quote, it took every row between.
    for (const [delimiter, eol] of [[',', '\n'], [',', '\r\n'], [';', '\n']]) {
      const d = (cells: string[]) => cells.join(delimiter);
      const text = [d(HEADER), d(['A0', 'Person', 'a0@ex.example', 'US', 'hi']), d(['Eve', 'Open', 'e@ex.example', 'US', '"never closed']),
        d(['B1', 'Person', 'b1@ex.example', 'US', 'hi']), d(['B2', 'Person', 'b2@ex.example', 'US', 'hi']),
        d(['Mal', 'Lory', 'm@ex.example', 'US', '"line one']), 'line two"', d(['C1', 'Person', 'c1@ex.example', 'US', 'hi'])].join(eol) + eol;
      const records = splitRecords(text, afterHeader(HEADER, delimiter));
      expect(emails(records)).toEqual(['a0@ex.example', '! line 3', 'b1@ex.example', 'b2@ex.example', 'm@ex.example', 'c1@ex.example']);
      const mal = records[4];
      expect(mal.kind === 'data' && mal.cells[4].replace('\r', '')).toBe('line one\nline two');
    }
  });

  it('does the same when the stray quote\'s cell holds a doubled quote ("5\' 10"" tall)', () => {
    const text = [HEADER.join(','), 'Eve,Open,e@ex.example,US,"5\' 10"" tall', 'B1,Person,b1@ex.example,US,hi', 'Mal,Lory,m@ex.example,US,"line one', 'line two"', 'C1,Person,c1@ex.example,US,hi'].join('\n') + '\n';
    expect(emails(splitRecords(text, afterHeader(HEADER)))).toEqual(['! line 2', 'b1@ex.example', 'm@ex.example', 'c1@ex.example']);
  });

  it('still costs a quote that never closes only its own row', () => {
    const text = ['first_name,last_name,email,country,comment', 'Mal,Lory,mal@ex.example,US,"oops', 'B,P,b@ex.example,US,fine', 'C,P,c@ex.example,US,fine'].join('\n') + '\n';
    expect(emails(splitRecords(text, afterHeader(HEADER)))).toEqual(['! line 2', 'b@ex.example', 'c@ex.example']);
  });
});

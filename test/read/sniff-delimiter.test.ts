import { describe, expect, it } from '@jest/globals';
import { mode, sniffDelimiter, sniffLineEnd, strayQuotes } from '../../src/read/sniff-delimiter.js';

describe('sniffDelimiter', () => {
  it.each([
    ['comma', 'name,email,city\nAnna,anna@web.de,Berlin\nBob,bob@x.com,Chicago\n', ','],
    ['semicolon, with commas inside some names', 'Nom;Prénom;Ville\nMüller, Hans;Hans;Köln\nLefèvre;Amélie;Paris\nDubois;Hélène;Lyon\n', ';'],
    ['TAB, with a comma in every row', 'Name\tCity\tState\nBob\tWoodstock, IL\tIL\nJohn\tChicago, IL\tIL\n', '\t'],
    ['pipe', 'name|email|city\nSmith, Robert|bob@x.com|Woodstock\n王伟|wangwei@qq.com|北京\n', '|'],
    ['comma, with a quoted comma-space list', 'id,email,tags\n1,a@x.com,"volunteer, donor, press"\n2,b@x.com,"donor; press | web"\n', ','],
    ['comma after a preamble', 'Petition: Stop; now\nId: 4821\n\nName,City,Visible\nAnna,Berlin,yes\nBob,Rome,no\n', ','],
    ['one column falls back to comma', 'name\nAnna\nBob\n', ','],
    ['empty text falls back to comma', '', ','],
  ])('%s', (_label, sample, delimiter) => {
    expect(sniffDelimiter(sample)).toBe(delimiter);
  });
});

/** A CSV as a standard writer (Python's csv module) writes it: fields with quotes, delimiters or line ends quoted. */
function written(rows: string[][], delimiter = ','): string {
  const quoted = (cell: string) => (/["\r\n,;|\t]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  return rows.map((row) => row.map(quoted).join(delimiter)).join('\r\n') + '\r\n';
}

const people = (n: number) => Array.from({ length: n }, (_, i) => [`Real Person${i}`, `r${i}@example.com`, 'Berlin', 'DE', 'fine']);

// verifyQ H1, M1: the lines of a table pasted into a quoted comment outvoted the file's own rows.
describe('sniffDelimiter with a table pasted into a quoted comment', () => {
  const header = ['Full name', 'Email address', 'City', 'Country', 'Comment'];
  const table = (delimiter: string, lines: number) => [['Name', 'Email', 'City'].join(delimiter),
    ...Array.from({ length: lines }, (_, i) => [`Member${i}`, `m${i}@example.org`, 'Seoul'].join(delimiter))].join('\n');
  const withComment = (n: number, at: number, comment: string) => people(n).map((r, i) => (i === at ? [...r.slice(0, 4), comment] : r));
  it.each([
    ['a TAB table in a comma file', written([header, ...withComment(10, 0, `our list:\n${table('\t', 60)}`)]), ','],
    ['a ; table in a comma file', written([header, ...withComment(12, 0, table(';', 49))]), ','],
    ['a | table in a comma file', written([header, ...withComment(12, 0, table('|', 49))]), ','],
    ['a comma table in a ; file', written([header, ...withComment(12, 1, table(',', 40))], ';'), ';'],
    ['a comma table in a TAB file', written([header, ...withComment(12, 1, table(',', 40))], '\t'), '\t'],
    ['comments of many lines, each with a TAB', written([header, ...people(20).map((r) => [...r.slice(0, 4), Array.from({ length: 5 }, (_, j) => `line ${j}, "q"\tT`).join('\r\n')])]), ','],
    ['a TAB table in a comma file with a quote mid-name', written([header, ...withComment(10, 0, table('\t', 60))]).replace('Real Person3', 'Tom "The Bomb" Jones'), ','],
    ['a pasted table still open where the sample ends', `${written([header, ...people(3)])}Ann,a@x,Berlin,DE,"${table('\t', 80)}\n`, ','],
  ])('%s', (_label, sample, delimiter) => {
    expect(sniffDelimiter(sample)).toBe(delimiter);
  });

  it('still reads a SpeakOut TAB file, whose bare quotes no reading explains, by the widths of its rows', () => {
    const sample = '"First Name"\t"Last Name"\t"Custom Message"\n"Robert "Bob""\t"Smith"\t"I said "never, again" to this"\n"Jane"\t"Doe"\t"Stop, "refoulement""\n';
    expect(sniffDelimiter(sample)).toBe('\t');
  });
});

describe('strayQuotes', () => {
  it.each([
    ['quotes as a standard writer writes them', 'a,"b, ""c""",d\n"e\nf",g\n', ',', 0],
    ['a quote mid-cell, read with another delimiter', 'a,"b\tc"\n', '\t', 2],
    ['a quoted cell closed before text', '"b",x"\n', ',', 1],
    ['quotes mid-word, as stray under every delimiter', 'Tom "The Bomb" Jones,5"10\n', ',', 0],
    ['a quoted cell still open at the end', 'a,"b\nc', ',', 0],
  ])('%s', (_label, sample, delimiter, strays) => {
    expect(strayQuotes(sample, delimiter, 'lf')).toBe(strays);
  });
});

describe('sniffLineEnd', () => {
  it.each([
    ['a,b\r\nc,d\r\n', 'lf'],
    ['a,b\nc,d\n', 'lf'],
    ['a,b\rc,d\r', 'cr'],
    ['a,b', 'lf'],
    ['name,comment\rAnn,"line one\nline two"\rBob,ok\r', 'cr'],
    ['name,comment\r\nAnn,"old Mac\rnote"\r\nBob,ok\r\n', 'lf'],
  ])('%j → %s', (sample, lineEnd) => {
    expect(sniffLineEnd(sample)).toBe(lineEnd);
  });
});

describe('mode', () => {
  it.each([
    [[4, 4, 1, 1, 1], { value: 1, count: 3 }],
    [[2, 4, 4, 2], { value: 4, count: 2 }],
    [[], { value: 0, count: 0 }],
  ])('%j', (values, expected) => {
    expect(mode(values)).toEqual(expected);
  });
});

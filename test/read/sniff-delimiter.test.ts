import { describe, expect, it } from '@jest/globals';
import { mode, sniffDelimiter, sniffLineEnd } from '../../src/read/sniff-delimiter.js';

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

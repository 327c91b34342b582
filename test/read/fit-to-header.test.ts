import { describe, expect, it } from '@jest/globals';
import { fitToHeader } from '../../src/read/fit-to-header.js';
import { english } from '../../src/i18n/translator.js';

describe('fitToHeader', () => {
  it.each([
    ['the right width', ['a', 'b', 'c'], ['1', '2', '3'], ['1', '2', '3']],
    ['extra empty cells are dropped', ['a', 'b', 'c'], ['1', '2', '3', '', ' '], ['1', '2', '3']],
    ['an extra cell with text is a broken row', ['a', 'b', 'c'], ['1', '2', '3', 'x'], 'expected 3 fields, found 4'],
    ['a row that leaves off trailing empty cells is read with them empty, as spreadsheets read it', ['a', 'b', 'c', 'd'], ['1', '2'], ['1', '2', '', '']],
    ['one cell alone in a row of several columns is a stray line, not a row', ['a', 'b', 'c'], ['1'], 'expected 3 fields, found 1'],
    ['a short row is padded where the header is unnamed', ['a', 'b', '', ''], ['1', '2'], ['1', '2', '', '']],
    ['but not shorter than the named header', ['a', 'b', '', ''], ['1'], 'expected 4 fields, found 1'],
  ])('%s', (_label, header, cells, expected) => {
    // A broken row is said as a catalog message; its English is what rejects.csv carries.
    const fitted = fitToHeader(header)([...cells]);
    expect(Array.isArray(fitted) ? fitted : english().say(fitted)).toEqual(expected);
  });
});

import { describe, expect, it } from '@jest/globals';
import { detectFormat } from '../../src/formats/detect-format.js';
import { unreadNameColumns, withSplitNameColumns } from '../../src/formats/split-name-columns.js';
import type { CanonicalField } from '../../src/types.js';

/** The fields a header gets once its first rows are seen. */
function fieldsOf(header: string[], rows: string[][], map?: Partial<Record<CanonicalField, string>>): Array<CanonicalField | null> {
  return withSplitNameColumns(detectFormat(header, { map }), rows).columns.map((column) => column.field);
}

const PAPER = [['Anna', 'Berg', '', 'Oslo'], ['Anna', 'Olsen', '', 'Oslo'], ['Anna', 'Dahl', '', 'Oslo'], ['Lars', 'Moe', '', 'Oslo']];

describe('withSplitNameColumns: one header over a name in two columns (verifyR1 F-H4)', () => {
  it.each([
    ['a merged "Name" cell saved as Name,,', ['Name', '', 'Email', 'City']],
    ['"Name" typed twice', ['Name', 'Name', 'Email', 'City']],
    ['"Name (2)" as a spreadsheet names the copy', ['Name', 'Name (2)', 'Email', 'City']],
  ])('%s: given, then family', (_, header) => {
    expect(fieldsOf(header, PAPER)).toEqual(['given', 'family', 'email', 'city']);
  });

  it('a first-name header with a blank one after it: the blank holds the family name', () => {
    expect(fieldsOf(['First name', '', 'Email', 'City'], PAPER)).toEqual(['given', 'family', 'email', 'city']);
  });

  it('Korean names under 이름 over two columns: family first, as they are written', () => {
    const rows = [['김', '민준', '서울'], ['김', '민지', '서울'], ['이', '민준', '서울']];
    expect(fieldsOf(['이름', '', '주소'], rows)).toEqual(['family', 'given', 'street']);
    expect(fieldsOf(['성', '명', '주소'], rows)).toEqual(['family', 'given', 'street']);
  });

  it('leaves a second column of the same full names, of emails, of numbers or of yes/no answers alone', () => {
    expect(fieldsOf(['Name', 'Name', 'City'], [['Anna Berg', 'Anna Berg', 'Oslo'], ['Lars Moe', 'Lars Moe', 'Oslo']])).toEqual(['name', null, 'city']);
    expect(fieldsOf(['Name', '', 'City'], [['Anna', 'a@example.org', 'Oslo'], ['Lars', 'l@example.org', 'Oslo']])).toEqual(['name', null, 'city']);
    expect(fieldsOf(['Name', '', 'City'], [['Anna', '0471 11', 'Oslo'], ['Lars', '0472 12', 'Oslo']])).toEqual(['name', null, 'city']);
    expect(fieldsOf(['Name', '', 'City'], [['Anna', 'yes', 'Oslo'], ['Lars', 'no', 'Oslo']])).toEqual(['name', null, 'city']);
  });

  it('leaves a name column the user mapped alone, and warns of the names beside it', () => {
    const header = ['Name', '', 'Email', 'City'];
    const mapping = withSplitNameColumns(detectFormat(header, { map: { name: 'Name' } }), PAPER);
    expect(mapping.columns.map((column) => column.field)).toEqual(['name', null, 'email', 'city']);
    expect(unreadNameColumns(mapping, PAPER)).toEqual([{ column: 'column 2', nameColumn: 'Name' }]);
  });

  it('finds a second "Name" column away from the first, and no column once the name is read whole', () => {
    const header = ['Name', 'City', 'Name'];
    const rows = [['Anna', 'Oslo', 'Berg'], ['Anna', 'Oslo', 'Olsen']];
    expect(unreadNameColumns(withSplitNameColumns(detectFormat(header), rows), rows)).toEqual([{ column: 'Name (2)', nameColumn: 'Name' }]);
    expect(unreadNameColumns(withSplitNameColumns(detectFormat(['Name', '', 'Email', 'City']), PAPER), PAPER)).toEqual([]);
  });
});

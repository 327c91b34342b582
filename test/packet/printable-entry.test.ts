// The last check before the signature list (issue 11, names17): whatever the normalizer's reading of names and towns
// misses, no contact data is printed. A name holding a digit, an at sign or a web address is shown as anonymous (counted,
// not named); a city or region cell that reads as a street is left blank; each is said with its file, row and column.
import { describe, expect, it } from '@jest/globals';
import { heldBackForPrint, nameIsPrintable, postcodeToPrint } from '../../src/packet/printable-entry.js';
import { cellTexts, columnsFor } from '../../src/packet/signature-list/columns.js';
import type { ListEntry } from '../../src/packet/signature-list/list-types.js';

const columns = columnsFor('recipient', [], 3);

/** The row as the recipient list prints it (name, city, region) after the check, and the codes of what it said. */
function printed(fields: Partial<ListEntry>): { cells: string[]; said: string[] } {
  const entry: ListEntry = { name: 'Ana Ruiz', city: 'Madrid', region: '', postcode: '', country: 'ES', signedAt: null, anonymous: false, ...fields };
  const problems = heldBackForPrint(entry, { source: 'form.csv', row: 7, line: 8 });
  const text = cellTexts(entry, columns, '1');
  const cells = ['name', 'city', 'region'].map((key) => text[columns.findIndex((column) => column.key === key)]);
  return { cells, said: problems.map((p) => `${p.source} ${p.row} ${p.column} ${p.code}`) };
}

describe('the last check before a name or place is printed', () => {
  it.each(['Ivan Storgata 1', 'Ana ana@gmail', 'Bob www.bob.example', 'Lee ＠lee', 'Ana facebook.com/ana', 'Ahmed ٥٥٥١٢٣٤'])(
    '%s is not printed: the signer is listed as anonymous, and the row is named', (name) => {
      expect(printed({ name })).toEqual({ cells: ['Anonymous (Spain)', '', ''], said: ['form.csv 7 name name_not_printed'] });
    });

  it.each(['Ana María', "O'Brien", 'J. R. R. Tolkien', 'St. John', 'Nguyễn Thị Minh Khai', '김민준', 'Will.i.am', 'Dr. Dre'])('%s is printed', (name) => {
    expect(nameIsPrintable(name)).toBe(true);
    expect(printed({ name })).toEqual({ cells: [name, 'Madrid', ''], said: [] });
  });

  it.each([['region', 'Ερμού 15'], ['region', 'Damrak 1'], ['city', 'Storgata 1'], ['region', 'c/o Jane Smith'], ['city', 'ana@gmail.com']] as const)(
    'a %s cell %j is left blank, and the row is named', (column, place) => {
      const { cells, said } = printed({ [column]: place });
      expect(cells).toEqual(['Ana Ruiz', column === 'city' ? '' : 'Madrid', '']);
      expect(said).toEqual([`form.csv 7 ${column} place_not_printed`]);
    });

  it.each([['city', 'Dublin 8'], ['city', '100 Mile House'], ['city', 'Twentynine Palms'], ['region', 'NRW'], ['region', 'Grand Est']] as const)(
    'a %s cell %j is printed', (column, place) => {
      expect(printed({ [column]: place }).said).toEqual([]);
    });

  // A street and its number that reached the list as a postcode ("STORGATA 5", verifyO F2) is no postcode.
  it.each(['STORGATA 5', 'GRAN VÍA 1', 'TEHERAN-RO 123', 'NOWY ŚWIAT 15', 'KARL JOHANS GATE 1'])('a postcode cell %j is left blank, and the row is named', (postcode) => {
    expect(postcodeToPrint(postcode)).toBe('');
    expect(printed({ postcode }).said).toEqual(['form.csv 7 postcode place_not_printed']);
  });

  it.each(['SW1A 1AA', 'KY1-1104', '100-0001', 'D02 X285', '0150', 'VLT 1117'])('a postcode %j is printed', (postcode) => {
    expect(postcodeToPrint(postcode)).toBe(postcode);
  });
});

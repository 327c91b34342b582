// A printed place is a place, not a line of an address (issue 11, names19; outside tester J, F4). City and region cells
// printed the person mail is sent to ("bei Familie Schmidt, Berlin", "chez M. Martin, Paris", "Kim Minjun 방, 서울"), a
// house number in another numeral system ("القاهرة، ١٢ التحرير") and streets in region cells ("Bağdat Caddesi",
// "ถนนสุขุมวิท", "南京路"). The cell is split on the commas of any script and the last part that has no number, no care-of
// word, no person's title and, in a region, no street word is printed; none, and the cell is left blank. Only the printed
// list changes: the signer is counted, and the row is named in a warning.
import { describe, expect, it } from '@jest/globals';
import { heldBackForPrint } from '../../src/packet/printable-entry.js';
import { cellTexts, columnsFor } from '../../src/packet/signature-list/columns.js';
import type { ListEntry } from '../../src/packet/signature-list/list-types.js';

const columns = columnsFor('recipient', [], 3);

/** The city or region as the recipient list prints it after the last check, and the codes of what was said. */
function printed(column: 'city' | 'region', place: string): { text: string; said: string[] } {
  const entry: ListEntry = { name: 'Ana Ruiz', city: 'Madrid', region: '', postcode: '', country: 'ES', signedAt: null, anonymous: false, [column]: place };
  const problems = heldBackForPrint(entry, { source: 'form.csv', row: 7, line: 8 });
  const text = cellTexts(entry, columns, '1')[columns.findIndex((each) => each.key === column)];
  return { text, said: problems.map((problem) => `${problem.row} ${problem.column} ${problem.code}`) };
}

/** The tester's city cells (verifyJ t7), and more in other languages: the part printed. */
const CITY_CUT: Array<[string, string]> = [
  ['bei Familie Schmidt, Berlin', 'Berlin'], ['chez M. Martin, Paris', 'Paris'], ['p/a Jansen, Utrecht', 'Utrecht'], ['Attn: John Doe, London', 'London'],
  ['℅ Kim Minjun, Seoul', 'Seoul'], ['Kim Minjun 방, 서울', '서울'], ['z rąk Jana Kowalskiego, Łódź', 'Łódź'],
  ['a la atención de Juan Pérez, Madrid', 'Madrid'], ['aos cuidados de Maria Silva, Lisboa', 'Lisboa'], ['presso Rossi, Roma', 'Roma'],
  ['c/o Anna Berg, Wien', 'Wien'], ['القاهرة، ١٢ التحرير', 'القاهرة'],
  // More languages and forms.
  ['Frau Müller, Hamburg', 'Hamburg'], ['Sra. Pérez, Sevilla', 'Sevilla'], ['Mr Smith, Leeds', 'Leeds'], ['t.a.v. De Vries, Leiden', 'Leiden'],
  ['zu Händen Herr Meier, Bern', 'Bern'], ['Familia García, Bogotá', 'Bogotá'], ['田中様方，大阪', '大阪'], ['李明转交、上海', '上海'],
  ['Mme Durand, Lyon', 'Lyon'], ['Dr. Novák, Brno', 'Brno'], ['Kraków, Floriańska ٣', 'Kraków'], ['Bangkok, ถนนสุขุมวิท ๑๒', 'Bangkok'],
  ['Pune, १२ MG Road', 'Pune'], ['Dubai، شارع ٥', 'Dubai'], ['Herrn Max Müller, München', 'München'], ['Warszawa, u Kowalskich', 'Warszawa'],
  ['Istanbul, Ahmet Bey\'in yanında', 'Istanbul'], ['Kim Minjun씨 댁, 서울', '서울'], ['Jakarta, Jl. Sudirman 5', 'Jakarta'],
];

/** Cells that name nobody's place: nothing is printed. */
const CITY_BLANK = ['a/a Juan Pérez', '부산 해운대구 우동 1408', 'الرياض حي النخيل ٢٣', 'Berlin bei Familie Schmidt', 'chez M. Martin',
  '℅ Kim Minjun', 'Kim Minjun 방', 'ถนนสุขุมวิท ๑๒', 'Αθήνα ٣'];

/** The tester's region cells (verifyJ t17), and more: none is a region. */
const REGION_BLANK = ['bei Familie Schmidt', 'chez Martin', 'p/a Jansen', 'z rąk Kowalskiego', '℅ Kim Minjun', 'Attn John Doe',
  'aos cuidados de Maria', 'a/a Juan Pérez', 'c/o Müller', 'Kossuth Lajos utca', 'Prinsengracht', 'Bağdat Caddesi', 'شارع التحرير',
  'ถนนสุขุมวิท', '南京路', '테헤란로', 'Rue de Rivoli', 'Calle Mayor', 'Via Roma', 'Váci utca', 'Atatürk Bulvarı', 'Marnixstraat',
  'Kärntner Straße', 'Nehru Marg', 'Jl. Sudirman', 'Jalan Ampang', 'Soi Sukhumvit 11', 'Herrn Müller', 'ul. Długa', 'Đường Lê Lợi', 'Herr Meier', 'Sra. Pérez'];

/** Real towns and regions, with the words above in them: printed whole. */
const CITY_KEPT = ['Saint-Denis', 'Frankfurt am Main', 'Rio de Janeiro', 'Stratford-upon-Avon', '부산', 'Ho Chi Minh City', 'Thành phố Hồ Chí Minh',
  'Bad Homburg vor der Höhe', 'Villa Carlos Paz', 'Via', 'Calle Larga', 'Neustadt bei Coburg', 'Pan de Azúcar', 'Bay City', 'St. John\'s',
  'Praha 1', 'Dublin 8', 'Wien 1010', '100 Mile House', 'Berlin-Mitte 10117', 'Hai Bà Trưng', 'القاهرة', 'กรุงเทพมหานคร', '東京'];
const REGION_KEPT = ['Bavaria', 'Île-de-France', 'Gyeonggi-do', 'NRW', 'Grand Est', 'Sankt Augustin', 'Kanton St. Gallen',
  'Thành phố Hồ Chí Minh', 'Dadra and Nagar Haveli', '경기도', '广东省', '北海道', 'Leinster', 'Via', 'Mazowieckie', 'Rhône-Alpes'];

describe('what of a place cell is printed', () => {
  it.each(CITY_CUT)('the city cell %j prints %j, and the row is named', (place, part) => {
    expect(printed('city', place)).toEqual({ text: part, said: ['7 city place_part_printed'] });
  });

  it.each(CITY_BLANK)('the city cell %j prints nothing, and the row is named', (place) => {
    expect(printed('city', place)).toEqual({ text: '', said: ['7 city place_not_printed'] });
  });

  it.each(REGION_BLANK)('the region cell %j prints nothing, and the row is named', (place) => {
    expect(printed('region', place)).toEqual({ text: '', said: ['7 region place_not_printed'] });
  });

  it.each(CITY_KEPT)('the city %j prints whole', (place) => {
    expect(printed('city', place)).toEqual({ text: place, said: [] });
  });

  it.each(REGION_KEPT)('the region %j prints whole', (place) => {
    expect(printed('region', place)).toEqual({ text: place, said: [] });
  });

  it('reads a 300 KB place cell in under 2 s', () => {
    const started = Date.now();
    for (const column of ['city', 'region'] as const) printed(column, `${'Berlin bei '.repeat(300_000 / 11)}, Köln`);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

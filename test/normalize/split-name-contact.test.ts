// Contact data in one of separate first and last name cells (issue 11, split16 F2): the two cells are one name, so the
// cell holding only an e-mail, phone, address, messenger ID or web address is emptied and the signer kept, as with one
// name column. Before, every such signer was rejected `name_is_contact`, named in column "given" whatever held it.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

/** The outside tester's names2.csv: a first name, and contact data typed into the last-name box. */
const LAST_NAME_CELLS: Array<[string, string]> = [
  ['Ana', 'ana arroba gmail punto com'], ['Luc', 'luc chez orange point fr'], ['Jörg', 'joerg Klammeraffe web Punkt de'],
  ['Mario', 'mario chiocciola libero punto it'], ['Ivan', 'ivan собака mail точка ru'], ['Taro', 'taro アット gmail ドット com'],
  ['Wei', 'wei 艾特 qq 点 com'], ['Minho', 'minho@naver'], ['Sam', 'sam AT gmail DOT com'], ['Pat', 'pat_at_gmail_dot_com'],
  ['Kai', 'kai (at) proton (dot) me'], ['Bo', 'bo [at] gmail.com'], ['Eve', 'Tel. 0151 23456789'], ['Noa', 'tel: +33 6 12 34 56 78'],
  ['Leo', '☎ 555-0100'], ['Mia', '(202) 555-0143'], ['Ola', '+48 600 700 800'], ['Jin', '010.1234.5678'], ['Sun', '０１０－１２３４－５６７８'],
  ['Yan', '１３８１２３４５６７８'], ['Ken', 'instagram @ken.k'], ['Liv', 'IG: liv_99'], ['Rio', 'wa.me/5511999999999'],
  ['Ada', 't.me/adalove'], ['Zoe', 'facebook.com/zoe.k'], ['Gus', 'www.gus.dev'], ['Ida', 'ida.example.org'],
];

/** Runs dedupe on the CSV text; merged.csv's name, given and family columns, the rejects and stderr. */
async function dedupe(csv: string): Promise<{ names: string[][]; rejects: string; stderr: string; code: number }> {
  const dir = tempDir();
  try {
    const file = join(dir, 'split.csv');
    writeFileSync(file, csv);
    const merged = join(dir, 'merged.csv');
    const rejects = join(dir, 'rejects.csv');
    const result = await runMain(['dedupe', file, '-o', merged, '--rejects', rejects]);
    const names = readFileSync(merged, 'utf8').split('\n').slice(1).filter(Boolean).map((line) => line.split(',').slice(3, 6));
    return { names, rejects: readFileSync(rejects, 'utf8'), stderr: result.stderr, code: result.code };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('contact data in a first or last name cell', () => {
  it('keeps the signer and the other part, and warns naming the column that held it', async () => {
    const { names, rejects, stderr } = await dedupe('first name,last name,email,country\nSam,sam@gmail.com,s1@x.example,US\n'
      + 'Minjun,010-1234-5678,m1@x.example,KR\nJane Roe,jane@gmail.com,j1@x.example,US\n');
    // The same names as one "name" column gives: "Jane Roe" typed whole into the first-name box is split as a full name.
    expect(names).toEqual([['Sam', 'Sam', ''], ['Minjun', 'Minjun', ''], ['Jane Roe', 'Jane', 'Roe']]);
    expect(rejects.split('\n').filter(Boolean)).toHaveLength(1);
    expect(stderr).toMatch(/column "family": 3 name cells hold contact details/);
    expect(stderr).not.toMatch(/gmail|1234/);
  });

  it('brings back every signer of the tester file, none of its cut contact data in the list', async () => {
    const csv = ['first name,last name,email,country', ...LAST_NAME_CELLS.map(([given, family], i) => `${given},${family},v${i}@x.example,US`)].join('\n');
    const { names, rejects } = await dedupe(`${csv}\n`);
    expect(names).toHaveLength(27);
    expect(rejects).not.toMatch(/name_is_contact|formula_name/);
    const printed = names.map(([name]) => name).join('\n');
    for (const contact of ['minho@naver', 'gmail DOT', 'proton', '555-0143', '600 700', '1234', 'ken.k', 'wa.me', 't.me', 'facebook',
      'gus.dev', 'example.org']) {
      expect(printed).not.toContain(contact);
    }
  });

  it('rejects a row whose name cells hold nothing but contact data, naming the cell that holds it', async () => {
    const { names, rejects } = await dedupe('first name,last name,email,country\nAl,Bo,a@x.example,US\n,sam@gmail.com,s1@x.example,US\n'
      + '010-1234-5678,bo@gmail.com,t@x.example,US\n');
    expect(names).toEqual([['Al Bo', 'Al', 'Bo']]);
    expect(rejects).toMatch(/,2,3,name_is_contact,family,/);
    expect(rejects).toMatch(/,3,4,name_is_contact,given,/);
    expect(rejects).not.toMatch(/sam@|bo@|1234/);
  });
});

// What a name cell prints once its address is cut (issue 11, names20; outside tester K, F6 and F8). A number after the
// first word with a street and town after it ("Hans 5 Kantstrasse Berlin") went alone and the list printed "Hans
// Kantstrasse Berlin"; the number starts the address, and what follows it goes with it. A single name word after a
// number ("Anna 2 Berg") is still the rest of the name.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameWithoutContact } from '../../src/normalize/contact-in-place.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

/** The names the dedupe's merged list prints for the cells, one row each with its own e-mail. */
async function printedNames(cells: readonly string[]): Promise<string[]> {
  const dir = tempDir();
  try {
    const file = join(dir, 'names.csv');
    writeFileSync(file, `name,email,country\n${cells.map((cell, i) => `"${cell}",p${i}@x.example,DE`).join('\n')}\n`);
    const merged = join(dir, 'merged.csv');
    await runMain(['dedupe', file, '-o', merged]);
    const lines = readFileSync(merged, 'utf8').replace(/^\uFEFF/u, '').split('\n').filter(Boolean);
    const column = lines[0].split(',').indexOf('name');
    return lines.slice(1).map((line) => line.split(',')[column].replace(/^"|"$/gu, ''));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const NUMBER_FIRST: Array<[string, string]> = [
  ['Hans 5 Kantstrasse Berlin', 'Hans'], ['Piotr 5 Marszałkowska Warszawa', 'Piotr'], ['Tom 221 Baker London', 'Tom'],
  ['Maria 5 Odos Ermou Μαρία', 'Maria'], ['Anna 5 Kantstrasse', 'Anna'],
];

describe('a number after the first name word with a street after it', () => {
  it.each(NUMBER_FIRST)('%s prints as %s', (cell, printed) => {
    expect(nameWithoutContact(cell)).toBe(printed);
  });

  it('prints no street or town in the merged list', async () => {
    expect((await printedNames(NUMBER_FIRST.map(([cell]) => cell))).sort()).toEqual(NUMBER_FIRST.map(([, printed]) => printed).sort());
  });

  it.each([['Signer 12 Park', 'Signer Park'], ['Anna 2 Berg', 'Anna Berg']])('%s, one name word after a number, prints as %s', (cell, printed) => {
    expect(nameWithoutContact(cell)).toBe(printed);
  });
});

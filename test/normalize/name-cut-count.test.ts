// A name cell cut at an address must never change how many people signed (issue 11, names20; outside tester K, F5).
// "Ion Popescu Str. Victoriei nr. 5" and "Ion Ionescu Str. Lipscani nr. 3" were both cut to "Ion" (the Romanian "Str."
// written before the street's name took the family name with it), and the two signers in București counted once; with
// the street in its own column they counted twice. The street word before its name no longer takes the word before it.
import { describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameWithoutContact } from '../../src/normalize/contact-in-place.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

async function uniqueSigners(csv: string): Promise<number> {
  const dir = tempDir();
  try {
    const file = join(dir, 's.csv');
    writeFileSync(file, csv);
    const result = await runMain(['count', file]);
    const line = /unique signers\s+(\d+)/u.exec(result.stdout);
    expect(line).not.toBeNull();
    return Number(line?.[1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ROWS = [
  ['Ion Popescu', 'Str. Victoriei nr. 5', 'București'], ['Ion Ionescu', 'Str. Lipscani nr. 3', 'București'],
  ['Maria Popa', 'Strada Mare 12', 'Cluj'], ['Maria Pop', 'Strada Mica 3', 'Cluj'],
  ['Ana Rusu', 'Bd. Unirii 5', 'Iași'], ['Ana Stan', 'Bd. Unirii 7', 'Iași'],
];

describe('a name cut at an address keeps the count', () => {
  it('counts the tester\'s file as the same people with the street in its own column', async () => {
    const inName = `name,city,country,date\n${ROWS.map(([name, street, city], i) => `${name} ${street},${city},RO,2025-11-0${i + 1}`).join('\n')}\n`;
    const ownColumn = `name,street,city,country,date\n${ROWS.map(([name, street, city], i) => `${name},${street},${city},RO,2025-11-0${i + 1}`).join('\n')}\n`;
    expect(await uniqueSigners(ownColumn)).toBe(5);
    expect(await uniqueSigners(inName)).toBe(5);
  });

  it('keeps the family name before a street word written before the street\'s name', () => {
    expect(nameWithoutContact('Ion Popescu Str. Victoriei nr. 5')).toBe('Ion Popescu');
    expect(nameWithoutContact('Maria Popa Strada Mare 12')).toBe('Maria Popa');
    expect(nameWithoutContact('Klaus Weber Haupt Str. 5')).toBe('Klaus Weber');
  });

  it('reads a street word written after the street\'s name with that name, as the address it is', () => {
    // "Str." straight before the number is written after the street's name, so "Maria" goes with it: what is left is
    // what every later run reads too (a merged file read again gives the same name and key).
    expect(nameWithoutContact('Ana Maria Str. 5')).toBe('Ana');
  });
});

// A spelled house number lost a signer (issue 11, names22; outside tester verifyN, F4). "Raj Mehta एमजी रोड बारह" was
// rejected as contact details while "Raj Mehta एमजी रोड 12" was cut and kept: the whole cell read as a name (बारह was no
// number word), but the name was split before its last word and the first part, "Raj Mehta एमजी रोड", was read again on
// its own, where it ended in a street. A part split out of the name cell is now read only as part of the whole; a first
// or last name typed in a cell of its own is still read alone. Hindi number words are house numbers, as digits are.
import { describe, expect, it } from '@jest/globals';
import { writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { expectNamesCutAsIfInOwnColumn } from './cut-name-check.js';

/** verifyN's cells (p13) and what the list prints of each. */
const TESTER: Array<[string, string]> = [
  ['Raj Mehta एमजी रोड बारह', 'Raj Mehta'], ['Raj Kohli गांधी मार्ग पाँच', 'Raj Kohli'], ['राज मेहता एमजी रोड बारह', 'राज मेहता'],
  ['Raj Sen MG Road बारह', 'Raj Sen'], ['Amit Shah नेहरू मार्ग पांच', 'Amit Shah'],
];

async function counted(cells: readonly string[]): Promise<{ unique: number; rejected: number }> {
  const dir = tempDir();
  try {
    const file = join(dir, 's.csv');
    writeFileSync(file, `name,email,country\n${cells.map((cell, i) => `"${cell}",p${i}@x.example,IN`).join('\n')}\n`);
    return JSON.parse((await runMain(['count', file, '--json'])).stdout) as { unique: number; rejected: number };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a name cell with a house number spelled as words', () => {
  it('prints only the names, and counts the same people as with the address in its own column', async () => {
    expect(await expectNamesCutAsIfInOwnColumn(TESTER)).not.toMatch(/बारह|पाँच/u);
  });

  it('counts a signer whose name cell began with a name, whatever the split of its words ends in', async () => {
    // Nothing here is cut (ग्यारहवां, "eleventh", is no house number), and the split before the last word ends in रोड.
    expect(await counted(['Raj Mehta एमजी रोड ग्यारहवां', 'Anna Weber Fő utca Xyzzy'])).toMatchObject({ unique: 2, rejected: 0 });
  });

  it('still rejects a first or last name cell typed as contact details', async () => {
    const dir = tempDir();
    try {
      const file = join(dir, 's.csv');
      writeFileSync(file, 'first name,last name,email,country\nKakao ID: lee1234,,a@x.example,KR\n');
      expect(JSON.parse((await runMain(['count', file, '--json'])).stdout)).toMatchObject({ rejected: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

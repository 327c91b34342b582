// A volunteer who writes the signer's tick into the name cell ("김철수 (비공개)") instead of the anonymity column: the
// note is the tick (adv14c N13). Before, the name was printed in full with the note beside it, without a warning.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an anonymity note written after the name', () => {
  it('hides the signer, takes the note off the name and warns naming the rows', async () => {
    const typed = join(dir, 'annot.csv');
    writeFileSync(typed, [
      'name,city,country,anonymous',
      '김철수 (비공개),서울,KR,',
      '이영희(익명),서울,KR,',
      '박민수 - 이름 비공개,부산,KR,',
      'Kim Anon (anonymous),Seoul,KR,',
      'Private Ryan,Seoul,KR,',
      '최공개,서울,KR,',
    ].join('\n') + '\n');
    const merged = join(dir, 'm.csv');
    const result = await runMain(['dedupe', typed, '-o', merged]);
    expect(result.code).toBe(1);
    const rows = readCsv(merged);
    expect(rows.map((r) => [r.name, r.anonymous])).toEqual([
      ['김철수', 'yes'], ['이영희', 'yes'], ['박민수', 'yes'], ['Kim Anon', 'yes'], ['Private Ryan', 'no'], ['최공개', 'no'],
    ]);
    expect(result.stderr).toMatch(/4 names carry a note asking for anonymity.*rows 1, 2, 3, 4/);
  });
});

// verifyS2 F4 through the CLI: a Korean initial-consonant mask ("권ㅁㅈ"), a dash or blanks for the given name, the
// masking triangle, CJK circle or 某, and initials of the same given name ("M.J. Kwon") beside the full name on one
// email were a second person of a household (counted twice, both printed) or merged with the full name printed.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'Name,Email,City,Country,Date';

/** Each pair on one email of its own: the full name signed on 2 Nov, the other form on 5 Nov. */
async function pairs(file: string, forms: ReadonlyArray<readonly [string, string]>) {
  const path = join(dir, `${file}.csv`);
  const lines = forms.flatMap(([full, other], i) => [`"${full}",m${i}@example.kr,Seoul,KR,2025-11-02`, `"${other}",m${i}@example.kr,Seoul,KR,2025-11-05`]);
  writeFileSync(path, [HEADER, ...lines].join('\n') + '\n');
  const merged = join(dir, `${file}-merged.csv`);
  const result = await runMain(['dedupe', path, '-o', merged]);
  return { result, rows: readCsv(merged) };
}

describe('a masked name beside the full name on one email (verifyS2 F4)', () => {
  const MASKS = [
    ['권민지', '권ㅁㅈ'], ['권민지', '권 ㅁㅈ'], ['권민지', '권ㅁ지'], ['권민지', '권민ㅈ'], ['권민지', '권 -'], ['권민지', '권△△'], ['권민지', '권〇〇'],
    ['권민지', '권某'], ['李明', '李某'], ['李小明', '李某某'], ['Kwon Minji', 'Kwon ___'], ['권민지', '권___'], ['María Silva', 'María S-'],
  ] as const;

  it('is one signer shown as anonymous', async () => {
    const { result, rows } = await pairs('masks', MASKS);
    expect(result.stdout).toMatch(new RegExp(`unique signers\\s+${MASKS.length}\\n`, 'u'));
    expect(rows.filter((row) => row.anonymous !== 'yes').map((row) => row.name)).toEqual([]);
  });

  it('a Korean mask alone is printed in the jamo typed, not as broken conjoining jamo', async () => {
    const path = join(dir, 'mask-alone.csv');
    writeFileSync(path, `${HEADER}\n권ㅁㅈ,solo@example.kr,Seoul,KR,2025-11-02\n`);
    const merged = join(dir, 'mask-alone-merged.csv');
    await runMain(['dedupe', path, '-o', merged]);
    expect(readCsv(merged).map((row) => [row.name, row.family, row.given])).toEqual([['권ㅁㅈ', '권', 'ㅁㅈ']]);
  });
});

describe('initials of the given name beside it on one email (verifyS2 F4)', () => {
  it('are one person: "M.J. Kwon" and "MJ Kwon" beside "Minji Kwon"', async () => {
    const { result } = await pairs('initials', [['Minji Kwon', 'M.J. Kwon'], ['Minji Kwon', 'MJ Kwon'], ['Min-ji Kwon', 'M.J. Kwon'], ['Min Ji Kwon', 'M. J. Kwon']]);
    expect(result.stdout).toMatch(/unique signers\s+4\n/u);
  });

  it('initials of another given name are still another person of the household', async () => {
    const { result } = await pairs('other-initials', [['Minji Kwon', 'S.H. Kwon'], ['Sarah Kwon', 'MJ Kwon']]);
    expect(result.stdout).toMatch(/unique signers\s+4\n/u);
  });
});

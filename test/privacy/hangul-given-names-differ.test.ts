// Two given names both written in Hangul are read as written (verifyR2 F11): "김민지" was hidden beside an anonymous
// "김민준" in the same city, as if 민지 were another spelling of 민준; the README says they differ by a whole syllable
// and are two people. A romanized spelling ("Kim Minjun") still meets the Hangul name as maybe the same person.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a Korean signer beside an anonymous signer of the same surname and city', () => {
  it('stays named when both given names are in Hangul and differ; a romanized spelling of the same name is hidden', async () => {
    const input = join(dir, 'korean.csv');
    writeFileSync(input, ['name,email,city,country,anonymous', '김민준,,서울,KR,yes', '김민지,mj@x.example,서울,KR,no',
      '이철수,,부산,KR,yes', 'Lee Chulsoo,cs@x.example,부산,KR,no', '이영희,yh@x.example,부산,KR,no'].join('\n') + '\n');
    const merged = join(dir, 'merged.csv');
    const result = await runMain(['dedupe', input, '-o', merged]);
    const shown = Object.fromEntries(readCsv(merged).map((row) => [row.name, row.anonymous]));
    expect(shown).toEqual({ 김민준: 'yes', 김민지: 'no', 이철수: 'yes', 'Lee Chulsoo': 'yes', 이영희: 'no' });
    expect(result.stdout).toMatch(/unique signers\s+5\b/);
  });
});

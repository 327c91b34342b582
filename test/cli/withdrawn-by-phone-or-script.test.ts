// verifyS2 F6: a withdrawal row giving only a phone ("+82 10 2222 3333" for a signer's "010-2222-3333") took no one
// off, and one giving the name in another script at the same place ("Иван Соколов", Moscow, for "Ivan Sokolov",
// Moscow) said nothing: both people were counted and printed. A phone withdraws the person as an email does; a name
// in another script at the same place is told (exit 1), as a name alone is.
import { describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

interface CountJson {
  rows: number; rejected: number; accepted: number; duplicates: number; unique: number;
  rejectReasons: Record<string, number>;
  problems: Array<{ source: string; code: string; row?: number; message: string }>;
}

const SIGNERS = ['name,email,phone,city,country,date',
  'Hyunjoo Yeo,,010-2222-3333,Busan,KR,2025-11-02',
  'Hyunjoo Yeo,hj.yeo@example.kr,,Busan,KR,2025-11-03',
  'Ivan Sokolov,ivan.s@example.ru,,Moscow,RU,2025-11-02',
  'Giorgos Papadopoulos,gp@example.gr,,Athens,GR,2025-11-02',
  'Kim Minjun,minjun@example.kr,,Seoul,KR,2025-11-02',
  'Ben Ito,ben@example.jp,,Tokyo,JP,2025-11-02'].join('\n');

async function countWith(withdrawn: string, signers = SIGNERS): Promise<{ code: number; counts: CountJson; stderr: string }> {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'signers.csv'), `${signers}\n`);
    writeFileSync(join(dir, 'withdrawn.csv'), `name,email,phone,city,country\n${withdrawn}\n`);
    const result = await runMain(['count', '--json', join(dir, 'signers.csv'), join(dir, 'withdrawn.csv')]);
    const counts = JSON.parse(result.stdout) as CountJson;
    expect(counts.rows).toBe(counts.rejected + counts.accepted);
    return { code: result.code, counts, stderr: result.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a withdrawal by phone', () => {
  it.each(['+82 10 2222 3333', '82-10-2222-3333', '(010) 2222 3333', '０１０－２２２２－３３３３'])('%s takes the person off, their other row too', async (phone) => {
    const { counts, stderr } = await countWith(`,,${phone},,`);
    // Both of Hyunjoo Yeo's rows leave: the one with the phone, and the one dedupe joins to it by name and city.
    expect(counts).toMatchObject({ unique: 4, rejectReasons: { withdrawn: 2, withdrawn_sheet: 1 } });
    expect(stderr).toMatch(/signers\.csv, row 1 \(line 2\): row of a withdrawn signer — this person withdrew their signature: row 1 of \S*withdrawn\.csv lists them \(the same phone number\)/);
  });

  it('a phone of fewer than seven digits, or another number, takes no one off', async () => {
    for (const phone of ['3333', '+82 10 2222 4444']) {
      const { counts } = await countWith(`,,${phone},,`);
      expect(counts.rejectReasons.withdrawn).toBeUndefined();
      expect(counts.unique).toBe(5);
    }
  });
});

describe('a withdrawal by the name in another script at the same place', () => {
  it.each([
    ['Cyrillic', 'Иван Соколов,,,Moscow,RU', 3],
    ['Greek', 'Γιώργος Παπαδόπουλος,,,Athens,GR', 4],
    ['Hangul', '김민준,,,Seoul,KR', 5],
  ])('%s: the row is counted and told (withdrawn_other_script, exit 1), never naming the person', async (_script, row, signerRow) => {
    const { code, counts } = await countWith(row);
    expect(counts.rejectReasons.withdrawn).toBeUndefined();
    expect(counts.unique).toBe(5);
    const told = counts.problems.filter((p) => p.code === 'withdrawn_other_script');
    expect(told).toHaveLength(1);
    expect(told[0].row).toBe(signerRow);
    expect(told[0].message).toMatch(new RegExp(`^row ${signerRow} has the name of a withdrawn signer \\(row 1 of \\S*withdrawn\\.csv\\) written in another script, at the same postcode or city`));
    expect(told[0].message).not.toMatch(/Ivan|Sokolov|Giorgos|Minjun/);
    expect(code).toBe(1);
  });

  it('another name at that place, or that name at another place, is not told', async () => {
    for (const row of ['Борис Тихонов,,,Moscow,RU', 'Иван Соколов,,,Kazan,RU', '김서연,,,Seoul,KR', '김민준,,,Busan,KR']) {
      const { counts } = await countWith(row);
      expect(counts.problems.filter((p) => p.code === 'withdrawn_other_script')).toEqual([]);
    }
  });
});

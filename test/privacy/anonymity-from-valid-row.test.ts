// A valid row asking for anonymity protects at least as much as a rejected one: a row of another signer that may be
// the same person (the same phone; the same name in another spelling or script and the same place) is shown as
// anonymous too, with a warning, and both stay counted. Before, only a rejected row's wish was carried over
// (outside tester C, F2). Hsiao-ming Chen and Chen Xiaoming in Taipei are one signer since pinyin meets Wade–Giles
// (match15): merged, the signer is anonymous as one of their rows asked. Soyeon Park shares MJ Kim's phone but not a
// name that can be the same person's, so she stays another signer, shown as anonymous too.
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const NAMED = 'Name,Phone,City,Country,Date\nSoyeon Park,010-1234-5678,Busan,KR,2025-11-02\nHsiao-ming Chen,,Taipei,TW,2025-11-02\nChen Xiaoming,,Kaohsiung,TW,2025-11-02\n';

async function dedupe(anonymousDate: string): Promise<{ rows: Record<string, string>[]; stderr: string; stdout: string }> {
  const dir = tempDir();
  const a = join(dir, 'a.csv');
  const b = join(dir, 'b.csv');
  writeFileSync(a, `Name,Phone,City,Country,Anonymous,Date\nMJ Kim,+82 10-1234-5678,Busan,KR,yes,${anonymousDate}\nChen Xiaoming,,Taipei,TW,yes,${anonymousDate}\n`);
  writeFileSync(b, NAMED);
  const merged = join(dir, 'merged.csv');
  const run = await runMain(['dedupe', a, b, '-o', merged, '--no-bom']);
  return { rows: readCsv(merged), stderr: run.stderr, stdout: run.stdout };
}

describe('anonymity carried from a valid row to a row of another signer that may be the same person', () => {
  it.each(['2025-11-01', '2031-11-01'])('anonymous rows dated %s: the named rows with the same phone, or name and place, are hidden', async (date) => {
    const { rows } = await dedupe(date);
    const shown = Object.fromEntries(rows.map((row) => [`${row.name}, ${row.city}`, row.anonymous]));
    // Rejected (dated 2031), the anonymous rows are not signers: their wish still reaches the named rows.
    const chenInTaipei = date === '2031-11-01' ? { 'Hsiao-ming Chen, Taipei': 'yes' } : { 'MJ Kim, Busan': 'yes', 'Chen Xiaoming, Taipei': 'yes' };
    expect(shown).toEqual({ 'Soyeon Park, Busan': 'yes', 'Chen Xiaoming, Kaohsiung': 'no', ...chenInTaipei });
  });

  it('the valid rows stay counted as they are, and the organizer is told which rows were hidden and why', async () => {
    const { rows, stderr, stdout } = await dedupe('2025-11-01');
    expect(rows).toHaveLength(4);
    expect(stdout).toMatch(/unique signers\s+4\n/u);
    expect(stderr).toMatch(/a\.csv, row 1, line 2: this row asked for anonymity: .*b\.csv row 1, another signer with the same phone number, may be the same person and is shown as anonymous too/u);
    expect(stderr).not.toMatch(/b\.csv row 3/u);
  });
});

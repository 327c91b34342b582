// Rows that leave off trailing empty cells are read (01bde4f, adv11b N11), and the user hears of it: one warning
// with how many rows and the first of them, not one per row; the exit code stays what it was (0 here).
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

interface CountJson {
  rows: number; rejected: number; unique: number;
  problems: Array<{ source: string; code: string; row?: number; line?: number; message: string }>;
}

function csvFile(text: string): string {
  const path = join(tempDir(), 'short.csv');
  writeFileSync(path, text);
  return path;
}

describe('rows that leave off cells at the end', () => {
  it('are read, and one warning says how many and names the first rows; exit 0', async () => {
    const short = Array.from({ length: 7 }, (_, i) => `S${i + 1} Short,s${i + 1}@ex.example,KR`);
    const path = csvFile(['name,email,country,city,postcode,comment', 'A Full,a@ex.example,KR,Seoul,03000,hi', ...short, 'B Two,b2@ex.example,KR,Seoul', ''].join('\n'));
    const result = await runMain(['count', '--json', path]);
    const counts = JSON.parse(result.stdout) as CountJson;
    expect(counts).toMatchObject({ rows: 9, rejected: 0, unique: 9 });
    const notices = counts.problems.filter((p) => p.code === 'short_rows');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ source: path, row: 2, line: 3 });
    expect(notices[0].message).toBe('8 rows leave off cells at the end (rows 2, 3, 4, 5, 6, …); the missing cells are read as empty');
    expect(result.code).toBe(0);
    const text = await runMain(['count', path]);
    expect(text.stderr.match(/leave off cells/g)).toHaveLength(1);
    expect(text.code).toBe(0);
  });

  it('says nothing when a row only leaves off columns the header does not name, or when every row is whole', async () => {
    const unnamed = csvFile('name,email,country,,\nA One,a1@ex.example,KR\nB Two,b2@ex.example,KR,,\n');
    const whole = csvFile('name,email,country\nA One,a1@ex.example,KR\n');
    for (const path of [unnamed, whole]) {
      const counts = JSON.parse((await runMain(['count', '--json', path])).stdout) as CountJson;
      expect(counts.problems).toEqual([]);
    }
  });
});

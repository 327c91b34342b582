import { describe, expect, it } from '@jest/globals';
import { allExports, exportPath } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import type { CountBucket, Counts } from '../../src/types.js';

function expectConserved(bucket: CountBucket, label: string): void {
  expect({ label, sum: bucket.rejected + bucket.accepted }).toEqual({ label, sum: bucket.rows });
  expect({ label, sum: bucket.duplicates + bucket.unique }).toEqual({ label, sum: bucket.accepted });
}

describe('petition count', () => {
  it('accounts for every row of every fixture, in total and in every bucket', async () => {
    const result = await runMain(['count', '--json', ...allExports()]);
    const counts = JSON.parse(result.stdout) as Counts;
    expect(counts.rows).toBe(117);
    // broken-rows.csv: a row that only leaves off its trailing empty cells is read (as Python and Excel read it).
    expect(counts.rejected).toBe(4);
    expect(counts.rejectReasons).toMatchObject({ broken_row: 2, repeated_header: 1, formula_name: 1 });
    expectConserved(counts, 'total');
    for (const [name, buckets] of Object.entries({ byCountry: counts.byCountry, byDay: counts.byDay, bySource: counts.bySource })) {
      for (const [key, bucket] of Object.entries(buckets)) expectConserved(bucket, `${name}.${key}`);
    }
    expect(Object.keys(counts.bySource)).toEqual(allExports());
    expect(Object.values(counts.duplicatesByRule).reduce((a, b) => a + b, 0)).toBe(counts.duplicates);
    // Rows were rejected, so the run is done with problems to look at.
    expect(result.code).toBe(1);
  });

  it('keeps stdout pure JSON and puts warnings on stderr', async () => {
    const result = await runMain(['count', '--json', exportPath('seoul-paper.csv')]);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
    expect(result.stderr).toContain('repeated header');
  });

  it('prints a readable summary with the unique count and the rejections by reason', async () => {
    const result = await runMain(['count', exportPath('broken-rows.csv')]);
    expect(result.stdout).toMatch(/rows read\s+10/);
    expect(result.stdout).toMatch(/rejected\s+2 \(broken row 2\)/);
    expect(result.stdout).toMatch(/unique signers\s+\d+/);
    expect(result.stderr).toContain('broken-rows.csv, row 4 (line 5): broken row');
  });

  it('counts one person once across Gmail dots, +tags, googlemail.com and case', async () => {
    const result = await runMain(['count', '--json', '--exact', exportPath('eff-raw.csv')]);
    const counts = JSON.parse(result.stdout) as Counts;
    // eff-raw: Jane Doe twice (+tag at googlemail.com, dots dropped at gmail.com); the Jones household counts twice.
    expect(counts.rows).toBe(7);
    expect(counts.duplicatesByRule.same_email).toBe(1);
    expect(counts.unique).toBe(6);
  });

  it('reads standard input for -', async () => {
    const csv = 'name,email,country\nAna Silva,ana@example.pt,PT\nAna Silva,ANA@example.pt,PT\n';
    const result = await runMain(['count', '--json', '-'], { stdin: csv });
    const counts = JSON.parse(result.stdout) as Counts;
    expect(counts).toMatchObject({ rows: 2, accepted: 2, duplicates: 1, unique: 1 });
    expect(Object.keys(counts.bySource)).toEqual(['-']);
    expect(counts.byCountry.PT.unique).toBe(1);
    expect(result.code).toBe(0);
  });

  it('applies a default country to a file without one', async () => {
    const result = await runMain(['count', '--json', '--country', 'KR', exportPath('seoul-paper.csv')]);
    const counts = JSON.parse(result.stdout) as Counts;
    expect(counts.byCountry.KR.accepted).toBe(counts.accepted);
  });

  it('rejects signatures outside --from/--to with a reason', async () => {
    const result = await runMain(['count', '--json', '--from', '2025-11-03', '--to', '2025-11-04', exportPath('change-org.csv')]);
    const counts = JSON.parse(result.stdout) as Counts;
    expect(counts.rejectReasons.outside_date_window).toBeGreaterThan(0);
    expect(counts.rows).toBe(counts.rejected + counts.accepted);
  });
});

describe('errors a user makes', () => {
  it('names a missing file and exits 2 without a stack trace', async () => {
    const result = await runMain(['count', 'no-such-file.csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no-such-file.csv: no such file');
    expect(result.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it('explains a bad --map and exits 2', async () => {
    const result = await runMain(['count', '--map', 'nmae=Full name', exportPath('google-form.csv')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown field "nmae"');
  });

  it('suggests a --map when no column holds a name', async () => {
    const result = await runMain(['count', '-'], { stdin: 'Nr,Nickname,Email\n1,bob,bob@example.com\n' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--map name=');
  });

  it('exits 2 on an unknown option', async () => {
    const result = await runMain(['count', '--frobnicate', 'x.csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--frobnicate'");
  });
});

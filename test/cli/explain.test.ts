import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allExports, exportPath, tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';
import { describeReasons } from '../../src/dedupe/fuzzy/review-csv.js';
import type { RowExplanation } from '../../src/dedupe/explain/explain-row.js';

async function explainJson(ref: string, files: string[] = allExports()): Promise<RowExplanation> {
  const result = await runMain(['explain', '--json', ref, ...files]);
  expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(result.stdout) as RowExplanation;
}

describe('petition explain', () => {
  it('names the row a same-email duplicate matched, and masks emails', async () => {
    // eff-raw row 2 is janedoe@gmail.com; Jane signed first in the Google Form (JANE.DOE@GMAIL.COM).
    const e = await explainJson(`${exportPath('eff-raw.csv')}:2`);
    expect(e).toMatchObject({ status: 'duplicate', rule: 'same_email', matched: { file: exportPath('google-form.csv'), row: 1 } });
    expect(e.keptRow).toEqual({ file: exportPath('google-form.csv'), row: 1 });
    expect(e.because).toBe(`same canonical email as ${exportPath('google-form.csv')} row 1`);
    expect(e.record).toMatchObject({ name: 'Jane Doe', email: 'j…@gmail.com', postcode: '60614', country: 'US' });
    expect(e.members.map((m) => `${m.record.file}:${m.record.row}`)).toEqual(expect.arrayContaining([
      `${exportPath('eff-raw.csv')}:1`, `${exportPath('speakout.csv')}:2`, `${exportPath('action-network.csv')}:1`,
    ]));

    const text = await runMain(['explain', `${exportPath('eff-raw.csv')}:2`, ...allExports()]);
    expect(text.stdout).toContain('duplicate of signer');
    expect(text.stdout).toMatch(/same_email\s+\S+eff-raw\.csv row 2 .*← this row/);
    expect(text.stdout).not.toMatch(/janedoe@|jane\.doe@/i);
  });

  it('shows a fuzzy merge field by field, with its score against the thresholds', async () => {
    // action-network row 2: John Carter, Chicago 60601, no email match; Change.org row 2 has the same name and place.
    const e = await explainJson(`${exportPath('action-network.csv')}:2`);
    expect(e).toMatchObject({ status: 'duplicate', rule: 'fuzzy', matched: { file: exportPath('change-org.csv'), row: 2 } });
    const [link] = e.fuzzy;
    expect(link.from).toEqual({ file: exportPath('action-network.csv'), row: 2 });
    expect(link.score).toBeGreaterThanOrEqual(e.thresholds.merge);
    expect(link.reasons).toEqual(expect.arrayContaining([
      { field: 'given', level: 'exact', weight: expect.any(Number) },
      { field: 'postcode', level: 'exact', weight: expect.any(Number) },
    ]));
    // The score is the sum of the field weights.
    expect(link.reasons.reduce((sum, r) => sum + r.weight, 0)).toBeCloseTo(link.score, 5);

    const text = await runMain(['explain', `${exportPath('action-network.csv')}:2`, ...allExports()]);
    expect(text.stdout).toContain(`fuzzy match with ${exportPath('change-org.csv')} row 2: score ${link.score.toFixed(1)} bits, merged at 13 or more`);
    expect(text.stdout).toMatch(/given\s+exact\s+\+\d+\.\d/);
  });

  it('writes scores and weights with the decimal comma in Spanish', async () => {
    const e = await explainJson(`${exportPath('action-network.csv')}:2`);
    const score = new Intl.NumberFormat('es', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(e.fuzzy[0].score);
    expect(score).toContain(',');
    const spanish = await runMain(['explain', `${exportPath('action-network.csv')}:2`, ...allExports()], { env: { PETITION_LANG: 'es' } });
    expect(spanish.stdout).toContain(`puntuación ${score} bits`);
    expect(spanish.stdout).toMatch(/given\s+exact\s+\+\d+,\d/);
    expect(spanish.stdout).not.toMatch(/\d\.\d/);
  });

  it('explains a kept row, its household partner and the review pairs it waits in', async () => {
    const household = await explainJson(`${exportPath('eff-raw.csv')}:4`);
    expect(household).toMatchObject({ status: 'kept', rule: 'household', matched: { file: exportPath('eff-raw.csv'), row: 3 } });
    expect(household.because).toContain('household');

    // 鈴木 花子 in multiline.csv has an email; the Change.org 鈴木 花子 in Osaka has none: a pair for a person.
    const pending = await explainJson(`${exportPath('multiline.csv')}:5`);
    expect(pending).toMatchObject({ status: 'kept', because: 'kept: no other row matched it' });
    expect(pending.review).toHaveLength(1);
    expect([pending.review[0].a.file, pending.review[0].b.file].sort()).toEqual([exportPath('change-org-nobom.csv'), exportPath('multiline.csv')]);
  });

  it('gives the reason of a rejected row', async () => {
    const broken = await explainJson(`${exportPath('broken-rows.csv')}:2`);
    expect(broken).toMatchObject({ status: 'rejected', signer: null, record: null, rejection: { reason: 'broken_row', detail: 'expected 4 fields, found 5' } });
    const formula = await explainJson(`${exportPath('formula-values.csv')}:1`);
    expect(formula).toMatchObject({ status: 'rejected', rule: 'formula_name', line: 2 });
    expect(formula.record?.name).toMatch(/^=HYPERLINK/);
  });

  it('reads FILE even when it is not among FILES', async () => {
    const e = await explainJson(`${exportPath('eff-raw.csv')}:2`, []);
    expect(e).toMatchObject({ status: 'duplicate', rule: 'same_email', matched: { file: exportPath('eff-raw.csv'), row: 1 } });
  });

  it('names the row that carried a fuzzy merge for the rest of its exact group', async () => {
    // Row 2 and row 3 share an email; only row 3 (name typo, same postcode) matches row 1 by the fuzzy rules.
    const dir = tempDir();
    const file = join(dir, 'through.csv');
    writeFileSync(file, [
      'name,email,city,postcode,country,date',
      'Ana Silva,,Lisboa,1000-001,PT,2025-11-01',
      'Ana Silva,ana.silva@example.pt,,,PT,2025-11-02',
      'Ana Silvaa,ana.silva@example.pt,Lisboa,1000-001,PT,2025-11-03',
      'Rui Costa,rui@example.pt,Porto,4000-001,PT,2025-11-01',
      'Marta Sousa,marta@example.pt,Faro,8000-001,PT,2025-11-01',
      'João Pereira,joao@example.pt,Braga,4700-001,PT,2025-11-01',
    ].join('\n') + '\n');
    const e = await explainJson(`${file}:2`, []);
    expect(e).toMatchObject({ status: 'duplicate', rule: 'fuzzy', matched: { file, row: 1 } });
    expect(e.fuzzy[0]).toMatchObject({ from: { file, row: 3 }, to: { file, row: 1 } });
    expect(e.because).toContain(`through ${file} row 3`);
    const sameEmail = await explainJson(`${file}:3`, []);
    expect(sameEmail).toMatchObject({ rule: 'same_email', matched: { file, row: 2 } });

    await runMain(['dedupe', file, '-o', join(dir, 'merged.csv'), '--clusters', join(dir, 'clusters.csv')]);
    const row2 = readCsv(join(dir, 'clusters.csv')).find((r) => r.row === '2')!;
    expect(row2).toMatchObject({ reason: 'fuzzy', score: e.fuzzy[0].score.toFixed(1) });
    expect(row2.reasons).toBe(`via ${file}:1 ~ ${file}:3: ${describeReasons(e.fuzzy[0].reasons)}`);
  });

  it('says when a person decided two rows are one signer', async () => {
    const dir = tempDir();
    const decisions = join(dir, 'decisions.csv');
    const hash = (name: string): string => createHash('sha256').update(readFileSync(exportPath(name))).digest('hex');
    writeFileSync(decisions, `source_a,row_a,source_b,row_b,decision,sha256_a,sha256_b\n${exportPath('change-org-nobom.csv')},2,${exportPath('multiline.csv')},5,same,${hash('change-org-nobom.csv')},${hash('multiline.csv')}\n`);
    const e = await explainJson(`${exportPath('multiline.csv')}:5`, [...allExports(), '--decisions', decisions]);
    expect(e).toMatchObject({ status: 'duplicate', rule: 'review_same', matched: { file: exportPath('change-org-nobom.csv'), row: 2 }, review: [] });
    expect(e.because).toContain('a person decided');
  });

  it.each([
    ['a row past the end', `${exportPath('eff-raw.csv')}:99`, /eff-raw\.csv, row 99: there is no data row 99: the file has 7 data rows/],
    ['row 0', `${exportPath('eff-raw.csv')}:0`, /name the row as FILE:ROW/],
    ['no row number', exportPath('eff-raw.csv'), /name the row as FILE:ROW/],
    ['a missing file', 'no-such.csv:1', /no-such\.csv: no such file/],
  ])('stops with exit 2 on %s', async (_label, ref, message) => {
    const result = await runMain(['explain', ref, exportPath('eff-raw.csv')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });
});

describe('clusters.csv reasons', () => {
  it('carries the score and the field levels of every fuzzy merge, the same score explain shows', async () => {
    const dir = tempDir();
    const clustersPath = join(dir, 'clusters.csv');
    const result = await runMain(['dedupe', ...allExports(), '-o', join(dir, 'merged.csv'), '--clusters', clustersPath]);
    expect(result.code).toBe(1);
    const rows = readCsv(clustersPath);
    expect(Object.keys(rows[0])).toEqual(['file', 'row', 'status', 'cluster', 'reason', 'line', 'detail', 'score', 'reasons', 'paper_sheet', 'paper_line']);
    const fuzzy = rows.filter((r) => r.reason === 'fuzzy');
    expect(fuzzy.length).toBeGreaterThan(0);
    for (const row of fuzzy) {
      expect(Number(row.score)).toBeGreaterThanOrEqual(13);
      expect(row.reasons).toMatch(/given=\w+\([+-]\d+\.\d\)/);
    }
    for (const row of rows.filter((r) => r.reason !== 'fuzzy')) expect(row.score).toBe('');

    const sample = fuzzy[0];
    const e = await explainJson(`${sample.file}:${sample.row}`);
    expect(e.fuzzy[0].score.toFixed(1)).toBe(sample.score);
  });
});

// Outside tester Q, L9: `explain -:2 -` was refused as "unknown option '-:2'"; a row of standard input is `-:ROW`.
describe('petition explain, a row of standard input', () => {
  it.each([
    ['-:2 -', ['-:2', '-']],
    ['-:2 alone', ['-:2']],
    ['--json before -:2', ['--json', '-:2', '-']],
  ])('%s explains row 2 read from standard input', async (_label, args) => {
    const stdin = 'name,email,country\nAda Lovelace,ada@example.com,GB\nKim Minjun,minjun@example.kr,KR\n';
    const json = args.includes('--json');
    const result = await runMain(['explain', ...args, ...(json ? [] : ['--json'])], { stdin });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    const e = JSON.parse(result.stdout) as RowExplanation;
    expect(e.record).toMatchObject({ file: '-', row: 2, name: 'Kim Minjun' });
  });

  it('still refuses an option it does not know', async () => {
    const result = await runMain(['explain', '--jsn', '-:2', '-'], { stdin: 'name\nAda Lovelace\n' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--jsn'");
  });
});


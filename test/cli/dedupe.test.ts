import { describe, expect, it } from '@jest/globals';
import { readFileSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { allExports, exportPath, tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';
import type { Counts } from '../../src/types.js';

async function dedupeAll(extra: string[] = []) {
  const dir = tempDir();
  const paths = { merged: join(dir, 'merged.csv'), clusters: join(dir, 'clusters.csv'), rejects: join(dir, 'rejects.csv'), review: join(dir, 'review.csv') };
  const result = await runMain(['dedupe', ...allExports(), '-o', paths.merged, '--clusters', paths.clusters, '--rejects', paths.rejects, '--review', paths.review, '--json', ...extra]);
  return { dir, paths, result, counts: JSON.parse(result.stdout) as Counts };
}

describe('petition dedupe', () => {
  it('writes one merged row per unique signer and one clusters line per input row', async () => {
    const { paths, counts, result } = await dedupeAll();
    expect(result.code).toBe(1);
    const merged = readCsv(paths.merged);
    expect(merged).toHaveLength(counts.unique);
    const clusters = readCsv(paths.clusters);
    expect(clusters).toHaveLength(counts.rows);
    expect(Object.keys(clusters[0]).slice(0, 5)).toEqual(['file', 'row', 'status', 'cluster', 'reason']);
    const byStatus = (status: string) => clusters.filter((c) => c.status === status).length;
    expect(byStatus('kept')).toBe(counts.unique);
    expect(byStatus('duplicate')).toBe(counts.duplicates);
    expect(byStatus('rejected')).toBe(counts.rejected);
    // Every signer named in clusters.csv has exactly one kept row, and it is the merged row of that signer.
    const keptBySigner = new Map(clusters.filter((c) => c.status === 'kept').map((c) => [c.cluster, `${c.file}#${c.row}`]));
    expect(keptBySigner.size).toBe(counts.unique);
    for (const row of merged) expect(keptBySigner.get(row.signer)).toBe(`${row.source}#${row.source_row}`);
    // Rows are numbered 1.. within each file, with no gap and none twice.
    for (const file of allExports()) {
      const rows = clusters.filter((c) => c.file === file).map((c) => Number(c.row));
      expect(rows).toEqual(rows.map((_, i) => i + 1));
    }
    expect(readCsv(paths.rejects)).toHaveLength(counts.rejected);
  });

  it('puts the designed duplicates into one signer and keeps the household apart', async () => {
    const { paths } = await dedupeAll();
    const clusters = readCsv(paths.clusters);
    const signerOf = (file: string, row: number) => clusters.find((c) => c.file === exportPath(file) && Number(c.row) === row)?.cluster;
    // Jane Doe: jane.doe@gmail.com, JANE.DOE@GMAIL.COM, Jane.Doe+petition@googlemail.com, janedoe@gmail.com
    const jane = signerOf('speakout.csv', 2);
    expect([signerOf('google-form.csv', 1), signerOf('eff-raw.csv', 1), signerOf('eff-raw.csv', 2), signerOf('action-network.csv', 1)]).toEqual([jane, jane, jane, jane]);
    // Jürgen Müller, 50667 Köln, on Change.org (no email) and openPetition: same name and postcode.
    expect(signerOf('change-org.csv', 3)).toBe(signerOf('openpetition.csv', 1));
    // Peter and Mary Jones share one email and one postcode: a household of two.
    expect(signerOf('eff-raw.csv', 3)).not.toBe(signerOf('eff-raw.csv', 4));
    // The =HYPERLINK name is rejected, with its reason.
    const formula = clusters.find((c) => c.file === exportPath('formula-values.csv') && c.row === '1');
    expect(formula).toMatchObject({ status: 'rejected', cluster: '', reason: 'formula_name' });
  });

  it('counts a paper signer without email who also signed online once (same name, same city from the address)', async () => {
    const dir = tempDir();
    await runMain(['dedupe', exportPath('google-form.csv'), exportPath('seoul-paper.csv'), '--country', 'KR', '-o', join(dir, 'm.csv'), '--clusters', join(dir, 'c.csv')]);
    const clusters = readCsv(join(dir, 'c.csv'));
    const row = (file: string, n: number) => clusters.find((c) => c.file === exportPath(file) && Number(c.row) === n);
    // 박지호 signed the paper sheet on 1 November and the Google Form on 3 November: the paper row is kept.
    expect(row('seoul-paper.csv', 1)).toMatchObject({ status: 'kept' });
    expect(row('google-form.csv', 2)).toMatchObject({ status: 'duplicate', cluster: row('seoul-paper.csv', 1)?.cluster, reason: 'same_name_city' });
  });

  it('writes UTF-8 with a BOM by default, without one on --no-bom, readable by the owner only', async () => {
    const { paths } = await dedupeAll();
    expect(readFileSync(paths.merged).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(statSync(paths.merged).mode & 0o777).toBe(0o600);
    const { paths: noBom } = await dedupeAll(['--no-bom']);
    expect(readFileSync(noBom.merged).subarray(0, 6).toString()).toBe('signer');
  });

  it('never writes a cell a spreadsheet would run as a formula', async () => {
    const { paths } = await dedupeAll();
    for (const path of Object.values(paths)) {
      for (const row of readCsv(path)) {
        // A lone '-' (standard input's source name, an empty mark) is text to every spreadsheet (fixR8).
        for (const value of Object.values(row)) expect(value).not.toMatch(/^(?:[=+@]|-(?!$))/);
      }
    }
  });

  it('leaves no temporary file behind', async () => {
    const { dir } = await dedupeAll();
    expect(readdirSync(dir).sort()).toEqual(['clusters.csv', 'merged.csv', 'rejects.csv', 'review.csv']);
  });

  it('asks for -o', async () => {
    const result = await runMain(['dedupe', exportPath('pipe.csv')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('-o merged.csv');
  });
});

describe('petition inspect', () => {
  it('shows encoding, delimiter, format and mapping of a UTF-16 Change.org download', async () => {
    const result = await runMain(['inspect', exportPath('change-org.csv')]);
    expect(result.stdout).toMatch(/encoding\s+utf-16le \(by bom\)/);
    expect(result.stdout).toMatch(/delimiter\s+tab/);
    expect(result.stdout).toMatch(/format\s+change-org/);
    expect(result.stdout).toMatch(/Postal Code → postcode/);
  });

  it('finds the petitions.eu header after its preamble and masks emails in the preview', async () => {
    const petitionsEu = await runMain(['inspect', '--json', exportPath('petitions-eu.csv')]);
    expect(JSON.parse(petitionsEu.stdout)).toMatchObject({ preambleLines: 4, headerLine: 5, format: 'petitions-eu' });
    const google = await runMain(['inspect', '--json', exportPath('google-form.csv')]);
    const rows = JSON.parse(google.stdout).rows as Array<{ email: string }>;
    expect(rows.some((r) => r.email)).toBe(true);
    for (const row of rows) expect(row.email).not.toMatch(/^[^@…]{2,}@/);
  });

  it('reads a CP949 paper sheet and shows the repeated header as rejected', async () => {
    const result = await runMain(['inspect', '--rows', '10', exportPath('seoul-paper.csv')]);
    expect(result.stdout).toMatch(/encoding\s+cp949/);
    expect(result.stdout).toContain('박지호');
    expect(result.stdout).toContain('rejected, repeated header: the header row again, on line 9');
    expect(result.code).toBe(1);
  });
});

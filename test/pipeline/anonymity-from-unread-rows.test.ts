// A row rejected because the columns changed under it (a header typed again in another order) or because a quote in
// it never closes still says who asked for anonymity: its cells are kept, so the same person's accepted rows in
// another export are hidden like those of any other rejected row (#11).
import { describe, expect, it } from '@jest/globals';
import { createReadStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runDedupe } from '../../src/pipeline/run-dedupe.js';
import { writeDedupeOutputs } from '../../src/pipeline/write-dedupe-outputs.js';
import type { ScanOptions } from '../../src/pipeline/scan-sources.js';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';

const ACCEPTED = 'name,email,country,date\nPat Hidden,pat@example.org,KR,2024-02-01\nOpen Olga,olga@example.org,KR,2024-02-02\n';

const REORDERED = [
  'name,email,country,date,Anonymous',
  'Ann Other,ann@example.org,KR,2024-01-01,no',
  'email,name,country,date,Anonymous',
  'pat@example.org,Pat Hidden,KR,2024-01-01,yes',
  '',
].join('\n');

const UNCLOSED = [
  'name,email,country,date,Anonymous,comment',
  'Ann Other,ann@example.org,KR,2024-01-01,no,hi',
  'Pat Hidden,pat@example.org,KR,2024-01-01,yes,"please keep me off the list',
  'Bo Other,bo@example.org,KR,2024-01-01,no,hi',
  '',
].join('\n');

describe('anonymity asked in a row rejected before its cells were read', () => {
  it.each([
    ['columns_changed', REORDERED],
    ['broken_row', UNCLOSED],
  ])('%s: Pat is anonymous in merged.csv and the organizer is told', async (reason, text) => {
    const dir = tempDir();
    const a = join(dir, 'a.csv');
    const b = join(dir, 'b.csv');
    writeFileSync(b, ACCEPTED);
    writeFileSync(a, text);
    const scan: ScanOptions = { specs: [{ path: b }, { path: a }], open: (spec) => createReadStream(spec.path) };
    const run = await runDedupe({ ...scan, exact: true });
    expect(run.rejections).toEqual(expect.arrayContaining([expect.objectContaining({ source: a, reason })]));
    expect(run.scan.problems.filter((p) => p.code === 'anonymity_from_rejected_row')).toEqual([expect.objectContaining({ source: a })]);
    const merged = join(dir, 'merged.csv');
    await writeDedupeOutputs(run, scan, { merged, bom: false });
    const rows = readCsv(merged);
    expect(rows.find((r) => r.email === 'pat@example.org')?.anonymous).toBe('yes');
    expect(rows.find((r) => r.email === 'olga@example.org')?.anonymous).toBe('no');
  });
});

describe('an answer in a column about anonymity the reader cannot classify, on a rejected row', () => {
  it('hides the same signer\'s accepted row in another export, as an accepted row of that column is hidden', async () => {
    const dir = tempDir();
    const a = join(dir, 'a.csv');
    const b = join(dir, 'b.csv');
    writeFileSync(b, ACCEPTED);
    // "visibility" can't be read as yes/no; Pat's row is rejected before it is read (its quote never closes).
    writeFileSync(a, 'name,email,country,date,visibility,comment\nAnn Other,ann@example.org,KR,2024-01-01,,hi\nPat Hidden,pat@example.org,KR,2024-01-01,private,"keep me off\nBo Other,bo@example.org,KR,2024-01-01,,hi\n');
    const scan: ScanOptions = { specs: [{ path: b }, { path: a }], open: (spec) => createReadStream(spec.path) };
    const run = await runDedupe({ ...scan, exact: true });
    expect(run.rejections).toEqual(expect.arrayContaining([expect.objectContaining({ source: a, reason: 'broken_row' })]));
    const merged = join(dir, 'merged.csv');
    await writeDedupeOutputs(run, scan, { merged, bom: false });
    const rows = readCsv(merged);
    expect(rows.find((r) => r.email === 'pat@example.org')?.anonymous).toBe('yes');
    expect(rows.find((r) => r.email === 'olga@example.org')?.anonymous).toBe('no');
  });
});

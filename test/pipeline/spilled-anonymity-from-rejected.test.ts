// A rejected row that asked for anonymity hides the same person's accepted rows also when an exact run's rows go
// to disk (large inputs): the spilled path must not lose the wish the in-memory path keeps (9c88a23, adv11b N6).
import { describe, expect, it } from '@jest/globals';
import { createReadStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runDedupe } from '../../src/pipeline/run-dedupe.js';
import { writeDedupeOutputs } from '../../src/pipeline/write-dedupe-outputs.js';
import type { ScanOptions } from '../../src/pipeline/scan-sources.js';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';

// Pat's accepted row comes first (b.csv), her rejected row asking for anonymity after it (a.csv, an unquoted comma).
const ACCEPTED = 'name,email,country,date\nPat Hidden,pat@example.org,KR,2024-02-01\nOpen Olga,olga@example.org,KR,2024-02-02\nCy Third,cy@example.org,KR,2024-02-03\n';
const REJECTED = 'name,email,country,date,Anonymous,comment\nAnn Other,ann@example.org,KR,2024-01-01,no,hi\nPat Hidden,pat@example.org,KR,2024-01-01,yes,hello, world\nBo Other,bo@example.org,KR,2024-01-01,no,hi\n';

describe('anonymity from a rejected row, with the rows spilled to disk', () => {
  it.each([Infinity, 1, 2])('rows in memory %s: Pat is anonymous in merged.csv and the organizer is told', async (rowsInMemory) => {
    const dir = tempDir();
    const a = join(dir, 'a.csv');
    const b = join(dir, 'b.csv');
    writeFileSync(b, ACCEPTED);
    writeFileSync(a, REJECTED);
    const scan: ScanOptions = { specs: [{ path: b }, { path: a }], open: (spec) => createReadStream(spec.path) };
    const run = await runDedupe({ ...scan, exact: true, rowsInMemory });
    expect(run.table === null).toBe(rowsInMemory !== Infinity);
    expect(run.counts).toMatchObject({ rows: 6, rejected: 1, accepted: 5 });
    expect(run.scan.problems.filter((p) => p.code === 'anonymity_from_rejected_row')).toEqual([
      expect.objectContaining({ source: a, row: 2 }),
    ]);
    const merged = join(dir, 'merged.csv');
    await writeDedupeOutputs(run, scan, { merged, bom: false });
    const rows = readCsv(merged);
    expect(rows.find((r) => r.email === 'pat@example.org')?.anonymous).toBe('yes');
    expect(rows.find((r) => r.email === 'olga@example.org')?.anonymous).toBe('no');
  });
});

// A rejected row that asked for anonymity hides the same person's accepted rows also when an exact run's rows go
// to disk (large inputs): the spilled path must not lose the wish the in-memory path keeps (9c88a23, adv11b N6).
import { afterAll, describe, expect, it } from '@jest/globals';
import { createReadStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runDedupe } from '../../src/pipeline/run-dedupe.js';
import { writeDedupeOutputs } from '../../src/pipeline/write-dedupe-outputs.js';
import type { ScanOptions } from '../../src/pipeline/scan-sources.js';
import { removeTestTempDirs, tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';

afterAll(removeTestTempDirs);

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

// A paper row without an email, rejected (an impossible date), with the online row's phone written another way.
describe('anonymity from a rejected row by phone, with the rows spilled to disk or not', () => {
  it.each([Infinity, 1])('rows in memory %s: the online row with that phone is anonymous, with a warning', async (rowsInMemory) => {
    const dir = tempDir();
    const paper = join(dir, 'paper.csv');
    const online = join(dir, 'online.csv');
    writeFileSync(online, 'name,phone,email,country,date\nKim Minsu,+82 10-1234-5678,minsu@example.kr,KR,2024-02-01\nOpen Olga,+82 10-9999-0000,olga@example.org,KR,2024-02-02\n');
    writeFileSync(paper, '이름,전화,국가,날짜,익명\n김민수,010-1234-5678,KR,1899-12-30,O\n');
    const scan: ScanOptions = { specs: [{ path: online }, { path: paper }], open: (spec) => createReadStream(spec.path) };
    const run = await runDedupe({ ...scan, exact: true, rowsInMemory });
    expect(run.scan.problems.filter((p) => p.code === 'anonymity_from_rejected_row')).toEqual([
      expect.objectContaining({ source: paper, row: 1, message: expect.stringMatching(/same phone number/) }),
    ]);
    const merged = join(dir, 'merged.csv');
    await writeDedupeOutputs(run, scan, { merged, bom: false });
    const rows = readCsv(merged);
    expect(rows.find((r) => r.email === 'minsu@example.kr')?.anonymous).toBe('yes');
    expect(rows.find((r) => r.email === 'olga@example.org')?.anonymous).toBe('no');
  });
});

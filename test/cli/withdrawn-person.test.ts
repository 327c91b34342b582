// verifyR2 F2: a withdrawal list took off only the rows carrying the withdrawn email (or the listed name and place);
// the same person's other rows, which dedupe merges with those (a paper row by name and postcode, a romanized name by
// likeness), were still counted and printed. Withdrawal applies to the person dedupe makes of the rows.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

interface CountJson {
  rows: number; rejected: number; accepted: number; duplicates: number; unique: number;
  rejectReasons: Record<string, number>;
}

const ONLINE = ['Name,Email,City,Postcode,Country,Date',
  'Dana Whit,dana@example.org,Leeds,LS1 4AP,GB,2025-11-02',
  'Eli Ross,eli.ross@gmail.com,Leeds,LS2 7EW,GB,2025-11-02',
  '박민호,mh@example.kr,서울,,KR,2025-11-02',
  'Gwen Hart,gwen@example.org,York,YO1 7HH,GB,2025-11-02',
  'Ivy Stone,ivy@example.org,Hull,HU1 1AA,GB,2025-11-02'].join('\n');
const PAPER = ['Name,Email,City,Postcode,Country,Date',
  'Dana Whit,,Leeds,LS1 4AP,GB,2025-11-03',
  'Eli Ross,,Leeds,LS2 7EW,GB,2025-11-03',
  'Park Minho,,Seoul,,KR,2025-11-03',
  'Gwen Hart,gwen.hart@work.example,York,YO1 7HH,GB,2025-11-03',
  'Ivy Stone,,Hull,HU1 1AA,GB,2025-11-03'].join('\n');

function balanced(counts: CountJson): void {
  expect(counts.rows).toBe(counts.rejected + counts.accepted);
  expect(counts.accepted).toBe(counts.duplicates + counts.unique);
}

async function withFiles(files: Record<string, string>, body: (paths: string[], dir: string) => Promise<void>): Promise<void> {
  const dir = tempDir();
  try {
    const paths = Object.entries(files).map(([name, text]) => {
      writeFileSync(join(dir, name), `${text}\n`);
      return join(dir, name);
    });
    await body(paths, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a withdrawal list takes off the person, not only the row it names', () => {
  it('by email: the paper rows merged with the withdrawn rows (name and postcode, likeness) leave too, counted as rejections', async () => {
    await withFiles({ 'online.csv': ONLINE, 'paper.csv': PAPER, 'withdrawn.csv': 'Email\ndana@example.org\neliross+x@googlemail.com\nmh@example.kr\ngwen@example.org' }, async (paths) => {
      const result = await runMain(['count', '--json', ...paths]);
      const counts = JSON.parse(result.stdout) as CountJson;
      balanced(counts);
      // Only Ivy Stone, on both files, is left.
      expect(counts).toMatchObject({ rows: 14, unique: 1, duplicates: 1, rejectReasons: { withdrawn: 8, withdrawn_sheet: 4 } });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/paper\.csv, row 1 \(line 2\): row of a withdrawn signer — this person withdrew their signature: this row is one signer with row 1 of \S*online\.csv, which row 1 of \S*withdrawn\.csv lists \(the same email\), joined by the exact rules/);
      expect(result.stderr).toMatch(/paper\.csv, row 3 \(line 4\): row of a withdrawn signer — .*joined by likeness of name and place/);
    });
  });

  it('dedupe writes the same: the merged list holds none of them, clusters.csv marks their rows rejected', async () => {
    await withFiles({ 'online.csv': ONLINE, 'paper.csv': PAPER, 'withdrawn.csv': 'Email\ndana@example.org\nmh@example.kr' }, async (paths, dir) => {
      const merged = join(dir, 'merged.csv');
      const clusters = join(dir, 'clusters.csv');
      const result = await runMain(['dedupe', ...paths, '-o', merged, '--clusters', clusters]);
      expect(result.code).toBe(1);
      const list = readFileSync(merged, 'utf8');
      expect(list).not.toMatch(/Dana Whit|Park Minho|박민호/);
      expect(list).toMatch(/Eli Ross/);
      const paperRows = readFileSync(clusters, 'utf8').split('\n').filter((line) => /paper\.csv,[13],/.test(line));
      expect(paperRows).toHaveLength(2);
      for (const line of paperRows) expect(line).toMatch(/,rejected,,withdrawn/);
    });
  });

  it('by name and city (철회.csv): the romanized paper row of the same person leaves too', async () => {
    await withFiles({ 'online.csv': ONLINE, 'paper.csv': PAPER, '철회.csv': 'Name,City,Postcode,Country\n박민호,서울,,KR' }, async (paths) => {
      const counts = JSON.parse((await runMain(['count', '--json', ...paths])).stdout) as CountJson;
      balanced(counts);
      expect(counts).toMatchObject({ unique: 4, rejectReasons: { withdrawn: 2, withdrawn_sheet: 1 } });
    });
  });

  it('--exact: rows joined only by likeness are not joined, so they stay counted; exact joins still leave', async () => {
    await withFiles({ 'online.csv': ONLINE, 'paper.csv': PAPER, 'withdrawn.csv': 'Email\ndana@example.org\nmh@example.kr' }, async (paths) => {
      const counts = JSON.parse((await runMain(['count', '--json', '--exact', ...paths])).stdout) as CountJson;
      balanced(counts);
      // Left: Eli and Ivy (each on both files), Gwen Hart twice (two emails) and Park Minho (paper only).
      expect(counts).toMatchObject({ unique: 5, rejectReasons: { withdrawn: 3, withdrawn_sheet: 2 } });
    });
  });

  it('a row awaiting review with a withdrawn row is counted, its name withheld, and told (withdrawn_maybe)', async () => {
    const online = 'Name,Email,City,Postcode,Country,Date\nTom Bradley,tom@example.org,Hull,HU1 1AA,GB,2025-11-02\nAnn Lee,ann@example.org,Bath,BA1 1AA,GB,2025-11-02';
    const paper = 'Name,Email,City,Postcode,Country,Date\nT. Bradley,,Hull,,GB,2025-11-03\nAnn Lee,,Bath,BA1 1AA,GB,2025-11-03';
    await withFiles({ 'online.csv': online, 'paper.csv': paper, 'withdrawn.csv': 'Email\ntom@example.org\nann@example.org' }, async (paths) => {
      const result = await runMain(['count', '--json', ...paths]);
      const counts = JSON.parse(result.stdout) as CountJson & { problems: Array<{ code: string; row?: number; message: string }> };
      balanced(counts);
      expect(counts).toMatchObject({ unique: 1, rejectReasons: { withdrawn: 3 } });
      const [maybe, ...more] = counts.problems.filter((p) => p.code === 'withdrawn_maybe');
      expect(more).toEqual([]);
      expect(maybe.row).toBe(1);
      expect(maybe.message).toMatch(/may be the same person as row 1 of \S*online\.csv, whose signature was withdrawn .*its name is not printed/);
    });
  });

  it('a person no withdrawal list names is counted as before (no first run changes anything)', async () => {
    await withFiles({ 'online.csv': ONLINE, 'paper.csv': PAPER }, async (paths) => {
      const result = await runMain(['count', '--json', ...paths]);
      const counts = JSON.parse(result.stdout) as CountJson;
      expect(counts).toMatchObject({ rows: 10, rejected: 0, unique: 5 });
      expect(result.code).toBe(0);
    });
  });
});

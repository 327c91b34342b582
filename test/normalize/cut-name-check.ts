// Test helper: a file whose name cells hold contact data, run through `dedupe` and `count` beside the same rows with
// the cut part in a column of its own, so a test can check what the merged list prints and that the count is the same.
import { expect } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

/** rows: [name cell as typed, the name it should print]. Returns dedupe's stderr for further checks. */
export async function expectNamesCutAsIfInOwnColumn(rows: ReadonlyArray<readonly [string, string]>): Promise<string> {
  const dir = tempDir();
  try {
    const split = rows.map(([cell, printed]) => [cell, printed, cell.slice(printed.length).trim()]);
    const inName = join(dir, 'in-name.csv');
    const ownColumn = join(dir, 'own-column.csv');
    writeFileSync(inName, `name,email,country\n${split.map(([cell], i) => `"${cell}",p${i}@x.example,DE`).join('\n')}\n`);
    writeFileSync(ownColumn, `name,street,email,country\n${split.map(([, name, street], i) => `"${name}","${street}",p${i}@x.example,DE`).join('\n')}\n`);
    const merged = join(dir, 'merged.csv');
    const result = await runMain(['dedupe', inName, '-o', merged]);
    const lines = readFileSync(merged, 'utf8').replace(/^\uFEFF/u, '').split('\n').filter(Boolean);
    const column = lines[0].split(',').indexOf('name');
    expect(lines.slice(1).map((line) => line.split(',')[column].replace(/^"|"$/gu, '')).sort()).toEqual(rows.map(([, printed]) => printed).sort());
    const counted = async (file: string) => JSON.parse((await runMain(['count', file, '--json'])).stdout) as { unique: number; rejected: number };
    const [cut, apart] = [await counted(inName), await counted(ownColumn)];
    expect(cut.unique).toBe(rows.length);
    expect(cut).toMatchObject({ unique: apart.unique, rejected: apart.rejected });
    return result.stderr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

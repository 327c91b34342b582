// An exact run whose rows go to disk must count, cluster and write exactly what a run held in memory does.
import { describe, expect, it } from '@jest/globals';
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runDedupe, type DedupeRunOptions } from '../../src/pipeline/run-dedupe.js';
import { writeDedupeOutputs } from '../../src/pipeline/write-dedupe-outputs.js';
import type { ScanOptions } from '../../src/pipeline/scan-sources.js';
import { allExports, tempDir } from '../helpers/fixtures.js';

const scan: ScanOptions = { specs: allExports().map((path) => ({ path })), open: (spec) => createReadStream(spec.path) };
const run = (options: Partial<DedupeRunOptions>) => runDedupe({ ...scan, exact: true, ...options });

async function outputs(options: Partial<DedupeRunOptions>): Promise<Record<string, string>> {
  const dir = tempDir();
  const paths = { merged: join(dir, 'merged.csv'), clusters: join(dir, 'clusters.csv'), rejects: join(dir, 'rejects.csv'), bom: true };
  await writeDedupeOutputs(await run(options), scan, paths);
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

describe('an exact run beyond its rows in memory', () => {
  it('gives the counts and the per-row outcome of a run held in memory, on every fixture', async () => {
    const inMemory = await run({ rowsInMemory: Infinity });
    expect(inMemory.table).not.toBeNull();
    for (const rowsInMemory of [1, 7, 40]) {
      const spilled = await run({ rowsInMemory });
      expect(spilled.table).toBeNull();
      expect(spilled.counts).toEqual(inMemory.counts);
      expect(spilled.outcome).toEqual(inMemory.outcome);
    }
    // The fixtures have duplicates by every exact rule, so the comparison above covers each.
    expect(Object.keys(inMemory.counts.duplicatesByRule).sort()).toEqual(['same_email', 'same_name_city', 'same_name_postcode']);
  });

  it('writes byte-identical merged.csv, clusters.csv and rejects.csv', async () => {
    const spilled = await outputs({ rowsInMemory: 5 });
    expect(Object.keys(spilled).sort()).toEqual(['clusters.csv', 'merged.csv', 'rejects.csv']);
    expect(spilled).toEqual(await outputs({ rowsInMemory: Infinity }));
  });

  it('for counts only, keeps no per-row outcome and counts the same', async () => {
    const countsOnly = await run({ rowsInMemory: 3, countsOnly: true });
    expect(countsOnly.outcome).toBeNull();
    expect(countsOnly.counts).toEqual((await run({})).counts);
  });

  it('asks for one garbage collection between reading and matching from disk, and none in memory', async () => {
    let collections = 0;
    const collectGarbage = () => void collections++;
    await run({ rowsInMemory: 5, collectGarbage });
    expect(collections).toBe(1);
    await run({ rowsInMemory: Infinity, collectGarbage });
    expect(collections).toBe(1);
  });

  it('keeps every row in memory when fuzzy matching is on, whatever the budget', async () => {
    const fuzzy = await runDedupe({ ...scan, rowsInMemory: 3 });
    expect(fuzzy.table).not.toBeNull();
    expect(fuzzy.counts.duplicatesByRule.fuzzy).toBeGreaterThan(0);
  });
});

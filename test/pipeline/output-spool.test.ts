// dedupe writes its files from what the first pass spooled, without reading the sources again: the files must be
// the ones a second reading writes, byte for byte.
import { describe, expect, it } from '@jest/globals';
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runDedupe, type DedupeRunOptions } from '../../src/pipeline/run-dedupe.js';
import { writeDedupeOutputs } from '../../src/pipeline/write-dedupe-outputs.js';
import { OutputSpool } from '../../src/pipeline/output-spool.js';
import type { ScanOptions } from '../../src/pipeline/scan-sources.js';
import { allExports, tempDir } from '../helpers/fixtures.js';

async function outputs(scan: ScanOptions, options: Partial<DedupeRunOptions>, spooled: boolean, chunkBytes?: number): Promise<{ files: Record<string, string>; reads: number }> {
  let reads = 0;
  const counted: ScanOptions = { ...scan, open: (spec) => { reads++; return scan.open(spec); } };
  const spool = spooled ? new OutputSpool(chunkBytes) : undefined;
  try {
    const run = await runDedupe({ ...counted, ...options, outputSpool: spool });
    const readsInRun = reads;
    const dir = tempDir();
    const paths = { merged: join(dir, 'merged.csv'), clusters: join(dir, 'clusters.csv'), rejects: join(dir, 'rejects.csv'), review: join(dir, 'review.csv'), bom: true, spool };
    await writeDedupeOutputs(run, counted, paths);
    const files = Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
    return { files, reads: reads - readsInRun };
  } finally {
    spool?.close();
  }
}

describe('dedupe outputs written from the first pass', () => {
  const scan: ScanOptions = { specs: allExports().map((path) => ({ path })), open: (spec) => createReadStream(spec.path) };

  it('are byte-identical to a second reading, --exact, and the sources are not read again', async () => {
    const again = await outputs(scan, { exact: true }, false);
    const once = await outputs(scan, { exact: true }, true);
    expect(Object.keys(once.files).sort()).toEqual(['clusters.csv', 'merged.csv', 'rejects.csv', 'review.csv']);
    expect(once.files).toEqual(again.files);
    expect(again.reads).toBeGreaterThanOrEqual(scan.specs.length);
    expect(once.reads).toBe(0);
    // Rejected rows, anonymous signers and every exact rule are in the fixtures, so each kind of line was compared.
    expect(once.files['rejects.csv'].split('\n').length).toBeGreaterThan(5);
    expect(once.files['merged.csv']).toMatch(/,yes,/);
  });

  it('are byte-identical in the default mode, where fuzzy scores and reasons fill clusters.csv and review.csv', async () => {
    const again = await outputs(scan, {}, false);
    const once = await outputs(scan, {}, true);
    expect(once.files).toEqual(again.files);
    expect(once.files['clusters.csv']).toMatch(/,fuzzy,/);
    expect(once.files['review.csv'].split('\n').length).toBeGreaterThan(2);
  });

  it('are the same when the spool goes to its file in small chunks, records spanning two reads', async () => {
    const again = await outputs(scan, { exact: true }, false);
    const once = await outputs(scan, { exact: true }, true, 700);
    expect(once.files).toEqual(again.files);
  });

  it('leave no spool behind', async () => {
    const spool = new OutputSpool();
    const path = (spool as unknown as { dir: string }).dir;
    expect(existsSync(path)).toBe(true);
    spool.close();
    expect(existsSync(path)).toBe(false);
  });
});

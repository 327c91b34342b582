// V8 refuses a Map or Set its 16,777,217th entry: the default count died so at 20 million rows. Here every Map
// and Set is held to a few thousand entries instead, as V8 holds them to 2^24, and a run whose tables keyed by
// signers' values grow past that must still succeed, and give exactly what it gives unrestricted.
import { afterEach, describe, expect, it } from '@jest/globals';
import countries from 'i18n-iso-countries/index.js';
import { createReadStream, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runDedupe, type DedupeRun, type DedupeRunOptions } from '../../src/pipeline/run-dedupe.js';
import { writeDedupeOutputs } from '../../src/pipeline/write-dedupe-outputs.js';
import type { ScanOptions } from '../../src/pipeline/scan-sources.js';
import { setShardCapacity } from '../../src/dedupe/sharded-map.js';
import { tempDir } from '../helpers/fixtures.js';
import { withMapsHeldTo } from '../helpers/map-limit.js';

afterEach(() => setShardCapacity(undefined));

/** Above what any bounded cache holds on this file, below what a table that grows with its rows reaches. */
const ENTRY_LIMIT = 5000;
const REJECTED = 8000;
const DAY = 86_400_000;

/**
 * 8,000 rows rejected for a missing name, each asking for anonymity under its own email and each from its own
 * (country, day), and 1,000 accepted signers, every eighth on the email of a rejected row.
 */
function writeFile(path: string): void {
  const codes = Object.keys(countries.getAlpha2Codes());
  const lines = ['Name,Email,City,Postal Code,Country,Signed On,Anonymous'];
  for (let i = 0; i < REJECTED; i++) {
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(i / codes.length) * DAY).toISOString().slice(0, 10);
    lines.push(['', `hidden${i}@example.org`, 'Berlin', `1${String(i % 9000).padStart(4, '0')}`, codes[i % codes.length], `${day} 12:00:00`, 'yes'].join(','));
  }
  const given = ['Anna', 'Jonas', 'Minji', 'Sofia', 'Pierre', 'Olga', 'Kenji', 'Maria'];
  const family = ['Keller', 'Park', 'Lindqvist', 'Moreau', 'Ivanova', 'Tanaka', 'Rossi', 'Nowak'];
  for (let i = 0; i < 1000; i++) {
    const email = i % 8 === 0 ? `hidden${i * 7}@example.org` : `signer${i}@example.org`;
    lines.push([`${given[i % 8]} ${family[(i >> 3) % 8]}${i % 13}`, email, 'Berlin', `10${String(100 + (i % 300))}`, 'DE', `2024-02-${String(1 + (i % 28)).padStart(2, '0')} 10:00:00`, ''].join(','));
  }
  writeFileSync(path, lines.join('\n') + '\n');
}

async function runAndWrite(scan: ScanOptions, options: Partial<DedupeRunOptions>): Promise<{ run: DedupeRun; files: Record<string, string> }> {
  const run = await runDedupe({ ...scan, ...options });
  const dir = tempDir();
  await writeDedupeOutputs(run, scan, { merged: join(dir, 'merged.csv'), clusters: join(dir, 'clusters.csv'), review: join(dir, 'review.csv'), bom: true });
  return { run, files: Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')])) };
}

describe(`with every Map and Set held to ${ENTRY_LIMIT} entries and tables to 64 a shard`, () => {
  const file = join(tempDir(), 'signers.csv');
  writeFile(file);
  const scan: ScanOptions = { specs: [{ path: file }], open: (spec) => createReadStream(spec.path) };

  for (const [mode, options] of [['default (fuzzy)', {}], ['--exact', { exact: true }]] as const) {
    it(`a run whose rejected rows outgrow one Map counts, hides and writes the same in the ${mode} mode`, async () => {
      const whole = await runAndWrite(scan, options);
      setShardCapacity(64);
      const held = await withMapsHeldTo(ENTRY_LIMIT, () => runAndWrite(scan, options));
      expect(held.run.counts).toEqual(whole.run.counts);
      expect(held.run.outcome).toEqual(whole.run.outcome);
      expect(held.run.scan.problems).toEqual(whole.run.scan.problems);
      expect(held.run.anonymousSigners).toEqual(whole.run.anonymousSigners);
      expect(held.files).toEqual(whole.files);
      // What the run had to hold: more rejected wishes and (country, day) pairs than one Map was allowed.
      expect(whole.run.counts.rejected).toBe(REJECTED);
      expect(whole.run.counts.rejectReasons).toEqual({ no_name: REJECTED });
      expect(whole.run.counts.accepted).toBe(1000);
      const hidden = whole.run.scan.problems.filter((p) => p.code === 'anonymity_from_rejected_row');
      expect(hidden).toHaveLength(125);
      expect(Array.from(whole.run.anonymousSigners ?? []).filter(Boolean).length).toBeGreaterThanOrEqual(125);
      // Two whole runs of 9,000 rows: more than the default minute on a machine shared by many runs.
    }, 180_000);
  }
});

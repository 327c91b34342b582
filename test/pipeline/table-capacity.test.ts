// No table may be one Map or Set that grows with distinct values: V8 refuses the 16,777,217th entry, and the
// largest petitions have 20 million signers. With each table's shards held to 64 entries, runs on a few thousand
// rows split their tables many times over and must still count, cluster and write exactly the same.
import { afterEach, describe, expect, it } from '@jest/globals';
import { createReadStream, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runDedupe, type DedupeRun, type DedupeRunOptions } from '../../src/pipeline/run-dedupe.js';
import { writeDedupeOutputs } from '../../src/pipeline/write-dedupe-outputs.js';
import type { ScanOptions } from '../../src/pipeline/scan-sources.js';
import { setShardCapacity, shardSplits } from '../../src/dedupe/sharded-map.js';
import { allExports, tempDir } from '../helpers/fixtures.js';

afterEach(() => setShardCapacity(undefined));

const GIVEN = ['Anna', 'Jonas', 'Minji', 'Sofia', 'Pierre', 'Olga', 'Kenji', 'Maria', 'Tomás', 'Léa', 'Yusuf', 'Ingrid'];
const FAMILY = ['Keller', 'Park', 'Lindqvist', 'Moreau', 'Ivanova', 'Tanaka', 'Rossi', 'Nowak', 'García', 'Haddad', 'Berg', 'Costa'];
/** City, the postcode's first digits (three more are drawn per signer, so postcodes are many), country. */
const PLACES = [['Berlin', '10', 'DE'], ['Seoul', '04', 'KR'], ['Lyon', '69', 'FR'], ['Gwangju', '61', 'KR'], ['Porto', '40', 'PT']];

/** 3,000 signers-worth of rows: distinct emails, repeated names, and copies with a typo, another email or none. */
function writeSignerFile(path: string): void {
  let state = 7;
  const next = (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  const lines = ['Name,Email,City,Postal Code,Country,Signed On'];
  const people: string[][] = [];
  for (let i = 0; i < 3000; i++) {
    const [city, area, country] = PLACES[next(PLACES.length)];
    const postcode = `${area}${100 + next(900)}`;
    const person = [`${GIVEN[next(GIVEN.length)]} ${FAMILY[next(FAMILY.length)]}${next(40)}`, `signer${i}@example.org`, city, postcode, country];
    people.push(person);
    const day = `2024-03-${String(1 + next(28)).padStart(2, '0')} 1${next(10)}:00:00`;
    lines.push([...person, day].join(','));
    if (i > 10 && next(10) < 3) {
      const copy = [...people[next(people.length)]];
      const variant = next(3);
      if (variant === 0) copy[0] = copy[0].slice(0, -2) + copy[0].slice(-1); // a letter dropped
      if (variant === 1) copy[1] = `other${i}@example.net`;
      if (variant === 2) copy[1] = '';
      lines.push([...copy, day].join(','));
    }
  }
  writeFileSync(path, lines.join('\n') + '\n');
}

function scanOf(paths: string[]): ScanOptions {
  return { specs: paths.map((path) => ({ path })), open: (spec) => createReadStream(spec.path) };
}

async function runAndWrite(scan: ScanOptions, options: Partial<DedupeRunOptions>): Promise<{ run: DedupeRun; files: Record<string, string> }> {
  const run = await runDedupe({ ...scan, ...options });
  const dir = tempDir();
  const paths = { merged: join(dir, 'merged.csv'), clusters: join(dir, 'clusters.csv'), review: join(dir, 'review.csv'), bom: true };
  await writeDedupeOutputs(run, scan, paths);
  return { run, files: Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')])) };
}

describe('tables held to 64 entries a shard', () => {
  const signerFile = join(tempDir(), 'signers.csv');
  writeSignerFile(signerFile);
  const scan = scanOf([...allExports(), signerFile]);

  for (const [mode, options] of [['default (fuzzy)', {}], ['--exact', { exact: true }]] as const) {
    it(`give the same counts, signers and files in the ${mode} mode`, async () => {
      const whole = await runAndWrite(scan, options);
      setShardCapacity(64);
      const splitsBefore = shardSplits();
      const sharded = await runAndWrite(scan, options);
      // The small capacity was reached: the tables (postcodes alone split 6 times) really ran split.
      expect(shardSplits() - splitsBefore).toBeGreaterThanOrEqual(5);
      expect(sharded.run.counts).toEqual(whole.run.counts);
      expect(sharded.run.outcome).toEqual(whole.run.outcome);
      expect(sharded.run.fuzzy?.links).toEqual(whole.run.fuzzy?.links);
      expect(sharded.run.fuzzy?.review).toEqual(whole.run.fuzzy?.review);
      expect(sharded.files).toEqual(whole.files);
      expect(whole.run.counts.accepted).toBeGreaterThan(3500);
      expect(whole.run.counts.duplicates).toBeGreaterThan(500);
      if (mode === 'default (fuzzy)') expect(whole.run.counts.duplicatesByRule.fuzzy).toBeGreaterThan(50);
      // Two whole runs of a few thousand rows: about 45 s alone, over the default minute beside other suites.
    }, 180_000);
  }
});

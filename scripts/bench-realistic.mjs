// The realistic labelled sets (scripts/make-realistic-set.mjs) run as a new user runs them: the built command line,
// `petition dedupe FILES… --clusters clusters.csv`, with and without --exact, scored against the truth.
//
//   node scripts/bench-realistic.mjs [--json]      (npm run build first; bench:dedupe runs it too)
//
// Exits 1 when the default mode does worse than the exact rules on a set (lower F1, or a unique count further
// from the truth), or misses issue 10's targets: F1 ≥ 0.97 and the unique count within 0.5 % of the truth.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SETS, writeSet } from './make-realistic-set.mjs';
import { dataFiles, formatScore, scoreClusters } from './score-clusters.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = { f1: 0.97, uniqueError: 0.005 };

function runDedupe(files, exact, work) {
  const clusters = join(work, exact ? 'clusters-exact.csv' : 'clusters.csv');
  const args = [join(repo, 'bin', 'petition.js'), 'dedupe', ...files, '-o', join(work, 'merged.csv'), '--clusters', clusters, ...(exact ? ['--exact'] : [])];
  const started = performance.now();
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  // Exit 1 means "done, with problems to look at" (the paper sheets' repeated headers); 2 means it could not run.
  if (child.status !== 0 && child.status !== 1) throw new Error(`petition dedupe failed (exit ${child.status}):\n${child.stderr}`);
  return { clusters, seconds: (performance.now() - started) / 1000 };
}

/** Generates each set into bench-data/realistic/, dedupes it both ways, and scores both; returns the results. */
export function benchRealistic(log = (line) => process.stderr.write(line + '\n')) {
  const results = [];
  const work = mkdtempSync(join(tmpdir(), 'petition-realistic-'));
  try {
    log('\nRealistic petition sets (scripts/make-realistic-set.mjs), through the command line: petition dedupe FILES… --clusters');
    for (const name of Object.keys(SETS)) {
      const set = writeSet(name, join(repo, 'bench-data', 'realistic', name));
      const files = dataFiles(set.dir);
      const modes = {};
      for (const exact of [true, false]) {
        const run = runDedupe(files, exact, work);
        const s = scoreClusters(set.dir, run.clusters);
        modes[exact ? 'exact' : 'default'] = { ...s, seconds: run.seconds };
        log(`${name.padEnd(11)} ${(exact ? '--exact' : 'default').padEnd(8)} ${formatScore(s)}  ${run.seconds.toFixed(1)} s${s.unexpected.length || s.missing ? `  UNEXPECTED: ${s.unexpected.length} rejected, ${s.missing} missing` : ''}`);
      }
      const { exact, default: fuzzy } = modes;
      const failures = [];
      if (fuzzy.f1 < exact.f1) failures.push('F1 below --exact');
      if (Math.abs(fuzzy.uniqueError) > Math.abs(exact.uniqueError)) failures.push('unique count further from the truth than --exact');
      if (fuzzy.f1 < TARGET.f1) failures.push(`F1 below ${TARGET.f1}`);
      if (Math.abs(fuzzy.uniqueError) > TARGET.uniqueError) failures.push(`unique count off by more than ${100 * TARGET.uniqueError} %`);
      log(`${''.padEnd(11)} ${failures.length ? `FAILS: ${failures.join('; ')}` : 'ok: default ≥ --exact, F1 ≥ 0.97, unique within 0.5 %'}`);
      results.push({ set: name, people: set.people, rows: set.rows, exact, default: fuzzy, failures });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return results;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const results = benchRealistic();
  if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  if (results.some((r) => r.failures.length)) process.exitCode = 1;
}

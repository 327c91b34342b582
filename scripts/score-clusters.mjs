// Scores a `petition dedupe --clusters clusters.csv` run against a labelled set's `*.truth.csv` files: pairwise
// precision, recall and F1 (shared/benchmarks/README.md), and the unique count against the number of people.
//
//   node scripts/score-clusters.mjs SET_DIR CLUSTERS_CSV [--json]
//
// Rows are matched by file name (the clusters' `file` column may hold a path) and record number. Truth rows the tool
// rejected or left out are reported: a labelled set should have none.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { score } from './bench-dedupe.mjs';

const readCsv = (path) => parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, bom: true });

/** file name → (record number → person) for every `*.truth.csv` in `setDir`. */
export function readTruth(setDir) {
  const truth = new Map();
  for (const name of readdirSync(setDir).filter((n) => n.endsWith('.truth.csv')).sort()) {
    truth.set(name.replace(/\.truth\.csv$/, '.csv'), new Map(readCsv(join(setDir, name)).map((r) => [r.row, r.entity])));
  }
  return truth;
}

/** The data files of a set, in a fixed order (for the command line). */
export const dataFiles = (setDir) => [...readTruth(setDir).keys()].map((name) => join(setDir, name));

export function scoreClusters(setDir, clustersPath) {
  const truth = readTruth(setDir);
  const predicted = [];
  const entities = [];
  const rejected = [];
  const seen = new Set();
  for (const r of readCsv(clustersPath)) {
    const file = basename(r.file);
    const entity = truth.get(file)?.get(r.row);
    if (entity === undefined) {
      // Only records the truth leaves out may be rejected (a header typed again mid-file).
      if (r.status !== 'rejected') rejected.push(`${file} row ${r.row}: ${r.status}, not in the truth`);
      continue;
    }
    seen.add(`${file}\u0000${r.row}`);
    if (r.status === 'rejected') {
      rejected.push(`${file} row ${r.row}: rejected (${r.reason})`);
      continue;
    }
    predicted.push(r.cluster);
    entities.push(entity);
  }
  let missing = 0;
  for (const [file, rows] of truth) for (const row of rows.keys()) if (!seen.has(`${file}\u0000${row}`)) missing++;
  const s = score(predicted, entities);
  return { ...s, uniqueError: (s.unique - s.trueUnique) / s.trueUnique, rows: entities.length, unexpected: rejected, missing,
    wrongPairs: wrongPairKinds(setDir, predicted, entities) };
}

/**
 * Wrong predicted pairs by who the two people are, when the set says (people-meta.json from make-realistic-set.mjs):
 * one household, namesakes (same name in their own script), or anyone else.
 */
function wrongPairKinds(setDir, predicted, entities) {
  const path = join(setDir, 'people-meta.json');
  if (!existsSync(path)) return undefined;
  const meta = JSON.parse(readFileSync(path, 'utf8'));
  const byCluster = new Map();
  predicted.forEach((cluster, i) => byCluster.set(cluster, [...(byCluster.get(cluster) ?? []), entities[i]]));
  const kinds = { household: 0, namesake: 0, other: 0 };
  for (const members of byCluster.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [meta[members[i]], meta[members[j]]];
        if (members[i] === members[j]) continue;
        if (a.household && a.household === b.household) kinds.household++;
        else if (a.name === b.name) kinds.namesake++;
        else kinds.other++;
      }
    }
  }
  return kinds;
}

export const formatScore = (s) => `precision ${s.precision.toFixed(4)}  recall ${s.recall.toFixed(4)}  F1 ${s.f1.toFixed(4)}  unique ${s.unique} / ${s.trueUnique} (${s.uniqueError >= 0 ? '+' : ''}${(100 * s.uniqueError).toFixed(2)} %)`
  + (s.wrongPairs ? `  wrong pairs: household ${s.wrongPairs.household}, namesakes ${s.wrongPairs.namesake}, other ${s.wrongPairs.other}` : '');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [setDir, clusters] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!setDir || !clusters) {
    process.stderr.write('usage: node scripts/score-clusters.mjs SET_DIR CLUSTERS_CSV [--json]\n');
    process.exit(2);
  }
  const s = scoreClusters(setDir, clusters);
  process.stdout.write(process.argv.includes('--json') ? JSON.stringify(s, null, 2) + '\n' : `${formatScore(s)}\n`);
  for (const line of s.unexpected.slice(0, 20)) process.stderr.write(`unexpected: ${line}\n`);
  if (s.missing) process.stderr.write(`${s.missing} truth rows are not in ${clusters}\n`);
  if (s.unexpected.length || s.missing) process.exitCode = 1;
}

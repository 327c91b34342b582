// `npm run bench`: speed and memory of `petition count` on synthetic exports, beside bare csv-parse on the same file.
// Targets (issue 2): the whole count within 2× of csv-parse alone; peak memory under 400 MB; flat from 1M to 5M rows.
import { existsSync, mkdirSync, createReadStream, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { parse } from 'csv-parse';
import { writeSyntheticExport } from './synthetic-export.mjs';

const sizes = (process.argv.find((a) => a.startsWith('--rows='))?.slice(7) ?? '1000000,5000000').split(',').map(Number);
const withFuzzy = !process.argv.includes('--no-fuzzy');
mkdirSync('bench-data', { recursive: true });

async function csvParseSeconds(path) {
  const started = performance.now();
  let records = 0;
  for await (const _ of createReadStream(path).pipe(parse({ relax_column_count: true }))) records++;
  return { seconds: (performance.now() - started) / 1000, records };
}

function runPetition(args) {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', './scripts/report-rss.mjs', 'bin/petition.js', ...args], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NODE_OPTIONS: '' } });
  const seconds = (performance.now() - started) / 1000;
  const rss = Number(/peak-rss-kb=(\d+)/.exec(child.stderr)?.[1] ?? NaN) / 1024;
  if (child.status !== 0 && child.status !== 1) throw new Error(`petition ${args.join(' ')} failed (${child.status}):\n${child.stderr}`);
  return { seconds, rssMb: rss, counts: JSON.parse(child.stdout) };
}

const results = [];
for (const rows of sizes) {
  const path = `bench-data/synthetic-${rows}.csv`;
  if (!existsSync(path)) {
    process.stderr.write(`generating ${path}…\n`);
    await writeSyntheticExport(path, rows);
  }
  const parsed = await csvParseSeconds(path);
  const exact = runPetition(['count', '--exact', '--json', path]);
  const row = {
    rows, fileMb: +(statSync(path).size / 1048576).toFixed(1),
    csvParseSeconds: +parsed.seconds.toFixed(2),
    countExactSeconds: +exact.seconds.toFixed(2), ratio: +(exact.seconds / parsed.seconds).toFixed(2),
    rowsPerSecond: Math.round(rows / exact.seconds), peakMb: Math.round(exact.rssMb), unique: exact.counts.unique,
  };
  if (withFuzzy && rows <= 1000000) {
    const fuzzy = runPetition(['count', '--json', path]);
    Object.assign(row, { countFuzzySeconds: +fuzzy.seconds.toFixed(2), fuzzyPeakMb: Math.round(fuzzy.rssMb), fuzzyUnique: fuzzy.counts.unique, comparedPairs: fuzzy.counts.comparedPairs });
  }
  results.push(row);
  console.log(JSON.stringify(row));
}
console.table(results);
const failures = results.filter((r) => r.ratio > 2 || r.peakMb > 400);
if (failures.length) {
  console.log(`target missed for ${failures.map((r) => r.rows).join(', ')} rows (count within 2× csv-parse, peak under 400 MB)`);
  process.exitCode = 1;
}

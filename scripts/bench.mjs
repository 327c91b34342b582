// `npm run bench`: speed and memory of `petition count` on synthetic exports, beside bare csv-parse on the same file,
// then the signature list (scripts/bench-list.mjs) beside pdfkit's built-in Helvetica. Run `npm run build` first.
// Targets: the whole count within 2× of csv-parse alone, peak under 400 MB, flat from 1M to 5M rows (issue 2);
// the Unicode list within 1.2× of Helvetica, peak under 400 MB, 1,000,000 signers in one run (issue 4).
// Flags: --rows=1000000,5000000  --signers=180000,1000000  --only=count|list  --no-fuzzy
import { existsSync, mkdirSync, createReadStream, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { parse } from 'csv-parse';
import { writeSyntheticExport } from './synthetic-export.mjs';

const sizes = (process.argv.find((a) => a.startsWith('--rows='))?.slice(7) ?? '1000000,5000000').split(',').map(Number);
const withFuzzy = !process.argv.includes('--no-fuzzy');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const signers = (process.argv.find((a) => a.startsWith('--signers='))?.slice(10) ?? '180000,1000000').split(',');
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
for (const rows of only === 'list' ? [] : sizes) {
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
if (results.length) console.table(results);
if (only !== 'count') {
  console.log('\nSignature list (scripts/bench-list.mjs):');
  const list = spawnSync(process.execPath, ['scripts/bench-list.mjs', ...signers], { stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: '' } });
  if (list.status !== 0) process.exitCode = 1;
}
const failures = results.filter((r) => r.ratio > 2 || r.peakMb > 400);
if (failures.length) {
  console.log(`target missed for ${failures.map((r) => r.rows).join(', ')} rows (count within 2× csv-parse, peak under 400 MB)`);
  process.exitCode = 1;
}
// Flat: the largest file's peak within 15% of the smallest's (issue 2 asks for flat from 1M to 5M rows).
if (results.length >= 2) {
  const small = results[0];
  const large = results[results.length - 1];
  const bytesPerRow = ((large.peakMb - small.peakMb) * 1048576) / (large.rows - small.rows);
  const flat = large.peakMb <= small.peakMb * 1.15;
  console.log(`memory from ${small.rows} to ${large.rows} rows: ${small.peakMb} → ${large.peakMb} MB (${bytesPerRow.toFixed(1)} bytes a row more): ${flat ? 'flat' : 'NOT flat (target: within 15%)'}`);
  if (!flat) process.exitCode = 1;
}

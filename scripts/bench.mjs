// `npm run bench`: every figure of issue 13 beside its peer, measured in the same run, alternating, median of
// --runs (3). Each case runs in its own child process, so its peak memory (max RSS) is its own. Run `npm run build`
// first; the synthetic inputs are generated into bench-data/ (gitignored) when missing. Exits 1 when a target is missed.
//   count --exact              ≤ 1.0× bare csv-parse of the same file at 1M rows; peak < 300 MB, flat 1M → 5M
//   dedupe --exact -o --clusters ≤ 1.5× count --exact (1M)
//   count (default, fuzzy)     1M: ≤ 12 s, < 600 MB; 5M: ≤ 75 s, < 2 GB
//   packet, 180k-row campaign  ≤ 2× its own list writer alone on the same signers; peak < 400 MB
//   DuckDB count(DISTINCT lower(email)) from read_csv_auto on 2 threads, when @duckdb/node-api is installed (the
//   aim, not a target: count --exact within 2× of it)
// Then the signature list against pdfkit's Helvetica (scripts/bench-list.mjs, issue 4).
// Flags: --rows=1000000,5000000  --fuzzy-rows=1000000,5000000  --packet-rows=180000  --runs=3
//        --only=count,fuzzy,packet,list  (any of them)  --no-fuzzy  --signers=180000,1000000 (list)
import { existsSync, mkdirSync, createReadStream, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSyntheticExport } from './synthetic-export.mjs';
import { writeBenchCampaign } from './bench-campaign.mjs';

const here = fileURLToPath(import.meta.url);
const flag = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const numbers = (text) => text.split(',').filter(Boolean).map(Number);

// A child measures one peer and prints {seconds, value}; the parent reads its peak memory from /usr/bin/time.
if (process.argv[2] === '--child') {
  const [, , , kind, path] = process.argv;
  const started = performance.now();
  let value;
  if (kind === 'csv-parse') {
    const { parse } = await import('csv-parse');
    value = 0;
    for await (const _ of createReadStream(path).pipe(parse({ relax_column_count: true }))) value++;
  } else if (kind === 'duckdb') {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
    const connection = await instance.connect();
    const reader = await connection.runAndReadAll(`SELECT count(DISTINCT lower(Email)) FROM read_csv_auto('${path.replaceAll("'", "''")}')`);
    value = Number(reader.getRows()[0][0]);
  }
  process.stdout.write(JSON.stringify({ seconds: (performance.now() - started) / 1000, value }) + '\n');
  process.exit(0);
}

const runs = Number(flag('runs', '3'));
const sizes = numbers(flag('rows', '1000000,5000000'));
const fuzzySizes = process.argv.includes('--no-fuzzy') ? [] : numbers(flag('fuzzy-rows', '1000000,5000000'));
const packetRows = numbers(flag('packet-rows', '180000'));
const only = flag('only', 'count,fuzzy,packet,list').split(',');
const signers = flag('signers', '180000,1000000').split(',');
mkdirSync('bench-data', { recursive: true });
const hasDuckDb = existsSync('node_modules/@duckdb/node-api');
const timeTool = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

async function inputOf(rows) {
  const path = resolve('bench-data', `synthetic-${rows}.csv`);
  if (!existsSync(path)) {
    process.stderr.write(`generating ${path}…\n`);
    await writeSyntheticExport(path, rows);
  }
  return path;
}

/** Runs a command in its own process: wall seconds, peak MB, stdout. */
function measure(args) {
  const started = performance.now();
  const options = { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NODE_OPTIONS: '' } };
  const child = timeTool
    ? spawnSync(timeTool, ['-v', process.execPath, ...args], options)
    : spawnSync(process.execPath, ['--import', './scripts/report-rss.mjs', ...args], options);
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0 && child.status !== 1) throw new Error(`node ${args.join(' ')} failed (${child.status}):\n${child.stderr.slice(-3000)}`);
  const kb = timeTool ? /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr)?.[1] : /peak-rss-kb=(\d+)/.exec(child.stderr)?.[1];
  return { seconds, peakMb: Number(kb) / 1024, stdout: child.stdout };
}

const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];

/** Runs every case once per round, in turn, for `runs` rounds; the median seconds and peak of each. */
function alternate(cases) {
  const samples = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  for (let round = 0; round < runs; round++) {
    for (const [name, run] of Object.entries(cases)) {
      const sample = run();
      samples[name].push(sample);
      process.stderr.write(`  ${name} run ${round + 1}: ${sample.seconds.toFixed(2)} s, ${Math.round(sample.peakMb)} MB\n`);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, {
    seconds: +median(list.map((s) => s.seconds)).toFixed(2),
    peakMb: Math.round(median(list.map((s) => s.peakMb))),
    last: list[list.length - 1],
  }]));
}

const petition = (...args) => () => measure(['bin/petition.js', ...args]);
const peer = (kind, path) => () => measure([here, '--child', kind, path]);
const figures = [];
const misses = [];
function figure(work, seconds, peakMb, peerName, peerSeconds, target, ok) {
  const row = { work, seconds, peakMb, peer: peerName, peerSeconds, ratio: peerSeconds ? +(seconds / peerSeconds).toFixed(2) : null, target, met: ok };
  figures.push(row);
  if (!ok) misses.push(`${work}: ${target}`);
  console.log(JSON.stringify(row));
}

const exactPeaks = [];
if (only.includes('count')) {
  for (const rows of sizes) {
    const path = await inputOf(rows);
    process.stderr.write(`${rows} rows: csv-parse, count --exact${rows <= 1_000_000 ? ', dedupe --exact' : ''}${hasDuckDb ? ', DuckDB' : ''}\n`);
    const tmp = resolve('bench-data', `bench-out-${process.pid}`);
    mkdirSync(tmp, { recursive: true });
    const cases = { csvParse: peer('csv-parse', path), countExact: petition('count', '--exact', '--json', path) };
    if (rows <= 1_000_000) cases.dedupeExact = petition('dedupe', '--exact', path, '-o', `${tmp}/merged.csv`, '--clusters', `${tmp}/clusters.csv`);
    if (hasDuckDb) cases.duckdb = peer('duckdb', path);
    const r = alternate(cases);
    rmSync(tmp, { recursive: true, force: true });
    exactPeaks.push({ rows, peakMb: r.countExact.peakMb });
    const csvTarget = rows <= 1_000_000 ? 1.0 : Infinity;
    figure(`count --exact ${rows}`, r.countExact.seconds, r.countExact.peakMb, 'csv-parse bare parse', r.csvParse.seconds,
      `${rows <= 1_000_000 ? '≤ 1.0× csv-parse, ' : ''}< 300 MB`, r.countExact.seconds <= csvTarget * r.csvParse.seconds && r.countExact.peakMb < 300);
    if (r.dedupeExact) {
      figure(`dedupe --exact -o --clusters ${rows}`, r.dedupeExact.seconds, r.dedupeExact.peakMb, 'count --exact', r.countExact.seconds,
        '≤ 1.5× count --exact', r.dedupeExact.seconds <= 1.5 * r.countExact.seconds);
    }
    if (r.duckdb) {
      const unique = JSON.parse(r.countExact.last.stdout).unique;
      const distinct = JSON.parse(r.duckdb.last.stdout).value;
      figure(`count --exact ${rows} (beside DuckDB)`, r.countExact.seconds, r.countExact.peakMb, `DuckDB count(DISTINCT lower(email)) = ${distinct}, petition unique ${unique}`,
        r.duckdb.seconds, 'aim: within 2× of DuckDB (not a target)', true);
    }
  }
  if (!hasDuckDb) console.log('DuckDB: @duckdb/node-api is not installed (a devDependency: npm install)');
  if (exactPeaks.length >= 2) {
    const small = exactPeaks[0];
    const large = exactPeaks[exactPeaks.length - 1];
    const flat = large.peakMb <= small.peakMb * 1.15;
    figure(`count --exact memory ${small.rows} → ${large.rows}`, null, large.peakMb, `${small.rows} rows`, null,
      `flat (within 15% of ${small.peakMb} MB)`, flat);
  }
}

const FUZZY_TARGETS = { 1_000_000: { seconds: 12, peakMb: 600 }, 5_000_000: { seconds: 75, peakMb: 2048 } };
if (only.includes('fuzzy')) {
  for (const rows of fuzzySizes) {
    const path = await inputOf(rows);
    process.stderr.write(`${rows} rows: csv-parse, count (default)\n`);
    const r = alternate({ csvParse: peer('csv-parse', path), countDefault: petition('count', '--json', path) });
    const target = FUZZY_TARGETS[rows];
    figure(`count (default) ${rows}`, r.countDefault.seconds, r.countDefault.peakMb, 'csv-parse bare parse', r.csvParse.seconds,
      target ? `≤ ${target.seconds} s, < ${target.peakMb} MB` : 'none at this size',
      !target || (r.countDefault.seconds <= target.seconds && r.countDefault.peakMb < target.peakMb));
  }
}

if (only.includes('packet')) {
  for (const rows of packetRows) {
    const path = await inputOf(rows);
    const dir = resolve('bench-data', 'bench-packet');
    mkdirSync(dir, { recursive: true });
    const campaign = resolve(dir, `campaign-${rows}.yaml`);
    writeBenchCampaign(campaign, path);
    const out = resolve(dir, `out-${rows}`);
    // The peer: the list writer alone on as many signers as the packet lists (scripts/bench-list.mjs, rows streamed).
    const probe = measure(['bin/petition.js', 'count', '--exact', '--json', path]);
    const listed = JSON.parse(probe.stdout).unique;
    const listFile = resolve(dir, 'list-alone.pdf');
    process.stderr.write(`packet of ${rows} rows (${listed} signers) and the list writer alone\n`);
    const r = alternate({
      listAlone: () => {
        const m = measure(['scripts/bench-list.mjs', '--child', 'stream', String(listed), listFile]);
        return { ...m, seconds: JSON.parse(m.stdout).seconds };
      },
      packet: () => {
        rmSync(out, { recursive: true, force: true });
        return measure(['bin/petition.js', 'packet', '--exact', '--campaign', campaign, '-o', out]);
      },
    });
    const manifest = JSON.parse(readFileSync(resolve(out, 'manifest.json'), 'utf8'));
    rmSync(out, { recursive: true, force: true });
    rmSync(listFile, { force: true });
    figure(`packet ${rows} rows (${manifest.counts.unique} signers)`, r.packet.seconds, r.packet.peakMb, 'its list writer alone', r.listAlone.seconds,
      '≤ 2× the list writer, < 400 MB', r.packet.seconds <= 2 * r.listAlone.seconds && r.packet.peakMb < 400);
  }
}

if (figures.length) console.table(figures.map(({ work, seconds, peakMb, peer: p, peerSeconds, ratio, target, met }) => ({ work, seconds, peakMb, peer: p, peerSeconds, ratio, target, met })));
if (only.includes('list')) {
  console.log('\nSignature list (scripts/bench-list.mjs):');
  const list = spawnSync(process.execPath, ['scripts/bench-list.mjs', ...signers], { stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: '' } });
  if (list.status !== 0) misses.push('signature list (scripts/bench-list.mjs)');
}
if (misses.length) {
  console.log(`targets missed:\n  ${misses.join('\n  ')}`);
  process.exitCode = 1;
}

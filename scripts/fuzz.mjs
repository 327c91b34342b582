// `npm run fuzz [-- --minutes=10 --out=fuzz-findings --seed=1 --properties-only]`: the long fuzz campaign, outside `npm test`.
// Phase 1 mutates the fixture exports (byte flips, inserted quotes, delimiters, line ends, BOMs, NULs, truncation,
// splices, re-encodings), or writes an export with multi-line comments that look like rows and maybe one stray quote
// (quote recovery: rows read must equal rows written), and runs `petition count --json` (sometimes `dedupe`) on each in a worker process, checking:
// no crash ("unexpected error"), exit code 0/1/2, conservation of rows in every bucket, and time. A worker that goes
// silent is a hang; its input is kept. Phase 2 runs the property tests (test/properties) with many more runs, fuzzy
// rules included. Reproducers go to --out. Needs a build (dist/): `npm run build` first.
import { Buffer } from 'node:buffer';
import process from 'node:process';
import console from 'node:console';
import { setInterval, clearInterval } from 'node:timers';
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, promises as fsp, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';
import { Readable } from 'node:stream';
import { seededRandom } from './synthetic-export.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? 'true']));

if (args.worker) await worker(Number(args.seed), Number(args.iterations), args.current);
else await campaign();

async function campaign() {
  const minutes = Number(args.minutes ?? 10);
  const out = args.out ?? join(ROOT, 'fuzz-findings');
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('no build: run `npm run build` first');
  mkdirSync(out, { recursive: true });
  const started = Date.now();
  // --properties-only skips phase 1.
  const mutationEnd = args['properties-only'] ? started : started + minutes * 60_000 * 0.6;
  const totals = { inputs: 0, crashes: 0, violations: 0, hangs: 0, slow: 0, exits: { 0: 0, 1: 0, 2: 0 } };
  const findings = new Map();
  let seed = Number(args.seed ?? 1);

  console.log(`fuzz: ${minutes} min; phase 1 (mutated exports through the CLI) until ${new Date(mutationEnd).toISOString()}`);
  while (Date.now() < mutationEnd) {
    const current = join(tmpdir(), `petition-fuzz-current-${process.pid}.bin`);
    const result = await runWorker(seed, current, out);
    totals.inputs += result.summary?.inputs ?? 0;
    for (const code of [0, 1, 2]) totals.exits[code] += result.summary?.exits?.[code] ?? 0;
    totals.slow += result.summary?.slow?.length ?? 0;
    for (const finding of result.summary?.findings ?? []) record(finding);
    if (result.hung) {
      totals.hangs++;
      const file = join(out, `hang-seed${seed}.csv`);
      if (existsSync(current)) copyFileSync(current, file);
      record({ kind: 'hang', message: `no progress for ${result.silentMs} ms`, file });
    }
    for (const slow of result.summary?.slow ?? []) record({ kind: 'slow', message: `${slow.ms} ms`, file: slow.file });
    rmSync(current, { force: true });
    seed++;
  }
  totals.crashes = [...findings.values()].filter((f) => f.kind === 'crash').reduce((n, f) => n + f.count, 0);
  totals.violations = [...findings.values()].filter((f) => f.kind === 'conservation' || f.kind === 'exit' || f.kind === 'quotes').reduce((n, f) => n + f.count, 0);

  const remaining = Math.max(30_000, started + minutes * 60_000 - Date.now());
  // The slowest properties (fuzzy dedupe over a shuffled or split export) take about a quarter of a second a run.
  const runs = Math.max(200, Math.round((remaining / 1000) * 1.5));
  console.log(`fuzz: phase 2 (property tests, FUZZ_RUNS=${runs}, fuzzy rules included)`);
  const env = { ...process.env, NODE_OPTIONS: '--experimental-vm-modules', FUZZ_RUNS: String(runs) };
  const jest = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), 'test/properties'], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: remaining + 180_000, killSignal: 'SIGKILL' });
  const jestOutput = `${jest.stdout}\n${jest.stderr}`;
  writeFileSync(join(out, 'properties.log'), jestOutput);
  const failed = [...jestOutput.matchAll(/● (.+)/g)].map((m) => m[1]);
  const counterexamples = [...jestOutput.matchAll(/Counterexample: (.{0,400})/g)].map((m) => m[1]);

  const report = {
    minutes: Math.round((Date.now() - started) / 600) / 100,
    phase1: { ...totals, workers: seed - Number(args.seed ?? 1) },
    findings: [...findings.values()],
    phase2: { runsPerProperty: runs, exit: jest.status, timedOut: jest.signal === 'SIGKILL', failed: [...new Set(failed)], counterexamples },
  };
  writeFileSync(join(out, 'report.json'), JSON.stringify(report, null, 2));
  console.log(JSON.stringify(report, null, 2));
  process.exitCode = findings.size > 0 || jest.status !== 0 ? 1 : 0;

  function record(finding) {
    const key = `${finding.kind}: ${String(finding.message).replace(/\d+/g, 'N').slice(0, 160)}`;
    const seen = findings.get(key);
    if (seen) {
      seen.count++;
      return;
    }
    let file = finding.file;
    if (finding.input) {
      file = join(out, `${finding.kind}-${findings.size + 1}.csv`);
      writeFileSync(file, Buffer.from(finding.input, 'base64'));
    }
    findings.set(key, { kind: finding.kind, message: finding.message, args: finding.args, file, count: 1 });
  }
}

/** One worker process; killed when it stays silent too long (a hang). */
function runWorker(seed, current, out) {
  const SILENCE_MS = 60_000;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--worker', `--seed=${seed}`, '--iterations=400', `--current=${current}`, `--out=${out}`], {
      cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '', TZ: 'UTC' }, stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    let last = Date.now();
    child.stdout.on('data', (chunk) => {
      output += chunk;
      last = Date.now();
    });
    const watchdog = setInterval(() => {
      if (Date.now() - last > SILENCE_MS) child.kill('SIGKILL');
    }, 1000);
    child.on('exit', (code, signal) => {
      clearInterval(watchdog);
      const line = output.split('\n').filter((l) => l.startsWith('{"summary"')).pop();
      resolve({ summary: line ? JSON.parse(line).summary : null, hung: signal === 'SIGKILL', silentMs: Date.now() - last });
    });
  });
}

async function worker(seed, iterations, current) {
  const { main } = await import(pathToFileURL(join(ROOT, 'dist', 'cli', 'main.js')).href);
  const iconv = (await import('iconv-lite')).default;
  const rnd = seededRandom(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const exportsDir = join(ROOT, 'fixtures', 'exports');
  const fixtures = readdirSync(exportsDir).filter((f) => f.endsWith('.csv')).map((f) => readFileSync(join(exportsDir, f)));
  const dir = join(tmpdir(), `petition-fuzz-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const summary = { inputs: 0, exits: { 0: 0, 1: 0, 2: 0 }, findings: [], slow: [] };

  const INSERTS = ['"', '""', ',', ';', '\t', '|', '\n', '\r', '\r\n', '\uFEFF', '\u0000', '=', '+', '@', '-', '\u202E', '\u200B', '👍🏽', '김', '\\', ' ', '\u00A0', 'name', ',,,,,,,,'];
  const mutators = [
    (b) => { const c = Buffer.from(b); for (let n = 1 + Math.floor(rnd() * 8); n > 0 && c.length; n--) c[Math.floor(rnd() * c.length)] = Math.floor(rnd() * 256); return c; },
    (b) => { const at = Math.floor(rnd() * (b.length + 1)); return Buffer.concat([b.subarray(0, at), Buffer.from(pick(INSERTS).repeat(1 + Math.floor(rnd() * 3))), b.subarray(at)]); },
    (b) => b.subarray(0, Math.floor(rnd() * b.length)),
    (b) => { const at = Math.floor(rnd() * b.length); const len = Math.floor(rnd() * 200); return Buffer.concat([b.subarray(0, at), b.subarray(at + len)]); },
    (b) => { const other = pick(fixtures); const at = Math.floor(rnd() * b.length); return Buffer.concat([b.subarray(0, at), other.subarray(Math.floor(rnd() * other.length))]); },
    (b) => { const at = Math.floor(rnd() * b.length); const len = Math.floor(rnd() * 64); const piece = b.subarray(at, at + len); return Buffer.concat([b.subarray(0, at), piece, piece, piece, b.subarray(at)]); },
    (b) => iconv.encode(b.toString('utf8'), pick(['utf-16le', 'utf-16be', 'cp949', 'windows-1252', 'utf-8']), { addBOM: rnd() < 0.5 }),
    (b) => Buffer.from(b.toString('latin1').replace(/\r?\n/g, () => pick(['\n', '\r\n', '\r'])), 'latin1'),
    (b) => Buffer.concat([b, Buffer.from(pick(INSERTS).repeat(Math.floor(rnd() * 5000)))]),
  ];

  // Quote recovery: an export a standard writer wrote, with multi-line comments whose lines look like whole records
  // (sometimes past the longest record held, sometimes 49 to 51 or 200 lines, with the delimiter and CRLF inside), in
  // a comma, semicolon or TAB file, the comment in the last column or a middle one, and sometimes one stray quote
  // opened at the start of a cell of a one-line row (the last row too: a quote still open at the end of the input).
  // Oracle: every written row is one row read, as Python's csv reads it; the fake signers inside are never rows.
  function writtenExport() {
    const rows = 1 + Math.floor(rnd() * 40);
    const eol = pick(['\n', '\r\n']);
    const delimiter = pick([',', ',', ';', '\t']);
    const quoted = (value) => (value.includes('"') || value.includes(delimiter) || /[\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
    const commentLast = rnd() < 0.7;
    const columns = commentLast ? ['name', 'email', 'country', 'comment'] : ['name', 'comment', 'email', 'country'];
    // Sometimes the header has a column no row has: every row is then read with that cell empty, as spreadsheets read
    // it (one short_rows notice), and the header is still found.
    const short = rnd() < 0.1;
    const lines = [(short ? [...columns, 'city'] : columns).join(delimiter)];
    const singleLine = [];
    /** Each row's cells as written (split on the delimiter, a quoted cell holding it would be cut). */
    const written = [];
    // A cell past the longest field held is cut with a warning and its signer kept (verifyQ M8): not a broken row.
    for (let r = 0; r < rows; r++) {
      let comment = pick(['', 'plain', 'say "no"', `a${delimiter} b`]);
      if (rnd() < 0.3) {
        const roll = rnd();
        const fakes = roll < 0.02 ? 30_000 + Math.floor(rnd() * 20_000) : roll < 0.3 ? pick([49, 50, 51, 200]) : 1 + Math.floor(rnd() * 120);
        const fake = (k) => (commentLast ? [`Fake ${k}`, `fake${k}@evil.example`, 'KR', pick(['x', '"q"', ''])] : [`Fake ${k}`, pick(['x', '"q"', '']), `fake${k}@evil.example`, 'KR']);
        comment = Array.from({ length: fakes }, (_, k) => fake(k).join(delimiter)).join(pick(['\n', '\r\n']));
      }
      // A stray quote goes only into a row without quotes: on a line with a quoted cell it could pair, as in any reader.
      if (!/[\r\n]/.test(comment) && !quoted(comment).includes('"')) singleLine.push(lines.length);
      const cells = { name: `Signer ${r}`, email: `s${r}@example.org`, country: pick(['KR', 'US', 'DE']), comment };
      written.push(columns.map((column) => quoted(cells[column])));
      lines.push(written.at(-1).join(delimiter));
    }
    let stray = false;
    if (singleLine.length > 1 && rnd() < 0.4) {
      const at = pick(singleLine);
      const cells = [...written[at - 1]];
      // Only a cell that is not quoted already: a stray quote before a quote would be a doubled one.
      const open = cells.map((cell, index) => (cell.startsWith('"') ? -1 : index)).filter((index) => index >= 0);
      if (open.length > 0) {
        const index = pick(open);
        cells[index] = `"${cells[index]}`;
        lines[at] = cells.join(delimiter);
        stray = true;
      }
    }
    return { input: Buffer.from(lines.join(eol) + eol), rows, broken: stray ? 1 : 0, stray };
  }

  for (let i = 0; i < iterations; i++) {
    let input = pick(fixtures);
    let written = null;
    if (rnd() < 0.25) {
      written = writtenExport();
      input = written.input;
    } else {
      for (let n = 1 + Math.floor(rnd() * 4); n > 0; n--) input = pick(mutators)(input);
    }
    const file = join(dir, `input-${i % 2}.csv`);
    writeFileSync(file, input);
    if (current) writeFileSync(current, input);
    const dedupe = rnd() < 0.2;
    const extra = rnd() < 0.15 ? ['--exact'] : [];
    const argv = dedupe ? ['dedupe', file, '-o', join(dir, 'merged.csv'), '--clusters', join(dir, 'clusters.csv'), '--json', ...extra] : ['count', '--json', file, ...extra];
    const startedAt = Date.now();
    const result = await runInProcess(main, argv);
    const ms = Date.now() - startedAt;
    summary.inputs++;
    summary.exits[result.code] = (summary.exits[result.code] ?? 0) + 1;
    const finding = (kind, message) => summary.findings.push({ kind, message, args: argv[0], input: input.toString('base64') });
    if (/unexpected error/.test(result.stderr)) finding('crash', result.stderr.split('\n')[0]);
    else if (![0, 1, 2].includes(result.code)) finding('exit', `exit code ${result.code}`);
    else if (result.code !== 2) {
      const problem = conservationProblem(JSON.parse(result.stdout));
      if (problem) finding('conservation', problem);
      if (written) {
        const counts = JSON.parse(result.stdout);
        const broken = counts.rejectReasons?.broken_row ?? 0;
        if (counts.rows !== written.rows) finding('quotes', `${written.rows} rows written, ${counts.rows} read (stray quote: ${written.stray})`);
        else if (broken !== written.broken) finding('quotes', `${broken} broken rows where ${written.broken} expected`);
      }
      if (dedupe) {
        const merged = readFileSync(join(dir, 'merged.csv'), 'utf8').split('\r\n').length - 2;
        const counts = JSON.parse(result.stdout);
        if (merged < counts.unique) finding('conservation', `merged.csv has fewer lines (${merged}) than unique signers (${counts.unique})`);
      }
    } else if (!/^petition: /.test(result.stderr)) finding('exit', `exit 2 without a user error: ${result.stderr.slice(0, 200)}`);
    // The first input of a worker also pays for loading every command lazily: not a slow input.
    if (ms > 5000 && i > 0) {
      // Kept with the other reproducers, not in the temporary folder, which nothing sweeps.
      const slowFile = join(args.out ?? tmpdir(), `slow-seed${seed}-${i}.csv`);
      writeFileSync(slowFile, input);
      summary.slow.push({ ms, file: slowFile });
    }
    process.stdout.write('.');
  }
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(`\n${JSON.stringify({ summary })}\n`);
}

async function runInProcess(main, argv) {
  let stdout = '';
  let stderr = '';
  const deps = {
    now: () => new Date('2026-11-23T12:00:00Z'),
    env: { NO_COLOR: '1' },
    cwd: process.cwd(),
    stdout: { write: (t) => (stdout += t), isTTY: false },
    stderr: { write: (t) => (stderr += t), isTTY: false },
    stdin: () => Readable.from([]),
    openRead: (path) => createReadStream(path),
    readFile: (path) => fsp.readFile(path),
    prompter: {},
  };
  const code = await main(argv, deps);
  return { code, stdout, stderr };
}

function conservationProblem(counts) {
  const check = (label, b) => {
    if (b.rows !== b.rejected + b.accepted) return `${label}: rows ${b.rows} != rejected ${b.rejected} + accepted ${b.accepted}`;
    if (b.accepted !== b.duplicates + b.unique) return `${label}: accepted ${b.accepted} != duplicates ${b.duplicates} + unique ${b.unique}`;
    return null;
  };
  const total = check('total', counts);
  if (total) return total;
  for (const name of ['byCountry', 'byDay', 'bySource', 'byLanguage']) {
    const buckets = counts[name] ?? {};
    const sum = { rows: 0, rejected: 0, accepted: 0, duplicates: 0, unique: 0 };
    for (const [key, bucket] of Object.entries(buckets)) {
      const problem = check(`${name}.${key}`, bucket);
      if (problem) return problem;
      for (const f of Object.keys(sum)) sum[f] += bucket[f];
    }
    if (Object.keys(buckets).length && Object.keys(sum).some((f) => sum[f] !== counts[f])) return `${name} buckets do not add up to the total`;
  }
  const reasons = Object.values(counts.rejectReasons ?? {}).reduce((a, b) => a + b, 0);
  if (reasons !== counts.rejected) return `rejectReasons add up to ${reasons}, rejected is ${counts.rejected}`;
  return null;
}


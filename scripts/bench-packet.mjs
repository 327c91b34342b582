#!/usr/bin/env node
// Benchmark of the real `petition packet --exact` on a generated campaign (not a test): wall seconds, pages and peak
// memory of the whole command, dedupe and both signature lists (signatures.pdf and packet.pdf) included.
// Target (issue 4): peak under 400 MB with 1,000,000 signers in one run; exits 1 when the peak is 400 MB or more.
// Build first (npm run build). Usage: node scripts/bench-packet.mjs [--rows=1000000] [--keep]
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { writeSyntheticExport } from './synthetic-export.mjs';
import { writeBenchCampaign } from './bench-campaign.mjs';

const LIMIT_MB = 400;
const rows = Number(process.argv.find((a) => a.startsWith('--rows='))?.slice(7) ?? 1_000_000);
const keep = process.argv.includes('--keep');
if (!Number.isInteger(rows) || rows <= 0) throw new Error('--rows must be a positive whole number');

const dir = resolve('bench-data', 'bench-packet');
mkdirSync(dir, { recursive: true });
const csv = resolve('bench-data', `synthetic-${rows}.csv`);
if (!existsSync(csv)) {
  process.stderr.write(`generating ${csv}…\n`);
  await writeSyntheticExport(csv, rows);
}
const campaign = resolve(dir, `campaign-${rows}.yaml`);
writeBenchCampaign(campaign, csv);
const out = resolve(dir, `out-${rows}`);
rmSync(out, { recursive: true, force: true });

// /usr/bin/time -v reports the peak of the whole process; without it, the process reports its own peak at exit.
const timeTool = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const command = [process.execPath, ...(timeTool ? [] : ['--import', './scripts/report-rss.mjs']), 'bin/petition.js', 'packet', '--exact', '--campaign', campaign, '-o', out];
const started = performance.now();
const child = timeTool
  ? spawnSync(timeTool, ['-v', ...command], { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, NODE_OPTIONS: '' } })
  : spawnSync(command[0], command.slice(1), { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, NODE_OPTIONS: '' } });
const seconds = (performance.now() - started) / 1000;
// Exit 1 means "done, with problems to look at" (rejected rows, characters no font has): still a complete packet.
if (child.status !== 0 && child.status !== 1) {
  process.stderr.write(child.stderr);
  throw new Error(`petition packet failed with exit code ${child.status}`);
}
const peakKb = timeTool
  ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr)?.[1])
  : Number(/peak-rss-kb=(\d+)/.exec(child.stderr)?.[1]);
if (!Number.isFinite(peakKb)) throw new Error(`could not read the peak memory from:\n${child.stderr.slice(-2000)}`);
const peakMb = peakKb / 1024;

const manifest = JSON.parse(readFileSync(resolve(out, 'manifest.json'), 'utf8'));
const pagesOf = (name) => manifest.outputs.find((o) => o.path === name)?.pages ?? 0;
const result = {
  rows,
  signers: manifest.counts.unique,
  signaturesPages: pagesOf('signatures.pdf'),
  packetPages: pagesOf('packet.pdf'),
  seconds: +seconds.toFixed(1),
  peakMb: Math.round(peakMb),
  measuredWith: timeTool ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS',
};
console.log(JSON.stringify(result));
if (!keep) rmSync(out, { recursive: true, force: true });
if (peakMb >= LIMIT_MB) {
  console.log(`target missed: peak ${Math.round(peakMb)} MB, must stay under ${LIMIT_MB} MB (issue 4)`);
  process.exitCode = 1;
} else {
  console.log(`peak ${Math.round(peakMb)} MB < ${LIMIT_MB} MB: ${result.signaturesPages.toLocaleString('en-US')} list pages drawn twice in ${result.seconds} s`);
}

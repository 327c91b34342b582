// `npm run bench:xlsx`: memory and time of `petition count --exact` on an .xlsx workbook of synthetic signers,
// beside the same rows as CSV. Run `npm run build` first. Flags: --rows=1000000  --shared-strings=yes|no
// The workbook is written with exceljs's streaming writer; shared strings (as Excel stores text) by default.
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { writeSyntheticExport } from './synthetic-export.mjs';

const rows = Number(process.argv.find((a) => a.startsWith('--rows='))?.slice(7) ?? 1_000_000);
const shared = (process.argv.find((a) => a.startsWith('--shared-strings='))?.slice(17) ?? 'yes') === 'yes';
mkdirSync('bench-data', { recursive: true });
const csv = `bench-data/synthetic-${rows}.csv`;
const book = `bench-data/synthetic-${rows}${shared ? '' : '-inline'}.xlsx`;
if (!existsSync(csv)) await writeSyntheticExport(csv, rows);
if (!existsSync(book)) {
  process.stderr.write(`writing ${book}…\n`);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: book, useSharedStrings: shared, useStyles: false });
  const sheet = writer.addWorksheet('Signatures');
  for await (const record of createReadStream(csv).pipe(parse({ relax_column_count: true, bom: true }))) sheet.addRow(record).commit();
  sheet.commit();
  await writer.commit();
}

function count(path) {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', './scripts/report-rss.mjs', 'bin/petition.js', 'count', '--exact', '--json', path], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NODE_OPTIONS: '' } });
  const seconds = (performance.now() - started) / 1000;
  const rssMb = Number(/peak-rss-kb=(\d+)/.exec(child.stderr)?.[1] ?? NaN) / 1024;
  if (child.status !== 0 && child.status !== 1) throw new Error(`petition count ${path} failed (${child.status}):\n${child.stderr}`);
  const counts = JSON.parse(child.stdout);
  return { seconds, rssMb, rows: counts.rows, unique: counts.unique };
}

for (const path of [csv, book]) {
  const r = count(path);
  process.stdout.write(`${path.padEnd(40)} ${(statSync(path).size / 1e6).toFixed(0).padStart(5)} MB  rows ${r.rows}  unique ${r.unique}  ${r.seconds.toFixed(1)} s  peak ${r.rssMb.toFixed(0)} MB\n`);
}

#!/usr/bin/env node
// Benchmark of signatures.pdf (not a test): the full-Unicode list against pdfkit drawing the same rows in built-in
// Helvetica, in the same run. Each case runs in its own child process so peak memory (max RSS) is its own.
// Build first: npx tsc -p tsconfig.build.json. Usage: node scripts/bench-list.mjs [counts…] (default 180000 1000000)
import { spawnSync } from 'node:child_process';
import { createWriteStream, statSync, rmSync, mkdtempSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const dist = new URL('../dist/packet/signature-list/write-signature-list.js', import.meta.url);

// A deterministic mix of scripts, roughly what a Korean-led international campaign collects.
const POOLS = [
  [0.46, 'latin', ['Anna', 'José', 'Zoë', 'François', 'Łukasz', 'Søren', 'Ana María', 'Jürgen', 'Siobhán', 'Nguyễn Thị', 'Ève', 'Dvořák'], ['Müller', 'Ordóñez', 'García', 'Kowalczyk', 'Øvergård', 'Smith', "O'Brien", 'Hernández-López', 'Đặng', 'Brontë']],
  [0.2, 'hangul', ['민준', '서연', '지후', '하은', '도윤', '수아', '예준', '지민'], ['김', '이', '박', '최', '정', '강', '조', '윤']],
  [0.1, 'han-s', ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强'], ['王', '李', '张', '刘', '陈', '杨', '黄', '赵']],
  [0.04, 'han-t', ['志明', '淑芬', '家豪', '怡君', '冠宇', '雅婷'], ['陳', '林', '黃', '張', '劉', '鄭']],
  [0.05, 'kana', ['さくら', 'はると', 'ゆい', 'ソウタ', 'ひなた', 'レン'], ['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤']],
  [0.06, 'cyrillic', ['Иван', 'Ольга', 'Дмитрий', 'Наталья', 'Сергей', 'Анна'], ['Петров', 'Смирнова', 'Кузнецов', 'Попова', 'Соколов']],
  [0.03, 'greek', ['Γιώργος', 'Μαρία', 'Νίκος', 'Ελένη'], ['Παπαδόπουλος', 'Οικονόμου', 'Γεωργίου']],
  [0.04, 'arabic', ['محمد', 'فاطمة', 'أحمد', 'مريم', 'علي'], ['العلي', 'حسن', 'الخطيب', 'منصور']],
  [0.02, 'hebrew', ['דוד', 'שרה', 'יוסף', 'רחל'], ['כהן', 'לוי', 'מזרחי', 'פרץ']],
];
const COUNTRIES = ['KR', 'US', 'DE', 'JP', 'CN', 'TW', 'FR', 'GB', 'RU', 'GR', 'EG', 'IL', 'CA', 'AU', 'ES', 'BR'];
const CITIES = ['Seoul', 'Busan', 'New York', 'Berlin', 'München', 'Tōkyō', 'São Paulo', 'Москва', 'Αθήνα', '北京', '臺北', 'القاهرة', 'תל אביב', 'Montréal', 'Kraków'];

function entries(count) {
  return Array.from(rows(count));
}

/** The same rows, produced one at a time (as a database cursor or the dedupe stage's output would). */
async function* streamed(count) {
  yield* rows(count);
}

function* rows(count) {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const start = Date.UTC(2026, 2, 1);
  for (let i = 0; i < count; i++) {
    let r = random();
    let pool = POOLS[0];
    for (const candidate of POOLS) { if (r < candidate[0]) { pool = candidate; break; } r -= candidate[0]; }
    const [, kind, given, family] = pool;
    const eastern = kind === 'hangul' || kind.startsWith('han') || kind === 'kana';
    // Unique-ish names (a number suffix on some) so that no layout cache can cheat by seeing the same string again.
    const name = (eastern ? pick(family) + pick(given) : `${pick(given)} ${pick(family)}`) + (i % 3 === 0 ? ` ${i % 997}` : '');
    yield {
      name: name.normalize('NFC'), city: pick(CITIES), region: '', postcode: String(10000 + (i % 89999)),
      country: pick(COUNTRIES), signedAt: start + i * 17_000, anonymous: i % 211 === 0,
    };
  }
}

const OPTIONS = {
  title: 'Stop the forced repatriation of North Korean refugees', target: "H.E. the Ambassador of the People's Republic of China",
  profile: 'public', anonymous: 'show', paper: 'A4', orientation: 'portrait', order: 'time',
  creationDate: new Date(Date.UTC(2026, 11, 10)), fingerprint: 'b3f1c9a27e', compress: true,
};

/**
 * Writes a pdfkit document to `out` the way writeSignatureList does (read synchronously after each page, written in
 * 256 KB batches, waiting for drain), so both cases pay the same for output and only drawing differs.
 */
function batchedOutput(doc, out) {
  let batch = [];
  let bytes = 0;
  return {
    async afterPage(force = false) {
      for (let chunk; (chunk = doc.read()) !== null;) { batch.push(chunk); bytes += chunk.length; }
      if (bytes === 0 || (!force && bytes < 256 * 1024)) return;
      const data = Buffer.concat(batch, bytes);
      batch = [];
      bytes = 0;
      if (!out.write(data)) await once(out, 'drain');
    },
    async end() {
      const ended = once(doc, 'end');
      doc.end();
      for (let chunk; (chunk = doc.read()) !== null;) { batch.push(chunk); bytes += chunk.length; }
      doc.resume();
      await ended;
      await this.afterPage(true);
    },
  };
}

/** pdfkit's ordinary API with built-in Helvetica: same page grid, rows, zebra, header and footer. */
async function helvetica(rows, out) {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ autoFirstPage: false, bufferPages: false, compress: true, size: 'A4', margin: 0, info: { CreationDate: OPTIONS.creationDate } });
  const output = batchedOutput(doc, out);
  const perPage = 45;
  const pages = Math.ceil(rows.length / perPage);
  const cols = [[42, 36], [78, 190], [268, 120], [388, 100], [488, 65]];
  for (let p = 0; p < pages; p++) {
    doc.addPage();
    doc.font('Helvetica-Bold').fontSize(12).fillColor('#111827').text(OPTIONS.title, 42, 34, { lineBreak: false });
    doc.font('Helvetica').fontSize(8.5).fillColor('#4b5563').text(`To: ${OPTIONS.target}`, 42, 51, { lineBreak: false });
    doc.moveTo(42, 67).lineTo(553, 67).lineWidth(0.9).stroke('#111827');
    for (const [i, title] of ['NO.', 'NAME', 'CITY', 'COUNTRY', 'SIGNED'].entries()) doc.font('Helvetica-Bold').fontSize(7).text(title, cols[i][0], 76, { width: cols[i][1], lineBreak: false });
    doc.font('Helvetica').fontSize(8.5);
    for (let r = 0; r < perPage; r++) {
      const index = p * perPage + r;
      if (index >= rows.length) break;
      const row = rows[index];
      const y = 93 + r * 15.2;
      if (r % 2 === 1) doc.rect(42, y, 511, 15.2).fill('#f3f4f6');
      doc.fillColor('#111827');
      const cells = [String(index + 1), row.anonymous ? 'Anonymous' : row.name, row.city, row.country, new Date(row.signedAt).toISOString().slice(0, 10)];
      for (let c = 0; c < cells.length; c++) doc.text(cells[c], cols[c][0], y + 3, { width: cols[c][1], lineBreak: false, ellipsis: true });
    }
    doc.fontSize(7.5).fillColor('#4b5563').text(`Page ${p + 1} of ${pages} · signatures ${p * perPage + 1}–${Math.min(rows.length, (p + 1) * perPage)} of ${rows.length}`, 42, 793, { lineBreak: false });
    await output.afterPage();
  }
  await output.end();
  return pages;
}

async function child(kind, count, file) {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const list = kind === 'stream' ? streamed(count) : entries(count);
  const generated = performance.now();
  const out = createWriteStream(file);
  let pages;
  if (kind === 'helvetica') {
    pages = await helvetica(list, out);
  } else {
    const { writeSignatureList } = await import(dist);
    pages = (await writeSignatureList(list, { ...OPTIONS, totalSigners: count }, out)).pages;
  }
  out.end();
  await once(out, 'finish');
  const seconds = (performance.now() - generated) / 1000;
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(JSON.stringify({
    kind, count, pages, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, generateSeconds: (generated - t0) / 1000,
    peakRssMB: process.resourceUsage().maxRSS / 1024, bytes: statSync(file).size,
  }) + '\n');
}

if (process.argv[2] === '--child') {
  await child(process.argv[3], Number(process.argv[4]), process.argv[5]);
} else {
  const counts = process.argv.slice(2).map(Number).filter(Boolean);
  const dir = mkdtempSync(join(tmpdir(), 'bench-list-'));
  console.log('helvetica: pdfkit doc.text() in built-in Helvetica, rows in an array; unicode: writeSignatureList, rows in an');
  console.log('array (their memory counts in the peak); stream: writeSignatureList, rows from an async generator (time order).');
  console.log('wall seconds exclude building the rows array; CPU seconds (user+sys) include it and are steadier on a busy machine.');
  console.log('case       signers     pages   seconds  CPU s  pages/s  peak RSS MB  size MB');
  for (const count of counts.length ? counts : [180_000, 1_000_000]) {
    const results = {};
    for (const kind of ['helvetica', 'unicode', 'stream']) {
      const file = join(dir, `${kind}-${count}.pdf`);
      const run = spawnSync(process.execPath, [here, '--child', kind, String(count), file], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
      if (run.status !== 0) { console.error(run.stderr); process.exit(1); }
      const r = JSON.parse(run.stdout);
      results[kind] = r;
      console.log(`${kind.padEnd(10)} ${String(count).padStart(8)} ${String(r.pages).padStart(8)} ${r.seconds.toFixed(2).padStart(9)} ${r.cpuSeconds.toFixed(1).padStart(6)} ${(r.pages / r.seconds).toFixed(0).padStart(8)} ${r.peakRssMB.toFixed(0).padStart(12)} ${(r.bytes / 1e6).toFixed(1).padStart(8)}`);
      rmSync(file);
    }
    const ratio = (kind, field) => (results[kind][field] / results.helvetica[field]).toFixed(2);
    console.log(`vs helvetica, wall: unicode ${ratio('unicode', 'seconds')}×, stream ${ratio('stream', 'seconds')}×; CPU: unicode ${ratio('unicode', 'cpuSeconds')}×, stream ${ratio('stream', 'cpuSeconds')}× (must be ≤ 1.2×)\n`);
  }
  rmSync(dir, { recursive: true, force: true });
}

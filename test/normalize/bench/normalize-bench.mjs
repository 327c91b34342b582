/* global process, console, Buffer */
// Times 1,000,000 normalize() calls on realistic mixed rows. Run after compiling src (npm run build, or any tsc outDir):
//   node test/normalize/bench/normalize-bench.mjs [path to the compiled src folder, default dist/src] [rows]
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist/src');
const rows = Number(process.argv[3] ?? 1_000_000);
const { createNormalizer } = await import(pathToFileURL(`${root}/normalize/create-normalizer.js`).href);
const { validateSignature } = await import(pathToFileURL(`${root}/validate/validate-signature.js`).href);

const syllables = ['ma', 'ri', 'an', 'jo', 'el', 'ka', 'to', 'lu', 'ne', 'sa', 'vi', 'de', 'ro', 'li', 'mo', 'ha'];
const made = (i, n) => { let s = ''; for (let k = 0; k < n; k++) { s += syllables[i % 16]; i = Math.floor(i / 16); } return s[0].toUpperCase() + s.slice(1); };
const given = ['Maria', 'John', 'Jean-Luc', 'Ana', 'Łukasz', 'Søren', 'José', 'Min-jun', 'Wei', 'Fatima', 'Olga', 'Peter', 'Anne-Marie', 'Ngozi', 'Hiro'];
const family = ['García', 'Smith', 'Picard', 'Ordóñez', 'Müller', 'Park', 'Kim', 'van der Berg', 'Nowak', 'Rossi', 'Dubois', 'Lee', 'Chen', "O'Brien", 'Silva'];
const korean = ['박민준', '김서연', '이도윤', '최지우', '정하준', '남궁민', '황보영', '윤서아'];
const countries = ['United States', 'US', 'South Korea', '대한민국', 'Deutschland', 'UK', 'France', 'Corea del Sur', 'Canada', 'Korea, Republic of', ''];
const cities = ['Woodstock IL 60098', 'Seoul', 'Berlin', 'London', 'Paris', 'New York', 'Chicago', '서울', 'Toronto', 'Madrid'];
const postcodes = ['60098-1234', '04524', '10115', 'sw1a1aa', '75001', '10001', '', 'M5V 3L9'];
const flat = (s) => Buffer.from(s).toString();
const pick = (list, i) => list[i % list.length];

// A ring of distinct rows, normalized over and over: a streaming pipeline does not hold a million raw rows at once.
const ringSize = Math.min(rows, 50_000);
const raws = new Array(ringSize);
for (let i = 0; i < ringSize; i++) {
  const isKorean = i % 7 === 0;
  // Given names from a few hundred, family names from thousands, as in real lists; some accented, some Korean.
  const first = i % 3 === 0 ? pick(given, i) : made(i % 400, 2);
  const last = i % 4 === 0 ? pick(family, i >> 2) : made((i * 7919) % 5000, 3);
  const name = isKorean ? pick(korean, i) : `${first} ${last}`;
  const local = `${name.replace(/\W+/g, '.').replace(/^\.|\.$/g, '').toLowerCase() || 'kim'}${i}`;
  const domain = pick(['gmail.com', 'example.org', 'GoogleMail.com', 'naver.com', 'web.de'], i);
  const month = 1 + (i % 12);
  const day = 1 + (i % 28);
  raws[i] = {
    source: 'bench.csv', row: i + 1, line: i + 2,
    fields: {
      name: flat(name),
      email: flat(i % 50 === 0 ? 'not-an-email' : `${i % 3 === 0 ? local.toUpperCase() : local}@${domain}`),
      city: flat(pick(cities, i)),
      postcode: flat(pick(postcodes, i)),
      country: flat(pick(countries, i >> 2)),
      date: flat(`${month}/${day}/2025 ${i % 24}:${String(i % 60).padStart(2, '0')}:07`),
    },
    extra: {},
  };
}

const normalizer = createNormalizer({ source: 'bench.csv', tz: 'Asia/Seoul', dateSamples: raws.slice(0, 100).map((r) => r.fields.date) });
for (let i = 0; i < ringSize; i++) normalizer.normalize(raws[i]);
const started = process.hrtime.bigint();
const cpuStarted = process.cpuUsage();
let keys = 0;
for (let i = 0; i < rows; i++) {
  const sig = normalizer.normalize(raws[i % ringSize]);
  keys += sig.nameKey.length;
}
const elapsed = Number(process.hrtime.bigint() - started);
const cpu = process.cpuUsage(cpuStarted);
const sigs = [];
for (let i = 0; i < ringSize; i++) sigs.push(normalizer.normalize(raws[i]));
const window = { from: Date.parse('2025-01-01T00:00:00Z'), to: Date.parse('2025-12-31T23:59:59Z') };
let rejected = 0;
for (let i = 0; i < ringSize; i++) validateSignature(sigs[i], raws[i], window);
const validateCpu = process.cpuUsage();
for (let i = 0; i < rows; i++) if (validateSignature(sigs[i % ringSize], raws[i % ringSize], window)) rejected++;
const validateUsed = process.cpuUsage(validateCpu);
const validateNs = (validateUsed.user + validateUsed.system) * 1000 / rows;
const reasons = {};
for (let i = 0; i < ringSize; i++) {
  const verdict = validateSignature(sigs[i], raws[i], window);
  if (verdict) reasons[verdict.reason] = (reasons[verdict.reason] ?? 0) + 1;
}

console.log(`normalize: ${rows} rows in ${(elapsed / 1e9).toFixed(3)} s wall = ${Math.round(elapsed / rows)} ns/row; ` +
  `CPU ${((cpu.user + cpu.system) / 1e6).toFixed(3)} s (all threads, GC included) (keys ${keys})`);
console.log(`validate: ${Math.round(validateNs)} ns/row CPU (${rejected} of ${rows} rejected; in the ring: ${JSON.stringify(reasons)})`);
console.log(normalizer.problems().map((p) => `${p.code}: ${p.message}`).join('\n'));

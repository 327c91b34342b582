// `npm run bench:dedupe [-- --rows=1000000,5000000]`: MatchTable.add + dedupeExact + tally on synthetic signatures
// (about 8% duplicates: re-signings by email, by name and postcode, by name and city), seconds and peak RSS.
// Each size runs in its own process so peaks do not mix. Needs a build (dist/); DIST=dir points elsewhere.
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const dist = resolve(process.env.DIST ?? fileURLToPath(new URL('../dist', import.meta.url)));
const sizeArg = process.argv.find((a) => a.startsWith('--rows='))?.slice(7);

if (!process.argv.includes('--child')) {
  const sizes = (sizeArg ?? '1000000,5000000').split(',').map(Number);
  for (const rows of sizes) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', `--rows=${rows}`], {
      encoding: 'utf8', env: { ...process.env, DIST: dist, NODE_OPTIONS: '' },
    });
    if (child.status !== 0) throw new Error(child.stderr);
    const peakMb = process.platform === 'linux' ? Math.round(Number(/maxrss=(\d+)/.exec(child.stdout)?.[1]) / 1024) : NaN;
    console.log(child.stdout.replace(/maxrss=\d+\n?/, '').trim(), `peak RSS ${peakMb} MB`);
  }
} else {
  const { MatchTable } = await import(pathToFileURL(`${dist}/dedupe/match-table.js`).href);
  const { dedupeExact } = await import(pathToFileURL(`${dist}/dedupe/exact-dedupe.js`).href);
  const { tally } = await import(pathToFileURL(`${dist}/tally/tally.js`).href);
  const rows = Number(sizeArg);
  const GIVEN = ['james', 'maria', 'jurgen', 'amelie', 'oleg', 'elene', 'minjun', 'seo yeon', 'wei', 'haruto', 'soren', 'zoe', 'lukasz', 'chloe', 'ana', 'john', 'fatima', 'nguyen', 'aroha', 'ivan'];
  const FAMILY = ['smith', 'garcia', 'muller', 'dubois', 'ivanov', 'papadopoulos', 'kim', 'park', 'wang', 'sato', 'orsted', 'bronte', 'walesa', 'ordonez', 'silva', 'lee', 'khan', 'tran', 'ngata', 'petrov'];
  const COUNTRIES = ['KR', 'US', 'DE', 'FR', 'GB', 'ES', 'JP', 'unknown'];
  let state = 2012;
  const rnd = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const sources = ['online.csv', 'paper.csv', 'speakout.tsv'];
  const start = Date.UTC(2026, 0, 1);
  const dayOf = (ms) => new Date(ms).toISOString().slice(0, 10);
  // People as parallel arrays, so making a row allocates one object of one shape (as a normalizer would).
  const POOL = 100000;
  const pool = { name: [], given: [], email: [], postcode: [], city: [], country: [] };
  let pooled = 0;
  const signature = (i) => {
    let name, given, email, postcode, city, country;
    if (pooled > 100 && rnd() < 0.08) {
      const k = Math.floor(rnd() * pooled);
      ({ name: { [k]: name }, given: { [k]: given }, email: { [k]: email }, postcode: { [k]: postcode }, city: { [k]: city }, country: { [k]: country } } = pool);
      const how = rnd();
      if (how < 0.5) name = `${name} x`; // same email, name typed differently
      else if (how < 0.8) email = ''; // same name and postcode, email left out
      else { email = ''; postcode = ''; } // same name and city on a paper sheet
    } else {
      given = pick(GIVEN);
      const place = Math.floor(rnd() * 20000);
      name = [given, pick(FAMILY), `n${Math.floor(rnd() * 500)}`].sort().join(' ');
      email = rnd() < 0.9 ? `user${i}@example.org` : '';
      postcode = rnd() < 0.8 ? `p${place}` : '';
      city = `city${place % 3000}`;
      country = COUNTRIES[place % COUNTRIES.length];
      const k = pooled < POOL ? pooled++ : Math.floor(rnd() * POOL);
      pool.name[k] = name; pool.given[k] = given; pool.email[k] = email; pool.postcode[k] = postcode; pool.city[k] = city; pool.country[k] = country;
    }
    return {
      source: sources[i % 3], row: i + 1, line: i + 2, nameKey: name, givenKey: given, emailKey: email,
      postcodeKey: postcode, cityKey: city, country, language: rnd() < 0.5 ? 'en' : 'ko',
      signedAt: rnd() < 0.001 ? null : start + Math.floor((i / rows) * 300 * 86400) * 1000,
    };
  };

  // Rows are made in batches, as a reader would stream them; only MatchTable.add is timed for building.
  const table = new MatchTable({ dayOf });
  const batch = [];
  let generateMs = 0;
  let addMs = 0;
  let addCpuMs = 0;
  for (let from = 0; from < rows; from += 65536) {
    const g0 = performance.now();
    batch.length = 0;
    for (let i = from; i < Math.min(rows, from + 65536); i++) batch.push(signature(i));
    const g1 = performance.now();
    const c0 = process.cpuUsage();
    for (const sig of batch) table.add(sig);
    const c1 = process.cpuUsage(c0);
    addCpuMs += (c1.user + c1.system) / 1000;
    generateMs += g1 - g0;
    addMs += performance.now() - g1;
  }
  batch.length = 0;
  const t1 = performance.now();
  const cpu1 = process.cpuUsage();
  const outcome = dedupeExact(table);
  const t2 = performance.now();
  const counts = tally({ sources, table, outcome, rejected: [] });
  const t3 = performance.now();
  const cpu = process.cpuUsage(cpu1);
  const s = (ms) => (ms / 1000).toFixed(2);
  console.log(`${rows} rows: (generating ${s(generateMs)} s) MatchTable.add ${s(addMs)} s (CPU ${s(addCpuMs)} s), dedupeExact ${s(t2 - t1)} s, tally ${s(t3 - t2)} s;`,
    `add+dedupe+tally ${s(addMs + t3 - t1)} s (dedupe+tally CPU ${s((cpu.user + cpu.system) / 1000)} s); unique ${counts.unique}, duplicates ${counts.duplicates} ${JSON.stringify(counts.duplicatesByRule)};`);
  console.log(`maxrss=${process.resourceUsage().maxRSS}`);
}

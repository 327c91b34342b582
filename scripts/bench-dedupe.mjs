// `npm run bench:dedupe`: accuracy of signer deduplication (normalize → exact rules → fuzzy matching) on the
// public benchmarks in <repo>/../shared/benchmarks, on a generated cross-platform petition set, and its speed
// from 100,000 to 1,000,000 rows. Runs the BUILT code in dist/ (`npm run build` first).
//
//   node scripts/bench-dedupe.mjs               accuracy tables and the scale run
//   node scripts/bench-dedupe.mjs --no-scale    accuracy only
//   node scripts/bench-dedupe.mjs --scale-only  scale run only
//   node scripts/bench-dedupe.mjs --no-realistic  without the realistic sets (scripts/bench-realistic.mjs)
//   node scripts/bench-dedupe.mjs --json        one JSON object on stdout (tables go to stderr)
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { seededRandom } from './synthetic-export.mjs';
import { pick, weighted } from './realistic/random-tools.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// <repo>/../shared in the main checkout; a worktree in /work/wt/NAME finds it one level further up.
const benchmarks = [resolve(repo, '..', 'shared', 'benchmarks'), resolve(repo, '..', '..', 'shared', 'benchmarks')]
  .find((dir) => existsSync(join(dir, 'README.md'))) ?? resolve(repo, '..', 'shared', 'benchmarks');
const dist = join(repo, 'dist');
const args = new Set(process.argv.slice(2));
const log = (line = '') => process.stderr.write(line + '\n');
// For experiments only (BENCH_TUNING='{"upper":12}'); the figures reported are with the defaults.
const TUNING = process.env.BENCH_TUNING ? JSON.parse(process.env.BENCH_TUNING) : {};

export async function loadTool() {
  const need = ['normalize/create-normalizer.js', 'dedupe/match-table.js', 'dedupe/exact-dedupe.js', 'dedupe/cluster-links.js',
    'dedupe/fuzzy/fuzzy-records.js', 'dedupe/fuzzy/refine-with-fuzzy.js', 'pipeline/decide-signers.js'];
  for (const file of need) {
    if (!existsSync(join(dist, file))) throw new Error(`dist/${file} is missing: run \`npm run build\` first`);
  }
  const load = (file) => import(pathToFileURL(join(dist, file)).href);
  const [{ createNormalizer }, { MatchTable }, { dedupeExact }, { clusterLinks }, { FuzzyRecords }, fuzzy, { decideSigners }] = await Promise.all(need.map(load));
  return { createNormalizer, MatchTable, dedupeExact, clusterLinks, FuzzyRecords, findFuzzyMatches: fuzzy.findFuzzyMatches, decideSigners };
}

// ---------------------------------------------------------------------------------------------------------
// The tool's own path: every row through createNormalizer, the exact rules, fuzzy matching and clusterLinks.

/** files: [{ source, country, rows: [canonical fields] }] → per input row (in file order): signer, plus stats. */
export function dedupe(tool, files, options = {}) {
  const { fuzzy = true, decisions } = options;
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const cpuSince = (from) => {
    const used = process.cpuUsage(from);
    return (used.user + used.system) / 1000;
  };
  let dayOf = () => 'unknown';
  const table = new tool.MatchTable({ dayOf: (t) => dayOf(t) });
  const records = fuzzy ? new tool.FuzzyRecords() : null;
  for (const file of files) {
    const normalizer = tool.createNormalizer({ source: file.source, defaultCountry: file.country, tz: 'UTC' });
    dayOf = normalizer.dayOf;
    file.rows.forEach((fields, i) => {
      const signature = normalizer.normalize({ source: file.source, row: i + 1, line: i + 2, fields, extra: {} });
      table.add(signature);
      records?.add(signature);
    });
  }
  const normalized = performance.now();
  const cpu1 = process.cpuUsage();
  // Exactly what the pipeline does (src/pipeline/decide-signers.ts): exact rules, fuzzy links, one clustering step.
  const exactDone = performance.now();
  const cpu2 = process.cpuUsage();
  const decided = tool.decideSigners(table, records, { decisions, ...TUNING });
  // What --exact gives, for the comparison (decideSigners' own exact step also asks fuzzy matching's names).
  const exact = tool.dedupeExact(table);
  const result = decided.outcome;
  const found = decided.fuzzy;
  const fuzzyCpu = records ? cpuSince(cpu2) : 0;
  const done = performance.now();
  return {
    cluster: result.cluster,
    signers: result.signers,
    exactCluster: exact.cluster,
    found,
    ms: { normalize: normalized - started, exact: exactDone - normalized, fuzzy: done - exactDone },
    cpuMs: { normalize: (cpu1.user - cpu0.user + cpu1.system - cpu0.system) / 1000, exact: (cpu2.user - cpu1.user + cpu2.system - cpu1.system) / 1000, fuzzy: fuzzyCpu },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Scoring (shared/benchmarks/README.md): pairwise precision, recall, F1, and the unique count against the truth.

function pairs(n) {
  return (n * (n - 1)) / 2;
}

export function score(predicted, truth) {
  const byCluster = new Map();
  const byEntity = new Map();
  const byBoth = new Map();
  for (let i = 0; i < truth.length; i++) {
    const p = predicted[i];
    const t = truth[i];
    byCluster.set(p, (byCluster.get(p) ?? 0) + 1);
    byEntity.set(t, (byEntity.get(t) ?? 0) + 1);
    const key = `${p}\u0000${t}`;
    byBoth.set(key, (byBoth.get(key) ?? 0) + 1);
  }
  let predictedPairs = 0;
  let truePairs = 0;
  let hits = 0;
  for (const n of byCluster.values()) predictedPairs += pairs(n);
  for (const n of byEntity.values()) truePairs += pairs(n);
  for (const n of byBoth.values()) hits += pairs(n);
  const precision = predictedPairs ? hits / predictedPairs : 1;
  const recall = truePairs ? hits / truePairs : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, unique: byCluster.size, trueUnique: byEntity.size, predictedPairs, truePairs };
}

// ---------------------------------------------------------------------------------------------------------
// Public benchmarks.

function readCsv(path) {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, bom: true });
}

function readTruth(path) {
  return readCsv(path).map((r) => r.entity);
}

/** FEBRL columns as petition fields; `every` adds birth date and the social security number. */
function febrlFields(r, every) {
  const street = [r.street_number, r.address_1].filter(Boolean).join(' ');
  const fields = {
    given: r.given_name,
    family: r.surname,
    street: r.address_2 ? `${street}, ${r.address_2}` : street,
    city: r.suburb,
    postcode: r.postcode,
    region: r.state,
  };
  if (every) {
    fields.birth_date = r.date_of_birth;
    fields.id_number = r.soc_sec_id;
  }
  return fields;
}

export function febrlSet(name, parts, every) {
  const files = [];
  const truth = [];
  for (const part of parts) {
    const rows = readCsv(join(benchmarks, 'febrl', `${part}.csv`));
    files.push({ source: `${part}.csv`, country: 'AU', rows: rows.map((r) => febrlFields(r, every)) });
    truth.push(...readTruth(join(benchmarks, 'febrl', `${part}.truth.csv`)));
  }
  return { name, files, truth };
}

/** fake_1000 with every column, or (`petitionFields`) with what a platform exports: no birth date. */
export function fakeSet(petitionFields = false) {
  const rows = readCsv(join(benchmarks, 'fake_1000', 'fake_1000.csv'));
  return {
    name: 'fake_1000',
    files: [{
      source: 'fake_1000.csv', country: 'GB',
      rows: rows.map((r) => ({ given: r.first_name, family: r.surname, ...(petitionFields ? {} : { birth_date: r.dob }), city: r.city, email: r.email })),
    }],
    truth: readTruth(join(benchmarks, 'fake_1000', 'fake_1000.truth.csv')),
  };
}

// ---------------------------------------------------------------------------------------------------------
// A generated cross-platform petition (fixed seed, known truth): the same people on a Change.org-style export,
// a Google Form, an Action Network report and a Korean paper sheet without emails; typos, nicknames, swapped
// name orders, romanized Korean names, several emails per person, and namesakes in other cities.


const KOREAN_FAMILIES = [
  ['김', 21.5, ['Kim']], ['이', 14.7, ['Lee', 'Yi', 'Rhee']], ['박', 8.4, ['Park', 'Pak', 'Bak']], ['최', 4.7, ['Choi', 'Choe']],
  ['정', 4.3, ['Jung', 'Jeong', 'Chung']], ['강', 2.4, ['Kang']], ['조', 2.1, ['Cho', 'Jo']], ['윤', 2.1, ['Yoon', 'Yun']],
  ['장', 2.0, ['Jang', 'Chang']], ['임', 1.7, ['Lim', 'Im']], ['한', 1.5, ['Han']], ['오', 1.5, ['Oh']], ['서', 1.5, ['Seo', 'Suh']],
  ['신', 1.5, ['Shin']], ['권', 1.4, ['Kwon']], ['황', 1.4, ['Hwang']], ['안', 1.4, ['Ahn']], ['송', 1.3, ['Song']],
  ['전', 1.1, ['Jeon', 'Jun']], ['홍', 1.1, ['Hong']], ['남궁', 0.05, ['Namgoong', 'Namgung']],
];
/** Syllables of Korean given names with their usual romanizations (the first is Revised Romanization). */
const KOREAN_SYLLABLES = [
  ['민', ['min']], ['준', ['jun', 'joon']], ['서', ['seo', 'suh']], ['연', ['yeon']], ['지', ['ji', 'jee']], ['우', ['u', 'woo']],
  ['현', ['hyeon', 'hyun']], ['수', ['su', 'soo']], ['영', ['yeong', 'young']], ['희', ['hui', 'hee']], ['은', ['eun']],
  ['하', ['ha']], ['윤', ['yun', 'yoon']], ['도', ['do']], ['예', ['ye']], ['성', ['seong', 'sung']], ['진', ['jin']],
  ['호', ['ho']], ['재', ['jae']], ['혜', ['hye']], ['동', ['dong']], ['승', ['seung']], ['태', ['tae']], ['경', ['gyeong', 'kyung']],
  ['정', ['jeong', 'jung']], ['아', ['a']], ['빈', ['bin']], ['규', ['gyu', 'kyu']], ['채', ['chae']], ['원', ['won']],
];
const WESTERN_GIVEN = [
  ['Robert', ['Bob', 'Rob', 'Bobby']], ['William', ['Bill', 'Will']], ['Katherine', ['Kate', 'Kathy']], ['John', ['Jon', 'Johnny']],
  ['Elizabeth', ['Liz', 'Beth']], ['Michael', ['Mike']], ['James', ['Jim', 'Jimmy']], ['Margaret', ['Maggie', 'Peggy']],
  ['Thomas', ['Tom']], ['Jennifer', ['Jenny']], ['Richard', ['Rick', 'Dick']], ['Susan', ['Sue']], ['Daniel', ['Dan', 'Danny']],
  ['Patricia', ['Pat', 'Trish']], ['Christopher', ['Chris']], ['Anna', []], ['Sofia', []], ['Lukas', []], ['Emma', []],
  ['Olivia', []], ['Noah', []], ['Liam', []], ['Amelia', []], ['Mateo', []], ['Chloé', []], ['Søren', []], ['Zoë', []],
];
const WESTERN_FAMILY = ['Smith', 'Jones', 'Brown', 'Taylor', 'Wilson', 'Müller', 'Schmidt', 'García', 'Martin', 'Dubois',
  'Rossi', 'Novak', 'Kowalski', 'Andersen', 'Johansson', 'O\'Brien', 'MacDonald', 'Nguyen', 'Cohen', 'Okafor', 'Silva', 'Fischer',
  'Evans', 'Thomas', 'Roberts', 'Walker', 'Wright', 'Robinson', 'Thompson', 'White', 'Hughes', 'Edwards', 'Green', 'Hall',
  'Wood', 'Harris', 'Lewis', 'Martínez', 'López', 'González', 'Pérez', 'Sánchez', 'Romero', 'Bernard', 'Moreau', 'Laurent',
  'Lefèvre', 'Weber', 'Wagner', 'Becker', 'Hoffmann', 'Schulz', 'Koch', 'Richter', 'Klein', 'Wolf', 'Bianchi', 'Ricci',
  'Marino', 'Greco', 'Bruno', 'Gallo', 'Costa', 'Ferreira', 'Santos', 'Oliveira', 'Jansen', 'de Vries', 'van Dijk', 'Bakker',
  'Nowak', 'Wiśniewski', 'Dvořák', 'Horváth', 'Nagy', 'Popescu', 'Ivanova', 'Petrov', 'Yilmaz', 'Kaya', 'Haddad', 'Mensah'];
const KOREAN_CITIES = [['서울', 'Seoul', '0', 50], ['부산', 'Busan', '4', 15], ['인천', 'Incheon', '2', 10], ['대구', 'Daegu', '4', 8],
  ['대전', 'Daejeon', '3', 6], ['광주', 'Gwangju', '6', 5]];
const ABROAD_CITIES = [['London', 'GB', 20], ['New York', 'US', 15], ['Los Angeles', 'US', 12], ['Berlin', 'DE', 10],
  ['Toronto', 'CA', 10], ['Sydney', 'AU', 8], ['Paris', 'FR', 8], ['Washington', 'US', 6]];

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One typing slip: a letter changed, dropped, doubled or two neighbours swapped (never the first letter). */
function typo(random, text) {
  if (text.length < 4) return text;
  const i = 1 + Math.floor(random() * (text.length - 2));
  switch (Math.floor(random() * 4)) {
    case 0: return text.slice(0, i) + pick(random, LETTERS) + text.slice(i + 1);
    case 1: return text.slice(0, i) + text.slice(i + 1);
    case 2: return text.slice(0, i) + text[i] + text.slice(i);
    default: return text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
  }
}

function asciiFold(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ø/g, 'o').replace(/[^A-Za-z]/g, '').toLowerCase();
}

/** People: Koreans in Korea, Koreans abroad, and others; some share a name with someone in another city. */
function makePeople(random, count) {
  const people = [];
  for (let id = 0; id < count; id++) {
    const kind = random();
    const korean = kind < 0.55;
    let person;
    if (korean) {
      const [familyHangul, , familyLatin] = weighted(random, KOREAN_FAMILIES, (f) => f[1]);
      const first = pick(random, KOREAN_SYLLABLES);
      const second = pick(random, KOREAN_SYLLABLES);
      const givenHangul = first[0] + second[0];
      const capital = (text) => text.charAt(0).toUpperCase() + text.slice(1);
      const rr = `${first[1][0]}${second[1][0]}`;
      const givenLatin = [capital(`${first[1][0]}-${second[1][0]}`), capital(rr), capital(`${pick(random, first[1])}${pick(random, second[1])}`),
        capital(`${pick(random, first[1])}-${pick(random, second[1])}`)];
      const inKorea = kind < 0.45;
      const place = inKorea ? weighted(random, KOREAN_CITIES, (c) => c[3]) : weighted(random, ABROAD_CITIES, (c) => c[2]);
      person = {
        id, korean: true, inKorea, familyHangul, givenHangul,
        familyLatin: pick(random, familyLatin), givenLatin: givenLatin[0], givenVariants: givenLatin,
        cityLatin: inKorea ? place[1] : place[0], cityHangul: inKorea ? place[0] : '',
        country: inKorea ? 'KR' : place[1],
        postcode: inKorea ? `${place[2]}${String(Math.floor(random() * 9000) + 1000)}` : String(Math.floor(random() * 90000) + 10000),
      };
    } else {
      const [given, nicknames] = pick(random, WESTERN_GIVEN);
      const place = weighted(random, ABROAD_CITIES, (c) => c[2]);
      person = {
        id, korean: false, given, nicknames, family: pick(random, WESTERN_FAMILY), cityLatin: place[0], country: place[1],
        postcode: String(Math.floor(random() * 90000) + 10000),
      };
    }
    const localName = person.korean ? `${asciiFold(person.givenLatin)}.${asciiFold(person.familyLatin)}` : `${asciiFold(person.given)}.${asciiFold(person.family)}`;
    const n = Math.floor(random() * 1000);
    person.email = `${localName}${n}@${pick(random, ['gmail.com', 'naver.com', 'yahoo.com', 'outlook.com', 'daum.net'])}`;
    person.workEmail = `${localName.split('.')[0][0]}${localName.split('.')[1]}${id}@${pick(random, ['uni.edu', 'corp.example', 'ngo.org'])}`;
    people.push(person);
  }
  return people;
}

/** The email a person typed on one platform: usually their own, sometimes another, sometimes with a slip. */
function emailOf(random, person) {
  const x = random();
  if (x < 0.78) return person.email;
  if (x < 0.9) return person.workEmail;
  const [local, domain] = person.email.split('@');
  return `${typo(random, local)}@${domain}`;
}

function givenAsTyped(random, person) {
  if (person.korean) return pick(random, person.givenVariants);
  if (person.nicknames.length && random() < 0.3) return pick(random, person.nicknames);
  return random() < 0.08 ? typo(random, person.given) : person.given;
}

function familyAsTyped(random, person) {
  const family = person.korean ? person.familyLatin : person.family;
  return random() < 0.07 ? typo(random, family) : family;
}

export function crossPlatformSet(seed = 20261210, peopleCount = 4000) {
  const random = seededRandom(seed);
  const people = makePeople(random, peopleCount);
  const files = { change: [], form: [], network: [], paper: [] };
  const truth = { change: [], form: [], network: [], paper: [] };
  const add = (file, person, fields) => {
    files[file].push(fields);
    truth[file].push(String(person.id));
  };
  for (const person of people) {
    const onPaper = person.korean && person.inKorea && random() < 0.6;
    const platforms = ['change', 'form', 'network'].filter(() => random() < 0.45);
    if (!onPaper && platforms.length === 0) platforms.push(pick(random, ['change', 'form', 'network']));
    for (const platform of platforms) {
      const given = givenAsTyped(random, person);
      const family = familyAsTyped(random, person);
      const city = random() < 0.05 ? typo(random, person.cityLatin) : person.cityLatin;
      const email = emailOf(random, person);
      if (platform === 'change') {
        // Koreans often put the family name in "First Name".
        const swap = person.korean && random() < 0.25;
        add('change', person, { given: swap ? family : given, family: swap ? given : family, email, city, postcode: person.postcode, country: person.country });
      } else if (platform === 'form') {
        const familyFirst = person.korean && random() < 0.4;
        const name = familyFirst ? `${random() < 0.5 ? family.toUpperCase() : family} ${given}` : `${given} ${family}`;
        add('form', person, { name, email, city, country: person.country });
      } else {
        add('network', person, { given, family, email, postcode: person.postcode, city });
      }
    }
    if (onPaper) {
      // Paper sheets: Hangul, no email, the city as written in Korean; sometimes a slip of the pen (given name).
      add('paper', person, { name: `${person.familyHangul}${person.givenHangul}`, city: person.cityHangul, country: 'KR' });
    }
  }
  return {
    name: 'cross-platform (generated)',
    files: [
      { source: 'change-org.csv', rows: files.change },
      { source: 'google-form.csv', rows: files.form },
      { source: 'action-network.csv', rows: files.network },
      { source: 'seoul-paper.csv', country: 'KR', rows: files.paper },
    ],
    truth: [...truth.change, ...truth.form, ...truth.network, ...truth.paper],
  };
}

// ---------------------------------------------------------------------------------------------------------
// Scale: N rows (about 1.4 rows a person), normalized and deduplicated in a child process for a clean memory figure.

export function scaleRows(count, seed = 7) {
  const random = seededRandom(seed);
  const people = makePeople(random, Math.ceil(count / 1.4));
  const rows = [];
  const truth = [];
  let p = 0;
  while (rows.length < count) {
    const person = people[p++ % people.length];
    const copies = 1 + (random() < 0.3 ? 1 : 0) + (random() < 0.1 ? 1 : 0);
    for (let c = 0; c < copies && rows.length < count; c++) {
      const given = givenAsTyped(random, person);
      const family = familyAsTyped(random, person);
      rows.push({ given, family, email: random() < 0.75 ? emailOf(random, person) : '', city: person.cityLatin, postcode: person.postcode, country: person.country });
      truth.push(person.id);
    }
  }
  return { rows, truth };
}

async function scaleChild(count) {
  const tool = await loadTool();
  const { rows, truth } = scaleRows(count);
  globalThis.gc?.();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = dedupe(tool, [{ source: 'scale.csv', rows }]);
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  const accuracy = score(result.cluster, truth);
  process.stdout.write(JSON.stringify({
    rows: count, ms, cpuMs, ...result.ms, cpu: result.cpuMs, maxRssMb, signers: result.signers, comparedPairs: result.found.comparedPairs,
    review: result.found.review.length, links: result.found.links.length,
    precision: accuracy.precision, recall: accuracy.recall, f1: accuracy.f1, trueUnique: accuracy.trueUnique,
  }) + '\n');
}

function runScale() {
  const sizes = [100_000, 250_000, 500_000, 1_000_000];
  const results = [];
  for (const size of sizes) {
    const child = spawnSync(process.execPath, ['--max-old-space-size=4096', fileURLToPath(import.meta.url), '--scale-child', String(size)], {
      encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' }, maxBuffer: 1 << 20,
    });
    if (child.status !== 0) throw new Error(`scale run of ${size} rows failed:\n${child.stderr}`);
    results.push(JSON.parse(child.stdout.trim().split('\n').pop()));
  }
  log('\nScale (generated rows; whole path: normalize + exact + fuzzy + clusterLinks; rows are generated before timing)');
  log('CPU seconds are what the process used (all threads); wall seconds depend on what else the machine runs.');
  log(`load average at start: ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  log('rows       wall s  cpu s  cpu normalize  cpu exact  cpu fuzzy  peak RSS MB  compared pairs  pairs/row  review  fuzzy cpu s per 100k  precision recall F1     signers / true');
  for (const r of results) {
    log(`${String(r.rows).padEnd(10)} ${(r.ms / 1000).toFixed(1).padStart(6)} ${(r.cpuMs / 1000).toFixed(1).padStart(6)}  ${(r.cpu.normalize / 1000).toFixed(1).padStart(13)}  ${(r.cpu.exact / 1000).toFixed(1).padStart(9)}  ${(r.cpu.fuzzy / 1000).toFixed(1).padStart(9)}  ${r.maxRssMb.toFixed(0).padStart(11)}  ${String(r.comparedPairs).padStart(14)}  ${(r.comparedPairs / r.rows).toFixed(1).padStart(9)}  ${String(r.review).padStart(6)}  ${((r.cpu.fuzzy / 1000) / (r.rows / 100000)).toFixed(2).padStart(8)}              ${r.precision.toFixed(4)}    ${r.recall.toFixed(4)} ${r.f1.toFixed(4)} ${r.signers} / ${r.trueUnique}`);
  }
  const first = results[0];
  const last = results[results.length - 1];
  log(`growth 100k → 1M (×10 rows): cpu ×${(last.cpuMs / first.cpuMs).toFixed(1)}, fuzzy cpu ×${(last.cpu.fuzzy / first.cpu.fuzzy).toFixed(1)}, compared pairs ×${(last.comparedPairs / first.comparedPairs).toFixed(1)}, wall ×${(last.ms / first.ms).toFixed(1)}`);
  return results;
}

// ---------------------------------------------------------------------------------------------------------

function row(name, fields, s, extra = '') {
  return `${name.padEnd(34)} ${fields.padEnd(10)} ${s.precision.toFixed(4)}    ${s.recall.toFixed(4)}  ${s.f1.toFixed(4)}  ${String(s.unique).padStart(6)} / ${String(s.trueUnique).padEnd(6)} ${extra}`;
}

async function main() {
  if (args.has('--scale-child')) {
    await scaleChild(Number(process.argv[process.argv.indexOf('--scale-child') + 1]));
    return;
  }
  if (!existsSync(join(benchmarks, 'README.md'))) {
    throw new Error(`benchmarks not found at ${benchmarks} (expected <repo>/../shared/benchmarks with its README.md)`);
  }
  const tool = await loadTool();
  const report = { accuracy: [], scale: null };
  if (!args.has('--scale-only')) {
    const sets = [
      { set: febrlSet('FEBRL 1', ['dataset1'], false), fields: 'petition', target: 0.99 },
      { set: febrlSet('FEBRL 2', ['dataset2'], false), fields: 'petition', target: 0.99 },
      { set: febrlSet('FEBRL 3', ['dataset3'], false), fields: 'petition', target: 0.99 },
      { set: febrlSet('FEBRL 4a+4b', ['dataset4a', 'dataset4b'], false), fields: 'petition', target: 0.99 },
      { set: febrlSet('FEBRL 3', ['dataset3'], true), fields: 'every', target: 0.993 },
      { set: febrlSet('FEBRL 4a+4b', ['dataset4a', 'dataset4b'], true), fields: 'every', target: 0.998 },
      { set: fakeSet(), fields: 'all five', target: null },
      { set: fakeSet(true), fields: 'no dob', target: 0.9 },
      { set: crossPlatformSet(), fields: 'petition', target: null },
    ];
    log('Accuracy (pairwise; thresholds are the defaults, the same for every set)');
    log('set                                fields     precision recall  F1      unique / true   compared  review  exact-only F1 / unique');
    for (const { set, fields, target } of sets) {
      const result = dedupe(tool, set.files);
      const s = score(result.cluster, set.truth);
      const exactOnly = score(result.exactCluster, set.truth);
      // The default mode must never do worse than the exact rules alone, on any set: in F1, and in how far its
      // count is from the truth.
      const worseThanExact = s.f1 < exactOnly.f1 || Math.abs(s.unique - s.trueUnique) > Math.abs(exactOnly.unique - s.trueUnique);
      const verdict = [target === null ? '' : s.f1 >= target ? `ok (≥ ${target})` : `BELOW ${target}`, worseThanExact ? 'WORSE THAN EXACT' : ''].filter(Boolean).join('; ');
      log(row(set.name, fields, s, `${String(result.found.comparedPairs).padStart(9)} ${String(result.found.review.length).padStart(7)}  ${exactOnly.f1.toFixed(4)} / ${String(exactOnly.unique).padStart(5)}  ${verdict}`));
      if ((target !== null && s.f1 < target) || worseThanExact) process.exitCode = 1;
      report.accuracy.push({ set: set.name, fields, ...s, comparedPairs: result.found.comparedPairs, review: result.found.review.length,
        exactOnlyF1: exactOnly.f1, exactOnlyUnique: exactOnly.unique, weights: result.found.weights, target, ms: result.ms });
    }
  }
  if (!args.has('--scale-only') && !args.has('--no-realistic')) {
    // The generated realistic sets go through the built command line (reading, format detection and all).
    const { benchRealistic } = await import('./bench-realistic.mjs');
    report.realistic = benchRealistic(log);
    if (report.realistic.some((r) => r.failures.length)) process.exitCode = 1;
  }
  if (!args.has('--no-scale')) report.scale = runScale();
  if (args.has('--json')) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`bench-dedupe: ${error.message}\n`);
    process.exitCode = 2;
  });
}

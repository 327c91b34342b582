// Writes labelled, realistic cross-platform petition sets for the deduplication benchmark: seven exports shaped
// byte for byte like the real ones (fixtures/exports/, /work/shared/FORMATS.md), each with a `<file>.truth.csv`
// (`row,entity`: the record number as the tool counts it, and the person). Deterministic for a seed.
//
//   node scripts/make-realistic-set.mjs                      both sets into bench-data/realistic/
//   node scripts/make-realistic-set.mjs --out DIR --set petition-b
//
// The sets are built like petitions, not like any matcher: people first (names by real frequency, so namesakes
// are as common as in life), then where and how each of them signed.
import { Buffer } from 'node:buffer';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { seededRandom } from './synthetic-export.mjs';
import { makePeople } from './realistic/people.mjs';
import { planSignings } from './realistic/signings.mjs';
import { LAYOUTS } from './realistic/render.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The proportions, and why:
 * - cultures: this petition is Korean-led (a Seoul NGO, Korean churches abroad), so about half the signers are
 *   Korean, 40 % living in Korea; the rest are the international human-rights public, mostly English-speaking.
 * - householdStart: the share of signers who bring their family along. Set A: 4.2 % start a household of 2–4
 *   (≈ 9 % of people live with another signer); set B, built around church and family events, 13 % (≈ 24 %).
 * - householdSharesEmail: a third (A) or half (B) of those households give one address for everyone, and a member
 *   uses it on 70–75 % of their signatures (the UK e-petitions "household allowance" exists because this is common).
 * - secondPlatform / thirdPlatform: 12–16 % of people sign on a second platform (campaign emails and paper stalls
 *   ask the same people again), 15–20 % of those on a third; sameTwice: 1.5–2.5 % sign one platform twice,
 *   forgetting they had (with another address on platforms that refuse a repeated one).
 * - secondEmail: a quarter of people own a second address, half of those with the same local part elsewhere.
 * - moved: 6–8 % of people who sign twice give a new address the second time (a move, or a work address).
 * - platformBoost: set B leans on paper sheets gathered at Korean church events.
 * Name slips (typos 2 %, nicknames, dropped accents 5–30 % by platform, swapped fields 1.5 % Latin / 12 % East
 * Asian, Hangul or Han vs Latin letters by platform) are in scripts/realistic/render.mjs next to the code they drive.
 */
export const SETS = {
  'petition-a': {
    seed: 20261205, people: 12000,
    profile: {
      cultures: { koreanHome: 40, koreanAbroad: 10, chinese: 7, japanese: 2, english: 22, spanish: 7, german: 8, french: 4 },
      householdStart: 0.042, householdSharesEmail: 0.35, useSharedEmail: 0.7, secondEmail: 0.25, moved: 0.06,
      secondPlatform: 0.135, thirdPlatform: 0.15, sameTwice: 0.015, platformBoost: {},
    },
  },
  'petition-b': {
    seed: 7331, people: 3000,
    profile: {
      cultures: { koreanHome: 58, koreanAbroad: 10, chinese: 6, japanese: 2, english: 13, spanish: 4, german: 5, french: 2 },
      householdStart: 0.13, householdSharesEmail: 0.5, useSharedEmail: 0.75, secondEmail: 0.2, moved: 0.08,
      secondPlatform: 0.16, thirdPlatform: 0.2, sameTwice: 0.025, platformBoost: { seoulPaper: 1.8 },
    },
  },
};

/** File name, encoding, delimiter, line end and quoting of each platform's export. */
const FILES = {
  change: { name: 'petition_signatures_jobs_4418203_20251205231500.csv', encoding: 'utf-16le', bom: true, delimiter: '\t', eol: '\r\n' },
  speakout: { name: 'speakout-signatures.csv', encoding: 'utf-16le', bom: true, delimiter: '\t', eol: '\n', quoteAll: true },
  actionNetwork: { name: 'action-network-report.csv', encoding: 'utf-8', delimiter: ',', eol: '\n' },
  eff: { name: 'eff-action-center.csv', encoding: 'utf-8', delimiter: ',', eol: '\n' },
  googleForm: { name: 'google-form-responses.csv', encoding: 'utf-8', bom: true, delimiter: ',', eol: '\r\n' },
  seoulPaper: { name: 'seoul-paper-sheets.csv', encoding: 'cp949', delimiter: ',', eol: '\r\n', sheets: true },
  openPetition: { name: 'openpetition-unterschriften.csv', encoding: 'utf-8', delimiter: ';', eol: '\r\n' },
};
const BOMS = { 'utf-8': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe] };

/** RFC 4180 cell: quoted when it holds the delimiter, a quote or a line break. */
function cell(value, delimiter) {
  const text = String(value ?? '');
  return text.includes(delimiter) || text.includes('"') || /[\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The export's lines and the truth rows. Paper sheets are typed up sheet by sheet: each day's stack starts with a
 * serial number 1 and, half the time, the header typed again; the tool counts that header as a (rejected) record,
 * so record numbers keep counting through it.
 */
function layOut(random, platform, signings) {
  const spec = FILES[platform];
  const { header, cells } = LAYOUTS[platform];
  const line = (values) => values.map((v) => (spec.quoteAll ? `"${v}"` : cell(v, spec.delimiter))).join(spec.delimiter);
  const lines = [line(header)];
  const truth = [];
  let record = 0;
  let serial = 0;
  let day = '';
  for (const s of signings) {
    let values = cells(random, s);
    if (spec.sheets) {
      const signedOn = values[values.length - 1];
      if (signedOn !== day || serial >= 20) {
        if (day && random() < 0.5) {
          lines.push(line(header));
          record++;
        }
        day = signedOn;
        serial = 0;
      }
      values = [String(++serial), ...values];
    }
    lines.push(line(values));
    truth.push(`${++record},${s.person.id}`);
  }
  return { text: lines.join(spec.eol) + spec.eol, truth };
}

function encode(text, spec) {
  const body = iconv.encode(text, spec.encoding);
  return spec.bom ? Buffer.concat([Buffer.from(BOMS[spec.encoding]), body]) : body;
}

/** Generates one set into `dir` (emptied first); returns what it wrote and the built-in cases, counted. */
export function writeSet(name, dir) {
  const { seed, people: count, profile } = SETS[name];
  const random = seededRandom(seed);
  const people = makePeople(random, count, profile);
  const signings = planSignings(random, people, profile);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = [];
  for (const platform of Object.keys(FILES)) {
    const mine = signings.filter((s) => s.platform === platform).sort((a, b) => a.at - b.at || a.person.id.localeCompare(b.person.id));
    const { text, truth } = layOut(random, platform, mine);
    const spec = FILES[platform];
    const data = encode(text, spec);
    writeFileSync(join(dir, spec.name), data);
    writeFileSync(join(dir, spec.name.replace(/\.csv$/, '.truth.csv')), `row,entity\n${truth.join('\n')}\n`);
    files.push({ platform, file: spec.name, rows: mine.length, bytes: data.length });
  }
  const signers = new Set(signings.map((s) => s.person.id));
  // Who each person is, for telling wrong merges apart (a household, namesakes, anything else); not read by the tool.
  const meta = Object.fromEntries(people.filter((p) => signers.has(p.id)).map((p) => [p.id, {
    culture: p.culture, country: p.place.country, household: p.household?.id ?? null, name: `${p.name.familyNative} ${p.name.givenNative}`,
  }]));
  writeFileSync(join(dir, 'people-meta.json'), JSON.stringify(meta) + '\n');
  return { name, dir, files, rows: signings.length, people: signers.size, stats: describe(people, signings) };
}

/** Counts of the failure modes actually present, for the README and the report. */
function describe(people, signings) {
  const byPerson = new Map();
  for (const s of signings) byPerson.set(s.person.id, [...(byPerson.get(s.person.id) ?? []), s]);
  const signed = people.filter((p) => byPerson.has(p.id));
  const inHousehold = signed.filter((p) => p.household && p.household.members.filter((m) => byPerson.has(m.id)).length > 1);
  const sharedEmailRows = signings.filter((s) => s.person.household?.sharedEmail && s.email.toLowerCase() === s.person.household.sharedEmail.toLowerCase()
    && s.person.household.members[0] !== s.person).length;
  const multi = [...byPerson.values()].filter((list) => list.length > 1);
  const samePlatformTwice = multi.filter((list) => new Set(list.map((s) => s.platform)).size < list.length).length;
  const moved = multi.filter((list) => new Set(list.map((s) => s.place.postcode)).size > 1).length;
  const nameKey = (p) => `${p.name.familyNative}|${p.name.givenNative}|${p.place.city}`;
  const byName = new Map();
  for (const p of signed) byName.set(nameKey(p), (byName.get(nameKey(p)) ?? 0) + 1);
  const namesakePairs = {};
  for (const [key, n] of byName) {
    const culture = signed.find((p) => nameKey(p) === key).culture;
    if (n > 1) namesakePairs[culture] = (namesakePairs[culture] ?? 0) + (n * (n - 1)) / 2;
  }
  const locals = new Map();
  for (const s of signings) {
    if (!s.email) continue;
    const [local, domain] = s.email.toLowerCase().replace('@googlemail.com', '@gmail.com').split('@');
    const key = local.split('+')[0];
    if (!locals.has(key)) locals.set(key, new Map());
    locals.get(key).set(s.person.id, domain);
  }
  const crossScript = multi.filter((list) => list.some((s) => s.ownScript) && list.some((s) => s.person.name.script !== 'latin' && !s.ownScript)).length;
  const localOtherPerson = [...locals.values()].filter((owners) => owners.size > 1 && new Set(owners.values()).size > 1).length;
  const domainsOf = (list) => new Map(list.filter((s) => s.email).map((s) => s.email.toLowerCase().replace('@googlemail.com', '@gmail.com').split('@'))
    .map(([l, d]) => [`${l.split('+')[0]}@${d}`, l.split('+')[0]]));
  const sameLocalTwoDomains = multi.filter((list) => {
    const seen = [...domainsOf(list).values()];
    return seen.length !== new Set(seen).size;
  }).length;
  return {
    multiRowPeople: multi.length, crossScriptPeople: crossScript, householdMembersSigning: inHousehold.length, rowsOnSomeoneElsesHouseholdEmail: sharedEmailRows,
    samePlatformTwice, movedBetweenSignatures: moved, namesakePairsSameCity: namesakePairs, emailLocalPartsSharedByDifferentPeopleOnOtherDomains: localOtherPerson,
    peopleWithOneLocalPartOnTwoDomains: sameLocalTwoDomains,
  };
}

function main() {
  const args = process.argv.slice(2);
  const option = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const out = resolve(option('--out') ?? join(here, '..', 'bench-data', 'realistic'));
  const names = option('--set') ? [option('--set')] : Object.keys(SETS);
  for (const name of names) {
    if (!SETS[name]) throw new Error(`unknown set ${name}; known: ${Object.keys(SETS).join(', ')}`);
    const result = writeSet(name, join(out, name));
    process.stdout.write(`${name}: ${result.people} people, ${result.rows} rows → ${result.dir}\n`);
    for (const f of result.files) process.stdout.write(`  ${f.file.padEnd(52)} ${String(f.rows).padStart(6)} rows ${String(f.bytes).padStart(9)} bytes\n`);
    process.stdout.write(`  ${JSON.stringify(result.stats)}\n`);
  }
  writeFileSync(join(out, 'README.md'), readFileSync(join(here, 'realistic', 'README.md')));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

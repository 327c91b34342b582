// The people who sign: where they live, their names in their own script and in Latin letters, their email addresses,
// and the households they sign with. Every person has one id; that id is the truth the benchmark scores against.
import {
  ADOPTED_ENGLISH, CHINESE_FAMILIES, CHINESE_GIVEN, CHINESE_NAME_CHARACTERS, ENGLISH_FAMILIES, ENGLISH_GIVEN, FRENCH_FAMILIES, FRENCH_GIVEN, GERMAN_FAMILIES,
  FAMILY_TAILS, GERMAN_GIVEN, HANDLE_WORDS, JAPANESE_FAMILIES, JAPANESE_GIVEN, KOREAN_FAMILIES, KOREAN_SYLLABLES, SPANISH_FAMILIES, SPANISH_GIVEN, TAIL_SHARE,
} from './names.mjs';
import { CITIES_ABROAD, KOREAN_CITIES, drawPostcode } from './places.mjs';
import { capital, pick, stripAccents, weighted, weightedKey } from './random-tools.mjs';

/** Where each culture's signers live, by country (Korean emigrants are placed by the cities' diaspora weight). */
const HOMES = {
  koreanAbroad: { US: 45, CA: 12, AU: 8, GB: 6, DE: 8, JP: 10, CN: 8, FR: 3 },
  chinese: { CN: 25, TW: 30, HK: 12, US: 20, CA: 8, AU: 5 },
  japanese: { JP: 85, US: 15 },
  english: { US: 52, GB: 24, CA: 11, AU: 13 },
  spanish: { ES: 58, MX: 27, US: 15 },
  german: { DE: 82, AT: 10, CH: 8 },
  french: { FR: 85, CA: 15 },
};

/** Email providers by country, roughly by their share among people who sign petitions. */
const PROVIDERS = {
  KR: { 'naver.com': 45, 'gmail.com': 30, 'daum.net': 10, 'hanmail.net': 8, 'kakao.com': 4, 'nate.com': 3 },
  US: { 'gmail.com': 50, 'yahoo.com': 14, 'outlook.com': 8, 'hotmail.com': 8, 'icloud.com': 8, 'aol.com': 4, 'comcast.net': 4, 'proton.me': 4 },
  GB: { 'gmail.com': 45, 'hotmail.co.uk': 15, 'outlook.com': 10, 'yahoo.co.uk': 10, 'btinternet.com': 8, 'icloud.com': 7, 'proton.me': 5 },
  CA: { 'gmail.com': 55, 'hotmail.com': 15, 'outlook.com': 10, 'yahoo.ca': 10, 'icloud.com': 10 },
  AU: { 'gmail.com': 50, 'bigpond.com': 15, 'outlook.com': 15, 'hotmail.com': 10, 'icloud.com': 10 },
  DE: { 'gmx.de': 25, 'web.de': 25, 'gmail.com': 25, 't-online.de': 12, 'posteo.de': 8, 'proton.me': 5 },
  AT: { 'gmx.at': 35, 'gmail.com': 40, 'aon.at': 25 }, CH: { 'bluewin.ch': 35, 'gmail.com': 45, 'gmx.ch': 20 },
  ES: { 'gmail.com': 55, 'hotmail.es': 20, 'yahoo.es': 15, 'outlook.es': 10 }, MX: { 'gmail.com': 50, 'hotmail.com': 35, 'yahoo.com.mx': 15 },
  FR: { 'gmail.com': 40, 'orange.fr': 20, 'free.fr': 15, 'laposte.net': 10, 'hotmail.fr': 10, 'sfr.fr': 5 },
  CN: { 'qq.com': 45, '163.com': 30, 'gmail.com': 15, '126.com': 10 }, TW: { 'gmail.com': 55, 'yahoo.com.tw': 30, 'hotmail.com': 15 },
  HK: { 'gmail.com': 60, 'yahoo.com.hk': 25, 'hotmail.com': 15 }, JP: { 'gmail.com': 45, 'yahoo.co.jp': 30, 'docomo.ne.jp': 10, 'icloud.com': 15 },
};
const WORK_DOMAINS = ['uni-hamburg.de', 'snu.ac.kr', 'yonsei.ac.kr', 'columbia.edu', 'ucl.ac.uk', 'ngo-watch.org', 'samsung.com', 'lawfirm.com', 'city.gov', 'hospital.org'];

// ── Places ────────────────────────────────────────────────────────────────────────────────────────────────────
function koreanPlace(random, city = weighted(random, KOREAN_CITIES, (c) => c[3])) {
  const [hangul, english, prefix, , districts] = city;
  const [district, first, last] = pick(random, districts);
  return {
    country: 'KR', city: english, cityNative: hangul, region: '', koreanAddress: district ? `${prefix} ${district}` : prefix,
    postcode: String(first + Math.floor(random() * (last - first + 1))).padStart(5, '0'), district,
  };
}

function placeAbroad(random, country, diaspora) {
  const cities = CITIES_ABROAD.filter((c) => c[0] === country);
  const city = weighted(random, cities, (c) => c[5] * (diaspora ? c[6] : 1));
  return { country, city: city[1], cityNative: city[2] || city[1], region: city[3], postcode: drawPostcode(random, city[4]), shape: city[4] };
}

/** Where a person lives after a move: mostly a new postcode in the same city, sometimes another city. */
export function movedPlace(random, person) {
  const { place } = person;
  const sameCity = random() < 0.65;
  if (place.country === 'KR') {
    const city = sameCity ? KOREAN_CITIES.find((c) => c[1] === place.city) : undefined;
    return koreanPlace(random, city);
  }
  if (sameCity) return { ...place, postcode: drawPostcode(random, place.shape) };
  return placeAbroad(random, place.country, person.culture === 'koreanAbroad');
}

// ── Names ─────────────────────────────────────────────────────────────────────────────────────────────────────
function koreanName(random, familyEntry) {
  const [familyHangul, , familyRoman] = familyEntry ?? weighted(random, KOREAN_FAMILIES, (f) => f[1]);
  const first = weighted(random, KOREAN_SYLLABLES, (s) => s[1]);
  let second = weighted(random, KOREAN_SYLLABLES, (s) => s[2]);
  while (second === first) second = weighted(random, KOREAN_SYLLABLES, (s) => s[2]);
  const spell = (syllable, usual) => (usual ? syllable[3][0] : pick(random, syllable[3]));
  // Each person settles on one spelling (their passport's) and mostly keeps it; other spellings appear now and then.
  const ownFamily = random() < 0.85 ? familyRoman[0] : pick(random, familyRoman);
  const style = weightedKey(random, { hyphen: 30, joined: 38, spaced: 10, variant: 22 });
  const join = (a, b, how) => (how === 'hyphen' ? `${capital(a)}-${b}` : how === 'spaced' ? `${capital(a)} ${capital(b)}` : capital(a + b));
  const usual = [spell(first, true), spell(second, true)];
  const own = style === 'variant' ? join(spell(first, false), spell(second, false), 'joined') : join(usual[0], usual[1], style);
  const variants = [join(usual[0], usual[1], 'hyphen'), join(usual[0], usual[1], 'joined'), join(usual[0], usual[1], 'spaced'),
    join(spell(first, false), spell(second, false), 'joined')];
  return {
    familyNative: familyHangul, givenNative: first[0] + second[0], family: ownFamily, familyVariants: familyRoman,
    given: own, givenVariants: variants, script: 'hangul', familyEntry: [familyHangul, 0, familyRoman],
  };
}

function chineseName(random, taiwanese, familyEntry) {
  const family = familyEntry ?? weighted(random, CHINESE_FAMILIES, (f) => f[2]);
  let given = weighted(random, CHINESE_GIVEN, (g) => g[2]);
  if (random() < 0.6) {
    const first = pick(random, CHINESE_NAME_CHARACTERS);
    let second = pick(random, CHINESE_NAME_CHARACTERS);
    while (second === first) second = pick(random, CHINESE_NAME_CHARACTERS);
    given = [first[0] + second[0], first[1] + second[1], 1, [first[2], second[2]], [first[3], second[3]]];
  }
  const syllables = taiwanese ? given[4] : given[3];
  const own = taiwanese && syllables.length > 1 ? `${capital(syllables[0])}-${syllables[1]}` : capital(syllables.join(''));
  const variants = syllables.length > 1 ? [capital(syllables.join('')), `${capital(syllables[0])} ${capital(syllables[1])}`, `${capital(syllables[0])}-${syllables[1]}`] : [own];
  return {
    familyNative: taiwanese ? family[1] : family[0], givenNative: taiwanese ? given[1] : given[0], family: taiwanese ? family[4] : family[3],
    familyVariants: [taiwanese ? family[4] : family[3]], given: own, givenVariants: variants, script: 'han', familyEntry: family,
  };
}

function japaneseName(random, familyEntry) {
  const family = familyEntry ?? weighted(random, JAPANESE_FAMILIES, (f) => f[2]);
  const given = weighted(random, JAPANESE_GIVEN, (g) => g[2]);
  return { familyNative: family[0], givenNative: given[0], family: family[1], familyVariants: [family[1]], given: given[1], givenVariants: [given[1]], script: 'kanji', familyEntry: family };
}

const LATIN = {
  english: [ENGLISH_GIVEN, ENGLISH_FAMILIES], spanish: [SPANISH_GIVEN, SPANISH_FAMILIES], german: [GERMAN_GIVEN, GERMAN_FAMILIES], french: [FRENCH_GIVEN, FRENCH_FAMILIES],
};

function latinName(random, culture, familyEntry) {
  const [givens, families] = LATIN[culture];
  const [given, , nicknames] = weighted(random, givens, (g) => g[1]);
  const drawFamily = () => (random() < TAIL_SHARE[culture] ? pick(random, FAMILY_TAILS[culture]) : weighted(random, families, (f) => f[1])[0]);
  let family = familyEntry ?? drawFamily();
  // Spaniards and Mexicans carry two family names and sign with both or with the first only.
  if (culture === 'spanish' && !familyEntry) family = `${family} ${drawFamily()}`;
  return { given, family, nicknames, familyNative: family, givenNative: given, familyVariants: [family], givenVariants: [given], script: 'latin', familyEntry: family };
}

function nameFor(random, culture, country, familyEntry) {
  if (culture === 'koreanHome' || culture === 'koreanAbroad') return koreanName(random, familyEntry);
  if (culture === 'chinese') return chineseName(random, country === 'TW' || country === 'HK', familyEntry);
  if (culture === 'japanese') return japaneseName(random, familyEntry);
  return latinName(random, culture, familyEntry);
}

// ── Email addresses ───────────────────────────────────────────────────────────────────────────────────────────
const asciiLower = (text) => stripAccents(text).toLowerCase().replace(/[^a-z]/g, '');

/** A local part the person would pick: from their name (most people) or a handle, with a birth year now and then. */
function localPart(random, person) {
  const given = asciiLower(person.latinGiven ?? person.name.given);
  const family = asciiLower((person.name.family ?? '').split(' ')[0]);
  const year = String(1950 + Math.floor(random() * 55)).slice(random() < 0.5 ? 2 : 0);
  switch (weightedKey(random, { dotted: 26, joined: 14, initial: 10, familyFirst: person.name.script === 'latin' ? 3 : 9, withYear: 18, handle: 29 })) {
    case 'dotted': return `${given}.${family}`;
    case 'joined': return `${given}${family}`;
    case 'initial': return `${given[0]}${random() < 0.5 ? '.' : ''}${family}`;
    case 'familyFirst': return `${family}${random() < 0.5 ? '.' : ''}${given}`;
    case 'withYear': return `${random() < 0.5 ? given : `${given}.${family}`}${year}`;
    default: return `${pick(random, HANDLE_WORDS)}${random() < 0.5 ? pick(random, HANDLE_WORDS) : ''}${Math.floor(random() * 1000)}`;
  }
}

/** Gmail ignores dots and case in the local part: one mailbox, however it is written. */
export function mailboxKey(address) {
  const [local, domain] = address.toLowerCase().split('@');
  if (domain === 'gmail.com' || domain === 'googlemail.com') return `${local.split('+')[0].replace(/\./g, '')}@gmail.com`;
  return `${local}@${domain}`;
}

/** A new address nobody else has: the provider adds digits when the name is taken, as providers make people do. */
function claimAddress(random, taken, local, domain, owner) {
  let candidate = `${local}@${domain}`;
  while (taken.has(mailboxKey(candidate))) candidate = `${local}${Math.floor(random() * 100)}@${domain}`;
  taken.set(mailboxKey(candidate), owner);
  return candidate;
}

function giveEmails(random, person, taken, profile) {
  const domain = weightedKey(random, PROVIDERS[person.place.country]);
  const local = localPart(random, person);
  person.emails = [claimAddress(random, taken, local, domain, person.id)];
  if (random() < profile.secondEmail) {
    // A second address: often the same local part at another provider (one person, two domains), else a work address.
    const sameLocal = random() < 0.45;
    const otherDomain = sameLocal ? weightedKey(random, { 'gmail.com': 30, 'proton.me': 15, 'outlook.com': 15, 'naver.com': 10, 'yahoo.com': 10, 'icloud.com': 10, 'hotmail.com': 10 })
      : pick(random, WORK_DOMAINS);
    if (otherDomain !== domain) {
      const workLocal = `${asciiLower(person.latinGiven ?? person.name.given)[0]}${asciiLower(person.name.family.split(' ')[0])}`;
      person.emails.push(claimAddress(random, taken, sameLocal ? local : workLocal, otherDomain, person.id));
    }
  }
}

// ── People and households ─────────────────────────────────────────────────────────────────────────────────────
function newPerson(random, id, culture, place, familyEntry, profile) {
  const name = nameFor(random, culture, place.country, familyEntry);
  const person = { id, culture, place, name, household: null };
  if (name.script === 'latin') {
    person.latinGiven = name.given;
    // Some people always sign with their nickname; most use it now and then.
    person.prefersNickname = name.nicknames.length > 0 && random() < 0.2;
  } else {
    person.latinGiven = name.given.split(/[- ]/).join('');
    const abroad = culture === 'koreanAbroad' || (culture === 'chinese' && !['CN', 'TW', 'HK'].includes(place.country));
    if (abroad && random() < 0.35) {
      // An emigrant with an English name mostly signs Western forms with it; some keep to their Korean or Chinese one.
      person.englishName = pick(random, ADOPTED_ENGLISH);
      person.signsWithEnglishName = random() < 0.7;
    }
  }
  person.moveAfterFirst = random() < profile.moved ? true : false;
  return person;
}

function homeOf(random, culture) {
  if (culture === 'koreanHome') return koreanPlace(random);
  return placeAbroad(random, weightedKey(random, HOMES[culture]), culture === 'koreanAbroad');
}

/** The members who live with `head`: a spouse, children or a parent; same address, their own given names. */
function householdMembers(random, head, nextId, taken, profile) {
  const size = weightedKey(random, { 2: 75, 3: 18, 4: 7 });
  const members = [];
  const givens = new Set([head.name.given]);
  for (let i = 1; i < Number(size); i++) {
    const spouse = i === 1;
    // Korean and Chinese spouses keep their own family name; Spanish spouses too. Children take the head's.
    const keepsOwn = spouse && (head.name.script !== 'latin' || head.culture === 'spanish' || random() < 0.25);
    let familyEntry = keepsOwn ? undefined : head.name.familyEntry;
    if (!keepsOwn && head.culture === 'spanish') familyEntry = head.name.family.split(' ')[0];
    let member;
    do member = newPerson(random, nextId(), head.culture, head.place, familyEntry, profile);
    while (givens.has(member.name.given));
    if (head.culture === 'spanish' && !keepsOwn) {
      member.name.family = `${familyEntry} ${weighted(random, SPANISH_FAMILIES, (f) => f[1])[0]}`;
      member.name.familyNative = member.name.family;
      member.name.familyVariants = [member.name.family];
    }
    givens.add(member.name.given);
    members.push(member);
  }
  const household = { id: head.id, members: [head, ...members], sharedEmail: null };
  for (const person of household.members) person.household = household;
  for (const member of members) giveEmails(random, member, taken, profile);
  if (random() < profile.householdSharesEmail) {
    // One address for the family: the head's own, or one made for the household (kimfamily@…, thesmiths@…).
    const family = asciiLower(head.name.family.split(' ')[0]);
    household.sharedEmail = random() < 0.6 ? head.emails[0]
      : claimAddress(random, taken, pick(random, [`${family}family`, `the${family}s`, `${family}.home`, `${family}${Math.floor(random() * 100)}`]), weightedKey(random, PROVIDERS[head.place.country]), head.id);
  }
  return members;
}

/** `count` people (a few more when the last household overflows), in the proportions of `profile`. */
export function makePeople(random, count, profile) {
  const people = [];
  const taken = new Map();
  let id = 0;
  const nextId = () => `P${String(++id).padStart(5, '0')}`;
  while (people.length < count) {
    const culture = weightedKey(random, profile.cultures);
    const head = newPerson(random, nextId(), culture, homeOf(random, culture), undefined, profile);
    giveEmails(random, head, taken, profile);
    people.push(head);
    if (random() < profile.householdStart) people.push(...householdMembers(random, head, nextId, taken, profile));
  }
  return people;
}

// How one signing looks in one platform's export: the person's name in the script and order they chose on that form,
// with the slips people make (typos, nicknames, accents dropped, names swapped, capitals), city and postcode as typed,
// and each platform's own columns and date format.
import { COUNTRY_ENGLISH, COUNTRY_GERMAN, COUNTRY_TYPED } from './places.mjs';
import { hangulTypo, pick, spellOutUmlauts, stripAccents, typo, weightedKey } from './random-tools.mjs';

/** How often a signer writes their name in their own script (Hangul, Han, kanji) on each platform, at home and abroad. */
const OWN_SCRIPT = {
  change: [0.55, 0.15], googleForm: [0.75, 0.35], speakout: [0.4, 0.1], eff: [0.15, 0.05], actionNetwork: [0.1, 0.05], openPetition: [0.1, 0.05], seoulPaper: [1, 1],
};
/** How often accents are dropped on each platform (phones and US keyboards). */
const ACCENTS_DROPPED = { change: 0.25, actionNetwork: 0.3, eff: 0.3, speakout: 0.15, googleForm: 0.2, openPetition: 0.05, seoulPaper: 0 };
const EXONYMS = { München: 'Munich', Köln: 'Cologne', Wien: 'Vienna', Zürich: 'Zurich', Sevilla: 'Seville', 'Ciudad de México': 'Mexico City', Montréal: 'Montreal' };
const US_STATES = { NY: 'New York', CA: 'California', IL: 'Illinois', DC: 'District of Columbia', WA: 'Washington', MA: 'Massachusetts', TX: 'Texas',
  GA: 'Georgia', NJ: 'New Jersey', VA: 'Virginia', PA: 'Pennsylvania', CO: 'Colorado', OR: 'Oregon', MI: 'Michigan', WI: 'Wisconsin', OH: 'Ohio',
  NC: 'North Carolina', TN: 'Tennessee', MN: 'Minnesota', AZ: 'Arizona', HI: 'Hawaii', MD: 'Maryland', MO: 'Missouri', UT: 'Utah' };
const LANGUAGE = { koreanHome: 'ko_KR', koreanAbroad: 'ko_KR', chinese: 'zh_CN', japanese: 'ja', english: 'en_US', spanish: 'es_ES', german: 'de_DE', french: 'fr_FR' };

const atHome = (person) => ['koreanHome'].includes(person.culture) || (person.culture === 'chinese' && ['CN', 'TW', 'HK'].includes(person.place.country))
  || (person.culture === 'japanese' && person.place.country === 'JP');

function ownCase(random, text) {
  const x = random();
  if (x < 0.03) return text.toLowerCase();
  if (x < 0.045) return text.toUpperCase();
  return text;
}

function dropAccents(random, text, person) {
  if (person.culture === 'german' && random() < 0.5) return spellOutUmlauts(text);
  return stripAccents(text);
}

/** { given, family } as typed into split name fields, or as parts of a full name; `own` when in the person's own script. */
function nameParts(random, person, platform) {
  const { name } = person;
  if (name.script !== 'latin') {
    const [home, abroad] = OWN_SCRIPT[platform];
    if (random() < (atHome(person) ? home : abroad)) {
      const given = platform === 'seoulPaper' && random() < 0.02 ? hangulTypo(random, name.givenNative) : name.givenNative;
      return { given, family: name.familyNative, own: true };
    }
    if (person.englishName && random() < (person.signsWithEnglishName ? 0.9 : 0.1)) return { given: person.englishName, family: name.family, own: false };
    let given = random() < 0.8 ? name.given : pick(random, name.givenVariants);
    if (random() < 0.02) given = typo(random, given);
    return { given, family: random() < 0.93 ? name.family : pick(random, name.familyVariants), own: false };
  }
  let given = name.given;
  if (name.nicknames.length && random() < (person.prefersNickname ? 0.7 : 0.07)) given = pick(random, name.nicknames);
  let family = name.family;
  if (person.culture === 'spanish' && random() < 0.45) family = family.split(' ')[0];
  if (random() < ACCENTS_DROPPED[platform]) {
    given = dropAccents(random, given, person);
    family = dropAccents(random, family, person);
  }
  if (random() < 0.02) given = typo(random, given);
  if (random() < 0.02) family = typo(random, family);
  return { given: ownCase(random, given), family: ownCase(random, family), own: false };
}

/** First and last name fields; East Asian signers and a few others put the family name in the first field. */
function splitName(random, signing, platform) {
  const { person } = signing;
  const parts = nameParts(random, person, platform);
  signing.ownScript = parts.own;
  const swapRate = parts.own ? 0.03 : person.name.script === 'latin' ? 0.015 : 0.12;
  if (random() < swapRate) return { first: parts.family, last: parts.given };
  if (random() < 0.02) return { first: `${parts.given} ${parts.family}`, last: '' };
  return { first: parts.given, last: parts.family };
}

/** A full name in one cell. */
function fullName(random, signing, platform) {
  const { person } = signing;
  const { given, family, own } = nameParts(random, person, platform);
  signing.ownScript = own;
  if (own) {
    if (person.name.script === 'kanji') return `${family} ${given}`;
    return random() < 0.04 ? `${family} ${given}` : `${family}${given}`;
  }
  if (person.name.script !== 'latin' && random() < 0.45) return `${random() < 0.3 ? family.toUpperCase() : family} ${given}`;
  if (person.culture === 'english' && random() < 0.03) return `${given} ${pick(random, [...'ABCDEJLMRS'])}. ${family}`;
  return random() < 0.01 ? `${family}, ${given}` : `${given} ${family}`;
}

function cityText(random, place, platform) {
  const x = random();
  if (x < 0.03) return '';
  let city = place.city;
  const nativeRate = platform === 'googleForm' ? 0.55 : platform === 'change' || platform === 'speakout' ? 0.25 : 0;
  if (place.cityNative !== place.city && random() < nativeRate) {
    city = place.cityNative;
    if (place.country === 'KR' && random() < 0.25) city = random() < 0.5 ? `${city}시` : place.koreanAddress;
  } else if (EXONYMS[city] && random() < 0.35) city = EXONYMS[city];
  else if (random() < ACCENTS_DROPPED[platform]) city = stripAccents(city);
  if (random() < 0.02) city = typo(random, city);
  return random() < 0.04 ? city.toLowerCase() : city;
}

function postcodeText(random, place, blankRate) {
  if (!place.postcode || random() < blankRate) return '';
  const code = place.postcode;
  if (place.country === 'GB' || place.country === 'CA') {
    if (random() < 0.2) return code.replace(' ', '');
    if (random() < 0.1) return code.toLowerCase();
  }
  if (place.country === 'US' && random() < 0.03) return `${code}-${String(Math.floor(random() * 10000)).padStart(4, '0')}`;
  return code;
}

function regionText(random, place) {
  if (place.country === 'US') {
    const x = random();
    if (x < 0.1) return '';
    if (x < 0.15) return random() < 0.3 ? typo(random, US_STATES[place.region]) : US_STATES[place.region];
    return place.region;
  }
  return random() < 0.5 ? place.region : '';
}

const pad = (n, width = 2) => String(n).padStart(width, '0');
const iso = (at) => new Date(at).toISOString().slice(0, 19).replace('T', ' ');

const STREETS = { KR: ['세종대로', '테헤란로', '월드컵로', '해운대로', '중앙로'], DE: ['Hauptstraße', 'Bahnhofstraße', 'Gartenweg'], FR: ['rue de la Paix', 'avenue Victor Hugo'],
  ES: ['Calle Mayor', 'Gran Vía'], default: ['Main St', 'Oak Ave', 'High Street', 'Park Road', 'Maple Dr', 'Church Lane'] };
function street(place) {
  // One street per address, so a household that types it types the same one.
  const names = STREETS[place.country] ?? STREETS.default;
  const n = [...place.postcode].reduce((a, c) => a * 31 + c.charCodeAt(0), 7) >>> 0;
  const name = names[n % names.length];
  return place.country === 'KR' || place.country === 'DE' || place.country === 'ES' ? `${name} ${1 + (n % 120)}` : `${1 + (n % 240)} ${name}`;
}

/** What signers write in SpeakOut's message box, by the language of the page they signed (most write nothing). */
const COMMENTS = {
  ko_KR: ['강제북송 반대합니다', '탈북민 강제송환을 멈춰주세요', '"난민" 지위를 인정하라'], en_US: ['Stop forced repatriation now.', 'Never again.',
    'I said "never again" and I meant it', 'For my grandmother, who was sent back.', '"Refoulement" is a crime'],
  es_ES: ['Basta ya.', 'Ningún ser humano es ilegal.'], de_DE: ['Menschenrechte gelten für alle.', 'Nie wieder.'], fr_FR: ['Non au refoulement.'],
  zh_CN: ['停止强制遣返'], ja: ['強制送還を止めて'],
};
const comment = (random, language) => (random() < 0.7 ? '' : pick(random, COMMENTS[language]));

/** The export's header and, for one signing, its cells, per platform. */
export const LAYOUTS = {
  change: {
    header: ['Name', 'City', 'State', 'Postal Code', 'Country', 'Signed On'],
    cells(random, s) {
      let city = cityText(random, s.place, 'change');
      const region = regionText(random, s.place);
      // Change.org's single location box: some Americans type "Woodstock IL 60098" into it.
      if (s.place.country === 'US' && city && random() < 0.03) city = `${city} ${s.place.region} ${s.place.postcode}`;
      return [fullName(random, s, 'change'), city, region, postcodeText(random, s.place, 0.08), COUNTRY_ENGLISH[s.place.country], iso(s.at)];
    },
  },
  speakout: {
    header: ['First Name', 'Last Name', 'Email Address', 'Street Address', 'City', 'State', 'Post Code', 'Country', 'Custom Field', 'Date Signed', 'Confirmed',
      'Petition Title', 'Petition ID', 'Email Opt-in', 'Custom Message', 'Language'],
    cells(random, s) {
      const { first, last } = splitName(random, s, 'speakout');
      return [first, last, s.email, random() < 0.3 ? street(s.place) : '', cityText(random, s.place, 'speakout'), regionText(random, s.place),
        postcodeText(random, s.place, 0.15), s.place.country, '', iso(s.at), random() < 0.93 ? '1' : '0', 'Stop the forced return of North Korean refugees', '7',
        random() < 0.6 ? '1' : '0', comment(random, LANGUAGE[s.person.culture]), LANGUAGE[s.person.culture]];
    },
  },
  actionNetwork: {
    header: ['uuid', 'first_name', 'last_name', 'email', 'zip_code', 'can2_user_address', 'can2_user_city', 'can2_state_abbreviated', 'can2_county',
      'can2_phone', 'can2_user_tags', 'can2_subscription_status', 'can2_sms_status'],
    cells(random, s) {
      const { first, last } = splitName(random, s, 'actionNetwork');
      const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join('');
      const phone = random() < 0.2 ? (s.place.country === 'US' ? `+1 ${200 + Math.floor(random() * 700)} 555 ${pad(Math.floor(random() * 10000), 4)}` : `+1 604 555 ${pad(Math.floor(random() * 10000), 4)}`) : '';
      return [`${hex(8)}-${hex(4)}-4${hex(3)}-${hex(4)}-${hex(12)}`, first, last, s.email, postcodeText(random, s.place, 0.05), random() < 0.25 ? street(s.place) : '',
        cityText(random, s.place, 'actionNetwork'), s.place.country === 'US' ? s.place.region : '', '', phone,
        pick(random, ['', 'nk-refugees', 'volunteer, nk-refugees', 'donor, nk-refugees', 'volunteer, donor, nk-refugees']), random() < 0.85 ? 'subscribed' : 'unsubscribed', 'not subscribed'];
    },
  },
  eff: {
    header: ['first_name', 'last_name', 'email', 'zipcode', 'country_code', 'created_at'],
    cells(random, s) {
      const { first, last } = splitName(random, s, 'eff');
      return [first, last, s.email, postcodeText(random, s.place, 0.1), s.place.country, new Date(s.at).toISOString().slice(0, 19) + 'Z'];
    },
  },
  googleForm: {
    header: ['Timestamp', 'Full name', 'Email address', 'City', 'Country'],
    cells(random, s) {
      const d = new Date(s.at);
      const stamp = `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${d.getUTCHours()}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
      const country = random() < 0.04 ? '' : random() < 0.7 ? COUNTRY_TYPED[s.place.country][0] : pick(random, COUNTRY_TYPED[s.place.country]);
      return [stamp, fullName(random, s, 'googleForm'), s.email, cityText(random, s.place, 'googleForm'), country];
    },
  },
  seoulPaper: {
    header: ['번호', '이름', '이메일', '주소', '서명일'],
    cells(random, s) {
      const d = new Date(s.at);
      const [first, second = ''] = s.place.koreanAddress.split(' ');
      // Volunteers copy what the signer wrote: the full district, the short form (서울 마포구, 경기 수원시), or the city alone.
      const address = weightedKey(random, { full: 55, short: 25, city: 15, blank: 5 });
      const province = /도$/.test(first);
      const short = province ? first.replace(/(특별자치도|북도|남도|도)$/, (m) => (m === '북도' ? '북' : m === '남도' ? '남' : '')) : first.replace(/(특별시|광역시)$/, '');
      const city = province ? second : short;
      const text = { full: s.place.koreanAddress, short: s.place.koreanAddress.replace(first, short), city, blank: '' }[address];
      return [fullName(random, s, 'seoulPaper'), s.email, text, `${d.getUTCFullYear()}. ${pad(d.getUTCMonth() + 1)}. ${pad(d.getUTCDate())}.`];
    },
  },
  openPetition: {
    header: ['Vorname', 'Nachname', 'PLZ', 'Ort', 'Land', 'E-Mail', 'Unterschrieben am'],
    cells(random, s) {
      const { first, last } = splitName(random, s, 'openPetition');
      const d = new Date(s.at);
      return [first, last, postcodeText(random, s.place, 0.1), cityText(random, s.place, 'openPetition'), COUNTRY_GERMAN[s.place.country], s.email,
        `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`];
    },
  },
};

// When and where each person signs: the first platform by where they live and who they are, sometimes a second or
// third platform later, sometimes the same one twice; household members follow the first of them; a few move house
// between signing. Platforms that allow one signature per email address refuse a second one, as they do in life.
import { movedPlace } from './people.mjs';
import { pick, weightedKey } from './random-tools.mjs';

export const PLATFORMS = ['change', 'speakout', 'actionNetwork', 'eff', 'googleForm', 'seoulPaper', 'openPetition'];

/** Where each kind of signer signs first (weights; unavailable platforms are dropped for the person). */
const FIRST_PLATFORM = {
  koreanHome: { change: 35, googleForm: 25, seoulPaper: 30, speakout: 7, eff: 3 },
  koreanAbroad: { change: 35, googleForm: 20, actionNetwork: 15, speakout: 12, eff: 10, openPetition: 8 },
  chinese: { change: 35, googleForm: 20, eff: 15, speakout: 15, actionNetwork: 10 },
  japanese: { change: 40, googleForm: 30, speakout: 20, eff: 10 },
  english: { change: 35, actionNetwork: 25, eff: 15, speakout: 15, googleForm: 10 },
  spanish: { change: 45, speakout: 20, googleForm: 15, actionNetwork: 10, eff: 10 },
  german: { openPetition: 55, change: 25, speakout: 10, eff: 10 },
  french: { change: 50, speakout: 25, openPetition: 10, googleForm: 15 },
};

/** Platforms that keep one signature per email address (Change.org, SpeakOut, openPetition refuse; Action Network overwrites). */
/** Platforms compare addresses as typed, lower-cased; only Gmail's own inbox ignores dots, so they do not. */
const sameAddress = (email) => email.toLowerCase();
const ONE_PER_EMAIL = new Set(['change', 'speakout', 'openPetition', 'actionNetwork']);
const NEEDS_EMAIL = new Set(['change', 'speakout', 'actionNetwork', 'eff']);

function available(platform, person) {
  const country = person.place.country;
  if (platform === 'seoulPaper') return country === 'KR';
  if (platform === 'actionNetwork') return country === 'US' || country === 'CA';
  if (platform === 'openPetition') return ['DE', 'AT', 'CH', 'FR'].includes(country);
  return true;
}

function platformWeights(person, boost, except = []) {
  const weights = {};
  for (const [platform, weight] of Object.entries(FIRST_PLATFORM[person.culture])) {
    if (available(platform, person) && !except.includes(platform)) weights[platform] = weight * (boost[platform] ?? 1);
  }
  // Everyone can reach Change.org and the campaign's own SpeakOut page.
  if (Object.keys(weights).length === 0) for (const platform of ['change', 'speakout', 'eff']) if (!except.includes(platform)) weights[platform] = 1;
  return weights;
}

export const WINDOW = { from: Date.UTC(2025, 8, 15, 0, 0, 0), to: Date.UTC(2025, 11, 5, 23, 0, 0) };
const DAY = 86400000;

/** The launch week brings a quarter of the first signatures; the rest spread over the campaign. */
function firstMoment(random) {
  const span = random() < 0.25 ? 7 * DAY : WINDOW.to - WINDOW.from;
  return WINDOW.from + Math.floor(random() * span);
}

/** Paper is signed at weekend street stalls and church events: the next Saturday or Sunday, in the afternoon (KST). */
function paperDay(at) {
  const day = new Date(at);
  while (![0, 6].includes(day.getUTCDay())) day.setUTCDate(day.getUTCDate() + 1);
  day.setUTCHours(5, 0, 0, 0);
  return Math.min(day.getTime(), WINDOW.to);
}

/** An address as typed on one form: the person's own, now and then with Gmail dots or a +tag, a capital, a slip. */
function typedEmail(random, address) {
  const [local, domain] = address.split('@');
  const x = random();
  if (domain === 'gmail.com' && x < 0.07) return `${local.includes('.') ? local.replace(/\./g, '') : `${local.slice(0, 3)}.${local.slice(3)}`}@gmail.com`;
  if (domain === 'gmail.com' && x < 0.12) return `${local}+${pick(random, ['petition', 'nk', 'news', 'change'])}@gmail.com`;
  if (domain === 'gmail.com' && x < 0.14) return `${local}@googlemail.com`;
  if (x < 0.18) return `${local.charAt(0).toUpperCase()}${local.slice(1)}@${domain.charAt(0).toUpperCase()}${domain.slice(1)}`;
  if (x < 0.19) return address.toUpperCase();
  return address;
}

/** The address a person gives on one signature: the household's shared one, their own, or their second. */
function chooseEmail(random, person, profile) {
  const shared = person.household?.sharedEmail;
  if (shared && random() < profile.useSharedEmail) return shared;
  if (person.emails.length > 1 && random() < 0.18) return person.emails[1];
  return person.emails[0];
}

/**
 * Every signing: { person, platform, at, place, email } with `email` the address as typed (for Change.org it is
 * used to refuse a second signature and not exported). Ordered by nothing in particular; the writers sort by time.
 */
export function planSignings(random, people, profile) {
  const signings = [];
  const usedOn = new Map(PLATFORMS.map((p) => [p, new Map()]));
  const firstOf = new Map();
  for (const person of people) {
    const head = person.household?.members[0];
    const follows = head && head !== person && firstOf.has(head.id) && random() < 0.7 && available(firstOf.get(head.id).platform, person);
    const first = follows ? firstOf.get(head.id).platform : weightedKey(random, platformWeights(person, profile.platformBoost));
    const visits = [first];
    if (random() < profile.secondPlatform) {
      visits.push(weightedKey(random, platformWeights(person, profile.platformBoost, visits)));
      if (random() < profile.thirdPlatform) visits.push(weightedKey(random, platformWeights(person, profile.platformBoost, visits)));
    }
    if (random() < profile.sameTwice) visits.push(pick(random, visits));
    let at = follows ? firstOf.get(head.id).at + Math.floor(random() * 2 * DAY) : firstMoment(random);
    let place = person.place;
    visits.forEach((platform, i) => {
      if (i > 0) {
        at += Math.floor(DAY / 4 + random() * 35 * DAY);
        if (at > WINDOW.to) at = WINDOW.to - Math.floor(random() * 3 * DAY);
        if (i === 1 && person.moveAfterFirst) place = movedPlace(random, person);
      }
      const when = platform === 'seoulPaper' ? paperDay(at) : Math.min(at, WINDOW.to);
      let email = NEEDS_EMAIL.has(platform) || random() < emailRate(platform) ? typedEmail(random, chooseEmail(random, person, profile)) : '';
      const used = usedOn.get(platform);
      if (email && ONE_PER_EMAIL.has(platform) && used.has(sameAddress(email))) {
        // "You have already signed": the person uses another of their own addresses, or gives up (Action Network
        // instead overwrites the earlier action with this one).
        const other = person.emails.find((e) => !used.has(sameAddress(e)));
        if (platform === 'actionNetwork' && !other) {
          const earlier = used.get(sameAddress(email));
          earlier.overwritten = true;
        } else if (other) email = typedEmail(random, other);
        else return;
      }
      const signing = { person, platform, at: when, place, email };
      if (email) used.set(sameAddress(email), signing);
      signings.push(signing);
      if (i === 0) firstOf.set(person.id, signing);
    });
  }
  return signings.filter((s) => !s.overwritten);
}


/** How often a signer fills an optional email field. */
function emailRate(platform) {
  return { googleForm: 0.9, openPetition: 0.8, seoulPaper: 0.05 }[platform] ?? 0;
}

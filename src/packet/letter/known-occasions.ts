// Names of well-known observances in each letter language, so `occasion: Human Rights Day` needs no translation.
import { foldText } from '../../normalize/fold.js';

/** Official UN names; Spanish and French with their article, since the letter says "se conmemora el Día …". */
const OCCASIONS: Record<string, Record<string, string>> = {
  'human-rights-day': {
    en: 'Human Rights Day', ko: '세계 인권의 날', es: 'el Día de los Derechos Humanos', zh: '人权日',
    de: 'Tag der Menschenrechte', fr: 'la Journée des droits de l’homme',
  },
  'world-refugee-day': {
    en: 'World Refugee Day', ko: '세계 난민의 날', es: 'el Día Mundial de los Refugiados', zh: '世界难民日',
    de: 'Weltflüchtlingstag', fr: 'la Journée mondiale des réfugiés',
  },
  'international-day-in-support-of-victims-of-torture': {
    en: 'the International Day in Support of Victims of Torture', ko: '국제 고문 피해자 지원의 날',
    es: 'el Día Internacional en Apoyo de las Víctimas de la Tortura', zh: '国际支持酷刑受害者日',
    de: 'Internationaler Tag zur Unterstützung der Folteropfer', fr: 'la Journée internationale pour le soutien aux victimes de la torture',
  },
};

/** The day of the year each observance falls on (MM-DD), as the UN fixed it. */
const OBSERVED_ON: Record<string, string> = {
  'human-rights-day': '12-10',
  'world-refugee-day': '06-20',
  'international-day-in-support-of-victims-of-torture': '06-26',
};

/**
 * Other usual names of the observances, beyond the letter languages' official ones: Italian and Portuguese, the
 * Traditional Chinese and Japanese spellings, a German compound written apart. Variants of wording (International,
 * World, a year, plural, word order) need no entry here: observanceKey folds them away.
 */
const OTHER_NAMES: Record<string, string[]> = {
  'human-rights-day': ['Giornata dei diritti umani', 'Dia dos Direitos Humanos', '人權日', '人権デー', '人権の日', 'Journée des droits humains'],
  'world-refugee-day': ['Giornata mondiale del rifugiato', 'Dia Mundial do Refugiado', 'Flüchtlingstag', '世界難民日', '世界難民の日'],
  'international-day-in-support-of-victims-of-torture': ['Giornata internazionale a sostegno delle vittime della tortura', 'Dia Internacional de Apoio às Vítimas de Tortura'],
};

/**
 * Words that say who keeps the day (international, world, the UN), articles and joining words, in the languages
 * campaigns write (English, Spanish, French, German, Italian, Portuguese), folded: none of them tells one
 * observance from another.
 */
const GENERIC_WORDS = new Set(`
  the of for on in and a an to un united nations international world global annual
  el la los las lo de del y por en internacional mundial naciones unidas onu
  le les l d des du pour et internationale mondiale mondial
  der die das dem den zum zur fur und internationaler internationalen welt vereinten
  il i gli di dei della delle degli per e internazionale
  o os as do da dos das em pelo pela
`.split(/\s+/u).filter(Boolean));

/** "Day" in those languages, and in Korean, Chinese and Japanese as a name ends with it: one word for the key. */
const DAY_WORDS = new Set(['day', 'dia', 'journee', 'jour', 'tag', 'giornata']);
/** Korean, Chinese and Japanese words that only say who keeps the day, and the Korean possessive particle. */
const EAST_ASIAN_GENERIC = /세계|국제|유엔|国际|國際|世界|联合国|聯合國|国連|의/gu;
const EAST_ASIAN_DAY = /(날|日|デー|の日)$/u;
const EAST_ASIAN = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * What an observance's name comes down to: folded (width, case, accents, punctuation), without a year or an ordinal
 * ("2026", "78th", "2026년"), the generic words above and plurals, in any order. "International Human Rights Day",
 * "Human Rights Day 2026" and "Día Internacional de los Derechos Humanos" come down to their official names' keys.
 */
export function observanceKey(name: string): string {
  const tokens = foldText(name.normalize('NFKC')).split(' ').filter((token) => token !== '' && !/\p{N}/u.test(token));
  // Korean is written with and without spaces ("세계 인권의 날", "세계인권의날"): its words are joined before the
  // generic ones are taken out.
  const latin: string[] = [];
  let eastAsian = '';
  for (const token of tokens) {
    if (EAST_ASIAN.test(token)) eastAsian += token;
    else latin.push(token);
  }
  const words = latin.filter((token) => !GENERIC_WORDS.has(token)).map((token) => {
    if (DAY_WORDS.has(token)) return 'day';
    return token.length > 3 && token.endsWith('s') ? token.slice(0, -1) : token;
  });
  if (eastAsian !== '') {
    const core = eastAsian.replace(EAST_ASIAN_GENERIC, '');
    const day = EAST_ASIAN_DAY.exec(core);
    words.push(...(day ? [core.slice(0, day.index), 'day'] : [core]).filter(Boolean));
  }
  return [...new Set(words)].sort().join(' ');
}

const BY_KEY = new Map<string, string>();
for (const [id, names] of Object.entries(OCCASIONS)) {
  for (const name of [id.replaceAll('-', ' '), ...Object.values(names), ...(OTHER_NAMES[id] ?? [])]) BY_KEY.set(observanceKey(name), id);
}

/** The observance `occasion` names, by any usual way of writing it; undefined for any other occasion. */
function observanceOf(occasion: string): string | undefined {
  const key = observanceKey(occasion);
  return key === '' ? undefined : BY_KEY.get(key);
}

/**
 * The occasion in `language`: the organizer's own translation first, then the known name of an
 * observance written by id or in any language, then the text as the organizer wrote it.
 */
export function occasionIn(language: string, occasion: string | undefined, translations: Record<string, string> | undefined): string | null {
  if (occasion === undefined) return null;
  const own = translations?.[language];
  if (own !== undefined) return own;
  const id = observanceOf(occasion);
  return (id !== undefined ? OCCASIONS[id][language] : undefined) ?? occasion;
}

/** Whether `occasion` names an observance whose name this file has in every letter language. */
export function isKnownOccasion(occasion: string): boolean {
  return observanceOf(occasion) !== undefined;
}

/** "Human Rights Day" from "the Human Rights Day", "el Día …", "la Journée …": how a title or a cover names it. */
export function withoutArticle(occasion: string): string {
  return occasion.replace(/^(the|el|la) /i, '');
}

/** A known observance named for a delivery on another day: the letter and the press kit would say "on Human Rights Day, 4 December". */
export interface OccasionOffDay {
  occasion: string;
  /** The observance's date in the delivery's year (YYYY-MM-DD). */
  observed: string;
  /** The delivery's date. */
  date: string;
}

/** The check packet and press both make: null when the occasion is no known observance or falls on `date` (YYYY-MM-DD). */
export function occasionOffDay(occasion: string | undefined, date: string): OccasionOffDay | null {
  if (occasion === undefined) return null;
  const id = observanceOf(occasion);
  const day = id === undefined ? undefined : OBSERVED_ON[id];
  if (day === undefined || date.slice(5) === day) return null;
  return { occasion, observed: `${date.slice(0, 4)}-${day}`, date };
}

// Which single-byte code page a file's text is in, once the line scores said "Windows-1252" or "Windows-1251": those two
// read every byte as some letter, so Turkish, Greek, Hebrew, Arabic, Thai or KOI8-R text came out as plausible-looking
// accents or Cyrillic, without a warning. Each code page's reading is decoded and its words judged as text: letters of one
// script, marks after letters, a sane mix of cases and vowels. The reading with the fewest faults wins; a tie keeps the
// line scores' choice.
import { isAscii } from 'node:buffer';
import iconv from 'iconv-lite';

/**
 * The code pages told apart here, in the order a tie is settled after the line scores' own choice. Hebrew comes before
 * KOI8-R and Greek: Hebrew letters read in those are small Greek or capital Cyrillic letters without a fault, while
 * real Greek or KOI8-R text (capitals, accents, both cases) reads in Windows-1255 as points out of place or undefined bytes.
 */
export const SINGLE_BYTE_PAGES = [
  'windows-1252', 'windows-1251', 'windows-1254', 'windows-1255', 'koi8-r', 'windows-1253', 'iso-8859-7', 'windows-1256', 'tis620',
  // Central European (Polish, Czech…), Baltic (Latvian, Lithuanian) and DOS Cyrillic, with their ISO twins.
  'windows-1250', 'iso-8859-2', 'windows-1257', 'iso-8859-13', 'cp866',
] as const;

type SingleBytePageName = (typeof SINGLE_BYTE_PAGES)[number];
/** Where the pages added for verifyN F10 (Central European, Baltic, DOS Cyrillic) begin in SINGLE_BYTE_PAGES. */
const FIRST_LATER_PAGE = SINGLE_BYTE_PAGES.indexOf('windows-1250');

type Script = 'Latin' | 'Greek' | 'Cyrillic' | 'Hebrew' | 'Arabic' | 'Thai' | 'other';

const SCRIPTS: Array<[Exclude<Script, 'other'>, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u], ['Greek', /\p{Script=Greek}/u], ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u], ['Arabic', /\p{Script=Arabic}/u], ['Thai', /\p{Script=Thai}/u],
];

const scriptCache = new Map<string, Script>();

function scriptOf(ch: string): Script {
  let script = scriptCache.get(ch);
  if (script === undefined) {
    script = SCRIPTS.find(([, test]) => test.test(ch))?.[0] ?? 'other';
    scriptCache.set(ch, script);
  }
  return script;
}

/** The lines judged: those with a byte beyond ASCII (the rest read alike everywhere), up to this many bytes in all. */
const JUDGED_BYTES = 4 * 1024;

/** The lines of `sample` that hold a byte beyond ASCII, joined by LF, at most JUDGED_BYTES (whole lines). */
function textLines(sample: Uint8Array): Buffer {
  const bytes = Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength);
  const kept: Buffer[] = [];
  let size = 0;
  for (let start = 0; start < bytes.length && size < JUDGED_BYTES;) {
    let end = bytes.indexOf(10, start);
    if (end === -1) end = bytes.length;
    // A file whose lines end in CR alone is one line here: it is cut, a single-byte character never spans the cut.
    const line = bytes.subarray(start, Math.min(end, start + JUDGED_BYTES - size));
    if (!isAscii(line)) {
      kept.push(line, Buffer.from([10]));
      size += line.length + 1;
    }
    start = end + 1;
  }
  return Buffer.concat(kept);
}

/** Words are what lies between spaces, ASCII punctuation and digits; a word of ASCII alone reads alike in every page. */
const WORD = /[^\s!-/:-@[-`{-~0-9]+/gu;
// eslint-disable-next-line no-control-regex -- a control character inside a word is the fault being looked for
const NOT_TEXT = /[\p{S}\p{Co}\p{Cn}\u0000-\u001f\u007f-\u009f\ufffd]/u;
const MARK = /\p{M}/u;
const LETTER = /\p{L}/u;
const VOWELS: Partial<Record<Script, RegExp>> = {
  Cyrillic: /[аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ]/u,
  Greek: /[αεηιουωάέήίόύώϊϋΐΰΑΕΗΙΟΥΩΆΈΉΊΌΎΏ]/u,
};
/** Texts of these scripts hold at least this share of vowels among their letters; one read in the wrong page seldom does. */
const MIN_VOWEL_SHARE = 0.25;
/** Icelandic letters of Windows-1252 that Windows-1254 has as Ğ ğ İ ı Ş ş; Icelandic has no ü or ç, Turkish has them often. */
const ICELANDIC = /[ÐðÝýÞþ]/u;
const TURKISH_NOT_ICELANDIC = /[üÜçÇ]/u;
const TURKISH = /[ĞğİıŞş]/u;
const POLISH_NOT_BALTIC = /[ćłńśźżĆŁŃŚŹŻ]/u;
const ICELANDIC_NOT_TURKISH = /[æÆ]/u;
/** Thai vowels written before their consonant, and Thai digits. */
const THAI_LEADING_VOWEL = /[เแโใไ]/u;
const THAI_CONSONANT = /[ก-ฮ]/u;
const THAI_DIGIT = /[๐-๙]/u;

/**
 * The letters beyond ASCII of the languages written in a Latin code page, lower case. A name is written in one
 * language: a word whose letters no one alphabet holds ("Bçrziòð", Latvian read as Windows-1254) is read in the wrong page.
 */
const ALPHABETS = [
  'àâæçéèêëîïôœùûüÿ', 'äöüß', 'áéíñóúü', 'àèéìíòóùú', 'àáâãçéêíóôõú', 'àçèéíïòóúü', 'áðéíóúýþæö', 'åäöæøéü',
  'äöõüšž', 'ąćęłńóśźż', 'áčďéěíňóřšťúůýž', 'áäčďéíĺľňóôŕšťúýž', 'áéíóöőúüű', 'ăâîșțşţ', 'čćđšž', 'āčēģīķļņšūž',
  'ąčęėįšųūž', 'çğıöşüâîû', 'ëç', 'äöü',
].map((letters) => new Set(letters));
const LATIN_BEYOND_ASCII = /[\u00c0-\u024f]/u;

export interface ReadingFaults {
  encoding: string;
  faults: number;
}

/** The faults of each page's reading of `sample`, in SINGLE_BYTE_PAGES order. */
export function readingFaults(sample: Uint8Array): ReadingFaults[] {
  const judged = textLines(sample);
  return SINGLE_BYTE_PAGES.map((encoding) => faultsOf(encoding, iconv.decode(judged, encoding)));
}

/** Another page must read with at least this many more faults than the best one for the choice to be clear. */
const CLEAR_MARGIN = 3;

export interface SingleBytePage {
  encoding: string;
  /** A page that reads the text otherwise, with barely more faults: too little text to tell them apart. */
  couldBe?: string;
}

/**
 * The page `sample` reads best in: `chosen` (the line scores' choice) unless another reads with fewer faults. When
 * another page was chosen over the line scores' and a third reading (of other letters) is barely worse, the choice is
 * named as a doubt rather than made silently. Pages that read the sample alike (Windows-1250 and ISO-8859-2 for most
 * Polish) are no doubt: either gives the same letters.
 */
export function bestSingleBytePage(sample: Uint8Array, chosen: string): SingleBytePage {
  const judged = textLines(sample);
  const readings = SINGLE_BYTE_PAGES.map((encoding) => ({ ...faultsOf(encoding, iconv.decode(judged, encoding)), text: iconv.decode(judged, encoding) }));
  let best = readings.find((reading) => reading.encoding === chosen) ?? readings[0];
  for (const reading of readings) if (reading.faults < best.faults) best = reading;
  // Where the fewest faults are a reading that is no one language ("Kovács Ödön, Gyõr": Hungarian read as Windows-1252)
  // and another page reads as one ("Győr"), that page is the file's.
  if (!readsAsLanguage(best.text)) {
    const language = readings.filter((reading) => readsAsLanguage(reading.text)).sort((a, b) => a.faults - b.faults)[0];
    if (language) best = language;
  }
  if (best.encoding === chosen) return { encoding: best.encoding };
  // The first nine pages are told apart by signs and a tie order tuned on real exports (Hebrew before KOI8-R, Windows-1253
  // before ISO-8859-7): a doubt is only raised where a page added later is one of the two, whose signs are fewer.
  const isLater = (encoding: string) => SINGLE_BYTE_PAGES.indexOf(encoding as SingleBytePageName) >= FIRST_LATER_PAGE;
  const others = readings.filter((reading) => reading.text !== best.text && reading.faults - best.faults < CLEAR_MARGIN && (isLater(best.encoding) || isLater(reading.encoding)));
  // A reading of every word as a word of a language beats one that garbles a word ("Çağrı" read in Windows-1250 as
  // "Çađrý"): two Turkish rows in ISO-8859-9 warned "could be windows-1250". One name is too little to tell.
  const bestReads = readsAsLanguage(best.text);
  const runnerUp = others.filter((reading) => !bestReads || readsAsLanguage(reading.text)).sort((a, b) => a.faults - b.faults)[0];
  return runnerUp ? { encoding: best.encoding, couldBe: runnerUp.encoding } : { encoding: best.encoding };
}

/** The Latin code pages: a reading in one of them is words of Latin alphabets, or garbled. */
const LATIN_PAGES: readonly string[] = ['windows-1252', 'windows-1254', 'windows-1250', 'iso-8859-2', 'windows-1257', 'iso-8859-13'];
/** Words beyond ASCII a reading needs before it can be said to read as a language: one name tells too little. */
const LANGUAGE_WORDS = 3;

/**
 * How many words beyond ASCII the text holds, and whether each reads as a word of a Latin-script language: Latin letters
 * only, no symbol or control among them, and its accented letters all in one alphabet ("Żółć", "Dvořáková", "Yılmaz";
 * not "Çađrý", Turkish read as Windows-1250, nor "Ą±č", Big5 Hanzi read so).
 */
function latinWords(text: string): { words: number; allRead: boolean; oneAlphabet: boolean } {
  let words = 0;
  let allRead = true;
  const letters = new Set<string>();
  for (const [word] of text.matchAll(WORD)) {
    if (/^[\x20-\x7e]*$/.test(word)) continue;
    words++;
    const chars = [...word];
    const accented = chars.map((ch) => ch.toLowerCase()).filter((ch) => LATIN_BEYOND_ASCII.test(ch));
    const reads = chars.every((ch) => ch <= '\x7e' ? LETTER.test(ch) : scriptOf(ch) === 'Latin' && LETTER.test(ch))
      && ALPHABETS.some((alphabet) => accented.every((ch) => alphabet.has(ch)));
    if (!reads) allRead = false;
    for (const ch of accented) letters.add(ch);
  }
  return { words, allRead, oneAlphabet: allRead && ALPHABETS.some((alphabet) => [...letters].every((ch) => alphabet.has(ch))) };
}

/**
 * The Latin code page a small file reads in as words of a language, when the line scores chose a Chinese, Japanese or
 * Korean encoding: two Polish and Czech rows in Windows-1250 ("Łukasz Żółć", "Věra Dvořáková") scored best as Big5
 * ("ㄆkasz 草單"), with a warning and exit 1. Undefined unless one Latin page reads every word beyond ASCII as a word of
 * some language (at least LANGUAGE_WORDS of them); of several, the one with the fewest faults (Windows-1250 and
 * ISO-8859-2 read most Polish alike).
 */
export function latinLanguagePage(sample: Uint8Array): SingleBytePage | undefined {
  const judged = textLines(sample);
  const readings = LATIN_PAGES.map((encoding) => {
    const text = iconv.decode(judged, encoding);
    return { ...faultsOf(encoding, text), ...latinWords(text) };
  }).filter((reading) => reading.allRead && reading.words >= LANGUAGE_WORDS);
  if (readings.length === 0) return undefined;
  const best = readings.reduce((a, b) => (b.faults < a.faults ? b : a));
  return bestSingleBytePage(sample, best.encoding);
}

/**
 * Whether a page's reading of the text is words of one Latin-script language, enough of them to tell: every accented
 * letter of the file in one alphabet (Hungarian "Győr", "Szőke", "Júlia"; not "Gyõr" beside "Ödön", its Windows-1252
 * reading). A file of two languages (Polish and Czech) is told by latinLanguagePage's word-by-word reading only.
 */
function readsAsLanguage(text: string): boolean {
  const { words, oneAlphabet } = latinWords(text);
  return oneAlphabet && words >= LANGUAGE_WORDS;
}

function faultsOf(encoding: string, text: string): ReadingFaults {
  let faults = 0;
  const letters = new Map<Script, { all: number; vowels: number; words: number }>();
  for (const line of text.split(/\r\n|\n|\r/)) {
    for (const [word] of line.matchAll(WORD)) {
      // ASCII alone reads alike in every page; a word without a letter ("№", "°") tells no script apart.
      if (/^[\x20-\x7e]*$/.test(word) || !LETTER.test(word)) continue;
      faults += wordFaults(word, encoding);
      const chars = [...word];
      const script = chars.map(scriptOf).find((each) => each !== 'other');
      const vowels = script ? VOWELS[script] : undefined;
      if (script && vowels) {
        const tally = letters.get(script) ?? { all: 0, vowels: 0, words: 0 };
        for (const ch of chars) if (LETTER.test(ch)) {
          tally.all++;
          if (vowels.test(ch)) tally.vowels++;
        }
        tally.words++;
        letters.set(script, tally);
      }
    }
  }
  // Greek read as Windows-1251 is all Cyrillic letters, in a sane mix of cases: its vowels give it away.
  for (const tally of letters.values()) if (tally.all >= 6 && tally.vowels < tally.all * MIN_VOWEL_SHARE) faults += 2 * tally.words;
  return { encoding, faults };
}

function wordFaults(word: string, encoding: string): number {
  const chars = [...word];
  let faults = 0;
  if (chars.some((ch) => NOT_TEXT.test(ch))) faults += 3;
  const scripts = new Set(chars.map(scriptOf).filter((script) => script !== 'other'));
  if (scripts.size > 1) faults += 3;
  chars.forEach((ch, i) => {
    const before = chars[i - 1];
    // A mark belongs after a letter (Hebrew points, Arabic harakat, Thai vowel signs and tones).
    if (MARK.test(ch) && (before === undefined || !(LETTER.test(before) || MARK.test(before)))) faults += 2;
    // Latin letters take the Latin accents only: an Arabic haraka on "z" is Latin text read in Windows-1256.
    else if (MARK.test(ch) && !/[\u0300-\u036f]/u.test(ch) && scriptOf(before) === 'Latin') faults += 2;
    // A capital after a small letter inside a word: KOI8-R read as Windows-1251 swaps the cases (иБЮМ).
    if (before !== undefined && ch !== ch.toLowerCase() && before !== before.toUpperCase() && (before > '\x7f' || ch > '\x7f')) faults += 2;
    // Two accented Latin letters in a row are rare in Latin text, and constant in other scripts read as Latin-1.
    if (before !== undefined && before > '\x7f' && ch > '\x7f' && scriptOf(ch) === 'Latin' && scriptOf(before) === 'Latin') faults += 1;
    if (THAI_LEADING_VOWEL.test(ch) && !(chars[i + 1] !== undefined && THAI_CONSONANT.test(chars[i + 1]))) faults += 2;
  });
  if (scripts.has('Thai') && chars.some((ch) => THAI_DIGIT.test(ch))) faults += 2;
  // ISO-8859-7's Ά is Windows-1253's ¶, which never stands before a letter: the two pages differ in little else.
  if (/¶\p{L}/u.test(word)) faults += 2;
  const accented = chars.map((ch) => ch.toLowerCase()).filter((ch) => LATIN_BEYOND_ASCII.test(ch));
  if (accented.length > 1 && !ALPHABETS.some((alphabet) => accented.every((ch) => alphabet.has(ch)))) faults += 1;
  if (encoding === 'windows-1252' && ICELANDIC.test(word) && TURKISH_NOT_ICELANDIC.test(word)) faults += 2;
  if (encoding === 'windows-1254' && TURKISH.test(word) && ICELANDIC_NOT_TURKISH.test(word)) faults += 2;
  // Windows-1257 carries Polish letters, but Polish is written in Windows-1250: ż ž š for ı ş ğ is Turkish read as Baltic.
  if ((encoding === 'windows-1257' || encoding === 'iso-8859-13') && POLISH_NOT_BALTIC.test(word)) faults += 2;
  return faults;
}

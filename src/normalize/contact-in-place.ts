// Contact data typed into a place or name cell ("sara.lee@example.com" as the city, "010-1234-5678" as the state,
// "221 Baker Street, San Francisco" as the city): web forms are filled carelessly, and a place cell is printed in
// the signature list handed to an official. One detector for every place cell, decided from structure (an @
// between words, a long run of digits, a house number or street word beside a place), not from a list of values.
import { decimalDigitValue } from '../text/decimal-digit.js';
import { townOfDistrictCity } from './city-district.js';
import { isWholeEastAsianNameWord } from './east-asian-name.js';
import { isNumberWord } from './number-words.js';

/** "@", full-width "＠", and the spelled-out "(at)" / "[at]" / " at " between word parts with a dot domain after. */
const EMAIL = /[^\s@＠]\s*[@＠]\s*[^\s@＠]|[\p{L}\p{N}._-]\s*[([{<]\s*at\s*[)\]}>]\s*[\p{L}\p{N}]/iu;
/** A run of digits with the separators phone numbers are written with; the caller counts its digits. */
const DIGIT_RUN = /[+＋]?[(（]?\d[\d\s\-–.()（）/]*\d/gu;
/** Postcode layouts that carry 7 to 9 digits: US ZIP+4, Brazil CEP, Japan 〒123-4567, Poland-like are shorter. */
const POSTCODE_SHAPES = [/^\d{5}-\d{4}$/, /^\d{5}-\d{3}$/, /^\d{3}-\d{4}$/, /^\d{9}$/];
/** Phone-number digit count: a local number has 7 or more; no town is written with 7 digits. */
const PHONE_DIGITS = 7;
/** In a postcode cell longer postcodes exist (Iran 10 digits); a phone there is 9+ digits or clearly written as one. */
const POSTCODE_CELL_PHONE_DIGITS = 10;

/**
 * Street and dwelling vocabulary, as whole words. Words written after the street's own name (English, German,
 * Dutch: "Baker Street", "Hauptstraße") count only after another word, so "St. Louis" stays a town; words written
 * before it (Spanish, Portuguese, French, Italian: "Calle Mayor", "Rue de Rivoli", "Via Roma") only before another
 * word; dwelling words (Apt, Unit, piso, étage, Wohnung…) anywhere.
 */
const words = (list: string[]): string => list.join('|');
const AFTER_NAME = words(['street', 'st', 'road', 'rd', 'avenue', 'ave', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr',
  'court', 'ct', 'terrace', 'way', 'highway', 'hwy', 'parkway', 'pkwy', 'crescent', 'close',
  'straße', 'strasse', 'str', 'weg', 'platz', 'gasse', 'allee', 'damm', 'straat', 'laan', 'plein', 'gracht',
  // Turkish writes the street word after its name too: "Atatürk Cad. No: 12", "Gül Sok. 5".
  'cad', 'cadde', 'caddesi', 'sok', 'sokak', 'sokağı', 'bulvarı']);
const BEFORE_NAME = words(['calle', 'c/', 'carrera', 'avenida', 'avda', 'av', 'paseo', 'camino', 'carretera', 'rua',
  'travessa', 'praça', 'praca', 'estrada', 'alameda', 'rue', 'avenue', 'allée', 'allee', 'chemin', 'impasse', 'quai',
  'boulevard', 'bd', 'via', 'viale', 'piazza', 'piazzale', 'corso', 'vicolo', 'largo',
  'ул', 'улица', 'пр', 'пр-т', 'просп', 'проспект', 'пер', 'переулок', 'ш', 'шоссе', 'бул', 'бульвар', 'наб', 'набережная',
  'пл', 'площадь', 'мкр', 'микрорайон',
  // Ukrainian, Polish, Greek, Vietnamese and Arabic street words, written before the street's name.
  'вул', 'вулиця', 'пров', 'провулок', 'ul', 'ulica', 'οδός', 'οδος', 'λεωφόρος', 'λεωφ', 'đường', 'phố', 'شارع']);
const DWELLING = words(['apt', 'apartment', 'unit', 'suite', 'flat', 'floor', 'fl', 'room', 'rm', 'bldg',
  'po box', 'p\\.\\s?o\\.\\s?box', 'piso', 'puerta', 'nº', 'n°', 'apto', 'andar', 'bloco', 'bâtiment', 'batiment',
  'étage', 'etage', 'appartement', 'appt', 'interno', 'scala', 'wohnung', 'whg', 'кв', 'квартира', 'корп', 'корпус', 'эт',
  'этаж', 'подъезд', 'комн', 'оф', 'офис',
  // Post boxes and "care of" (a third person's name follows) say where mail goes, not which town a signer lives in.
  'c/o', 'postfach', 'postbus', 'apartado', 'casilla', 'skrytka\\s+pocztowa']);
/**
 * In a name cell, Russian "д." / "дом" (house) and "стр." (building) are dwelling words too: with their number they are
 * an address ("д. 5 кв. 12"). Not in a city cell, where "д." is a village (деревня) before its name.
 */
const DWELLING_IN_NAME = words([DWELLING, 'д', 'дом', 'стр', 'строение']);
const STREET_AFTER_NAME = new RegExp(`\\p{L}[\\p{L}.'’-]*\\s+(?:${AFTER_NAME})\\.?(?=$|[\\s,;\\d])`, 'iu');
const STREET_BEFORE_NAME = new RegExp(`(?:^|\\s)(?:${BEFORE_NAME})(?:\\.\\s*|\\s+)\\p{L}`, 'iu');
const DWELLING_WORD = new RegExp(`(?:^|[\\s,.;/])(?:${DWELLING})\\.?(?=$|[\\s,.;:#\\d])`, 'iu');
/** German and Dutch write the street word as the end of one word: Hauptstraße 5, Kalverstraat, Lindenweg. */
const STREET_SUFFIX = /\p{L}{2,}(?:straße|strasse|str\.|gasse|allee|damm|straat|gracht|weg|platz|laan|gatan|vägen|gade|vej)(?=$|[\s,\d])/iu;
/** Street or dwelling words written as the end of a word, or a number before them: 세종대로 209, 101동 1203호, 3丁目, 88号. */
const EAST_ASIAN_STREET = /(?:\d\s*(?:동|호|번지|번길|층|丁目|番地|番|号|號|室|栋|棟|楼|樓)|[\uac00-\ud7a3](?:로|길)(?:\s|\d|$)|(?:路|街|巷|弄|胡同)\s*\d|#\s*\d)/u;
/** Russian and Ukrainian also write the street word after the street's name: "Тверская ул.", "Хрещатик вул.". */
const CYRILLIC_STREET_AFTER = /\p{L}+\s+(?:ул|улица|пер|переулок|просп|проспект|пр-т|бул|бульвар|наб|набережная|шоссе|пл|площадь|вул|вулиця|пров|провулок)\.?(?=$|[\s,;])/iu;
/** Street words written after the street's name, in more languages than a name cell is read for ("Andrássy út 1"). */
const WORD_AFTER_STREET_NAME = /^(?:út|utca|u\.|tér|körút|rakpart|náměstí|namesti|třída|trida|nábřeží|ulice|caddesi|cad\.?|sokak|sok\.?|bulvarı|gata|gate|gaten|gatan|katu|tie|väg|vägen|vej|gade|ул\.?|улица|пер\.?|просп\.?|проспект|бул\.?|шоссе|вул\.?|вулиця)$/iu;
const AFTER_NAME_ALONE = new RegExp(`^(?:${AFTER_NAME})\\.?$`, 'iu');
/** "c/o" and the person mail goes to: what follows it is a third person's name, never a town. */
const CARE_OF_END = /(?:^|\s)c\/o$/iu;
/** A postcode at either edge of a part ("Berlin 10115", "Wien 1010") is no house number. */
const EDGE_POSTCODE = /^\d{4,6}(?:-\d{3,4})?\s+|\s+\d{4,6}(?:-\d{3,4})?$/gu;
const DIGIT = /\d/;
/** One street or dwelling word on its own ("Rue", "Apt", "St."): "Rue 1" is a street, though it has the shape of "Dublin 8". */
const STREET_WORD_ALONE = new RegExp(`^(?:${AFTER_NAME}|${BEFORE_NAME}|${DWELLING})\\.?$`, 'iu');
/** An ordinal ("6th of October City", "5th Avenue") is no house number; a street word beside it still tells a street. */
const ORDINAL = /\b\d+(?:st|nd|rd|th)\b/giu;
/** A distance in a town's name ("100 Mile House", "70 Mile House") is no house number either. */
const DISTANCE_IN_NAME = /(?<!\d)\d+\s+(?:mile|miles|km)(?!\p{L})/giu;

/**
 * Numbers written in other numerals, as ASCII digits: every Unicode decimal digit ("۱۲", "१२", "１２", "𝟙𝟚"), circled,
 * superscript and subscript digits ("①②③", "⁰¹²"), seven or more Chinese numerals in a row ("一三八一二三四五六七八",
 * "壹叁捌壹贰叁肆伍陆柒捌": a phone), a Chinese house number before 号 ("建国路八十八号") and five or more digits spelled out
 * in English ("five five five zero one zero zero"). The checks below read ASCII digits; a script left out of a list of
 * scripts printed its phone numbers and house numbers in the list (outside tester K, F7, F9).
 */
export function withAsciiDigits(text: string): string {
  if (!OTHER_NUMERAL.test(text)) return text;
  let folded = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const special = SPECIAL_DIGITS.get(char);
    if (special !== undefined) folded += special;
    else if (code > 127 && DECIMAL_DIGIT.test(char)) folded += String(decimalDigitValue(code));
    else folded += char;
  }
  return folded
    .replace(CHINESE_DIGIT_RUN, (run) => numeralRunAsDigits(run, CHINESE_DIGITS))
    .replace(HANGUL_DIGIT_RUN, (run) => numeralRunAsDigits(run, HANGUL_DIGIT_VALUES))
    .replace(CHINESE_HOUSE_NUMBER, (numerals) => String(chineseNumberValue(numerals)))
    .replace(KOREAN_HOUSE_NUMBER, (numerals) => String(koreanNumberValue(numerals)))
    .replace(SPELLED_DIGIT_RUN, (run) => run.split(/[\s-]+/u).map((word) => SPELLED_DIGITS.indexOf(word.toLowerCase())).join(''));
}

const DECIMAL_DIGIT = /\p{Nd}/u;
const SPELLED_DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const SPELLED_DIGIT_WORD = `(?:${SPELLED_DIGITS.join('|')})`;
const SPELLED_DIGIT_RUN = new RegExp(`(?<!\\p{L})${SPELLED_DIGIT_WORD}(?:[\\s-]+${SPELLED_DIGIT_WORD}){4,}(?!\\p{L})`, 'giu');
/** Circled, superscript and subscript digits: no decimal digits to Unicode, but a phone number typed in them is one. */
const SPECIAL_DIGITS = new Map<string, string>([
  ...[...'⓪①②③④⑤⑥⑦⑧⑨'].map((char, i): [string, string] => [char, String(i)]),
  ...[...'⓿❶❷❸❹❺❻❼❽❾'].map((char, i): [string, string] => [char, String(i)]),
  ...[...'🄋➀➁➂➃➄➅➆➇➈'].map((char, i): [string, string] => [char, String(i)]),
  ...[...'🄌➊➋➌➍➎➏➐➑➒'].map((char, i): [string, string] => [char, String(i)]),
  ...[...'⁰¹²³⁴⁵⁶⁷⁸⁹'].map((char, i): [string, string] => [char, String(i)]),
  ...[...'₀₁₂₃₄₅₆₇₈₉'].map((char, i): [string, string] => [char, String(i)]),
]);
const CHINESE_DIGITS = new Map<string, string>([
  ...[...'〇一二三四五六七八九'].map((char, i): [string, string] => [char, String(i)]),
  ...[...'零壹贰叁肆伍陆柒捌玖'].map((char, i): [string, string] => [char, String(i)]),
  ['貳', '2'], ['參', '3'], ['陸', '6'], ['两', '2'],
]);
/**
 * Numerals in a row, or in groups as a phone number is written ("七七三四 五五五五", "〇九〇‐一二三四‐五六七八"): seven or
 * more in all are a phone number, never a name ("张三" has one numeral). numeralRunAsDigits counts them.
 */
const NUMBER_GROUP_GAP = '[\\s\\-‐‑‒–—－・]+';
const CHINESE_DIGIT_RUN = new RegExp(`[〇一二三四五六七八九零壹贰叁肆伍陆柒捌玖貳參陸两]+(?:${NUMBER_GROUP_GAP}[〇一二三四五六七八九零壹贰叁肆伍陆柒捌玖貳參陸两]+)*`, 'gu');
/** Korean digits spelled as their Sino-Korean words ("공일공 칠칠삼사 일이삼사" is 010 7734 1234), read as CHINESE_DIGIT_RUN. */
const HANGUL_DIGIT_VALUES = new Map<string, string>([...'공일이삼사오육칠팔구'].map((char, i): [string, string] => [char, String(i)]).concat([['영', '0']]));
const HANGUL_DIGIT_RUN = new RegExp(`(?<![\\uac00-\\ud7a3])[공영일이삼사오육칠팔구]+(?:${NUMBER_GROUP_GAP}[공영일이삼사오육칠팔구]+)*(?![\\uac00-\\ud7a3])`, 'gu');
/** Fewer numerals than a phone number has are left as written: a name or a word of them ("王一", "이사") is no number. */
const PHONE_NUMERALS = 7;

/** A run of numerals as digits, its gaps as a space or a dash, when it has a phone number's length; else unchanged. */
function numeralRunAsDigits(run: string, digits: ReadonlyMap<string, string>): string {
  const chars = [...run];
  if (chars.filter((char) => digits.has(char)).length < PHONE_NUMERALS) return run;
  return chars.map((char) => digits.get(char) ?? (/\s/u.test(char) ? char : '-')).join('');
}
/**
 * A house number in Chinese numerals, written straight after a road's, lane's or section's word ("信义路五段", "五段七号"),
 * after a district or village word when an address word follows ("…里三巷"), or before the word of a number, lane or
 * block ("建国路八十八号", "十二番地"). Always after another Han character: "路一鸣" (路 is a family name) and "一番ケ瀬" are
 * names, and so are "中村 千尋" and "中村一郎" (村 and a given name in numerals).
 */
const CHINESE_NUMERALS = '〇一二三四五六七八九零两十百千';
const CHINESE_HOUSE_NUMBER = new RegExp([
  `(?<=\\p{Script=Han}[路街巷弄段])[${CHINESE_NUMERALS}]+`,
  `(?<=\\p{Script=Han}[道里])[${CHINESE_NUMERALS}]+(?=[段号號巷弄番丁])`,
  `(?<=\\p{Script=Han})(?<![${CHINESE_NUMERALS}])[${CHINESE_NUMERALS}]+(?=\\s*(?:号|號|番地|丁目|番|巷|弄))`,
  // Spaced: "建国路 八十八 号".
  `(?<=[路街巷弄道里村]\\s*)[${CHINESE_NUMERALS}]+(?=\\s*[号號])`,
  // A building, unit, floor or room of a housing estate or building, after the estate's or the building's word
  // ("幸福小区三栋五单元", "阳光花园八号楼"): "王一栋" and "李国栋" are names, 栋 a given name's character.
  `(?<=[区區苑园園村院城寓厦廈期栋棟幢座号號楼樓])[${CHINESE_NUMERALS}]+(?=\\s*(?:栋|棟|幢|单元|單元|层|層|室|号楼|號樓))`,
].join('|'), 'gu');
/**
 * A Korean lot, flat or floor number in Sino-Korean numerals at a word's start ("백이십삼번지", "천이백삼호"): before 번지 or
 * 번길 any, before 호, 층 or 동 only with a ten, hundred or thousand in it, since "이동", "오호" and "구동" are names.
 */
const KOREAN_NUMERALS = '일이삼사오육칠팔구십백천';
const KOREAN_HOUSE_NUMBER = new RegExp(`(?<![\\uac00-\\ud7a3])(?:[${KOREAN_NUMERALS}]+(?=\\s*번(?:지|길))|[${KOREAN_NUMERALS}]*[십백천][${KOREAN_NUMERALS}]*(?=\\s*(?:호|층|동)(?![\\uac00-\\ud7a3])))`, 'gu');

/** "백이십삼" → 123, "천이백삼" → 1203, "십이" → 12 (Sino-Korean numerals, read as Chinese ones are). */
function koreanNumberValue(numerals: string): number {
  const chinese = [...numerals].map((numeral) => '一二三四五六七八九十百千'[KOREAN_NUMERALS.indexOf(numeral)] ?? '').join('');
  return chineseNumberValue(chinese);
}
const OTHER_NUMERAL = new RegExp(`[^\\x00-\\x7F]|${SPELLED_DIGIT_WORD}`, 'iu');

/** "八十八" → 88, "一百零五" → 105, "十二" → 12, "一二三" → 123 (numerals without 十, 百 or 千 are digits). */
function chineseNumberValue(numerals: string): number {
  if (!/[十百千]/u.test(numerals)) return Number([...numerals].map((numeral) => CHINESE_DIGITS.get(numeral) ?? '0').join(''));
  let total = 0;
  let digit = 0;
  for (const numeral of numerals) {
    const unit = numeral === '十' ? 10 : numeral === '百' ? 100 : numeral === '千' ? 1000 : 0;
    if (unit === 0) digit = Number(CHINESE_DIGITS.get(numeral) ?? 0);
    else {
      total += (digit === 0 ? 1 : digit) * unit;
      digit = 0;
    }
  }
  return total + digit;
}

function digitCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * E-mail addresses spelled out so that harvesters miss them ("jane [dot] roe [at] gmail [dot] com", "jane at gmail dot
 * com", "jane 골뱅이 gmail 닷컴"), written back with "@" and "." so the one e-mail pattern finds them. A bare " at " or
 * " dot " is rewritten only between word parts with a dotted domain after the at, so "Ata Demir", "Dot Cotton" and
 * "Jane at home" stay as they are.
 */
// Bracketed forms in any case; bare words only in lower or upper case: a name is written "Dot", "Ata", "At".
// The words for "dot" and "at" in Spanish, French, German, Italian, Russian, Japanese and Chinese ("arroba … punto com",
// "chez … point fr", "Klammeraffe … Punkt de", "собака … точка ru", "アット … ドット com", "艾特 … 点 com"), and the
// underscore form "pat_at_gmail_dot_com"; written back only when an address comes out, so "Post Malone" stays.
// Polish, Czech, Swedish, Hungarian, Turkish, Greek and transliterated Russian too ("ana małpa gmail kropka com", "jana
// zavináč seznam tečka cz", "bo snabel-a telia punkt se", "eli kukac gmail pont com", "zeynep et işareti gmail nokta
// com", "nikos papaki gmail teleia com", "mariya sobaka mail tochka ru"), and Cyrillic domains ("яндекс точка ру"): the
// bare words only in lower case, and only where an address comes out of them. Dutch, Indonesian, Vietnamese, Romanian,
// Croatian, Lithuanian, Finnish, Arabic, Thai and Indian English too ("jan apenstaartje ziggo punt nl", "siti di gmail
// titik com", "an a còng gmail chấm com", "ion arond yahoo punct ro", "mohamed ات gmail دوت كوم", "rahul at the rate
// gmail dot com"): a word left of these was the rest of an address the list printed (outside tester J).
const DOT_WORDS = 'dot|DOT|punto|point|punkt|Punkt|punt|punct|titik|chấm|točka|tocka|taškas|taskas|دوت|ดอท|точка|tochka|kropka|tečka|tecka|pont|nokta|teleia|τελεία|τελεια|ponto|piste|prikk';
const AT_WORDS = 'at the rate|at|AT|apenstaartje|a còng|a móc|di|ät|kissa|arond|eta|et|ات|แอท|arroba|chez|Klammeraffe|klammeraffe|chiocciola|собака|собачка|sobaka|małpa|malpa|zavináč|zavinac|snabel-a|snabela|kukac|et işareti|et isareti|papaki|παπάκι|παπακι';
const SPELLED_DOT = new RegExp(`\\s*(?:[([{<]\\s*(?:[Dd][Oo][Tt]|punto|point|punkt|점)\\s*[)\\]}>]|(?<=[\\p{L}\\p{N}])\\s+(?:${DOT_WORDS})\\s+(?=[\\p{L}\\p{N}])|(?<=[A-Za-z0-9])\\s*(?:닷|점|ドット|点)\\s*(?=[A-Za-z])|(?<=[A-Za-z0-9])[_-]dot[_-](?=[A-Za-z0-9]))\\s*`, 'gu');
const SPELLED_DOTCOM = /(?<=[A-Za-z0-9])\s*닷컴/gu;
const SPELLED_AT = /\s*(?:[([{<]\s*(?:[Aa][Tt]|arroba|골뱅이)\s*[)\]}>]|(?<=[A-Za-z0-9._-])\s*(?:골뱅이|골벵이|앳|アット|艾特)\s*(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])_at_(?=[A-Za-z0-9]))\s*/gu;
/** A dotted domain after an at sign's stand-in: "qzwangwei#qq.com" and "ivan(собачка)mail.ru" are addresses, "eva#1234" a tag. */
const DOMAIN_AHEAD = '(?=[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}(?![\\p{L}\\p{N}]))';
/**
 * The other stand-ins for "@" before a domain: any at-word in brackets ("(собачка)", "[arroba]"), one joined by hyphens
 * ("mia-at-gmail.com", as "_at_" is), and "#" between a user part and a domain.
 */
const AT_BEFORE_DOMAIN = new RegExp(`\\s*[([{<]\\s*(?:${AT_WORDS})\\s*[)\\]}>]\\s*${DOMAIN_AHEAD}|(?<=[\\p{L}\\p{N}._])(?:-at-|#)${DOMAIN_AHEAD}`, 'gu');
const BARE_AT = new RegExp(`(?<=[\\p{L}\\p{N}._-])\\s+(?:${AT_WORDS})\\s+(?=[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+(?![\\p{L}\\p{N}]))`, 'gu');

/** The text with spelled-out e-mail punctuation written back as "@" and "." (see SPELLED_AT); other text unchanged. */
export function withSpelledEmails(text: string): string {
  if (!/#|dot|at|punto|point|punkt|punt|punct|titik|chấm|to[čc]ka|ta[šs]kas|دوت|ดอท|di|ät|kissa|arond|eta|et|ات|แอท|arroba|chez|klammeraffe|chiocciola|собак|точка|tochka|sobaka|kropka|ma[łl]pa|te[čc]ka|zavin|snabel|kukac|pont|nokta|i[şs]areti|papaki|teleia|παπ|τελ|ponto|piste|prikk|アット|ドット|艾特|点|골뱅이|골벵이|앳|닷|점/iu.test(text)) return text;
  return text.replace(SPELLED_DOTCOM, '.com').replace(SPELLED_DOT, '.').replace(SPELLED_AT, '@').replace(AT_BEFORE_DOMAIN, '@').replace(BARE_AT, '@');
}

/** Whether the text holds an e-mail address anywhere (with spaces around the @, full-width, "(at)" or spelled out). */
export function holdsEmail(text: string): boolean {
  return EMAIL.test(text) || EMAIL.test(withSpelledEmails(text));
}

/**
 * The phone-number runs in the text: 7 or more digits written with phone separators, not a postcode layout. In a name
 * cell (`inName`) a postcode layout is no reason to keep a number: "612345678" is a Spanish mobile and "555-0100" a
 * local number, and no name is written with 7 digits either way.
 */
function phoneRuns(text: string, minDigits: number, inName = false): string[] {
  const runs: string[] = [];
  for (const match of withAsciiDigits(text).matchAll(DIGIT_RUN)) {
    const run = match[0].trim();
    const digits = digitCount(run);
    if (digits < minDigits) continue;
    if (inName) {
      runs.push(run);
      continue;
    }
    const plain = run.replace(/^[(（]|[)）]$/gu, '');
    const writtenAsPhone = /^[+＋]|[(（]|\d[\s\-–.]\d+[\s\-–.]\d/u.test(run);
    if (digits < 10 && !writtenAsPhone && POSTCODE_SHAPES.some((shape) => shape.test(plain))) continue;
    if (POSTCODE_SHAPES.slice(0, 2).some((shape) => shape.test(plain))) continue;
    runs.push(run);
  }
  return runs;
}

/** Whether the text holds a phone number anywhere ("+82 10 2345 6789", "(555) 867-5309", "010-1234-5678"). */
export function holdsPhone(text: string): boolean {
  return phoneRuns(text, PHONE_DIGITS).length > 0;
}

/** Whether a place or name cell holds an e-mail address or a phone number. */
export function holdsContact(text: string): boolean {
  return holdsEmail(text) || holdsPhone(text);
}

/** A postcode cell holding an e-mail or a phone number (a postcode may have up to 10 digits, so the bar is higher). */
export function postcodeHoldsContact(text: string): boolean {
  if (holdsEmail(text)) return true;
  const runs = phoneRuns(text, PHONE_DIGITS);
  return runs.some((run) => digitCount(run) >= POSTCODE_CELL_PHONE_DIGITS || /^[+＋]|[(（]|\d[\s\-–.]\d+[\s\-–.]\d/u.test(run));
}

/** A part of an address that names a street, a house number or a flat rather than a town. */
export function isStreetPart(cell: string): boolean {
  const part = withAsciiDigits(cell);
  // "Paris 15e", "Dublin 8", "Stockholm 111 22", "Manchester M1": a town and its district or postcode.
  if (isTownWithDistrict(part)) return false;
  const withoutPostcode = part.replace(EDGE_POSTCODE, '').replace(ORDINAL, '').replace(DISTANCE_IN_NAME, '');
  return DIGIT.test(withoutPostcode) || STREET_AFTER_NAME.test(part) || STREET_BEFORE_NAME.test(part) || DWELLING_WORD.test(part)
    || STREET_SUFFIX.test(part) || EAST_ASIAN_STREET.test(part) || CYRILLIC_STREET_AFTER.test(part);
}

/**
 * Whether a part is a town and its district or postcode ("Dublin 8", "Wien 1010", "London SW1A 1AA"), not a flat or a
 * street of that shape: "flat 1203", "Apt 7734" and "Rue 1" have a dwelling or street word where the town would be.
 */
export function isTownWithDistrict(part: string): boolean {
  const town = townOfDistrictCity(part);
  return town !== null && !STREET_WORD_ALONE.test(town) && !isStreetPart(town);
}

export type PlaceScreen =
  | { kind: 'clean' }
  /** `town`: the town written before the contact data ("Oslo @eva" → "Oslo"), when there is one. */
  | { kind: 'contact'; town?: string }
  | { kind: 'street'; town: string };

/**
 * What a city cell holds besides a town: an e-mail or phone (the cell is blanked), or a street address (cut to its
 * last comma part that is no street or number: "221 Baker Street, San Francisco" → "San Francisco"; '' when none).
 * A city cell is read after its state and ZIP are taken out (splitCity), so a ZIP is not a house number.
 */
export function screenCity(cell: string): PlaceScreen {
  const city = withAsciiDigits(cell);
  if (city === '') return { kind: 'clean' };
  const contactAt = placeContactStart(city, true);
  if (contactAt >= 0) return contactWithTownBefore(city, contactAt);
  if (holdsContact(city)) return { kind: 'contact' };
  const parts = city.split(/[,，、;]/u).map((part) => part.trim()).filter((part) => part !== '');
  if (!parts.some(isStreetPart)) return { kind: 'clean' };
  // A street word without a number or a flat ("Calle Larga", "Rue de Rivoli") locates nobody, and is the name of towns.
  if (parts.length === 1 && !DIGIT.test(city) && !DWELLING_WORD.test(city) && !EAST_ASIAN_STREET.test(city)) return { kind: 'clean' };
  const towns = parts.filter((part) => !isStreetPart(part));
  if (towns.length > 0 && parts.length > 1) return { kind: 'street', town: towns[towns.length - 1] };
  const last = parts[parts.length - 1];
  return { kind: 'street', town: townAfterAddress(last) || koreanTownBeforeAddress(last) || townBeforeAddress(last) };
}

/**
 * The town written before a street address without a comma ("Kraków ul.Floriańska 3", "Göteborg Kungsgatan 5",
 * "Αθήνα Ερμού 15", "London c/o Flat 3" → the town); '' when the cell begins with the address. The address begins at
 * the first street or dwelling word, or at the street's name before the first number ("Ερμού 15" has no street word).
 */
function townBeforeAddress(part: string): string {
  const words = part.split(/\s+/u);
  const at = words.findIndex((word) => DIGIT.test(word) || STREET_WORD_ALONE.test(word) || STREET_BEFORE_NAME.test(word)
    || STREET_SUFFIX.test(word) || DWELLING_WORD.test(word) || EAST_ASIAN_STREET.test(word) || WORD_AFTER_STREET_NAME.test(word));
  if (at < 0) return '';
  const word = words[at];
  const after = WORD_AFTER_STREET_NAME.test(word) || AFTER_NAME_ALONE.test(word);
  // A number without a street word: the word before it is the street's name, and only one word before that is read as
  // the town ("Αθήνα Ερμού 15"), since a street's name may have several ("Unter den Linden 1").
  const numberOnly = DIGIT.test(word) && !STREET_BEFORE_NAME.test(word) && !STREET_SUFFIX.test(word);
  const start = numberOnly || after ? at - 1 : at;
  if (start <= 0 || (numberOnly && start !== 1)) return '';
  const town = words.slice(0, start).join(' ').replace(/[\s,;:-]+$/u, '');
  return /\p{L}/u.test(town) && !isStreetPart(town) ? town : '';
}

/** Korean city, province and district words ("서울시 강남구"), the whole of what is written before a road or lot. */
const KOREAN_REGION_WORD = '[\\uac00-\\ud7a3]+(?:특별시|광역시|특별자치시|특별자치도|시|도|구|군)';
const KOREAN_REGION_WORDS = new RegExp(`^${KOREAN_REGION_WORD}(?:\\s+${KOREAN_REGION_WORD})*$`, 'u');

/** The city and district before a Korean road or lot ("서울시 강남구 테헤란로 123" → "서울시 강남구"); '' when none. */
function koreanTownBeforeAddress(part: string): string {
  const street = STREET_IN_NAME.exec(part);
  if (!street) return '';
  const head = part.slice(0, street.index).trim();
  return KOREAN_REGION_WORDS.test(head) ? head : '';
}

/**
 * The town written after a street address without a comma ("Apt 4B Chicago", "12 Main St Springfield", "Apt 5 Dublin 8"
 * → the town, with its district); '' when nothing but an address is there, or what comes before is no clear address
 * (a street or dwelling word), so a town is never guessed out of a bare number. The address ends at the last number or
 * street word that leaves a town after it: "Dublin 8" is a town and its district, so "Apt 5" is the address.
 */
function townAfterAddress(part: string): string {
  const words = part.split(/\s+/u);
  for (let last = words.length - 2; last >= 0; last--) {
    const word = words[last];
    if (!DIGIT.test(word) && !word.startsWith('#') && !STREET_WORD_ALONE.test(word)) continue;
    const head = words.slice(0, last + 1).join(' ');
    const tail = words.slice(last + 1).join(' ');
    const headIsAddress = DWELLING_WORD.test(head) || STREET_AFTER_NAME.test(head) || STREET_BEFORE_NAME.test(head) || STREET_SUFFIX.test(head);
    if (headIsAddress && !CARE_OF_END.test(head) && /\p{L}/u.test(tail) && !isStreetPart(tail)) return tail;
  }
  return '';
}

/**
 * A street address in a name cell: a house number before a street word ("123 Main St Apt 4"), a street with its number
 * ("Hauptstraße 5", "Calle Mayor 5", "Baker Street 221"), a flat with its number ("Apt 4"), a Korean road with its number
 * ("테헤란로 123") or building and flat ("101동 1203호"). A number, apart from the street word, is required: "St. John",
 * "Via" and "Secret ct1" (a test account, not Court 1) stay names.
 */
// Each alternative starts only where a number or a word starts: begun inside a long run of letters or digits, its
// run was read again from every position in it, and a 10,000-letter name took seconds (the fuzz run's slow input).
/** A house number, with its flat after a dash or slash ("12-34", "10/5", "5a"), so no part of it is left behind. */
const HOUSE_NUMBER = '\\d+[\\p{L}]?(?:[-/]\\d+[\\p{L}]?)?';
/** The number word before a house number ("Cad. No: 12", "Nr. 5", "№ 7"). */
const NUMBER_WORD = '(?:(?:no|nr|n[º°]|№)\\.?\\s*:?\\s*)?';
/** A street word and the street's name after it: "ул.Ленина" is written without a space. */
const WORD_GAP = '(?:\\.\\s*|\\s+)';
const STREET_IN_NAME_SOURCE = [
  // French, Italian and Spanish write the number first: "12 rue de Rivoli", "12, rue de la Paix", "3 bis avenue Foch".
  // Vietnamese names its street in several words ("45 đường Lê Lợi"): capitalized words after the first go with it.
  `(?<![\\p{L}\\d])\\d+[\\p{L}]?(?:\\s+(?:bis|ter))?,?\\s+(?:${BEFORE_NAME})\\.?(?:\\s+(?:d[eu]|des|la|le|les|l'|d'|del|della|di|do|da|dos|das))*\\s+[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}`,
  `(?<!\\d)\\d+[\\p{L}]?(?:-\\d+)?\\s+(?:[\\p{L}'’.-]+\\s+){0,3}?(?:${AFTER_NAME})\\.?(?=$|[\\s,;])`,
  `(?<![\\p{L}'’.-])\\p{L}[\\p{L}'’.-]*\\s+(?:${AFTER_NAME})(?:\\.\\s*|\\s+)${NUMBER_WORD}${HOUSE_NUMBER}(?![\\p{L}\\d])`,
  `(?<!\\p{L})\\p{L}{2,}(?:straße|strasse|str\\.|gasse|allee|damm|straat|gracht|weg|platz|laan|gatan|vägen|gade|vej)\\s*${HOUSE_NUMBER}`,
  `(?<![\\p{L}])(?:${BEFORE_NAME})${WORD_GAP}(?:[\\p{L}'’.-]+(?:,\\s*|\\s+)){1,4}?${NUMBER_WORD}${HOUSE_NUMBER}`,
  // Arabic writes the number straight after the street word: "شارع 12".
  `(?<![\\p{L}])شارع\\s+(?:[\\p{L}]+\\s+){0,4}?${HOUSE_NUMBER}`,
  `(?<![\\p{L}])(?:${DWELLING_IN_NAME})(?:\\.\\s*|\\s+|\\s*#\\s*)\\d+[\\p{L}]?(?![\\p{L}\\d])`,
  '(?<![\\uac00-\\ud7a3])[\\uac00-\\ud7a3]*[\\uac00-\\ud7a3](?:로|길)\\s*\\d+(?:-\\d+)?(?:\\s*(?:번길|길)\\s*\\d+(?:-\\d+)?)?',
  // A Korean lot address: a neighbourhood or village (…동, …읍, …면, …리) and its lot number ("역삼동 123-45", "신촌리 12번지").
  '(?<![\\uac00-\\ud7a3])[\\uac00-\\ud7a3]*[\\uac00-\\ud7a3](?:동|읍|면|리)\\s*\\d+(?:-\\d+|\\s*번지)',
  '(?<!\\d)\\d+\\s*(?:동|호|번지|층)(?:\\s*\\d+\\s*(?:동|호|번지|층))*',
  // A Korean apartment or villa with its number: "래미안아파트 3동", "한빛빌라 201".
  '(?<![\\uac00-\\ud7a3])[\\uac00-\\ud7a3]*(?:아파트|빌라|맨션|오피스텔)\\s*\\d+\\s*(?:동|호|층)?',
  // Japanese and Chinese blocks, lots and rooms, each after its number ("3丁目12番地", "100号", "5栋302室"); 丁目 also
  // after a Han numeral ("三丁目"). "一丁" (a given name) has no 目.
  '(?:(?<!\\d)\\d+|(?<![一二三四五六七八九十])[一二三四五六七八九十]+(?=\\s*丁目))\\s*(?:丁目|番地|番|号|號|室|栋|棟|幢|单元|單元|楼|樓|层|層|階)(?:\\s*[-－]?\\s*\\d+\\s*(?:丁目|番地|番|号|號|室|栋|棟|幢|单元|單元|楼|樓|层|層|階)?)*',
  // A Chinese road and its number: "南京路100号", "长安街 5号".
  '(?<!\\p{Script=Han})\\p{Script=Han}+(?:路|街|巷|弄|胡同|大道)\\s*\\d+\\s*(?:号|號)?',
].join('|');
const STREET_IN_NAME = new RegExp(STREET_IN_NAME_SOURCE, 'iu');
/** The same, read on from a given position: a second address that overlaps the first is cut with it. */
const STREET_IN_NAME_FROM = new RegExp(STREET_IN_NAME_SOURCE, 'giu');
/** After a street address, its flat and floor ("123 Main St Apt 4", "Calle Mayor 5, 3º B"). */
const DWELLING_AFTER = new RegExp(`^(?:[\\s,]*(?:(?:${DWELLING_IN_NAME})\\.?\\s*#?\\s*[\\p{L}\\d-]*\\d[\\p{L}\\d-]*|#\\s*\\d+[\\p{L}]?|\\d+[º°ª]?\\s*[\\p{L}]?(?=$|[\\s,])|(?:N|S|E|W|NE|NW|SE|SW)\\.?(?=$|[\\s,])|\\d+\\s*(?:동|호|층|号|號|室)))+`, 'iu');
/** Korean city, province, district and neighbourhood words before a road or lot ("서울시 강남구 테헤란로 123"). */
const KOREAN_REGION_BEFORE = /(?:^|\s)[\uac00-\ud7a3]+(?:특별시|광역시|특별자치시|특별자치도|시|도|구|군|동|읍|면|리)\s*$/u;
/**
 * A Chinese name (two or three characters) before a place of two or three and its word (省, 市, 区, 县, 路, 街, 道):
 * "陈明" of "陈明台北市…", "欧阳明" of "欧阳明上海市…". Three characters are tried first, the place then needing two.
 */
const HAN_NAME_BEFORE_PLACE = /^[^\P{Script=Han}省市区區县縣路街道]{2,3}(?=[^\P{Script=Han}省市区區县縣路街道]{2,3}[省市区區县縣路街道])/u;
/** Han and kana: Japanese and Chinese place names are written up to the block number without a space. */
const EAST_ASIAN_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/u;
/**
 * Messengers' names in Persian, Arabic, Hebrew, Russian, Korean, Japanese, Chinese and Thai letters: Telegram, WhatsApp,
 * Signal, Viber, Line, KakaoTalk, WeChat, Instagram, Skype, Facebook, Imo, Bale's "iGap", Gap. None is anyone's name,
 * so each ends a name wherever it stands past the first word (LABEL_ALONE), and labels the handle after it.
 */
const MESSENGER_WORDS_IN_OTHER_SCRIPTS = [
  'تليجرام', 'تيليجرام', 'تلغرام', 'تيليغرام', 'واتس‌آپ', 'واتس\\s?اپ', 'واتساب', 'واتس\\s?اب', 'واتس', 'وتساپ', 'سیگنال', 'سيجنال',
  'سيغنال', 'فايبر', 'لاین', 'لاين', 'ویچت', 'وي\\s?تشات', 'اینستاگرام', 'اینستا', 'انستقرام', 'انستغرام', 'انستا', 'اسکایپ', 'سكايب',
  'فیسبوک', 'فيسبوك', 'ایمو', 'إيمو', 'ايمو', 'آی\u200c?گپ', 'گپ',
  'טלגרם', 'טלגראם', 'וואטסאפ', 'ווטסאפ', 'וואצאפ', 'ווצאפ', 'סיגנל', 'ויבר', 'ווייבר', 'אינסטגרם', 'סקייפ', 'פייסבוק',
  'телеграмм', 'вотсап', 'вацап', 'вотсапп', 'ватсапп', 'сигнал', 'скайп', 'инстаграм', 'инста', 'фейсбук', 'вичат', 'лайн',
  '왓츠앱', '왓썹', '시그널', '바이버', '스카이프', '인스타그램', '페이스북',
  'テレグラム', 'ワッツアップ', 'シグナル', 'バイバー', 'ウィーチャット', 'インスタグラム', 'インスタ', 'スカイプ', 'フェイスブック',
  'カカオトーク', 'カカオ', 'ライン', '电报', '電報', '脸书', '臉書',
  'เทเลแกรม', 'วอทส์แอพ', 'วอทสแอพ', 'วอทส์แอป', 'วีแชท', 'เฟซบุ๊ก', 'เฟสบุ๊ค', 'อินสตาแกรม', 'ไอจี',
].join('|');
/**
 * A messenger ID: the messenger's name, then "ID" or a colon, then the handle ("Kakao ID: lee1234", "WeChat: lee_88",
 * "라인 아이디 lee"; its handle may have gone already, as an @handle). "Line Dupont" and "Signal" are names: without "ID"
 * or a colon nothing is taken.
 */
const MESSENGERS = ['kakao\\s*talk', 'kakao', '카카오톡', '카카오', '카톡', 'line', '라인', 'wechat', 'weixin', '微信', 'telegram',
  '텔레그램', 'signal', 'whatsapp', 'viber', 'skype', 'discord', 'threema', 'instagram', 'insta', 'twitter', 'facebook', 'qq',
  'ig', 'snapchat', 'snap', 'tiktok', 'vk', 'вк', 'вконтакте', 'телеграм', 'ватсап', 'вайбер', 'zalo', 'ไลน์', '오픈채팅', '오픈카톡',
  // "tg" is Telegram, in Latin letters as "тг" is in Cyrillic ("tg: eva_handle", "tg @eva").
  '인스타', 'threads', 'тг', 'tg', 'tlg', 'mastodon',
  // Iranian messengers and Telegram in Persian (verifyM F3, F6): "Reza ایتا rezaa", "Reza تلگرام @rezak".
  'eitaa', 'ایتا', 'rubika', 'روبیکا', 'تلگرام', 'تلگرم', 'واتساپ', 'واتس‌اپ', 'وایبر',
  // BlackBerry Messenger's PIN ("BBM PIN 2A3B4C5D"), and the messengers in the scripts they are typed in (verifyN F5:
  // "David Levi טלגרם davidlevi", "Sara Cohen וואטסאפ 0521234567" printed the handle or the label).
  'bbm\\s*pin', 'bbm', MESSENGER_WORDS_IN_OTHER_SCRIPTS].join('|');
/**
 * Messengers whose names are people's names or words too: Soroush (سروش, a given name), Bale (بله, "yes"; a surname).
 * They count only with "ID", a colon or an @handle after them ("Soroush: ali88", "بله @ali"), never as a label alone.
 */
const MESSENGERS_NAMED_LIKE_PEOPLE = ['soroush', 'سروش', 'bale', 'بله'].join('|');
const MESSENGER_ID = new RegExp(`(?<![\\p{L}])(?:${MESSENGERS}|${MESSENGERS_NAMED_LIKE_PEOPLE})\\s*(?:(?:id(?![\\p{L}])|아이디|号|號)\\s*[:：=]?|[:：=])\\s*(?:@?[\\p{L}\\p{N}._-]+|$)`, 'iu');
/**
 * A messenger's name with a handle after it, no "ID" or colon between: a messenger written in Korean, Japanese or
 * Chinese before a handle in Latin letters or digits ("카톡 minjun88", "微信 wangwei88", "ライン lee"), or any messenger
 * before an @handle or a handle with a digit or underscore ("Telegram @anaruiz", "LINE lee_88", "QQ 12345678"). A
 * capitalized word without a digit stays a name: "Line Hansen", "QQ Li", "Signal Smith".
 */
const EAST_ASIAN_MESSENGERS = ['카카오\\s*톡', '카카오', '카톡', '라인', '텔레그램', '위챗', '微信号?', '微信號', 'ライン', 'カカオトーク',
  'テレグラム', '오픈\\s*채팅', '오픈\\s*카톡', '인스타', 'ไลน์'].join('|');
const MESSENGER_HANDLE = new RegExp([
  // Written straight after a name ("Kim카톡 minjun88", "김민준카톡minjun88"): the handle in Latin letters tells it apart.
  `(?:${EAST_ASIAN_MESSENGERS})\\s*@?[A-Za-z0-9][A-Za-z0-9._-]*`,
  // A space before a handle without @: "Lineage2" and "Line_Dancer" are one word, not "Line" and a handle.
  `(?<![\\p{L}])(?:${MESSENGERS})(?:\\s*@[\\p{L}\\p{N}._-]+|\\s+[\\p{L}\\p{N}._-]*[\\d_][\\p{L}\\p{N}._-]*)`,
  `(?<![\\p{L}])(?:${MESSENGERS_NAMED_LIKE_PEOPLE})\\s*@[\\p{L}\\p{N}._-]+`,
].join('|'), 'iu');
/** Soroush and Bale in Persian letters: before a handle in lower-case Latin letters ("سروش omidzand"), a messenger. */
const MESSENGERS_IN_PERSIAN_NAMED_LIKE_PEOPLE = 'سروش|بله';
const PERSIAN_MESSENGER_NAMED_LIKE_PEOPLE = new RegExp(`^(?:${MESSENGERS_IN_PERSIAN_NAMED_LIKE_PEOPLE})$`, 'u');
/**
 * A messenger's name, past a name's first word, with one handle after it in lower case and no colon ("Mai Zalo maimai",
 * "Ivan ТГ ivanp", "Ola Threads olaola"): a name goes on with a capital ("Line Hansen", "Hà Facebook Hà Nguyễn"), and a
 * lower-case particle ("Anna Line de Vries") is part of one.
 */
const MESSENGER_BEFORE_WORD = new RegExp(`(?<=\\S\\s+)(?<![\\p{L}])(${MESSENGERS}|${MESSENGERS_IN_PERSIAN_NAMED_LIKE_PEOPLE}|imo)\\s+([\\p{L}\\p{N}._-]+)`, 'giu');
/**
 * The short labels of Telegram, Facebook and WhatsApp before a lower-case handle that ends the cell ("Evi Sand tg
 * evasand", "Ana Ruiz FB ana.ruiz"; outside tester O, F11). "wa" is a word of names ("Ngũgĩ wa Thiong'o"): the handle
 * is the cell's last word, in lower case, after a name written with a capital. A label with no handle ("Evi Sand TG")
 * is left: no contact data is in it, and two capitals after a name may be initials.
 */
const SHORT_MESSENGER = /^(?:tg|fb|wa)$/iu;
const HANDLE_WORD = /^\p{Ll}[\p{L}\p{N}._-]*$/u;
const LOWER_CASE_START = /^\p{Ll}/u;
const NAME_PARTICLE = /^(?:de|da|di|do|du|dos|das|del|della|der|den|van|von|la|le|les|el|al|bin|binti|ibn|y|e|i|zu|af|av|ter|ten)$/u;

function messengerWithLowerHandle(name: string): { start: number; end: number } | null {
  for (const match of name.matchAll(MESSENGER_BEFORE_WORD)) {
    const messenger = match[1] ?? '';
    const handle = match[2] ?? '';
    // Imo is a given name ("Imo Obi", "Chidi Imo"): the messenger is written IMO.
    if (/^imo$/iu.test(messenger) && messenger !== 'IMO') continue;
    // A handle in lower case, or in another script than the messenger's name and without a capital ("טלגרם davidlevi").
    const handleLike = LOWER_CASE_START.test(handle) || (scriptOf(handle) !== scriptOf(messenger) && !/^\p{Lu}/u.test(handle));
    if (handleLike && !NAME_PARTICLE.test(handle)) return { start: match.index, end: match.index + match[0].length };
  }
  return shortMessengerAtEnd(name);
}

/** SHORT_MESSENGER and its handle as the last two words of a name written with a capital before them; null when not. */
function shortMessengerAtEnd(name: string): { start: number; end: number } | null {
  const words = [...name.trimEnd().matchAll(/\S+/gu)];
  if (words.length < 3) return null;
  const [label, handle] = [words[words.length - 2], words[words.length - 1]];
  if (!SHORT_MESSENGER.test(label[0]) || !HANDLE_WORD.test(handle[0]) || NAME_PARTICLE.test(handle[0])) return null;
  if (!words.slice(0, -2).some((word) => /\p{Lu}/u.test(word[0]))) return null;
  return { start: label.index, end: handle.index + handle[0].length };
}

/**
 * A bare web domain ("bob.example.com", "www.example.org/me"): a word of lower-case labels joined by dots, ending in
 * a common top-level domain. Names are written with capitals, so "J.R.R.", "St.John" and "A.Co" are no domain.
 */
const DOMAIN_WORD = /^(?:https?:\/\/)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|net|org|info|biz|io|co|me|app|dev|xyz|site|online|edu|gov|kr|jp|cn|de|fr|uk|us|es|it|nl|ru|br|in|au|ca|eu|tv|ly|page|link|blog)(?:\/\S*)?[.,;]?$/u;

/** The street address, messenger ID or web domain in a name cell, with where it starts and ends; null when none. */
function nameContactSpan(name: string, streets = true): { start: number; end: number; street?: boolean } | null {
  const street = streets ? STREET_IN_NAME.exec(name) : null;
  if (street) {
    let start = street.index;
    let end = start + street[0].length + (DWELLING_AFTER.exec(name.slice(start + street[0].length))?.[0].length ?? 0);
    // "Flat 3, 10 Downing St": the flat's words took "10", so the street after it ("Downing St") had no number left
    // to be found by; an address that begins inside this one goes with it.
    for (let passes = 0; passes < 8; passes++) {
      STREET_IN_NAME_FROM.lastIndex = start + 1;
      const next = STREET_IN_NAME_FROM.exec(name);
      if (!next || next.index >= end) break;
      const nextEnd = next.index + next[0].length;
      if (nextEnd <= end) break;
      end = nextEnd + (DWELLING_AFTER.exec(name.slice(nextEnd))?.[0].length ?? 0);
    }
    // The city and district before a Korean road go with it, but never the cell's first word: "김민구 테헤란로 1" keeps 김민구.
    for (let before = KOREAN_REGION_BEFORE.exec(name.slice(0, start)); before; before = KOREAN_REGION_BEFORE.exec(name.slice(0, start))) {
      const wordStart = before.index + before[0].length - before[0].trimStart().length;
      if (name.slice(0, wordStart).trim() === '') break;
      start = wordStart;
    }
    // "渋谷区神宮前3丁目", "南京路100号": the place names written up to the number go with it, but never the cell's first word.
    // Read back one character at a time (a regular expression anchored at the end would read a long run once per start).
    if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\d]/u.test(street[0][0] ?? '')) {
      let wordStart = start;
      while (wordStart > 0 && EAST_ASIAN_LETTER.test(name[wordStart - 1] ?? '')) wordStart--;
      if (wordStart < start && (wordStart === 0 || /\s/u.test(name[wordStart - 1] ?? '')) && name.slice(0, wordStart).trim() !== '') start = wordStart;
      // A Han name written straight before its address ("陈明台北市信义路五段七号") keeps the name: cut whole, the row was
      // refused for a name that is only an address.
      if (name.slice(0, start).trim() === '') start += HAN_NAME_BEFORE_PLACE.exec(name.slice(start))?.[0].length ?? 0;
    }
    return { start, end, street: true };
  }
  const messenger = MESSENGER_ID.exec(name) ?? MESSENGER_HANDLE.exec(name);
  if (messenger) return { start: messenger.index, end: messenger.index + messenger[0].length };
  // A handle in lower case follows a space, and a domain has a dot: most names have neither, and skip both searches.
  const lowerHandle = /\s(?:\p{Ll}|[^\p{Lu}\p{Ll}\s])/u.test(name) ? messengerWithLowerHandle(name) : null;
  if (lowerHandle) return lowerHandle;
  if (!name.includes('.')) return null;
  for (const word of name.matchAll(/\S+/gu)) {
    if (!DOMAIN_WORD.test(word[0])) continue;
    // A domain spelled out ("jan kissa ziggo punt nl") takes its address's user part and at-word in lower case with it.
    let start = word.index;
    for (let taken = 0; taken < 4; taken++) {
      const before = /(?:^|\s)(\S+)\s+$/u.exec(name.slice(Math.max(0, start - 40), start));
      if (!before || !ADDRESS_WORD_BEFORE_PROVIDER.test(before[1] ?? '')) break;
      const beforeStart = start - before[0].length + before[0].indexOf(before[1] ?? '');
      if (name.slice(0, beforeStart).trim() === '') break;
      start = beforeStart;
    }
    return { start, end: word.index + word[0].length };
  }
  return null;
}

/** For each word index (and the end), how many words before it are no name particle ("de", "van", "dos"). */
function countNameWordsBefore(words: readonly string[]): number[] {
  const counts = [0];
  for (const word of words) counts.push((counts[counts.length - 1] ?? 0) + (NAME_PARTICLE_WORD.test(word) ? 0 : 1));
  return counts;
}

/** A digit put where a house number was spelled as words: the cut below reads it, and cuts it, as a house number. */
const SPELLED_HOUSE_NUMBER = '1';

/**
 * A name cell with its house number spelled as words ("Na Poříčí dvanáct", "Prinsengracht tweehonderd", "ul. Polna
 * dziesięć", "Ερμού δεκαπέντε") written as a digit, so that its address is cut as one with digits is (verifyM F3). A
 * run of number words counts after a street word among the four words before it ("ul. Polna", "Storgatan"), or, in
 * lower case, after a capitalised word that follows two words of a name ("Jana Dvořáková Na Poříčí dvanáct"), with
 * nothing after it but what is no name. Never in a name's first two words: "Otto", "Elf", "Dos" ("José Carlos Dos
 * Santos", "Maria Otto") are names, and a name's own words after a capital go on with a capital.
 */
function withSpelledHouseNumbers(name: string): string {
  const words = [...name.matchAll(/\S+/gu)];
  if (words.length < 3) return name;
  let written = '';
  let copied = 0;
  // How many words before each word are no particle, counted once: asked for every word, a long cell was read again each time.
  const nameWordsBefore = countNameWordsBefore(words.map((word) => word[0]));
  const bareWords = words.map((word) => word[0].replace(WORD_WRAPPING, ''));
  for (let i = 2; i < words.length; i++) {
    const first = words[i][0].replace(WORD_WRAPPING, '');
    if (!/^\p{L}/u.test(first) || !isNumberWord(first)) continue;
    let end = i + 1;
    while (end < words.length && isNumberWord(words[end][0].replace(WORD_WRAPPING, ''))) end++;
    const after = words[end]?.[0] ?? '';
    const nothingNameLikeAfter = after === '' || !/^\p{Lu}/u.test(after.replace(WORD_WRAPPING, ''));
    const streetWordBefore = !NAME_PARTICLE_WORD.test(first) && words.slice(Math.max(1, i - 4), i)
      .some((word) => isStreetWord(word[0]) || isStreetInOneWord(word[0]) || NUMBER_LABEL_BEFORE.test(word[0].replace(WORD_WRAPPING, '')));
    // Written before the street ("Mary Sue Twelve Elm Street", "Hans Otto zwölf Hauptstraße", "Pierre Paul douze rue de
    // la Paix"): a street's name and its kind straight after, or its kind written before its name; capitalised, only
    // before a kind written after the name ("Ana Dos Santos Avenida …" and "Trần Văn Nam đường …" are names).
    const streetAfter = !NAME_PARTICLE_WORD.test(first.toLowerCase()) && streetStartsAt(bareWords, end, /^\p{Ll}/u.test(first));
    // Two name words and the street's name before it, particles not counted: "Maria da Silva dos" keeps its "dos".
    const capitalBefore = /^\p{Lu}/u.test(words[i - 1][0].replace(WORD_WRAPPING, '')) && /^\p{Ll}/u.test(first) && !NAME_PARTICLE_WORD.test(first)
      && (nameWordsBefore[i] ?? 0) >= 3;
    // In a script without case and another than the name's ("Raj Bose बारह"), after two name words: no part of that name.
    const otherScriptBefore = !/^[\p{Lu}\p{Ll}]/u.test(first) && scriptOf(first) !== scriptOf(words[0][0]) && (nameWordsBefore[i] ?? 0) >= 2;
    if (!streetAfter && (!nothingNameLikeAfter || (!streetWordBefore && !capitalBefore && !otherScriptBefore))) {
      i = end - 1;
      continue;
    }
    const runStart = words[i].index;
    const lastWord = words[end - 1];
    // A number with no street beside it locates no one, and a digit there would take the word before it as a street's
    // name: it goes alone.
    const alone = !streetAfter && !streetWordBefore && !capitalBefore;
    written += alone ? name.slice(copied, runStart).trimEnd() : `${name.slice(copied, runStart)}${SPELLED_HOUSE_NUMBER}`;
    copied = lastWord.index + lastWord[0].length;
    i = end - 1;
  }
  return copied === 0 ? name : written + name.slice(copied);
}

/**
 * Words written before a house number that are no street ("PO Box", "Postfach", "skrytka pocztowa", "nambari", "bilang",
 * "मकान नंबर", "บ้านเลขที่"): a number word after them is the number they announce.
 */
const NUMBER_LABEL_BEFORE = /^(?:box|postfach|postbus|apartado|casilla|pocztowa|nambari|namba|bilang|numero|número|nummer|number|no\.?|nr\.?|नंबर|नं\.?|बॉक्स|บ้านเลขที่|เลขที่)$/iu;

/**
 * Whether the words from `at` are a street written after its number: one word with its kind in it ("Hauptstraße"), a
 * capitalised name of up to two words and its kind after ("Elm Street", "MG Road"), or, when `kindFirst` is allowed, a
 * kind written before its name ("rue de la Paix", "calle Mayor").
 */
function streetStartsAt(words: readonly string[], at: number, kindFirst: boolean): boolean {
  const next = words[at] ?? '';
  if (next === '') return false;
  if (kindFirst && (isStreetInOneWord(next) || STREET_NAME_IN_ONE_WORD.test(next))) return true;
  if (kindFirst && STREET_WORD_BEFORE_ITS_NAME.test(next) && /^\p{L}/u.test(words[at + 1] ?? '')) return true;
  for (let k = at + 1; k <= at + 2 && k < words.length; k++) {
    if (!/^\p{Lu}/u.test(words[k - 1] ?? '')) return false;
    if (STREET_WORD_AFTER_ITS_NAME.test(words[k] ?? '') || AFTER_NAME_ALONE.test(words[k] ?? '')) return true;
  }
  return false;
}

/**
 * A street's name as one word, written with its kind ("Hauptstraße", "Bahnhofstr.", "Storgatan", "Prinsengracht",
 * "Váciutca"). A surname ending so is rare, but "-weg" is one ("Hartweg"): it counts after five letters ("Lindenweg").
 */
const STREET_NAME_IN_ONE_WORD = /^\p{L}{2,}(?:straße|strasse|str\.|gasse|allee|platz|gatan|gata|vägen|gade|vej|veien|vejen|gracht|laan|straat|utca|út|ulica|ulice)$|^\p{L}{5,}weg$/iu;
/**
 * A Japanese or Chinese address written without a street word or number: a prefecture, province or city, then a city,
 * ward or town ("東京都港区芝公園", "北京市朝阳区", "北海道札幌市"), or a ward with the place after it ("港区芝公園"). A
 * surname ends in 村 or 町 ("中村", "大町") and one is written with 市 ("高市早苗"): one such word alone is a name.
 */
const EAST_ASIAN_PLACE_WORDS = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+(?:[都道府県省市][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]*?[市区區县縣町村镇鎮]|[区區][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])/u;
/**
 * Korean names of three syllables start with a surname; "박한길", "김영길" end in 길 as a street does ("인사동길").
 * Given names ending in 로 are too rare to outweigh roads that start with a surname's syllable ("양화로", "한강로").
 */
const KOREAN_NAME_LIKE_STREET = /^[김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부][\uac00-\ud7a3]길$/u;
/** Korean city, province and district words written before a road ("서울", "강남구", "경기도"). */
const KOREAN_PLACE_WORD = new RegExp(`^(?:${KOREAN_REGION_WORD}|[\\uac00-\\ud7a3]+(?:동|읍|면|리)|서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주)$`, 'u');

/** Whether a word in a script without capitals is a street with its kind ("长安街", "테헤란로", "ถนนสุขุมวิท") or a place's address. */
function isUncasedStreetOrPlace(word: string): boolean {
  if (/[\p{Lu}\p{Ll}]/u.test(word)) return false;
  if (EAST_ASIAN_PLACE_WORDS.test(word)) return true;
  return STREET_IN_ONE_WORD.test(word) && !KOREAN_NAME_LIKE_STREET.test(word);
}

/** A Chinese or Japanese province, city, ward or county written before a street ("北京市", "朝阳区", "東京都"); "中村" is a surname. */
const HAN_PLACE_WORD = /^\p{Script=Han}{2,}[省市区區县縣都府県]$/u;

/** A word of a place written before a street in the street's own script ("서울", "강남구", "北京市"). */
function isPlaceWordBeforeStreet(word: string): boolean {
  return KOREAN_PLACE_WORD.test(word) || HAN_PLACE_WORD.test(word);
}

/**
 * A street's name with its kind in one word, in Hangul, Han or kana, as written after a name in the same script: a
 * Korean road or street of two syllables or more ("세종대로", "종로", "인사동길"), a Chinese road or street of three
 * characters or more ("长安街", "中山路": "一路" and "安街" are given names), a Japanese avenue, block or lot ("中央通り",
 * "銀座丁目"), and a Chinese boulevard, road or alley ("人民大道", "南京道路", "南锣鼓巷胡同").
 */
const STREET_AFTER_NAME_IN_ITS_SCRIPT = /^(?:[\uac00-\ud7a3]+(?:로|길)|\p{Script=Han}{2,}(?:路|街)|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+(?:大道|道路|通り|丁目|番地|胡同))$/u;

/**
 * "王伟 长安街", "김민수 세종대로", "山田太郎 中央通り", "王伟 北京市朝阳区" (left27): a street with its kind in one word, or
 * a prefecture and a ward, in the script of a name written before it as one whole word (a family and a given name).
 * After a family name alone the word is a given name ("王 一路", "김 한길"), and a Korean name of three syllables that
 * ends as a street does ("박한길") stays, as it does after two words of a name.
 */
function streetAfterWholeName(name: string, last: string): boolean {
  const word = last.replace(WORD_WRAPPING, '');
  const bareName = name.replace(WORD_WRAPPING, '');
  if (!isWholeEastAsianNameWord(bareName) || scriptOf(bareName) !== scriptOf(word)) return false;
  return (STREET_AFTER_NAME_IN_ITS_SCRIPT.test(word) && !KOREAN_NAME_LIKE_STREET.test(word)) || EAST_ASIAN_PLACE_WORDS.test(word);
}

/** Street words written after the street's name that are surnames too, capitalised: "Anna Maria Weg" is a name. */
const STREET_WORD_AND_SURNAME = /^(?:weg|platz|allee|gasse|street|lane|road|drive|avenue|way|court|gate|gata|tie|katu|laan)$/iu;
/** Street words written before the street's name that are given names or other words too, capitalised ("Daan", "Gang"). */
const STREET_WORD_AND_NAME = /^(?:daan|gang|place|soi|số|phố|đường|tổ|ấp|xã|thôn|quận|phường|huyện|ngõ|ngách|hẻm|kiệt|lorong|blk)$/iu;

/**
 * Where a street named without a house number ends the cell, as a word index: "Mia Schulz Hauptstraße", "Lea Roth
 * Bahnhofstr.", "Petra Horváth Fő utca", "Ivan Ivanov ул Ленина", "Yossi Levi רחוב הרצל", "Leila Farah شارع الحمراء"
 * (verifyM F5). -1 when none. The street goes only when two words of a name, particles not counted, stay before it.
 * A capitalised street word that is a surname too ("Anna Maria Weg", "Tom Ali Street") stays: a street's kind is
 * written in lower case or shortened ("Fő utca", "Main St."), or is Straße; a surname that merely contains a street
 * word ("Strasser", "Gasser") is no street at all.
 */
function trailingStreetStart(words: readonly string[]): number {
  const count = words.length;
  if (count === 2) return streetAfterWholeName(words[0], words[1]) ? 1 : -1;
  if (count < 3) return -1;
  const counted = countNameWordsBefore(words);
  const nameWordsBefore = (at: number) => counted[at] ?? 0;
  const bare = (word: string) => word.replace(WORD_WRAPPING, '');
  const last = bare(words[count - 1]);
  const streetNameWord = (word: string) => /^\p{L}/u.test(word) && !/^\p{Ll}/u.test(word);
  // "Hauptstraße", "Storgatan": the street's name and kind in one word.
  if (STREET_NAME_IN_ONE_WORD.test(last) && nameWordsBefore(count - 1) >= 2) return count - 1;
  // "Fő utca", "Karl Johans gate", "Main St.": the kind after the street's name.
  if (STREET_WORD_AFTER_ITS_NAME.test(last) || WORD_AFTER_STREET_NAME.test(last)) {
    const writtenAsKind = /^\p{Ll}/u.test(last) || last.endsWith('.') || !STREET_WORD_AND_SURNAME.test(last);
    if (writtenAsKind && streetNameWord(bare(words[count - 2])) && nameWordsBefore(count - 2) >= 2) return count - 2;
  }
  // "Li Na 长安街", "Park Jimin 테헤란로", "Somchai Dang ถนนสุขุมวิท", "Sato Yui 東京都港区芝公園" (verifyN F8): a street's
  // name with its kind in one word, or a prefecture and a ward, in a script without capitals, after a name in another
  // script or after two words of a name. The place words in its script before it go with it ("Lee Jisoo 서울 강남구
  // 테헤란로"), but never the name's first word.
  // A Korean place word before it makes even a name-like word a street ("이지은 서울 한길").
  const placeBefore = isPlaceWordBeforeStreet(bare(words[count - 2])) && STREET_IN_ONE_WORD.test(last);
  if (isUncasedStreetOrPlace(last) || placeBefore) {
    const script = scriptOf(last);
    const otherScript = script !== scriptOf(words[0]);
    if (otherScript || nameWordsBefore(count - 1) >= 2) {
      let k = count - 1;
      while (k - 1 >= 1 && (otherScript ? scriptOf(words[k - 1]) === script : isPlaceWordBeforeStreet(bare(words[k - 1])))) k--;
      return k;
    }
  }
  // "ул Ленина", "רחוב הרצל", "شارع الحمراء", "calle de la Paz": the kind before the street's name of up to three words.
  for (let k = count - 2; k >= Math.max(1, count - 4); k--) {
    const kind = bare(words[k]);
    if (!STREET_WORD_BEFORE_ITS_NAME.test(kind) && !STREET_WORD_BEFORE_ITS_NAME.test(kind.replace(/\.$/u, ''))) continue;
    if (/^\p{Lu}/u.test(kind) && STREET_WORD_AND_NAME.test(kind)) return -1;
    const streetName = words.slice(k + 1).map(bare);
    const named = streetName.every((word) => streetNameWord(word) || STREET_ARTICLE.test(word)) && streetNameWord(streetName[streetName.length - 1] ?? '');
    return named && nameWordsBefore(k) >= 2 ? k : -1;
  }
  return -1;
}

/**
 * What an address or label leaves at a name's end when what it labelled is gone or was never typed (verifyM F6): a
 * flat, house or post-box word ("Apt", "Wohnung", "piso", "кв.", "д.", "H.No.", "οδ.", "Sanduku"), the number word
 * ("No.", "Nr.") with the flat or house word before it ("Flat No."), and a contact label ("Phone", "Tel.", "Telegram",
 * "تلگرام", "전화", "Signal", "LINE"). Short words count only with their dot ("No." but not the Korean name "No").
 */
const LEFTOVER_WORD = /^(?:apt\.?|apto\.?|appt\.?|wohnung|whg\.|kv\.|кв\.?|квартира|д\.|дом|h\.\s?no\.?|οδ\.|οδός|sanduku|ص\.ب|ת\.ד\.?)$/iu;
const NUMBER_LABEL = /^(?:no|nr|n[º°])\.$|^№$/iu;
const WORD_BEFORE_NUMBER_LABEL = /^(?:flat|house|plot|door|unit|room|suite|block|apartment|office)$/iu;
const CONTACT_LABEL_AT_END = /^(?:phone|tel|tél|telefon|telephone|telefone|teléfono|mobile|mob|fax|signal)\.?[:：]?$/iu;

/** Where the leftover words (LEFTOVER_WORD) at the end of a name start, as a word index; -1 when none. */
function trailingLeftoverStart(words: readonly string[], minNameWords: number): number {
  const nameWordsBefore = countNameWordsBefore(words);
  let start = words.length;
  while (start > 1) {
    const word = words[start - 1].replace(WORD_WRAPPING, '');
    const leftover = LEFTOVER_WORD.test(word) || NUMBER_LABEL.test(word) || LABEL_ALONE.test(word) || CONTACT_LABEL_AT_END.test(word)
      // LINE in capitals is the messenger, "Line" a given name; Spanish "piso" (floor) is written in lower case, "Piso" is a
      // surname.
      || word === 'LINE' || word === 'piso';
    // IMO and BBM in capitals, and a BlackBerry PIN's word, are messengers after a name not written in capitals, even
    // after its first word alone ("Raj IMO", "Sunny BBM PIN"); "Imo" is a given name, and so is "IMO" in "CHIDI IMO".
    const messengerInCapitals = (word === 'IMO' || word === 'BBM' || (word === 'PIN' && words[start - 2] === 'BBM'))
      && words.some((other) => /\p{Ll}/u.test(other));
    if (!leftover && !messengerInCapitals) break;
    let from = start - 1;
    if (NUMBER_LABEL.test(word) && from > 1 && WORD_BEFORE_NUMBER_LABEL.test(words[from - 1].replace(WORD_WRAPPING, ''))) from--;
    if ((nameWordsBefore[from] ?? 0) < (messengerInCapitals ? 1 : minNameWords)) break;
    start = from;
  }
  return start < words.length ? start : -1;
}

/**
 * The name without what ends it: a street named without a number (trailingStreetStart), the leftover words of an
 * address or label (trailingLeftoverStart), and the commas before them. After a cut (`cut`), one name word may stay
 * before leftovers ("Ahmed οδ." of "Ahmed οδ. Ερμού 15"); a name never cut needs two ("Ray Phone" is a name).
 */
function withoutTrailingAddressWords(name: string, cut: boolean): string {
  let kept = name;
  for (let passes = 0; passes < 4; passes++) {
    const words = [...kept.matchAll(/\S+/gu)];
    const texts = words.map((word) => word[0]);
    const leftover = trailingLeftoverStart(texts, cut ? 1 : 2);
    const start = leftover >= 0 ? leftover : trailingStreetStart(texts);
    if (start < 0) break;
    kept = kept.slice(0, words[start].index).replace(/[\s,;:/|–-]+$/u, '');
  }
  return kept;
}

/**
 * A plain name: letters of any script with their marks, spaces, hyphens, apostrophes and dots (no digit, '@' or ':').
 * Most name cells are plain.
 */
const PLAIN_NAME = /^[\p{L}\p{M} '’.-]*$/u;
/** What withAsciiDigits can read as a number among letters: a Chinese numeral, a digit spelled out in English. */
const NUMERAL_LETTERS = new RegExp(`[${CHINESE_NUMERALS}]|${CHINESE_DIGIT_RUN.source}|${HANGUL_DIGIT_RUN.source}|(?<!\\p{L})${SPELLED_DIGIT_WORD}(?!\\p{L})|${KOREAN_HOUSE_NUMBER.source}`, 'iu');

/** Whether a name cell holds contact data: an e-mail, a phone number, a street address, a messenger ID or a web domain. */
export function nameHoldsContact(cell: string): boolean {
  // The search runs on every name of a campaign, a third of the time of a packet. A plain name without numerals is
  // left as it is by withAsciiDigits; a name that has no digit once read holds no phone number and no street address
  // with its number (what the searches that start at a digit find), only an e-mail spelled out, a messenger ID, a
  // domain, a label or a street named without a number.
  const digits = PLAIN_NAME.test(cell) && !NUMERAL_LETTERS.test(cell) ? cell : withAsciiDigits(cell);
  const name = withSpelledHouseNumbers(digits);
  // A spelled number taken out alone ("Raj Bose बारह") leaves no digit behind to say so.
  return name.length < digits.length || withHandleNotesCut(name) !== name
    || holdsContactAsRead(name, DIGIT.test(name) || name.includes('丁目'));
}

/** nameHoldsContact without its shortcuts: every search on every name (a property test checks that both agree). */
export function nameHoldsContactFullSearch(cell: string): boolean {
  const digits = withAsciiDigits(cell);
  const name = withSpelledHouseNumbers(digits);
  return name.length < digits.length || withHandleNotesCut(name) !== name || holdsContactAsRead(name, true);
}

/**
 * Whether a name, its numerals read as digits, holds contact data; `digits`: whether to run the searches that find
 * something only at an ASCII digit (phone numbers, and street addresses, but for a block in Han numerals before 丁目).
 */
function holdsContactAsRead(name: string, digits: boolean): boolean {
  return holdsEmail(name) || (digits && phoneRuns(name, PHONE_DIGITS, true).length > 0) || nameContactSpan(name, digits) !== null
    || cutAtFirstNonName(name) !== null
    || trailingStreetStart(name.split(/\s+/u).filter((word) => word !== '')) >= 0
    || trailingLeftoverStart(name.split(/\s+/u).filter((word) => word !== ''), 2) >= 0;
}

/** Where contact data was cut from a name: a NUL, which cleanText has taken out of every cell. */
const CUT_MARK = '\u0000';
const CUT = ` ${CUT_MARK} `;
/** Where a street address was cut (U+0001, also taken out of every cell): the name before it may end in the street's name. */
const ADDRESS_CUT_MARK = '\u0001';
const ADDRESS_CUT = ` ${ADDRESS_CUT_MARK} `;
const CUT_MARKS = new RegExp(`[${CUT_MARK}${ADDRESS_CUT_MARK}]`, 'u');
/**
 * The words that say what comes next is contact data ("Tel.", "WhatsApp", "전화", "携帯", "ВК", "☎") and the dashes and
 * colons before it: left before a cut they said a number or an address had been there, so they go with it.
 */
const CONTACT_LABELS = ['tel', 'tél', 'tlf', 'tfn', 'phone', 'ph', 'mob', 'mobile', 'móvil', 'movil', 'cel', 'cell', 'celular',
  'handy', 'telefon', 'telefono', 'teléfono', 'telefone', 'telephone', 'téléphone', 'fax', 'email', 'e-mail', 'mail', 'correo',
  'courriel', 'portable', 'port', 'gsm', 'natel', 'cellulare', 'número', 'numero', 'number', 'nummer', 'wa', 'contact', 'kontakt', 'тел', 'телефон', 'моб', 'почта', 'вк', 'τηλ', 'τηλέφωνο', '전화', '전화번호',
  '핸드폰', '휴대폰', '연락처', '이메일', '携帯', '電話', '电话', '手机', '手機', 'メール', '☎', '☏', '✆', '📞',
  // A messenger's name before a phone number: "Noah Signal +44 7700 900123", "Ali WhatsApp +90…".
  MESSENGERS,
  // Polish, Greek, Vietnamese, Hindi, Japanese, Korean and Italian words for a mobile, a phone, a house, a postcode, an
  // estate and a flat ("Kasia Kom. 601234567", "Tanaka 〒105-0011", "Luca Int. 5"): left, they told what had been cut.
  'kom', 'κινητό', 'κινητο', 'số điện thoại', 'điện thoại', 'sđt', 'फोन', 'मकान नं', 'मकान', 'फ\u093Cोन', 'טלפון', 'טל', 'נייד', 'تلفن', 'موبایل', 'هاتف', 'جوال', '〒', '우편번호', 'os', 'int'].join('|');
/** How far before a cut a label and its punctuation are looked for (the longest label, a colon, a dash, spaces). */
const LABEL_REACH = 24;
const LABEL_BEFORE_CUT = new RegExp(`(?:(?<![^\\s(（[])(?:${CONTACT_LABELS})\\.?\\s*[:：]?|[—–\\-:：,;|/])[\\s—–\\-:：,;|/]*$`, 'iu');

/** The text before each cut without the label and punctuation that announced what was cut, and the marks taken out. */
function withoutCutLabels(text: string): string {
  const pieces = text.split(CUT_MARKS);
  for (let i = 0; i < pieces.length - 1; i++) {
    // Only the end of a piece is read: an expression anchored at the end would read a long run once per start.
    const from = Math.max(0, pieces[i].length - LABEL_REACH);
    let tail = pieces[i].slice(from);
    for (let passes = 0; passes < 4 && LABEL_BEFORE_CUT.test(tail); passes++) tail = tail.replace(LABEL_BEFORE_CUT, '');
    pieces[i] = pieces[i].slice(0, from) + tail;
  }
  return pieces.join(' ');
}

/**
 * What a printable name is, and where a name cell stops being one. A name is words of letters in any script, with their
 * marks, hyphens, apostrophes and the dots of initials: no digit, no @, no web address or handle, no symbol. Each
 * pattern above finds one kind of contact data in some languages; every new language or spelling the testers tried got
 * past them. So the cell is also read word by word, and cut from the first word that cannot be part of a name to its
 * end: what follows such a word is its contact data ("Ivan Storgata 1", "Ana fb: ana.lopez", "田中 東京都港区芝公園4-2-8").
 */
const NOT_IN_A_NAME = new RegExp([
  // A digit in any script, an at sign, a web path ("facebook.com/ana"), and the mark an earlier cut left.
  // ("www.…" and "https://…" are left whole: the row is rejected, a link an attacker wants an official to see.)
  '[\\p{Nd}@＠\\u0000\\u0001]', '[\\p{L}\\p{N}]\\.[\\p{L}]{2,}\\/',
  // A symbol that stands for a phone, a message or an address ("☎", "📱", "✉"); other emoji are kept beside a name.
  '[☎☏✆✉📞📱📲📧📨📩📠💬📍🏠🏡]',
].join('|'), 'u');
/** A web address, left whole so that the row is rejected (validate-signature): a link is no slip of the pen. */
const WEB_ADDRESS = /^\p{L}[\p{L}\p{N}+.-]*:\/\/|^www\./iu;
/** A handle: a word starting in lower case with its parts joined by dots or underscores ("ana.lopez", "sara_b"). */
const HANDLE = /^\p{Ll}[\p{L}\p{N}]*(?:[._][\p{L}\p{N}]+)+$/u;
/**
 * A mail provider's name: in any case where it is no name anyone has; in lower case only where it is a word or a name
 * too ("Tom QQ", "Web"), since names are written with capitals and addresses without.
 */
const MAIL_PROVIDERS = 'gmail|googlemail|hotmail|yahoo|icloud|protonmail|yandex|яндекс|naver|hanmail|seznam|gmx|outlook';
const MAIL_PROVIDERS_LOWER = 'qq|wp|daum|web|mail|libero|telia|ukr|rambler|inbox|proton|aol|msn|bk|onet|interia|freenet|laposte|uol';
const MAIL_PROVIDER = new RegExp(`^(?:${MAIL_PROVIDERS})$`, 'iu');
const MAIL_PROVIDER_LOWER = new RegExp(`^(?:${MAIL_PROVIDERS_LOWER})$`, 'u');
/**
 * A mail provider joined to an address's user part by some mark in one word ("mia~gmail~com", "ivan%mail.ru",
 * "wang/qq.com"): an address written so that no at sign shows. A provider of the lower-case list counts with its dot and
 * domain only ("web.de"), since "Anna-Mail" could be a name.
 */
const PROVIDER_IN_WORD = new RegExp(`[\\p{L}\\p{N}][^\\s\\p{L}\\p{N}]+(?:(?:${MAIL_PROVIDERS})(?!\\p{L})|(?:${MAIL_PROVIDERS_LOWER})\\.\\p{L}{2,})`, 'iu');
/**
 * Words that only ever label contact data, even with nothing after them ("Ali WhatsApp", "Kim 카톡", "Jin 微信", "Eva
 * email"); never the first word, where "Telegram Sam" is a name. "Line", "Signal", "Snap", "QQ", "Phone" are names too,
 * so they count only before contact data (see LABEL_WORD), not at the end of a name.
 */
const LABEL_ALONE = new RegExp(String.raw`^(?:whats\s?app|threads|mastodon|viber|telegram|wechat|weixin|kakao\s?talk|skype|snapchat|instagram|insta|facebook|tiktok|twitter|discord|threema|e-?mail|tel\.|tél\.|tlf\.|tfn\.|тел\.?|телефон|ватсап|вайбер|телеграм|τηλ\.?|τηλέφωνο|카톡|카카오톡|카카오|텔레그램|인스타|전화|전화번호|핸드폰|휴대폰|연락처|이메일|微信号?|微信號|电话|電話|手机|手機|携帯|メール|واتساب|واتس|واتس اب|هاتف|جوال|تلفون|ايميل|إيميل|eitaa|ایتا|rubika|روبیکا|تلگرام|تلگرم|واتساپ|واتس‌اپ|وایبر|آیدی|ایدی|${MESSENGER_WORDS_IN_OTHER_SCRIPTS})$`, 'iu');
/** A word labelling contact data that comes after it: a label or messenger above, the e-mail words, a colon after. */
const LABEL_WORD = new RegExp(`^(?:${'số|điện|thoại|kom|κινητό|κινητο|sđt|फोन|फ\u093Cोन|טלפון|טל|נייד|تلفن|موبایل|هاتف|جوال|मकान|नं|〒|우편번호|os|int|tel|tél|tlf|tfn|phone|ph|mob|mobile|móvil|movil|mobil|cel|cell|celular|handy|telefon|telefono|teléfono|telefone|telephone|téléphone|fax|email|e-mail|mail|correo|courriel|portable|gsm|natel|cellulare|contact|kontakt|тел|телефон|моб|почта|вк|τηλ|전화|이메일|携帯|電話|电话|手机|fb|sc|ig|qq|snap|line|signal|wa|vk|x'}|${MESSENGERS}|${AT_WORDS})\\.?[:：]?$`, 'iu');
/** A word with a colon after it, past the first word: a label ("Maria, tel:", "Tina sc: tinabee"). */
const COLON_LABEL = /^[\p{L}-]{1,15}[:：]$/u;
/** A word of an address's user part or at-word, before its provider: lower case, or an at-word of an uncased script. */
const ADDRESS_WORD_BEFORE_PROVIDER = /^(?:\p{Ll}[\p{L}\p{M}\p{N}._-]*|ات|แอท|골뱅이|골벵이|앳|アット|艾特)$/u;
/** Korean digits spelled out, a mobile number's "공일공" (010). */
const HANGUL_DIGITS = /^공[공영일이삼사오육칠팔구]{2,}$/u;
/** The first characters of a cell a spreadsheet runs as a formula (validate-signature rejects it as one). */
const FORMULA_START = /^\s*[=+\-@＝＋－＠]/u;
/** A house number, with a flat after a slash or dash ("5", "12B", "5/7"); a phone number has 7 digits or more. */
const HOUSE_NUMBER_WORD = /^[1-9]\d{0,3}\p{L}?(?:[-/]\d{1,4}\p{L}?)?[,.;]?$/u;
/** Brackets and quotes around a word, and the comma or semicolon after it, are no part of what the word is. */
const WORD_WRAPPING = /^[([{<（「"'“‘]+|[)\]}>）」"'”’,;]+$/gu;

/** Whether a word, past the name's first, cannot be part of a name (it is or begins contact data). */
function endsName(word: string, first: boolean): boolean {
  if (WEB_ADDRESS.test(word)) return false;
  if (NOT_IN_A_NAME.test(word)) return true;
  const bare = word.replace(WORD_WRAPPING, '');
  if (bare === '') return false;
  if (HANDLE.test(bare) || DOMAIN_WORD.test(bare) || PROVIDER_IN_WORD.test(bare)) return true;
  // The first word is a name whatever else it may be ("Telegram Sam", "libero rossi" typed in lower case).
  if (first) return false;
  return MAIL_PROVIDER.test(bare) || MAIL_PROVIDER_LOWER.test(bare) || LABEL_ALONE.test(bare) || COLON_LABEL.test(bare) || HANGUL_DIGITS.test(bare);
}

/**
 * Soroush (سروش) and Bale (بله) are a given name and a word in Persian, and messengers: written in Persian letters
 * after a name in other letters ("Mina Hosseini سروش", "Omid Zand سروش omidzand"), they are the messenger and end the
 * name; in a Persian name ("سروش احمدی", "علی سروش") they are part of it.
 */
function messengerInAnotherScript(word: string, nameScript: string | undefined): boolean {
  const bare = word.replace(WORD_WRAPPING, '');
  return PERSIAN_MESSENGER_NAMED_LIKE_PEOPLE.test(bare) && nameScript !== undefined && scriptOf(bare) !== nameScript;
}

/** The digits of the number that starts at word `at` and runs on over the words after it that hold digits. */
function digitsFrom(words: readonly string[], at: number): number {
  let digits = 0;
  for (let i = at; i < words.length && /\d/u.test(words[i]); i++) digits += digitCount(words[i]);
  return digits;
}

/**
 * Street words in the languages name cells are written in, as a whole word: the street's kind, before or after its name
 * ("Andrássy út", "Moda Cd.", "al. Jerozolimskie", "Ngõ 12", "شارع الملك", "MG Marg"), and the ward and district words
 * before a Vietnamese address's numbers ("Phường 5 Quận 3"). Short ones that are also name
 * parts ("Al", "Ul", "U") count only with their dot. Read only before an address that was cut, never in a whole name.
 */
export const STREET_WORD_AFTER_ITS_NAME = /^(?:tere|meydan|meydanı|iela|gatvė|pr\.|prospektas|út|utca|u\.|tér|körút|krt\.|rakpart|köz|sétány|fasor|cd\.|cad\.|cadde|caddesi|sokak|sokağı|sk\.|sok\.|mah\.|mahalle|mahallesi|kutusu|bulvar|bulvarı|blv\.|marg|road|rd\.|street|st\.|avenue|ave\.|lane|drive|straße|strasse|str\.|gasse|weg|platz|allee|straat|laan|gracht|gatan|gata|gate|gaten|vägen|väg|vej|gade|katu|tie|ulice|ул\.|пер\.|просп\.|вул\.|रोड|मार्ग|சாலை|தெரு|সরণি|সড়ক|রোড|রাস্তা)$/iu;
const STREET_WORD_BEFORE_ITS_NAME = /^(?:place|πλατεία|πλατεια|purok|barangay|brgy\.?|mtaa|barabara|njia|daan|kalye|רחוב|רח|שדרות|שד|סמטת|כיכר|गली|路|街|巷|弄|胡同|大道|خیابان|بلوار|کوچه|میدان|پلاک|strada|str\.|calea|bd\.|bulevardul|aleea|șos\.|șoseaua|soi|jalan|jl\.|jln\.|lorong|gang|blk|aleje|số|ngõ|ngách|hẻm|kiệt|phố|đường|phường|quận|huyện|xã|thôn|ấp|tổ|ul\.|ulica|al\.|náměstí|nám\.|námestie|třída|tř\.|nábřeží|aleja|os\.|osiedle|pl\.|plac|rue|via|viale|piazza|corso|calle|c\/|avenida|avda\.|av\.|rua|travessa|praça|ул|улица|проспект|переулок|вул|вулиця|οδός|οδος|λεωφόρος|λεωφ\.|شارع|ش\.|طريق|حي|ถนน|ซอย|ตรอก)$/iu;
/** A street's name written with its kind in one word: Korean "테헤란로", Chinese "南京路", Thai "ถนนสุขุมวิท", "Hauptstraße". */
const STREET_IN_ONE_WORD = /^(?:[\uac00-\ud7a3]+(?:로|길)|\p{Script=Han}+(?:路|街|巷|弄|胡同|大道)|(?:ถนน|ซอย)\p{Script=Thai}+|\p{L}{2,}(?:straße|strasse|gasse|allee|straat|gracht|gatan|vägen|utca))$/iu;

/** Whether a word is a street's kind in some language's table above ("utca", "Caddesi", "شارع", "南京路"). */
export function isStreetWord(word: string): boolean {
  const bare = word.replace(WORD_WRAPPING, '');
  return STREET_WORD_AFTER_ITS_NAME.test(bare) || STREET_WORD_BEFORE_ITS_NAME.test(bare) || STREET_IN_ONE_WORD.test(bare);
}

/** Whether a word is a street's name with its kind in it ("Prinsengracht", "테헤란로", "南京路", "ถนนสุขุมวิท"). */
export function isStreetInOneWord(word: string): boolean {
  const bare = word.replace(WORD_WRAPPING, '');
  return STREET_IN_ONE_WORD.test(bare) || STREET_SUFFIX.test(bare);
}

/** The writing system of a word's first letter: Han and kana are one (a Japanese name mixes them). */
const SCRIPTS: Array<[string, RegExp]> = [['latin', /\p{Script=Latin}/u], ['cyrillic', /\p{Script=Cyrillic}/u], ['greek', /\p{Script=Greek}/u],
  ['arabic', /\p{Script=Arabic}/u], ['hebrew', /\p{Script=Hebrew}/u], ['hangul', /\p{Script=Hangul}/u],
  ['cjk', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u], ['thai', /\p{Script=Thai}/u], ['devanagari', /\p{Script=Devanagari}/u]];
function scriptOf(word: string): string | undefined {
  const letter = /\p{L}/u.exec(word)?.[0];
  if (letter === undefined) return undefined;
  return SCRIPTS.find(([, script]) => script.test(letter))?.[0] ?? 'other';
}

/** Whether the words after a house number are a street's name ("12 Rivoli", "5 Hàng Bài"), not a flat ("5 A 3", "No 4"). */
function streetNameAfter(rest: readonly string[]): boolean {
  const next = (rest[0] ?? '').replace(WORD_WRAPPING, '');
  return /^\p{L}{2,}/u.test(next) && !DWELLING_WORD.test(` ${next}`) && !/^(?:no|nr)\.?:?$/iu.test(next);
}

/**
 * Where the address phrase that ends at word `at` (a house number, a postcode, a street cut out) begins, read backwards
 * from it: the street word among the four words before it and the words between it and the number ("Andrássy út 5",
 * "al. Jerozolimskie 44", "Ngõ 12"), with the street's own name before a word written after it ("Moda Cd.", "Fő tér");
 * then any street word or any word in another script than the name's first word left at the end ("Lee Jiwoo 서울").
 * Never the name's first word: "Kossuth Lajos" alone is a name, and the cell's first word always stays.
 */
function addressPhraseStart(words: readonly string[], start: number, from: number, at: number): number {
  let phraseStart = from;
  for (let k = at - 1; k > start && k >= at - 4; k--) {
    if (!isStreetWord(words[k])) continue;
    const bare = words[k].replace(WORD_WRAPPING, '');
    // "Thành phố" is a city, not a street.
    if (/^phố$/iu.test(bare) && /^thành$/iu.test(words[k - 1] ?? '')) continue;
    phraseStart = Math.min(phraseStart, k);
    // A street word with the street's name after it ("Str. Victoriei nr. 5", Romanian) is written before its name,
    // whatever it is in German: the word before it is the signer's name ("Ion Popescu"), not the street's.
    const nameAfter = words.slice(k + 1, at).some((after) => /^\p{L}{2,}/u.test(after) && !/^(?:no|nr|n[º°]|№)\.?:?$/iu.test(after));
    if (nameAfter) continue;
    // The street's name is written in the street word's script: "Kapoor" of "Raj Kapoor रोड बारह" is the signer's.
    if (STREET_WORD_AFTER_ITS_NAME.test(bare) && k - 1 > start && scriptOf(words[k - 1]) === scriptOf(bare)) {
      phraseStart = Math.min(phraseStart, k - 1);
      // A street's name of two words ("Kossuth Lajos utca", "Karl Johans gate"): its first goes too, past the name's
      // second word ("Zoltán Kossuth Lajos u." keeps Kossuth: a name has two words).
      if (streetNameWordBefore(words, start, k - 1)) phraseStart = Math.min(phraseStart, k - 2);
    } else if (!ALLEY_OR_BLOCK_WORD.test(bare) && streetNameWordBefore(words, start, k)) {
      // A word written before the street's name elsewhere, here after it ("Václavské náměstí 12", "Karlovo nám. 13").
      phraseStart = Math.min(phraseStart, k - 1);
    }
  }
  const nameScript = scriptOf(words[start]);
  while (phraseStart - 1 > start) {
    const last = words[phraseStart - 1];
    // What an address cut leaves at the name's end of the street is no name: its articles and prepositions ("Place de
    // la", "An der", "Mtaa wa"), its street words ("רחוב", "Barabara"), a word in another script.
    // "An" is a name too ("Nguyễn Văn An"): it goes only before "der", "dem" or "den" ("An der Alster").
    // Czech "Na" ("Na Poříčí", "Na Příkopě") is a name too ("Li Na", "Lê Thị Na"): it goes only before the street's
    // capitalised name, past the name's second word.
    const article = STREET_ARTICLE.test(last.replace(WORD_WRAPPING, '')) && !(/^\p{Lu}/u.test(last) && NAME_PARTICLE_WORD.test(last.toLowerCase()))
      || (/^an$/iu.test(last) && /^(?:der|dem|den)$/iu.test(words[phraseStart] ?? ''))
      || (/^na$/iu.test(last) && phraseStart - 1 > start + 1 && /^\p{Lu}/u.test(words[phraseStart] ?? ''));
    if (!article && !isStreetWord(last) && (nameScript === undefined || scriptOf(last) === undefined || scriptOf(last) === nameScript)) break;
    phraseStart--;
  }
  return phraseStart;
}

/**
 * Articles and prepositions of street names ("Place de la Concorde", "An der Alster", "Mtaa wa Moi", "Barabara ya"),
 * and German "Am", "Im": capitalised, a name's particle ("Das", "De") is a name's ("Raj Das MG Road 12" kept "Raj"
 * alone; verifyN F9).
 */
const STREET_ARTICLE = /^(?:de|la|le|les|du|des|del|della|di|do|da|dos|das|der|dem|den|am|im|zum|zur|auf|ya|wa|el)$/iu;
/** Alley, lane and block words written before a number alone ("Ngõ 12", "Blk 123", "số 5"): the word before is a name. */
const ALLEY_OR_BLOCK_WORD = /^(?:blk|số|ngõ|ngách|hẻm|kiệt|soi|lorong|gang|tổ|ấp|xã|thôn|phường|quận|huyện|ซอย|ตรอก)$/iu;
const NAME_PARTICLE_WORD = /^(?:de|da|di|do|du|dos|das|del|della|der|den|van|von|la|le|bin|binti|ibn|al|el|y|e|i|zu|ter|ten|dela|mac|ap)$/u;

/**
 * Whether the word before `k` is a street's name rather than a signer's: capitalised, and past the name's second word
 * (particles such as "de" in "Sanne de Jong" not counted), since a name has at least two words.
 */
function streetNameWordBefore(words: readonly string[], start: number, k: number): boolean {
  const before = k - 1;
  if (before <= start || !/^\p{Lu}/u.test(words[before])) return false;
  let nameWords = 0;
  for (let j = start; j <= before; j++) if (!NAME_PARTICLE_WORD.test(words[j])) nameWords++;
  return nameWords > 2;
}

/**
 * The name cell cut from its first word that cannot be part of a name, with the words before it that belong to what was
 * cut: labels ("WhatsApp", "тел.", "fb:"), the letters of a spaced-out address ("a n a @ g m a i l"), the name before
 * an at sign with a domain after ("kim ＠ example.kr"), and the street's name before a house number ("Ivan Storgata 1",
 * "Pekka Virtanen Mannerheimintie 5 A 3"), though never the first word ("Louis 14" keeps "Louis"). The mark of an earlier
 * cut before the name ("jane@x.example Jane") goes alone. `null` when every word can be part of a name.
 */
function cutAtFirstNonName(text: string): string | null {
  // A cell that would run as a formula is left whole, to be rejected as one ("-2+3+cmd|' /C calc'!A0").
  if (FORMULA_START.test(text)) return null;
  const words = text.split(/\s+/u).filter((word) => word !== '');
  let start = 0;
  let cut = false;
  const nameScript = scriptOf(words[0] ?? '');
  for (let i = 0; i < words.length; i++) {
    if (!endsName(words[i], i === start) && !(i > start && messengerInAnotherScript(words[i], nameScript))) continue;
    if (i === start) {
      // What an earlier cut left before the name goes; anything else before it stays for the checks that reject a
      // row ("+SUM(A1:A9) Kim" is a formula, "12345" no name), and the list's last check never prints it.
      if (words[i] === CUT_MARK || words[i] === ADDRESS_CUT_MARK) {
        cut = true;
        start = i + 1;
      }
      continue;
    }
    cut = true;
    let from = i;
    const word = words[i].replace(WORD_WRAPPING, '');
    // A lone number between words of a name, with nothing after that is no name, goes alone ("Signer 12 Park"): it
    // locates no one, and the name around it stays.
    const rest = words.slice(i + 1);
    // An address starts here: a street cut out before, or a house number or postcode (fewer digits than a phone).
    const addressStarts = words[i] === ADDRESS_CUT_MARK || (/\p{Nd}/u.test(word) && !/[@＠]/u.test(word) && digitsFrom(words, i) < PHONE_DIGITS);
    // After two words of a name, a number with capitalised words after it starts an address written number first
    // ("Marie Curie 12 Rivoli", "Trần Văn Hùng 12 Lê Lợi", "Raj Kumar 12 MG Marg"): the words after it are its street.
    // One name word after it, and no street, is the rest of the name; two or more words after a number that follows the
    // first word are a street and its town ("Hans 5 Kantstrasse Berlin", "Tom 221 Baker London"), cut with the number.
    const loneNumber = rest.length === 1 && !isStreetWord(rest[0]) && !isStreetInOneWord(rest[0]);
    if (i - start < 2 && /^\d{1,4}$/u.test(word) && loneNumber && rest.every((after) => !endsName(after, false) && !LABEL_WORD.test(after) && /^\p{Lu}/u.test(after))) {
      cut = true;
      words.splice(i, 1);
      i--;
      continue;
    }
    if (/^[@＠]$/u.test(word) && (words[i + 1] ?? '').includes('.')) from--;
    else if (HOUSE_NUMBER_WORD.test(word) && digitsFrom(words, i) < PHONE_DIGITS && from - 1 > start && !LABEL_WORD.test(words[from - 1])
      && !streetNameAfter(rest)) from--;
    // Past two name words, a capitalised word before a house number with one word after it is the street's name ("Jan
    // Novák Dlouhá 5 Praha", "… Praha 1": a district's number is no word); two words after it are the street, written
    // number first ("Trần Văn Hùng 12 Lê Lợi").
    else if (HOUSE_NUMBER_WORD.test(word) && digitsFrom(words, i) < PHONE_DIGITS && rest.filter((after) => /\p{L}/u.test(after)).length <= 1
      && !LABEL_WORD.test(words[from - 1] ?? '')
      && streetNameWordBefore(words, start, from)) from--;
    if (addressStarts) from = addressPhraseStart(words, start, from, i);
    // An address's user part and at-word in lower case ("jan kissa" before "gmail", "an a còng" before "ziggo.nl"): left
    // before the provider they printed half the address. Never the name's first word, and a capital stops it.
    if (MAIL_PROVIDER.test(word) || MAIL_PROVIDER_LOWER.test(word) || DOMAIN_WORD.test(word)) {
      for (let taken = 0; taken < 4 && from - 1 > start && ADDRESS_WORD_BEFORE_PROVIDER.test(words[from - 1]); taken++) from--;
    }
    const singleLetter = (at: number) => at >= start && /^\p{Ll}$/u.test(words[at].replace(WORD_WRAPPING, ''));
    for (;;) {
      if (from <= start) break;
      const before = words[from - 1].replace(WORD_WRAPPING, '');
      let letters = 0;
      while (singleLetter(from - 1 - letters)) letters++;
      if (LABEL_WORD.test(before) || COLON_LABEL.test(before)) from--;
      else if (letters >= 2) from -= letters;
      else break;
    }
    return words.slice(start, from).join(' ').replace(/[\s,;:/|–—([{<（「-]+$/u, '');
  }
  return cut ? words.slice(start).join(' ') : null;
}

/** What separated a contact cut from the name (a dash, a bar, a bullet, an at sign left alone): never part of a name. */
const SEPARATORS_AT_END = /[\s,;:/|–—·•@＠-]+$/u;
const SEPARATORS_AT_START = /^[\s,;:/|–—·•@＠-]+/u;

/**
 * A name with its contact data taken out: e-mail addresses, phone numbers, street addresses, messenger IDs and web
 * domains ("Mary Poppins 555-867-5309" → "Mary Poppins", "Ann 123 Main St Apt 4" → "Ann").
 */
export function nameWithoutContact(cell: string): string {
  const name = withHandleNotesCut(withSpelledHouseNumbers(withAsciiDigits(cell)));
  // A messenger's handle goes with the messenger's name before the @handle or the number is cut as an e-mail or phone.
  let cleaned = name;
  for (let id = MESSENGER_ID.exec(cleaned) ?? MESSENGER_HANDLE.exec(cleaned), passes = 0; id && passes < 8; id = MESSENGER_ID.exec(cleaned) ?? MESSENGER_HANDLE.exec(cleaned), passes++) {
    cleaned = `${cleaned.slice(0, id.index)}${CUT}${cleaned.slice(id.index + id[0].length)}`;
  }
  // "jane [dot] roe [at] gmail [dot] com" is written back as an address, to be cut whole below.
  const spelled = withSpelledEmails(cleaned);
  // A domain spelled out with no at-word anyone listed ("jan kissa ziggo punt nl") is written back too: the domain ends
  // the name, and the words before it that belong to the address go with it (cutAtFirstNonName).
  if (spelled !== cleaned && (EMAIL.test(spelled) || spelled.split(/\s+/u).some((word) => DOMAIN_WORD.test(word)))) cleaned = spelled;
  for (const run of phoneRuns(cleaned, PHONE_DIGITS, true)) cleaned = cleaned.replace(run, CUT);
  // An address (a domain after the at sign) goes with the word before it; an at sign before a plain word (a handle,
  // "Anna @ home") goes alone, and the name before it stays. Each starts only where a word starts: begun inside a long
  // word, it read the word again from every position (5,000 Han characters took 1.8 s).
  cleaned = cleaned.replace(/(?<!\S)\S*\s*[@＠]\s*[^\s@＠.]+\.\S+/gu, CUT).replace(/(?<!\S)\S*[@＠]\S+/gu, CUT).replace(/[@＠]\s*\S+/gu, CUT)
    .replace(/(?<![\p{L}\p{N}._-])[\p{L}\p{N}._-]+\s*[([{<]\s*at\s*[)\]}>]\s*\S+/giu, CUT);
  // After e-mails ("park (at) example.kr" is one), each pass takes one address, ID or domain out; a name cell holds few.
  for (let span = nameContactSpan(cleaned), passes = 0; span && passes < 8; span = nameContactSpan(cleaned), passes++) {
    cleaned = `${cleaned.slice(0, span.start)}${span.street ? ADDRESS_CUT : CUT}${cleaned.slice(span.end)}`;
  }
  // Whatever the patterns above left that is no name, and what follows it, goes (the marks of their cuts included).
  cleaned = cutAtFirstNonName(cleaned) ?? cleaned;
  cleaned = withoutCutLabels(cleaned).replace(/[([{<（]\s*[)\]}>）]/gu, ' ');
  // A street named without a number at the end ("Mia Schulz Hauptstraße"), and what a cut left of an address or label
  // ("Flat No.", "H.No.", "οδ."), left alone or left by a cut after them.
  cleaned = withoutTrailingAddressWords(cleaned.replace(SEPARATORS_AT_END, ''), cleaned !== name);
  return cleaned.replace(SEPARATORS_AT_END, '').replace(SEPARATORS_AT_START, '').replace(/\s{2,}/gu, ' ').trim();
}

/**
 * A group in brackets, round, square or curly, without brackets inside it. Template syntax ("{{user.name}}",
 * "${user.name}") is data printed as written, not a note: doubled brackets or a sigil before them are no group.
 */
const BRACKETED_GROUP = /(?<![([{（$#%])[([{（]([^()[\]{}（）]*)[)\]}）](?![)\]}）])/gu;

/**
 * A name with its notes of a handle cut (CUT): a bracketed group holding a messenger's label before a word, a dotted
 * handle or a mail provider ("Evi Berg (tg evasand)", "(EVA.SAND)", "Evi Nygaard (evasand gmail)"), and a dotted handle
 * as a name's last word past its first ("Evi Berge EVA.SAND", "Evi Holm Eva.Holm"). Printed whole before (verifyP
 * F3); a name written with dots ("Ma.Luisa Reyes", "J.R.R. Tolkien") begins with it or has one-letter parts.
 */
function withHandleNotesCut(name: string): string {
  const cut = name.replace(BRACKETED_GROUP, (group, inside: string) => (groupHoldsHandle(inside) ? CUT : group));
  const words = cut.split(/\s+/u).filter((word) => word !== '');
  const last = words[words.length - 1] ?? '';
  // In lower case it is a handle or a domain the later searches cut with the address it ends ("minjun 골뱅이 naver.com").
  if (words.length < 2 || !DOTTED_WORDS.test(last) || !/\p{Lu}/u.test(last) || TOWN_ABBREVIATION.test(last)) return cut;
  return `${words.slice(0, -1).join(' ')}${CUT}`;
}

function groupHoldsHandle(inside: string): boolean {
  const words = inside.split(/\s+/u).filter((word) => word !== '');
  return words.some((word, i) => (MESSENGER_WORD_IN_PLACE.test(word) && i + 1 < words.length) || DOTTED_WORDS.test(word)
    || (i > 0 && (MAIL_PROVIDER.test(word) || MAIL_PROVIDER_LOWER.test(word))));
}

/** Whether a place cell names a messenger with its ID or handle ("カカオ kakao ID: fa6", "WeChat: lee_88"). */
function holdsMessengerId(text: string): boolean {
  return MESSENGER_ID.test(text) || MESSENGER_HANDLE.test(text);
}

/**
 * What a region cell holds besides a region, read as a city cell is: an e-mail, a phone or a messenger ID (the cell is
 * blanked), or a street address ("Calle Mayor 5 2B": cut to the region written beside it, '' when none).
 */
export function screenRegion(region: string): PlaceScreen {
  return screenCity(region);
}

/**
 * Words before a messenger's name that say the handle was written before it ("eva.s on telegram", "ana via WhatsApp"):
 * the word before them is the handle, not a town.
 */
const ON_MESSENGER = /^(?:on|via|at|in|auf|bei|en|sur|por|per|op|su|no|na|em|в|на|через)$/iu;
/**
 * Abbreviations written with a dot before a town's name in lower case ("st.gallen", "mt.hood", "sv.nikole"): a word so
 * joined is a town, not a handle as "eva.s" or "ana.lopez" is.
 */
const TOWN_ABBREVIATION = /^(?:st|ste|sta|sto|sv|mt|ft|pt|fr|s|n)\./iu;
/** Words of two letters or more joined by dots, without a dot at the end: a handle ("eva.sand", "EVA.SAND"). */
const DOTTED_WORDS = /^\p{L}{2,}(?:\.\p{L}{2,})+$/u;
/** A messenger's name or short label, in any case, as the name screens read it, and a few only handles follow. */
const MESSENGER_WORD_IN_PLACE = new RegExp(`^(?:${MESSENGERS}|fb|kik|bsky|imo|tlg|sc|dc|tw)$`, 'iu');
/** A web address in a place cell: a scheme, "www.", or a domain with a path ("x.com/eva", "t.me/eva", "fb.com/eva.s"). */
const WEB_IN_PLACE = /^\p{L}[\p{L}\p{N}+.-]*:\/\/|^www\.|^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}\//iu;

/**
 * Whether a word of a place cell is a handle or part of an address no town is written with: an at sign ("@eva",
 * "eva@"), a web address or domain, an underscore ("eva_sand99"), a Discord tag ("eva#1234"), or words joined by dots
 * in lower case ("eva.s").
 */
function isContactWordInPlace(word: string): boolean {
  if (/[@＠]/u.test(word)) return true;
  const bare = word.replace(WORD_WRAPPING, '');
  if (bare === '') return false;
  // A Reddit user ("u/evasand"), and words of two letters or more joined by dots in any case ("EVA.SAND", "Eva.Sand"):
  // towns join only abbreviations so ("St.Gallen", "D.C.", "a.M."), read below (verifyP F1).
  if (/^u\/[\p{L}\p{N}_-]+$/u.test(bare)) return true;
  if (DOTTED_WORDS.test(bare) && !TOWN_ABBREVIATION.test(bare) && !isStreetWord(`${bare.split('.')[0] ?? ''}.`)) return true;
  if (WEB_IN_PLACE.test(bare) || DOMAIN_WORD.test(bare) || PROVIDER_IN_WORD.test(bare) || EMAIL.test(withSpelledEmails(bare))) return true;
  if (/\p{L}/u.test(bare) && /_/u.test(bare)) return true;
  if (/\p{L}#\d/u.test(bare)) return true;
  // A handle is written in lower case ("eva.s"); "ul.Floriańska" is a street word and its street, "st.gallen" a town.
  const head = bare.split(/[._]/u)[0] ?? '';
  return HANDLE.test(bare) && !/\p{Lu}/u.test(bare) && !TOWN_ABBREVIATION.test(bare) && !STREET_WORD_ALONE.test(head) && !isStreetWord(`${head}.`);
}

/**
 * Where contact data begins in a place cell (its digits read as ASCII), -1 when there is none: a handle, a web address,
 * a fragment of an e-mail (isContactWordInPlace), a messenger with its ID or handle ("skype: eva.s", "LINE ID abc123",
 * "signal @eva"), a messenger's or contact label's name that is no town's ("telegram", "WhatsApp", "facebook", "e-mail";
 * "Line Creek" and "Signal Hill" are towns: "Line" and "Signal" count only with an ID, a colon or a handle), and, with
 * `phones`, a phone number. The messenger words are those the name screens read (MESSENGERS, LABEL_ALONE).
 */
function placeContactStart(text: string, phones: boolean): number {
  const starts: number[] = [];
  const words = [...text.matchAll(/\S+/gu)];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (isContactWordInPlace(word[0])) {
      // An at sign with a space before it and a domain after ("sara @ example.com", "sara @example.com") has the
      // address's user part before it; before a plain word it is a handle ("Oslo @eva"), and the town before it stays.
      // A provider's name after it is a domain too, spaced out or not ("eva @ gmail . com").
      const domainAfter = /^[@＠]$/u.test(word[0])
        ? (words[i + 1]?.[0] ?? '').includes('.') || MAIL_PROVIDER.test(words[i + 1]?.[0] ?? '') || /^\./u.test(words[i + 2]?.[0] ?? '')
        : /^[@＠][^.]+\./u.test(word[0]);
      starts.push(words[domainAfter && i > 0 ? i - 1 : i].index);
      break;
    }
    const bare = word[0].replace(WORD_WRAPPING, '');
    const next = (words[i + 1]?.[0] ?? '').replace(WORD_WRAPPING, '');
    // A messenger's label before a handle in lower case ("Oslo tg evasand", "Oslo (LINE evasand)", "Oslo Zalo nguyen"):
    // a town named with such a word goes on with a capital ("Line Creek", "Signal Hill") (verifyP F1).
    if (MESSENGER_WORD_IN_PLACE.test(bare) && /^\p{Ll}/u.test(next) && !NAME_PARTICLE.test(next)) {
      starts.push(word.index);
      break;
    }
    // A mail provider after the address's user part in lower case ("Oslo evasand gmail", "Oslo evasand at gmail"): the
    // words of the address before the provider go with it, up to the town's capital.
    if ((MAIL_PROVIDER.test(bare) || MAIL_PROVIDER_LOWER.test(bare)) && i > 0 && ADDRESS_WORD_BEFORE_PROVIDER.test(words[i - 1][0])) {
      let from = i;
      while (from > 0 && i - from < 3 && ADDRESS_WORD_BEFORE_PROVIDER.test(words[from - 1][0])) from--;
      starts.push(words[from].index);
      break;
    }
    if (LABEL_ALONE.test(bare)) {
      const handleBefore = i >= 2 && ON_MESSENGER.test(words[i - 1][0]);
      starts.push(words[handleBefore ? i - 2 : i].index);
      break;
    }
  }
  const messenger = MESSENGER_ID.exec(text) ?? MESSENGER_HANDLE.exec(text);
  if (messenger) starts.push(messenger.index);
  if (phones) for (const run of phoneRuns(text, PHONE_DIGITS)) starts.push(wordStartAt(text, text.indexOf(run)));
  // An e-mail without an at sign ("jane (at) gmail.com", "jane at gmail dot com") may begin anywhere: the whole cell goes,
  // but for one written in a word of its own ("Seoul kim#naver.com"), found above with the town before it.
  if (!/[@＠]/u.test(text) && holdsEmail(text) && holdsEmail(text.replace(/\S+/gu, (word) => (holdsEmail(word) ? ' ' : word)))) starts.push(0);
  return starts.length === 0 ? -1 : Math.min(...starts);
}

/** The start of the word that holds position `at`. */
function wordStartAt(text: string, at: number): number {
  let start = Math.max(0, at);
  while (start > 0 && !/\s/u.test(text[start - 1] ?? '')) start--;
  return start;
}

/** A word that labels contact data, left at a town's end once what it labelled is cut ("Oslo, tg:" → "Oslo"). */
function isLabelLeftBefore(word: string): boolean {
  const bare = word.replace(WORD_WRAPPING, '');
  return bare === '' || LABEL_WORD.test(bare) || COLON_LABEL.test(bare) || LABEL_ALONE.test(bare) || ON_MESSENGER.test(bare);
}

/**
 * A place cell with contact data from `at` on: the town written before it is kept ("Oslo @eva" → "Oslo", "Oslo, tg:
 * @eva" → "Oslo"), read as any city cell is, and the labels and punctuation that announced the contact data go.
 */
function contactWithTownBefore(text: string, at: number): PlaceScreen {
  const words = text.slice(0, at).split(/\s+/u).filter((word) => word !== '');
  while (words.length > 0 && isLabelLeftBefore(words[words.length - 1])) words.pop();
  // A phone's or a message's symbol before the number ("Oslo 📱 912 34 567") said what was cut: it goes with it.
  const before = words.join(' ').replace(/[\s,;:/|–—([{<（☎☏✆✉📞📱📲📧📨📩📠💬-]+$/u, '');
  // A town has a capital or two letters ("Å", "Oslo"): a lone lower-case letter is what is left of a cell's junk ("a, @SUM(A1)").
  if (!/\p{Lu}|\p{L}.*\p{L}/u.test(before)) return { kind: 'contact' };
  const screen = screenCity(before);
  const town = screen.kind === 'clean' ? before : screen.kind === 'street' ? screen.town : (screen.town ?? '');
  return town === '' ? { kind: 'contact' } : { kind: 'contact', town };
}

/** A postcode in any common layout: digits (with a dash or space), British, Canadian and Irish letters and digits. */
const POSTCODE_IN_CELL = /(?<![\p{L}\d])(?:\d{2}-\d{3}|\d{3}\s\d{2}(?![\p{L}\d])|\d{3,6}(?:[\s-]\d{3,4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[AC-FHKNPRTV-Y]\d[\dW]\s?[\dAC-FHKNPRTV-Y]{4})(?![\p{L}\d])/u;

/** A Dutch postcode (four digits, two capitals) at the start of a cell, and what follows it ('' when nothing does). */
const DUTCH_POSTCODE_FIRST = /^(\d{4}\s?[A-Z]{2})(?![\p{L}\d])\s*(.*)$/u;
/** A postcode of digits (after a Japanese 〒) at the start of a cell with letters after it. */
const POSTCODE_FIRST = /^〒?\s*(\d{2}-\d{3}|\d{3}\s\d{2}|\d{3,6}(?:[\s-]\d{3,4})?)(?![\p{L}\d])[\s,;]+(?=.*\p{L})/u;

/**
 * What a postcode cell holds besides a postcode: an e-mail, a phone or a messenger ID (blanked), or a street or flat
 * ("Hauptstr. 5", "02108 Apt 5 12 Main St"), of which only what looks like a postcode is kept ('' when nothing does).
 * The kept postcode is returned as `town`, the one field a screen carries.
 */
export function screenPostcode(cell: string): PlaceScreen {
  const postcode = withAsciiDigits(cell);
  if (postcode === '') return { kind: 'clean' };
  if (postcodeHoldsContact(postcode) || holdsMessengerId(postcode) || placeContactStart(postcode, false) >= 0) return { kind: 'contact' };
  // Every postcode has a digit: a cell of words alone ("tg evasand", "EVA.SAND", "evasand gmail") is a handle or an
  // address typed in the wrong cell, and was printed as the postcode (verifyP F2).
  if (!DIGIT.test(postcode)) return /\p{L}/u.test(postcode) ? { kind: 'contact' } : { kind: 'clean' };
  if (readsAsPhoneInPostcodeCell(postcode.trim())) return { kind: 'contact' };
  const screen = postcodeScreenByStreetWords(postcode);
  // What is kept must read as a postcode: "Storgata 5", "Gran Vía 1", "Teheran-ro 123" and "Тверская 7" have no street
  // word the lists above know, and were printed as postcodes (verifyO F2).
  const kept = screen.kind === 'clean' ? postcode.trim() : screen.kind === 'street' ? screen.town : '';
  if (kept === '' || readsAsPostcode(kept) || !DIGIT.test(kept)) return screen;
  return { kind: 'street', town: postcodeBesideStreet(kept) };
}

/**
 * Whether a postcode cell's text reads as a postcode: a short code of at most 10 characters (a "〒" before it aside) of
 * Latin letters, digits, spaces and dashes, with a digit ("SW1A 1AA", "D02 X285", "100-0001", "KY1-1104", "02108-1234"),
 * and no word that is written as no postcode is: four letters or more ("Storgata 5", "GRAN VÍA 1"), or a capitalised
 * word ("Via 1", "Apt 5"). Every country's postcode has this shape (Malta "VLT 1117" has three capitals).
 */
export function readsAsPostcode(text: string): boolean {
  const code = text.trim().replace(/^〒\s*/u, '');
  if (code.length > 10 || !/\d/u.test(code) || !/^[A-Za-z0-9][A-Za-z0-9 -]*$/u.test(code)) return false;
  // Letters run into digits count too ("Damrak1", "Via5"): a code's letters are one to three, never a capitalised word.
  return !/[A-Za-z]{4,}|[A-Z][a-z]/u.test(code);
}

/**
 * Digits alone, longer than a postcode written without a dash (8 or more: "91234567", "4791234567"), or after a plus
 * sign: a phone number. A ZIP+4 or a CEP is written with its dash ("02108-1234", "01310-100") and stays a postcode.
 */
function readsAsPhoneInPostcodeCell(code: string): boolean {
  return /^[+＋].*\d/u.test(code) || (/^[\d\s.]+$/u.test(code) && digitCount(code) >= 8);
}

/**
 * What of a cell that reads as no postcode is one: a code before the street ("0150 Storgata 1" → "0150", "B-1000
 * Bruxelles" → "B-1000"), or none. A word and a number is a street and its house number in any language ("Kirkeveien 12", "Nowy Świat
 * 15", "테헤란로 123", "銀座1-2-3"), and the number goes with it: so "Wien 1010" keeps nothing, as "Storgata 1010" would.
 */
function postcodeBesideStreet(text: string): string {
  const first = /^〒?\s*(\S+)/u.exec(text)?.[1] ?? '';
  // Four digits at least: a house number written first ("12 Storgata") has fewer.
  return readsAsPostcode(first) && digitCount(first) >= 4 ? first : '';
}

/** screenPostcode by the street and dwelling words of the lists above, before the shape of what is left is read. */
function postcodeScreenByStreetWords(postcode: string): PlaceScreen {
  const street = STREET_AFTER_NAME.test(postcode) || STREET_BEFORE_NAME.test(postcode) || DWELLING_WORD.test(postcode)
    || STREET_SUFFIX.test(postcode) || EAST_ASIAN_STREET.test(postcode) || STREET_IN_NAME.test(postcode);
  const trimmed = postcode.trim();
  const dutch = DUTCH_POSTCODE_FIRST.exec(trimmed);
  if (dutch) return dutch[2] === '' ? { kind: 'clean' } : { kind: 'street', town: dutch[1] ?? '' };
  if (!street) {
    // A postcode with words after it ("10115 bei Schmidt", "〒105-0011 港区芝公園4-2-8", "00-001 Marszałkowska 1"): the
    // words are a third person or a street, printed in the list; only the postcode is kept.
    const first = POSTCODE_FIRST.exec(trimmed);
    return first ? { kind: 'street', town: first[1] ?? '' } : { kind: 'clean' };
  }
  // The house number is no postcode ("12 rue de Rivoli" kept "12"): the street and flat go before one is looked for.
  const withoutStreet = postcode.replace(STREET_IN_NAME_FROM, ' ');
  return { kind: 'street', town: POSTCODE_IN_CELL.exec(withoutStreet)?.[0] ?? '' };
}

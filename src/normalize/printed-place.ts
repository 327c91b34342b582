// What of a city or region cell is printed in a signature list: a place, never a line of an address. Testers kept
// finding the people mail is sent to ("bei Familie Schmidt, Berlin", "chez M. Martin, Paris", "Kim Minjun 방, 서울") and
// streets ("Bağdat Caddesi", "ถนนสุขุมวิท", "القاهرة، ١٢ التحرير") printed as places, each in a language nobody had
// listed. So the cell is read by its structure: it is split on the commas of any script, and the last part that has
// no number, no care-of word, no person's title and (in a region cell) no street word is what is printed.
// Only the printed list reads this: the count, the dedupe and the table by country keep the cell as it was read.
import { isStreetInOneWord, isStreetPart, isStreetWord, screenCity, screenRegion } from './contact-in-place.js';
import { townOfDistrictCity } from './city-district.js';

/** The commas and semicolons of Latin, Arabic, Chinese and Japanese writing. */
const PLACE_COMMA = /[,，、،;；]/u;
/** "care of" and "to the attention of", before the person they name: they open a part, or stand anywhere in it. */
const CARE_OF_FIRST = /^(?:bei|bij|chez|p\/a|p\.a\.|attn\.?|attention|to the attention of|care of|z rąk|do rąk|a la atención de|a la att\.?|a\/a|a\/c|aos cuidados de|ao cuidado de|presso|zu händen|z\.\s?hd?\.?|t\.a\.v\.?|ter attentie van|per adres|на имя|для|υπόψη|لعناية|عناية|بعناية)(?=$|[\s.:])/iu;
// Each phrase here is "care of" in one language and names no town, so it ends a place wherever it stands: "القاهرة
// عناية أحمد حسن" is Cairo, then the person; "Wien, per Adresse Huber" is Vienna. Testers found a new language's words
// missing each round (verifyM F2), so each language's usual ways of writing it are listed together.
const CARE_OF_WORDS = [
  // English, French, Dutch, German, Italian.
  'c\\/o', 'c\\.o\\.', 'attn', 'attention', 'to the attention of', 'care of', 'chez', 'aux bons soins', 'a\\/s', 'p\\/a', 'p\\.a\\.', 'per adres',
  'ter attentie van', 't\\.a\\.v\\.', 'per adresse', 'zu händen', 'z\\.\\s?hd\\.', 'presso',
  // Spanish, Portuguese, Greek.
  'a\\/a', 'a\\/c', 'a la atención', 'atención', 'a la att\\.', 'en casa de', 'a cargo de', 'aos cuidados', 'ao cuidado', 'em casa de',
  'υπόψη', 'φροντίδα', 'για (?:τον|την|το|τους|τις)',
  // Polish, Czech, Russian.
  'z rąk', 'do rąk', 'na ręce', 'k rukám', 'k rukam', 'на имя', 'для',
  // Arabic, Hebrew, Thai, Hindi, Persian, Norwegian and Danish, Vietnamese, Indonesian and Malay, Tagalog.
  'عند', 'عناية', 'لعناية', 'بعناية', 'لدى', 'بواسطة', 'אצל', 'לידי', 'ע"י', 'ע״י', 'ฝาก', 'ถึง', 'द्वारा', 'मार्फत', 'توسط', 'نزد', 'v\\/',
  'nhờ', 'gửi', 'd\\/a', 'para kay', 'sa pamamagitan ni'].join('|');
const CARE_OF_ANYWHERE = new RegExp(`℅|(?:^|\\s)(?:${CARE_OF_WORDS})(?=$|[\\s.:])`, 'iu');
/** Swahili "kwa" and "kupitia" (lower case: "Kwa Mashu" and "KwaZulu" are places). */
const CARE_OF_SWAHILI = /(?:^|\s)(?:kwa|kupitia)(?=$|\s)/u;
/** English "via" in lower case before a name ("Leeds via John Smith"); "Via" alone is a town, "Via Roma" a street. */
const CARE_OF_VIA = /(?:^|\s)via\s+(?=\p{Lu})/u;
/** Polish, Czech, Russian and Serbo-Croatian "at (someone's)": "u Kowalskich", "у Ивановых", "kod Petrovića". */
const AT_SOMEONES = /^(?:u|у|kod|код|pri|при)\s/u;
/**
 * Words that are "care of" and also join a town's name to the place it lies near: "Köln bei Schmidt" but "Kirchheim bei
 * München", "Praha u Nováků" but "Újezd u Brna". Inside a part they end the place unless what follows is one word that
 * reads as a place (see PLACE_LIKE) and nothing after it: a person ("bei Hans Meier", "bei Familie Weber") is two words
 * or more. ("am", "an der", "upon", "sur" and "sous" are never "care of": "Frankfurt am Main" is read whole.)
 */
const CARE_OF_IN_TOWN_NAMES = /(?:^|\s)(?:bei|bij|u|у)\s+/giu;
/**
 * A word that reads as a place after "bei" or "u": it ends as German, Dutch and Central European town names do ("Coburg",
 * "Kirchheim", "Neustadt", "Erlangen"), or is one of the cities towns are named after ("Kirchheim bei München"). A
 * surname ("Schmidt", "Meier", "Jansen", "Nováků") does neither; one that does ("Rosenberg") keeps the town's reading.
 */
const PLACE_LIKE = /^\p{Lu}\p{L}*(?:burg|berg|heim|hausen|dorf|stadt|stedt|feld|felde|bach|furt|hagen|kirchen|brück|brücken|ingen|au|see|rode|leben|walde|thal|tal|hof|hoven|haven|hafen|dam|münde|mund|horst|born|brunn|zell|weiler|haag|zig)$|^(?:München|Wien|Berlin|Köln|Dresden|Leipzig|Bremen|Hannover|Kassel|Trier|Ulm|Bonn|Aachen|Mainz|Kiel|Stuttgart|Zürich|Bern|Basel|Graz|Linz|Halle|Jena|Wismar|Utrecht|Breda|Gent|Brna|Prahy|Olomouce|Ostravy|Plzně|Krakowa|Warszawy)$/u;
/** "care of" written after the person's name: Korean 방, 앞 and 댁, Japanese 様方 and 気付, Chinese 转交, Turkish "eliyle", Hungarian "részére". */
const CARE_OF_LAST = /(?:\s(?:방|앞|댁|様方|方)|様方|気付|转交|轉交|\s(?:yanında|eliyle|aracılığıyla|részére|kezébe))$/u;
/** A person's title: a part with one names a person, not a place ("M. Martin", "Familie Schmidt", "Sra. Pérez"). */
const PERSON_TITLE = /(?:^|\s)(?:M\.|MM\.|Mme\.?|Mlle\.?|Herr|Herrn|Hrn\.|Frau|Frl\.|Fam\.|Familie|Famille|Familia|Família|Mr\.?|Mrs\.?|Ms\.?|Dr\.|Sr\.|Sra\.|Srta\.|Sig\.|Sig\.ra|Dott\.|Hr\.|Dhr\.|Mevr\.|господину?|госпоже|г-ну?|г-же|السيد|السيدة)(?=$|\s)|\S님$/u;
/** A digit in a numeral system other than 0-9 (Arabic-Indic, Thai, Devanagari, full-width…): no town is written with one. */
const OTHER_DIGIT = /(?![0-9])\p{Nd}/u;
/** A Korean lot: a number after a neighbourhood or village ("우동 1408"); a Korean postcode is written before the town. */
const KOREAN_LOT = /[\uac00-\ud7a3]\s*\d/u;
/** "Thành phố" is a city, though "phố" alone is a street. */
const CITY_WORDS = /thành phố/iu;

/** Whether a word of a region cell is a street's kind ("utca", "Caddesi", "شارع"; "St." is Saint in "St. Gallen"). */
function regionWordIsStreet(word: string): boolean {
  return isStreetWord(word) && !/^st\.?$/iu.test(word);
}

/** Whether a part of a place cell reads as a place: no person it is sent to, no number, no street (in a region). */
function partIsPlace(column: 'city' | 'region', part: string, alone: boolean): boolean {
  if (CARE_OF_FIRST.test(part) || AT_SOMEONES.test(part) || careOfAt(part) >= 0 || CARE_OF_LAST.test(part) || PERSON_TITLE.test(part)) return false;
  if (OTHER_DIGIT.test(part) || KOREAN_LOT.test(part)) return false;
  // A cell of one part has been read whole already (a street without a number, "Calle Larga", names towns).
  if (!alone && isStreetPart(part) && townOfDistrictCity(part) === null) return false;
  if (column === 'region') {
    const words = part.replace(CITY_WORDS, '').split(/\s+/u).filter((word) => word !== '');
    // "Bağdat Caddesi", "Kossuth Lajos utca", "Prinsengracht" and "南京路" are streets; "Via" alone may be a town's name.
    if (words.length > 1 ? words.some(regionWordIsStreet) : isStreetInOneWord(words[0] ?? '')) return false;
  }
  return true;
}

/** Where a care-of word stands inside a part ("Oslo v/ Hansen" → at " v/"); -1 when none does. */
function careOfAt(part: string): number {
  const found = [CARE_OF_ANYWHERE.exec(part), CARE_OF_SWAHILI.exec(part), CARE_OF_VIA.exec(part)].filter((match) => match !== null)
    .map((match) => match.index);
  const inTownName = careOfInTownNameAt(part);
  if (inTownName >= 0) found.push(inTownName);
  return found.length === 0 ? -1 : Math.min(...found);
}

/** Where "bei", "bij", "u" or "у" says "care of" ("Köln bei Schmidt" → at " bei"); -1 where it joins a town's name. */
function careOfInTownNameAt(part: string): number {
  for (const match of part.matchAll(CARE_OF_IN_TOWN_NAMES)) {
    const rest = part.slice(match.index + match[0].length).trim().split(/\s+/u);
    // "Kirchheim bei München", "Neustadt bei Coburg 96465": one word that reads as a place, then at most a postcode.
    const joinsTownName = match.index > 0 && PLACE_LIKE.test(rest[0] ?? '') && rest.slice(1).every((word) => /^\d{4,6}$/u.test(word));
    if (!joinsTownName) return match.index;
  }
  return -1;
}

/** A piece of a place cell, in the order written, and whether it reads as a place. */
interface Piece { text: string; place: boolean }

/**
 * A comma part as pieces: the words before a care-of word (a place, when they read as one) and the rest (not one). A
 * care-of word written after its person ("서울 김철수 방", "東京都 山田様方", "北京 王先生转交") ends a Korean, Chinese or
 * Japanese part: its last word before the word is the person, and the words before that are the town.
 */
function piecesOf(column: 'city' | 'region', part: string, alone: boolean): Piece[] {
  const last = CARE_OF_LAST.exec(part);
  if (last !== null) {
    const words = part.slice(0, last.index).trim().split(/\s+/u);
    const town = words.slice(0, -1).join(' ');
    if (town !== '' && words.every((word) => EAST_ASIAN_LETTER.test(word) && !/[\p{Script=Latin}]/u.test(word))) {
      return [{ text: town, place: partIsPlace(column, town, alone) }, { text: part.slice(town.length).trim(), place: false }];
    }
    return [{ text: part, place: false }];
  }
  const at = careOfAt(part);
  if (at < 0) return [{ text: part, place: partIsPlace(column, part, alone) }];
  const before = part.slice(0, at).trim();
  return [{ text: before, place: before !== '' && partIsPlace(column, before, alone) }, { text: part.slice(at).trim(), place: false }];
}

// Digits of other numeral systems (١٢, ۱۲, १२, ๑๒, １２), circled and superscript ones (①②, ¹²) and Chinese or Japanese
// numerals before a house-number word (八十八号, 三丁目) are read as 0-9, so a house number reads as one in any writing.
const CIRCLED_DIGIT = /[\u2460-\u2468\u2474-\u247c\u2488-\u2490\u2776-\u277e\u2780-\u2788\u278a-\u2792]/gu;
const CIRCLED_STARTS = [0x2460, 0x2474, 0x2488, 0x2776, 0x2780, 0x278a];
const SUPER_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉';
const CJK_HOUSE_NUMBER = /[〇零一二三四五六七八九十百千两兩]+(?=号|號|番地|丁目|番|弄|巷|路)/gu;
const OTHER_SYSTEM_DIGIT = /(?![0-9])\p{Nd}/gu;

/** The cell with every digit written 0-9, to be read (not printed). */
export function withDigitsFolded(text: string): string {
  return text
    .replace(OTHER_SYSTEM_DIGIT, (digit) => String(digitValue(digit)))
    .replace(CIRCLED_DIGIT, (digit) => {
      const code = digit.codePointAt(0) ?? 0;
      const start = CIRCLED_STARTS.filter((each) => each <= code).pop() ?? code;
      return String((code - start + 1) % 10);
    })
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉]/gu, (digit) => String(SUPER_DIGITS.indexOf(digit) % 10))
    .replace(CJK_HOUSE_NUMBER, (numeral) => '1'.repeat(numeral.length));
}

/** The value of a decimal digit of any script: Unicode lays out each script's ten digits in a row from zero. */
function digitValue(digit: string): number {
  const code = digit.codePointAt(0) ?? 0;
  for (let zero = code; zero > code - 10; zero--) {
    if (!/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) return code - zero;
  }
  return 0;
}

/** Chinese, Japanese and Korean words of a city or district ("東京都", "港区", "上海市", "강남구"). */
const EAST_ASIAN_TOWN_END = /[都道府県市区區町村郡省县縣州]$|(?:특별시|광역시|특별자치시|특별자치도|시|도|구|군)$/u;
const EAST_ASIAN_TOWN_PREFIX = /^.*[都道府県市区區郡省县縣州]/u;
/** Neighbourhoods, roads and lots: where a Korean, Chinese or Japanese address begins after its town. */
const EAST_ASIAN_ADDRESS_WORD = /(?:동|읍|면|리|로|길|가|번지|路|街|巷|弄|胡同|通り|丁目|番地)$/u;
const EAST_ASIAN_LETTER = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * The city and district written before a Korean, Chinese or Japanese address without a comma: "서울 강남구 역삼동 123-45"
 * → "서울 강남구", "東京都港区芝公園4-2-8" → "東京都港区", "Tokyo 23区" → "Tokyo"; '' when none is there. The address
 * begins at its first number; of the words before it, the leading ones that name a city or district are kept.
 */
function eastAsianTownBefore(cell: string): string {
  const number = /\d/u.exec(cell);
  if (!number || !EAST_ASIAN_LETTER.test(cell)) return '';
  const kept: string[] = [];
  for (const word of cell.slice(0, number.index).split(/\s+/u).filter((each) => each !== '')) {
    const town = EAST_ASIAN_TOWN_PREFIX.exec(word)?.[0];
    // A city or district word, or a first word that is no address ("서울", "北京", "Tokyo"), is kept.
    if (EAST_ASIAN_TOWN_END.test(word) || (kept.length === 0 && town === undefined && !EAST_ASIAN_ADDRESS_WORD.test(word))) {
      kept.push(word);
      continue;
    }
    // A run of Chinese or Japanese letters: the town is what ends at its last city or district word.
    if (town !== undefined) kept.push(town);
    break;
  }
  return kept.join(' ');
}

/**
 * The text of a city or region cell to print: the cell when every part of it reads as a place ("Kasan; Tatarstan",
 * "Springfield, IL"), the place beside what is not one ("bei Familie Schmidt, Berlin" → "Berlin", "Budapest, Kiss Péter
 * részére" → "Budapest", "Oslo v/ Hansen" → "Oslo"), or '' when none does (a street, contact details, a third person).
 */
export function printedPlace(column: 'city' | 'region', place: string): string {
  if (place === '') return '';
  // The Arabic comma is read as a comma too, so the street reading splits "القاهرة، ١٢ شارع التحرير" as it does Latin.
  const folded = withDigitsFolded(place).replace(/،/gu, ',').replace(/؛/gu, ';');
  const printed = placeOfFolded(column, folded);
  // Digits are folded for reading only: a cell printed whole is printed as written.
  return printed === folded ? place : printed;
}

function placeOfFolded(column: 'city' | 'region', place: string): string {
  const screen = column === 'city' ? screenCity(place) : screenRegion(place);
  if (screen.kind === 'contact') return '';
  // Korean, Chinese and Japanese addresses are written town first without a comma, which the street reading cuts short
  // ("서울 강남구 역삼동 123-45" gave "서울"): the city and district words before the address are read here first.
  // A town and its postcode ("上海市 200000") reads whole, and is printed so.
  const read = placeOfScreened(column, place, screen);
  if (read === place) return read;
  const town = eastAsianTownBefore(place);
  return town !== '' && partIsPlace(column, town, true) ? town : read;
}

function placeOfScreened(column: 'city' | 'region', place: string, screen: ReturnType<typeof screenCity>): string {
  // A street beside the town was read already ("Mazowieckie, ul. Prosta 2" → "Mazowieckie"); the rest is read here.
  const cell = screen.kind === 'street' ? screen.town : place;
  // What is left of a street beside its number may be the street's kind alone ("Soi Sukhumvit 11" keeps "Soi").
  if (cell === '' || (screen.kind === 'street' && isStreetWord(cell))) return '';
  const parts = cell.split(PLACE_COMMA).map((part) => part.trim()).filter((part) => part !== '');
  const pieces = parts.flatMap((part) => piecesOf(column, part, parts.length === 1));
  if (pieces.every((piece) => piece.place)) return cell;
  const places = pieces.filter((piece) => piece.place && piece.text !== '');
  if (places.length === 0) return '';
  // What is not a place follows the town ("Budapest, Kiss Péter részére") or comes before it ("chez Dupont, Paris").
  const firstNot = pieces.findIndex((piece) => !piece.place);
  return pieces.indexOf(places[0]) < firstNot ? places[0].text : places[places.length - 1].text;
}

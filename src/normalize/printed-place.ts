// What of a city or region cell is printed in a signature list: a place, never a line of an address. Testers kept
// finding the people mail is sent to ("bei Familie Schmidt, Berlin", "chez M. Martin, Paris", "Kim Minjun 방, 서울") and
// streets ("Bağdat Caddesi", "ถนนสุขุมวิท", "القاهرة، ١٢ التحرير") printed as places, each in a language nobody had
// listed. So the cell is read by its structure: it is split on the commas of any script, and the last part that has
// no number, no care-of word, no person's title and (in a region cell) no street word is what is printed.
// Only the printed list reads this: the count, the dedupe and the table by country keep the cell as it was read.
import { STREET_WORD_AFTER_ITS_NAME, isStreetInOneWord, isStreetPart, isStreetWord, isTownWithDistrict, screenCity, screenRegion } from './contact-in-place.js';
import { townOfDistrictCity } from './city-district.js';
import { isNumberWord } from './number-words.js';
import { resolveCountry } from './resolve-country.js';
import { withDigitsFolded } from '../text/decimal-digit.js';

/** The commas and semicolons of Latin, Arabic, Chinese and Japanese writing. */
const PLACE_COMMA = /[,，、،;；]/u;
/** What splits a cell into parts: the commas, and brackets, which set a person apart as a comma does ("부산 (박영희 씨 댁)"). */
const PLACE_PART_SEPARATOR = /[,，、،;；()（）]/u;
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
  'nhờ', 'gửi', 'd\\/a', 'para kay', 'sa pamamagitan ni',
  // Indian son, wife and daughter of; Greek "through" and "at the house of"; Dutch, French, Romanian, Tagalog, Arabic
  // (verifyN F1, F2). Each names the person the mail goes through, never a town.
  's\\/o', 'w\\/o', 'd\\/o', 'δια (?:του|της|των)', 'διά (?:του|της|των)', 'στο σπίτι (?:του|της|των)', 'ten huize van', 'aux soins de',
  'în grija', 'in grija', 'ipinadala kay', 'في بيت'].join('|');
const CARE_OF_ANYWHERE = new RegExp(`℅|(?:^|\\s)(?:${CARE_OF_WORDS})(?=$|[\\s.:])`, 'iu');
/** Swahili "kwa" and "kupitia" (lower case: "Kwa Mashu" and "KwaZulu" are places). */
const CARE_OF_SWAHILI = /(?:^|\s)(?:kwa|kupitia)(?=$|\s)/u;
/**
 * Care-of words that begin town names when capitalised, so only their lower case counts: Swedish "hos", Latvian "pie"
 * ("Pie Town"), Tagalog "kay", Spanish "la familia", and Vietnamese "nhà" ("house of") before a kinship word or title, or left alone once a number word took the name ("nhà bác Ba")
 * ("Nhà Bè" is a district).
 */
const CARE_OF_LOWER_CASE = /(?:^|\s)(?:hos|pie|kay|la familia|nhà (?:bác|ông|bà|anh|chị|cô|chú|em|cậu|dì|thím|mợ)|nhà$)(?=$|\s)/u;
/**
 * "House of" before a person, where the word alone begins town names: Thai บ้าน before a title (บ้านโป่ง is a district),
 * Persian منزل before آقای, خانم or a Persian-spelled name (Tunisia's منزل بورقيبة is a town), Chinese 转交 ("forward to").
 */
const HOUSE_OF_PERSON = /(?:^|\s)(?:บ้าน(?=นางสาว|นาย|นาง|คุณ)|منزل\s+(?=آقای|خانم|\S*[یکگپچژ])|转交|轉交)/u;
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
const CARE_OF_LAST = /(?:\s(?:방|앞|댁|様方|方)|様方|気付|转交|轉交|\s(?:yanında|eliyle|aracılığıyla|vasıtasıyla|részére|kezébe|evi|luona|juures)|\p{Ll}(?:nál|nél))$/u;
/**
 * A care-of word or honorific after a Korean, Chinese or Japanese person's name, glued or not: 씨, 님, 귀하, 댁 ("부산
 * 박영희씨댁"), 様, 様方, 方 (after a town word: 直方 is a town), 気付, 先生, 女士, 小姐, 收, 代收, 转, 转交. Several may
 * stand in a row ("王芳先生转"): each is taken off in turn, and the word left last is the person.
 */
const EAST_ASIAN_PERSON_END = /(?:\s(?:방|앞|댁|方|收)|씨|님|귀하|(?<=[씨님]\s?)댁|様方|様|さま|(?=方$)(?<=\S\s\S+)方|気付|先生|女士|小姐|代收|收|转交|轉交|转|轉)$/u;
/**
 * A post box, in any position ("Nairobi, S.L.P. 1234", "P.O. Box 55", "Postfach 12 34", "ص.ب 123", "ת.ד. 45", "사서함 12"):
 * mail goes there, no one lives there, so it ends the place as a care-of word does. "Box" and "BP" count before a number
 * only ("Box" is a village in Wiltshire).
 */
const PO_BOX = /(?:^|\s)(?:s\.\s?l\.\s?p\.?|p\.?\s?o\.?\s?box|po\s?box|p\.\s?o\.\s?b\.?|gpo\s+box|postfach|postbus|postboks|postbox|boîte postale|b\.\s?p\.|apartado(?:\s+postal)?|apdo\.?|casilla(?:\s+de\s+correo)?|caixa\s+postal|cx\.?\s+postal|casella\s+postale|skrytka\s+pocztowa|skr\.\s?poczt\.?|а\/я|абонентский\s+ящик|ص\.\s?ب\.?|صندوق\s+بريد|ת\.\s?ד\.?|תא\s+דואר|(?:box|bp)(?=\s*\d))(?=$|[\s.:\d])|(?:^|\s)p\.\s?o\.(?=$|\s)|私書箱|郵便私書箱|邮政信箱|郵政信箱|사서함/iu;
/** A house-number word before its number ("Nr. zwölf", "No. 5", "nº 3", "№ 7", "# 12", "Hausnummer 4"): it ends the place. */
const HOUSE_NUMBER_WORD = /(?:^|\s)(?:nr\.?|no\.|nº|n°|№|#|hausnummer|huisnummer)(?=$|[\s\d:#])/iu;
/** A person's title: a part with one names a person, not a place ("M. Martin", "Familie Schmidt", "Sra. Pérez"). */
const PERSON_TITLE = /(?:^|\s)(?:M\.|MM\.|Mme\.?|Mlle\.?|Herr|Herrn|Hrn\.|Frau|Frl\.|Fam\.|Familie|Famille|Familia|Família|Mr\.?|Mrs\.?|Ms\.?|Dr\.|Sr\.|Sra\.|Srta\.|Sig\.|Sig\.ra|Dott\.|Hr\.|Dhr\.|Mevr\.|господину?|госпоже|г-ну?|г-же|السيد|السيدة)(?=$|\s)|\S님$/u;
/** A digit in a numeral system other than 0-9 (Arabic-Indic, Thai, Devanagari, full-width…): no town is written with one. */
const OTHER_DIGIT = /(?![0-9])\p{Nd}/u;
/** A Korean lot: a number after a neighbourhood or village ("우동 1408"); a Korean postcode is written before the town. */
const KOREAN_LOT = /[\uac00-\ud7a3]\s*\d/u;
/** "Thành phố" is a city, though "phố" alone is a street. */
const CITY_WORDS = /thành phố/iu;

/** Whether a word of a region cell is a street's kind ("utca", "Caddesi", "شارع"; "St." is Saint in "St. Gallen"). */
function regionWordIsStreet(word: string, at: number, words: readonly string[]): boolean {
  return isStreetWord(word) && !/^st\.?$/iu.test(word) && !inTownName(words, at);
}

/**
 * "an der", "am", "auf der" and their kin join a town's name to the river, road or hill it lies on ("Neustadt an der
 * Weinstraße", "Weil am Rhein"): a street word after them, last in the part or before a postcode, is that name's end.
 */
const TOWN_NAME_JOIN = /^(?:an|auf|in|ob|unter|vor)\s+(?:der|den|dem)$|^(?:am|an|im|ob)$/iu;
/**
 * A division of a city and its number (verifyN F9): the Vietnamese "Quận 1" and "Phường 12", "District 9",
 * "Arrondissement 5", "Bezirk 10", "Distrito 3", or the number first ("11e arrondissement", "10. Bezirk", "9区", "3구").
 * Such a number names a part of the town, never a house: it is masked before the cell is read (see ADMIN_DIGIT_MARK).
 */
const DIVISION_WORD = 'quận|phường|huyện|xã|thị xã|district|arrondissement|bezirk|distrito|kerület|obvod|dzielnica|municipio|sector|sektor|ward|okrug|округ|район';
const DIVISION_THEN_NUMBER = new RegExp(`(?<=^|[\\s,;])(?:${DIVISION_WORD})\\s*(\\d{1,3})(?=$|[\\s,;])`, 'giu');
const NUMBER_THEN_DIVISION = new RegExp(`(?<=^|[\\s,;])(\\d{1,3})(?:e|er|ème|eme|è|\\.|st|nd|rd|th)?\\s*(?:${DIVISION_WORD})(?=$|[\\s,;])|(?<!\\d)(\\d{1,3})\\s*(?:区|區|구)(?=$|[\\s,;、，])`, 'giu');
/** Private-use characters standing for the digits of a division's number, so no reading takes them for a house number. */
const ADMIN_DIGIT_MARK = 0xe010;

/** The cell with the digits of each city division's number masked ("Quận 1" → "Quận \u{E011}"). */
function withDivisionNumbersMasked(text: string): string {
  const mask = (match: string) => match.replace(/\d/gu, (digit) => String.fromCodePoint(ADMIN_DIGIT_MARK + Number(digit)));
  return text.replace(DIVISION_THEN_NUMBER, mask).replace(NUMBER_THEN_DIVISION, mask);
}

/** The text with masked division digits written 0-9 again. */
function withDivisionNumbersShown(text: string): string {
  return text.replace(/[\u{E010}-\u{E019}]/gu, (mark) => String((mark.codePointAt(0) ?? 0) - ADMIN_DIGIT_MARK));
}

/** Whether the word at `at` is a division's word before its masked number ("Quận" of "Quận 1"), not a street's kind. */
function isDivisionBeforeNumber(words: readonly string[], at: number): boolean {
  return /^[\u{E010}-\u{E019}]/u.test(words[at + 1] ?? '') || /[\u{E010}-\u{E019}]$/u.test(words[at - 1] ?? '');
}

/**
 * Whether the street word at `at` is part of a town's name: after "an der" or "am" and last (or before a postcode:
 * "Neustadt an der Weinstraße 67433"), or the word of a city division before its number ("Quận 1", "Phường 12").
 */
function inTownName(words: readonly string[], at: number): boolean {
  if (isDivisionBeforeNumber(words, at)) return true;
  const joined = [words[at - 2], words[at - 1]].filter((word) => word !== undefined);
  const joins = TOWN_NAME_JOIN.test(words[at - 1] ?? '') || (joined.length === 2 && TOWN_NAME_JOIN.test(joined.join(' ')));
  return joins && at >= 2 && words.slice(at + 1).every((word) => /^\d{4,6}$/u.test(word));
}

/**
 * Whether a part is a town and its district or postcode ("Dublin 8", "Neustadt an der Weinstraße 67433"), not a flat or
 * a street of that shape ("flat 1203", "Hohe Str. 1203"): a street word in it ends a town's name ("an der Weinstraße").
 */
function isTownBesideDistrict(part: string): boolean {
  if (isTownWithDistrict(part)) return true;
  const words = townOfDistrictCity(part)?.split(/\s+/u) ?? [];
  return words.length > 2 && inTownName(words, words.length - 1);
}

/** Whether a part of a place cell reads as a place: no person it is sent to, no number, no street (in a region). */
function partIsPlace(column: 'city' | 'region', part: string, alone: boolean): boolean {
  if (CARE_OF_FIRST.test(part) || AT_SOMEONES.test(part) || placeEndAt(column, part) >= 0 || CARE_OF_LAST.test(part) || PERSON_TITLE.test(part)) return false;
  if (EAST_ASIAN_PERSON_END.test(part)) return false;
  if (OTHER_DIGIT.test(part) || KOREAN_LOT.test(part)) return false;
  // A cell of one part has been read whole already (a street without a number, "Calle Larga", names towns).
  if (!alone && isStreetPart(part.replace(CITY_WORDS, 'Thành')) && !isTownBesideDistrict(part)) return false;
  if (column === 'region') {
    const words = part.replace(CITY_WORDS, '').split(/\s+/u).filter((word) => word !== '');
    // "Bağdat Caddesi", "Kossuth Lajos utca", "Prinsengracht" and "南京路" are streets; "Via" alone may be a town's name.
    if (words.length > 1 ? words.some((word, at) => regionWordIsStreet(word, at, words)) : isStreetInOneWord(words[0] ?? '')) return false;
  }
  return true;
}

/**
 * Where the place in a part ends: at a care-of word ("Oslo v/ Hansen" → at " v/"), a post box ("Nairobi S.L.P. 1234"),
 * a house-number word ("Berlin Nr. 5") or a street word after the part's first word ("München Leopoldstraße", "Warszawa
 * ul. Marszałkowska"); -1 when none is there. What stands from there on is no place.
 */
function placeEndAt(column: 'city' | 'region', part: string): number {
  const found = [CARE_OF_ANYWHERE.exec(part), CARE_OF_LOWER_CASE.exec(part), HOUSE_OF_PERSON.exec(part), CARE_OF_SWAHILI.exec(part), CARE_OF_VIA.exec(part), PO_BOX.exec(part), HOUSE_NUMBER_WORD.exec(part)]
    .filter((match) => match !== null).map((match) => match.index);
  const inTownName = careOfInTownNameAt(part);
  if (inTownName >= 0) found.push(inTownName);
  // A region cell with a street word is a street as a whole ("Kossuth Lajos utca"): partIsPlace reads it.
  const street = column === 'city' ? streetWordAt(part) : -1;
  if (street >= 0) found.push(street);
  return found.length === 0 ? -1 : Math.min(...found);
}

/**
 * Where a street begins after a part's first word: at a street word of the names tables (contact-in-place: "ul.", "rue",
 * "Straße", "caddesi", "شارع", "ถนน…"), or one word before a word written after the street's name ("Köln Hohe Straße" →
 * at " Hohe"); -1 when none. A street word first in the part is read by partIsPlace: "Calle Larga" and "Via" name towns.
 */
function streetWordAt(part: string): number {
  const words = [...part.matchAll(/\S+/gu)];
  for (let i = 1; i < words.length; i++) {
    const word = words[i][0];
    // "St." is Saint in a town's name ("Kanton St. Gallen"); "Thành phố" is a city, though "phố" alone is a street.
    if (!isStreetWord(word) || /^st\.?$/iu.test(word) || (/^phố$/iu.test(word) && /^thành$/iu.test(words[i - 1][0]))) continue;
    if (inTownName(words.map((each) => each[0]), i)) continue;
    // Written after the street's own name, the street begins earlier, and its name may have several words ("Budapest
    // Kossuth Lajos utca"): the town is the part's first word; second in the part, all of it is a street ("Váci utca").
    let at = STREET_WORD_AFTER_ITS_NAME.test(word.replace(/[,;]+$/u, '')) ? Math.min(i - 1, 1) : i;
    // A number just before a street word written before its name is the house number ("Hanoi 12 Phố Huế"), never a
    // town's district as in "Praha 1": the street begins there.
    if (at === i && at >= 2 && HOUSE_NUMBER.test(words[at - 1][0])) at -= 1;
    // A space precedes every word past the first: the index is that space's, as with the care-of words.
    return at === 0 ? 0 : words[at].index - 1;
  }
  return -1;
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
  const person = eastAsianPersonAt(part);
  if (person > 0) {
    const town = part.slice(0, person).trim();
    return [{ text: town, place: partIsPlace(column, town, alone) }, { text: part.slice(person).trim(), place: false }];
  }
  if (person === 0 || CARE_OF_LAST.test(part)) return [{ text: part, place: false }];
  const at = placeEndAt(column, part);
  if (at < 0) return [{ text: part, place: partIsPlace(column, part, alone) }];
  const before = part.slice(0, at).trim();
  return [{ text: before, place: before !== '' && partIsPlace(column, before, alone) }, { text: part.slice(at).trim(), place: false }];
}

/**
 * Where the person named before a Korean, Chinese or Japanese care-of word or honorific begins: the last word left when
 * they are taken off ("부산 박영희 씨 댁" → at "박영희", "上海 由王芳代收" → at "由王芳"); 0 when no town stands before
 * that word or the words are not all Korean, Chinese or Japanese (the whole part names the person); -1 when there is no
 * such word.
 */
function eastAsianPersonAt(part: string): number {
  let rest = part.trim();
  let marked = false;
  // A few stand in a row at most ("박영희 씨 댁", "王芳先生代收"); a cell of thousands is not read thousands of times.
  for (let taken = 0, end = EAST_ASIAN_PERSON_END.exec(rest); end !== null && taken < 4; taken++, end = EAST_ASIAN_PERSON_END.exec(rest)) {
    rest = rest.slice(0, end.index).trimEnd();
    marked = true;
  }
  if (!marked) return -1;
  const words = rest.split(/\s+/u).filter((word) => word !== '');
  if (words.length < 2 || !words.every((word) => EAST_ASIAN_LETTER.test(word) && !/\p{Script=Latin}/u.test(word))) return 0;
  return part.indexOf(rest) + rest.lastIndexOf(words[words.length - 1]);
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
 * The longest a place cell may be, in characters. The longest names of towns ("Krung Thep Mahanakhon Amon Rattanakosin
 * …", 168 letters in Latin; "Llanfairpwllgwyngyll…gogogoch", 58) and a town with its district and postcode fit well
 * within it; a longer cell is a paste gone wrong or hostile, not a place. Reading one took time that grew with the
 * square of its length (the street screens try every position: 20,000 "山" took 13-17 s), so it is not read at all.
 */
export const MAX_PLACE_CHARACTERS = 200;

/** Whether a place cell is short enough to be a place (see MAX_PLACE_CHARACTERS). */
export function placeFitsLength(cell: string): boolean {
  // Counted in code points, once the string is short enough that counting cannot cost: 200 letters are at most 400 units.
  return cell.length <= MAX_PLACE_CHARACTERS || (cell.length <= 2 * MAX_PLACE_CHARACTERS && [...cell.trim()].length <= MAX_PLACE_CHARACTERS);
}

/**
 * The text of a city or region cell to print: the cell when every part of it reads as a place ("Kasan; Tatarstan",
 * "Springfield, IL"), the place beside what is not one ("bei Familie Schmidt, Berlin" → "Berlin", "Budapest, Kiss Péter
 * részére" → "Budapest", "Oslo v/ Hansen" → "Oslo"), or '' when none does (a street, contact details, a third person).
 */
export function printedPlace(column: 'city' | 'region', place: string): string {
  if (place === '' || !placeFitsLength(place)) return '';
  const folded = foldedForReading(place);
  const beforeNumber = beforeNumberOfOtherScript(place);
  const printed = placeOfFolded(column, folded, beforeNumber === '' ? '' : foldedForReading(beforeNumber));
  // Digits are folded for reading only: a cell printed whole is printed as written, and a number that was a word is
  // never printed as a digit.
  if (printed === folded) return /\p{L}/u.test(place) ? place : '';
  // A number left alone ("7734" of "flat 7734") names no place.
  if (!/\p{L}/u.test(printed)) return '';
  return withDivisionNumbersShown(printed.replace(new RegExp(`\\s*${NUMBER_WORD_MARK}\\d`, 'gu'), '')).trim();
}

/**
 * The town of a city cell that screenCity read as a street address, for the normalizer: the town printedPlace finds
 * where screenCity found none or only its first word ("Thành phố Hồ Chí Minh, Quận 1" gave "" and "Quận 1, Thành phố Hồ
 * Chí Minh" gave "Thành", "Bangkok ๑๒/๓" and "東京都港区芝公園4-2-8" gave ""); else the town screenCity found, unchanged.
 * A town blanked by the normalizer could never be printed, since the list prints the normalized city.
 */
export function townBesideStreet(cell: string, screenedTown: string): string {
  const town = printedPlace('city', cell);
  // The whole cell reads as a place ("Thành phố Hồ Chí Minh, Quận 1", "Paris 11e arrondissement"): none of it is a street.
  if (town === cell) return cell;
  if (screenedTown !== '' && screenedTown.includes(' ')) return screenedTown;
  const cutBeforeHouseNumber = town !== '' && numberAndStreetAfter(cell, town);
  return town !== '' && (screenedTown === '' || cutBeforeHouseNumber || cutShort(screenedTown, town, beforeNumberOfOtherScript(cell) !== ''))
    ? town : screenedTown;
}

/**
 * Whether a house number and a street word follow the town in the cell ("Hà Nội 36 Đường Láng"): the street reading
 * takes the word before a number for a street's name ("Αθήνα Ερμού 15"), and so cut such a town to its first word.
 */
function numberAndStreetAfter(cell: string, town: string): boolean {
  if (!cell.startsWith(`${town} `)) return false;
  const [number, street] = cell.slice(town.length).trim().split(/\s+/u);
  return number !== undefined && street !== undefined && HOUSE_NUMBER.test(number) && isStreetWord(street);
}

/**
 * Whether the street reading cut a town short: it kept the first word of the town read by parts, and the word after it
 * was no street's name but "phố" of "Thành phố" or the second word of a town before a number in another script ("Chiang
 * Mai ๒๓"). "Athens Ερμού ١٥" keeps "Athens": "Ερμού" is a Greek street's name before its number.
 */
function cutShort(read: string, town: string, beforeOtherScriptNumber: boolean): boolean {
  return town.startsWith(`${read} `) && (CITY_WORDS.test(town) || beforeOtherScriptNumber);
}

/** The cell as it is read: every digit 0-9, the Arabic comma a comma, a number spelled as words a digit. */
function foldedForReading(text: string): string {
  // The Arabic comma is read as a comma too, so the street reading splits "القاهرة، ١٢ شارع التحرير" as it does Latin.
  const read = withNumberWordsAsDigits(withDivisionNumbersMasked(withDigitsFolded(text).replace(/،/gu, ',').replace(/؛/gu, ';')));
  return read.replace(GREEK_NUMERAL, `$1${NUMBER_WORD_MARK}1`);
}

/** A house number: digits, perhaps with a letter or a slash ("12", "12a", "12/3"). */
const HOUSE_NUMBER = /^\d+[\p{L}]?(?:[/-]\d+)?[,;]?$/u;
/**
 * A Greek numeral: up to four Greek letters and the keraia after them ("ιβ΄" is 12), past a part's first word. A word
 * ends in a keraia only as a number, so it is read as a house number, as "12" is ("Athens Ερμού ιβ΄").
 */
const GREEK_NUMERAL = /(\s)\p{Script=Greek}{1,4}[\u0374\u0384\u02b9'’](?=$|[\s,;])/gu;

const SCRIPTS = ['Latin', 'Greek', 'Cyrillic', 'Armenian', 'Georgian', 'Arabic', 'Hebrew', 'Thai', 'Lao', 'Khmer', 'Myanmar', 'Devanagari',
  'Bengali', 'Gujarati', 'Gurmukhi', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Tibetan', 'Mongolian', 'Han', 'Hangul', 'Hiragana', 'Katakana']
  .map((script) => new RegExp(`\\p{Script=${script}}`, 'u'));

/** The writing system of a letter or digit; -1 for digits every script shares (0-9, full width). */
function scriptIndex(character: string): number {
  return SCRIPTS.findIndex((script) => script.test(character));
}

/**
 * The words before a number written in the digits of another script than theirs ("Bangkok ๑๒/๓" → "Bangkok", "Αθήνα ٣"
 * → "Αθήνα"), '' when there is none: a street's name and its number are written in one script, so the words are no
 * street's name. "Ερμού 15" and "ถนนสุขุมวิท ๑๒" are each in one script and stay a street.
 */
function beforeNumberOfOtherScript(place: string): string {
  const digit = OTHER_DIGIT.exec(place);
  if (digit === null) return '';
  const before = place.slice(0, digit.index).trim();
  const letters = before.match(/\p{L}/gu);
  const digitScript = scriptIndex(digit[0]);
  if (letters === null || digitScript < 0) return '';
  // Words of two scripts before the number ("Athens Ερμού ١٥") are a town and a street: the street reading has them.
  const wordsScript = scriptIndex(letters[0]);
  return wordsScript === digitScript || letters.some((letter) => scriptIndex(letter) !== wordsScript) ? '' : before;
}

/** Marks a number that was written as words: read as a digit, never printed. */
const NUMBER_WORD_MARK = '\u{E000}';

/**
 * The cell with a number spelled as words at the end of a comma part read as one ("Αττική, Ερμού δεκαπέντε", "München
 * Leopoldstraße Nr. zwölf"), so it is a house number as "15" and "12" are. Only past a part's first word and only when
 * every word after it is a number word too: "Dos Hermanas", "Ten Boer" and "Cento" are towns.
 */
function withNumberWordsAsDigits(text: string): string {
  return text.split(/([,，、;；])/u).map((segment) => {
    const words = [...segment.matchAll(/\S+/gu)];
    let from = words.length;
    while (from > 1 && isNumberWord(words[from - 1][0])) from--;
    if (from === words.length) return segment;
    return `${segment.slice(0, words[from].index)}${NUMBER_WORD_MARK}1`;
  }).join('');
}

function placeOfFolded(column: 'city' | 'region', place: string, beforeNumber: string): string {
  const screen = column === 'city' ? screenCity(place) : screenRegion(place);
  if (screen.kind === 'contact') return '';
  // Korean, Chinese and Japanese addresses are written town first without a comma, which the street reading cuts short
  // ("서울 강남구 역삼동 123-45" gave "서울"): the city and district words before the address are read here first.
  // A town and its postcode ("上海市 200000") reads whole, and is printed so.
  const read = placeOfScreened(column, place, screen, true);
  const town = eastAsianTownBefore(place);
  // A region is named without a number: one written after its city and district is a lot or a road's ("부산 해운대구
  // qzroad 7734"), though no street word says so.
  if (read === place && !(column === 'region' && town !== '' && partIsPlace(column, town, true))) return read;
  if (town !== '' && partIsPlace(column, town, true)) return town;
  if (screen.kind !== 'street') return read;
  // screenCity reads a street by its own rules, and lost the town or cut it short: "Thành phố Hồ Chí Minh, Quận 1" ("phố"
  // is a street word), "Recife Caixa Postal 9", "Bangkok ๑๒/๓". The cell is read again by its parts, a part with a
  // number or a street being no place, and that town is printed where screenCity found none or cut it short.
  const again = placeOfScreened(column, beforeNumber === '' ? place : beforeNumber, { kind: 'clean' }, false);
  // Every part reads as a place once a street word in a town's name ("Thành phố") or a city division's number ("Quận 1")
  // is read as the place it is: the cell is printed whole.
  if (again === place) return place;
  const cut = read === '' || cutShort(read, again, beforeNumber !== '') || (again.startsWith(`${read} `) && numberAndStreetAfter(place, again));
  return again !== '' && !PLACE_COMMA.test(again) && cut ? again : read;
}

/** The place in a cell, read by comma parts; a part alone is read whole when `aloneWhole` (see partIsPlace). */
function placeOfScreened(column: 'city' | 'region', place: string, screen: ReturnType<typeof screenCity>, aloneWhole: boolean): string {
  // A street beside the town was read already ("Mazowieckie, ul. Prosta 2" → "Mazowieckie"); the rest is read here.
  const cell = screen.kind === 'street' ? screen.town : place;
  // What is left of a street beside its number may be the street's kind alone ("Soi Sukhumvit 11" keeps "Soi").
  if (cell === '' || (screen.kind === 'street' && isStreetWord(cell))) return '';
  const parts = cell.split(PLACE_PART_SEPARATOR).map((part) => part.trim()).filter((part) => part !== '');
  // A region is named without a number: beside another part, one with a number is a street or a flat, though it has a
  // town's and postcode's shape ("Noord-Holland, Damrak 7734"). A city division's number is masked already ("Quận 1").
  const numberBesideRegion = (part: string) => column === 'region' && parts.length > 1 && /\d/u.test(part);
  // In a city cell, a word and a number beside a town written without one is that town's street ("Amsterdam, Damrak
  // 1203": verifyR2), not its postcode or district, which are written with the town ("Dublin 8, Ireland" names a country).
  const numberBesideTown = (part: string) => column === 'city' && /\d/u.test(part) && parts.some((other) => !/\d/u.test(other)
    && resolveCountry(other) === 'unknown' && partIsPlace(column, other, false));
  const notPlace = (part: string) => numberBesideRegion(part) || (parts.length > 1 && numberBesideTown(part));
  const pieces = parts.flatMap((part) => (notPlace(part) ? [{ text: part, place: false }] : piecesOf(column, part, aloneWhole && parts.length === 1)));
  if (pieces.every((piece) => piece.place)) return cell;
  const places = pieces.filter((piece) => piece.place && piece.text !== '');
  if (places.length === 0) return '';
  // What is not a place follows the town ("Budapest, Kiss Péter részére") or comes before it ("chez Dupont, Paris").
  const firstNot = pieces.findIndex((piece) => !piece.place);
  return pieces.indexOf(places[0]) < firstNot ? places[0].text : places[places.length - 1].text;
}

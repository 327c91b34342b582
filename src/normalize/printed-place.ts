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
const CARE_OF_FIRST = /^(?:bei|chez|p\/a|p\.a\.|attn\.?|attention|to the attention of|care of|z rąk|do rąk|a la atención de|a la att\.?|a\/a|a\/c|aos cuidados de|ao cuidado de|presso|zu händen|z\.\s?hd?\.?|t\.a\.v\.?|ter attentie van|per adres|на имя|для|υπόψη|لعناية|عناية|بعناية)(?=$|[\s.:])/iu;
const CARE_OF_ANYWHERE = /℅|(?:^|\s)(?:c\/o|c\.o\.|chez|attn|p\/a|a\/a|z rąk|do rąk|aos cuidados|a la atención|zu händen|t\.a\.v\.)(?=$|[\s.:])/iu;
/** Polish, Czech, Russian and Serbo-Croatian "at (someone's)": "u Kowalskich", "у Ивановых", "kod Petrovića". */
const AT_SOMEONES = /^(?:u|у|kod|код|pri|при)\s/u;
/** "care of" written after the person's name: Korean 방, 앞 and 댁, Japanese 様方 and 気付, Chinese 转交, Turkish "yanında". */
const CARE_OF_LAST = /(?:\s(?:방|앞|댁|様方|方)|様方|気付|转交|轉交|\s(?:yanında|eliyle|aracılığıyla))$/u;
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
  if (CARE_OF_FIRST.test(part) || AT_SOMEONES.test(part) || CARE_OF_ANYWHERE.test(part) || CARE_OF_LAST.test(part) || PERSON_TITLE.test(part)) return false;
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

/**
 * The text of a city or region cell to print: the cell when it reads as a place, the last comma part that does ("bei
 * Familie Schmidt, Berlin" → "Berlin"), or '' when none does (a street, contact details, a third person).
 */
export function printedPlace(column: 'city' | 'region', place: string): string {
  if (place === '') return '';
  const screen = column === 'city' ? screenCity(place) : screenRegion(place);
  if (screen.kind === 'contact') return '';
  // A street beside the town was read already ("Mazowieckie, ul. Prosta 2" → "Mazowieckie"); the rest is read here.
  const cell = screen.kind === 'street' ? screen.town : place;
  // What is left of a street beside its number may be the street's kind alone ("Soi Sukhumvit 11" keeps "Soi").
  if (cell === '' || (screen.kind === 'street' && isStreetWord(cell))) return '';
  const parts = cell.split(PLACE_COMMA).map((part) => part.trim()).filter((part) => part !== '');
  for (let at = parts.length - 1; at >= 0; at--) {
    if (partIsPlace(column, parts[at], parts.length === 1)) return parts.length === 1 ? cell : parts[at];
  }
  return '';
}

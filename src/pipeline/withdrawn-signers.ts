// The people listed on a sheet of withdrawn signatures (src/read/workbook/withdrawn-sheet.ts), looked up by the keys the
// exact rules merge on: their rows in other sheets and sources are the same person's signature and must leave the
// count with it. A withdrawal sheet is short (a few names), so its rows are held whole, by plain string keys.
import { foldText, nameMatchKey } from '../normalize/fold.js';
import { nameForm, placeKey } from '../dedupe/fuzzy/name-forms.js';
import { nameSkeleton, skeletonsAlike } from '../normalize/name-skeleton.js';
import { nameFormKeys, nameScriptAndParts, phoneKey } from './asked-identity.js';
import type { Signature } from '../types.js';

/** A row of a withdrawal sheet: its source (`file.xlsx#철회`) and Excel row. */
export interface WithdrawalRow {
  source: string;
  row: number;
}

/**
 * How a row meets a withdrawal row: by the same email or phone, or the same name with the same postcode or city (the
 * exact rules; a country given on both must agree); or by the name alone, which is no proof (a common name), or by the
 * name written in another script at the same place ('script': "Иван Соколов" and "Ivan Sokolov" in Moscow, a
 * reading, no proof either): those two are only told.
 */
export type WithdrawalMatch = { by: 'email' | 'phone' | 'postcode' | 'city' | 'name' | 'script'; at: WithdrawalRow };

interface Placed {
  at: WithdrawalRow;
  country: string;
}

/** A withdrawal row's name as another script may write it: its script, consonants and readings (name-skeleton.ts). */
interface WrittenAt extends Placed {
  script: string;
  /** Null for Han and Hangul, compared by their readings (`readings`). */
  skeleton: string[] | null;
  readings: string[];
}

export class WithdrawnSigners {
  private readonly byEmail = new Map<string, WithdrawalRow>();
  private readonly byPhone = new Map<string, WithdrawalRow>();
  private readonly byPostcode = new Map<string, Placed[]>();
  private readonly byCity = new Map<string, Placed[]>();
  private readonly byName = new Map<string, WithdrawalRow>();
  /** Names by place ("p|postcode", "c|city"), for a name written in another script (told, never taken off). */
  private readonly byPlace = new Map<string, WrittenAt[]>();

  get size(): number {
    return this.byEmail.size + this.byPhone.size + this.byName.size;
  }

  add(who: Signature, at: WithdrawalRow): void {
    if (who.emailKey && !this.byEmail.has(who.emailKey)) this.byEmail.set(who.emailKey, at);
    const phone = phoneKey(who.phone);
    if (phone !== '' && !this.byPhone.has(phone)) this.byPhone.set(phone, at);
    if (!who.nameKey) return;
    const name = nameMatchKey(who.nameKey);
    const placed = { at, country: countryOf(who) };
    if (who.postcodeKey) push(this.byPostcode, `${name}|${who.postcodeKey}`, placed);
    if (who.cityKey) push(this.byCity, `${name}|${who.cityKey}`, placed);
    if (!this.byName.has(name)) this.byName.set(name, at);
    const places = placesOf(who);
    if (places.length === 0) return;
    const parts = namePartsOf(who);
    const written: WrittenAt = { ...placed, script: nameScriptAndParts(parts).script, skeleton: nameSkeleton(parts), readings: readingsOf(who) };
    for (const key of places) push(this.byPlace, key, written);
  }

  /** The withdrawal row a signature is the same person as, strongest rule first; null when none names them. */
  match(who: Signature): WithdrawalMatch | null {
    const email = who.emailKey ? this.byEmail.get(who.emailKey) : undefined;
    if (email) return { by: 'email', at: email };
    const phone = this.byPhone.size > 0 ? this.byPhone.get(phoneKey(who.phone)) : undefined;
    if (phone) return { by: 'phone', at: phone };
    if (!who.nameKey) return null;
    const name = nameMatchKey(who.nameKey);
    const country = countryOf(who);
    // A withdrawal sheet often lists a name and a city only: a country it leaves out is no disagreement.
    const agrees = (placed: Placed) => placed.country === '' || country === '' || placed.country === country;
    const postcode = who.postcodeKey ? this.byPostcode.get(`${name}|${who.postcodeKey}`)?.find(agrees) : undefined;
    if (postcode) return { by: 'postcode', at: postcode.at };
    const city = who.cityKey ? this.byCity.get(`${name}|${who.cityKey}`)?.find(agrees) : undefined;
    if (city) return { by: 'city', at: city.at };
    const named = this.byName.get(name);
    if (named) return { by: 'name', at: named };
    const across = this.byPlace.size > 0 ? this.otherScriptAtPlace(who, agrees) : undefined;
    return across ? { by: 'script', at: across.at } : null;
  }

  /**
   * A withdrawal row at the signature's postcode or city whose name is the signature's written in another script:
   * alike consonants ("Иван Соколов", "Ivan Sokolov"), or one reading of Hangul or Han ("김민준", "Kim Minjun").
   */
  private otherScriptAtPlace(who: Signature, agrees: (placed: Placed) => boolean): WrittenAt | undefined {
    const candidates = placesOf(who).flatMap((key) => this.byPlace.get(key) ?? []).filter(agrees);
    if (candidates.length === 0) return undefined;
    const parts = namePartsOf(who);
    const script = nameScriptAndParts(parts).script;
    if (script === '') return undefined;
    const skeleton = nameSkeleton(parts);
    const readings = readingsOf(who);
    return candidates.find((written) => written.script !== script && written.script !== ''
      && (skeleton !== null && written.skeleton !== null ? skeletonsAlike(skeleton, written.skeleton) : readings.some((key) => written.readings.includes(key))));
  }
}

function countryOf(who: Signature): string {
  return who.country === 'unknown' || who.countryUnrecognised ? '' : who.country;
}

/** The keys of a row's places: its postcode, and its city as the fuzzy matcher reads it across scripts. */
function placesOf(who: Signature): string[] {
  const keys: string[] = [];
  if (who.postcodeKey) keys.push(`p|${who.postcodeKey}`);
  const city = who.cityKey || foldText(who.city ?? '');
  if (city) keys.push(`c|${placeKey(city)}`);
  return keys;
}

/** The name as written, in its words: its script and consonants are read from these. */
function namePartsOf(who: Signature): string[] {
  const name = who.name.trim();
  if (name !== '') return name.split(/\s+/u);
  return [who.given.trim(), who.family.trim()].filter((part) => part !== '');
}

/**
 * A name's readings as the fuzzy matcher compares them (Hangul and Han romanized, Korean surnames as Hangul), from its
 * given and family names where known: "김민준" is read as 김 and 민준, as "Kim Minjun" is.
 */
function readingsOf(who: Signature): string[] {
  const split = [who.given.trim(), who.family.trim()].filter((part) => part !== '');
  const parts = split.length > 0 ? split : namePartsOf(who);
  return nameFormKeys(parts.map((part) => nameForm(part))).filter((key) => key !== '');
}

function push<T>(map: Map<string, T[]>, key: string, placed: T): void {
  const list = map.get(key);
  if (list) list.push(placed);
  else map.set(key, [placed]);
}

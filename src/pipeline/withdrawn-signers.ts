// The people listed on a sheet of withdrawn signatures (src/read/workbook/withdrawn-sheet.ts), looked up by the keys the
// exact rules merge on: their rows in other sheets and sources are the same person's signature and must leave the
// count with it. A withdrawal sheet is short (a few names), so its rows are held whole, by plain string keys.
import { nameMatchKey } from '../normalize/fold.js';
import type { Signature } from '../types.js';

/** A row of a withdrawal sheet: its source (`file.xlsx#철회`) and Excel row. */
export interface WithdrawalRow {
  source: string;
  row: number;
}

/**
 * How a row meets a withdrawal row: by the same email, or the same name with the same postcode or city (the exact
 * rules; a country given on both must agree), or by the name alone, which is no proof (a common name) and is only told.
 */
export type WithdrawalMatch = { by: 'email' | 'postcode' | 'city' | 'name'; at: WithdrawalRow };

interface Placed {
  at: WithdrawalRow;
  country: string;
}

export class WithdrawnSigners {
  private readonly byEmail = new Map<string, WithdrawalRow>();
  private readonly byPostcode = new Map<string, Placed[]>();
  private readonly byCity = new Map<string, Placed[]>();
  private readonly byName = new Map<string, WithdrawalRow>();

  get size(): number {
    return this.byEmail.size + this.byName.size;
  }

  add(who: Signature, at: WithdrawalRow): void {
    if (who.emailKey && !this.byEmail.has(who.emailKey)) this.byEmail.set(who.emailKey, at);
    if (!who.nameKey) return;
    const name = nameMatchKey(who.nameKey);
    const placed = { at, country: countryOf(who) };
    if (who.postcodeKey) push(this.byPostcode, `${name}|${who.postcodeKey}`, placed);
    if (who.cityKey) push(this.byCity, `${name}|${who.cityKey}`, placed);
    if (!this.byName.has(name)) this.byName.set(name, at);
  }

  /** The withdrawal row a signature is the same person as, strongest rule first; null when none names them. */
  match(who: Signature): WithdrawalMatch | null {
    const email = who.emailKey ? this.byEmail.get(who.emailKey) : undefined;
    if (email) return { by: 'email', at: email };
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
    return named ? { by: 'name', at: named } : null;
  }
}

function countryOf(who: Signature): string {
  return who.country === 'unknown' || who.countryUnrecognised ? '' : who.country;
}

function push(map: Map<string, Placed[]>, key: string, placed: Placed): void {
  const list = map.get(key);
  if (list) list.push(placed);
  else map.set(key, [placed]);
}

// A rejected row's anonymity wish, and who it belongs to by the keys the exact rules merge on: the same person's
// accepted rows are shown as anonymous whether their rows meet by email or, as paper lines and most exports without
// email do, by name and postcode or name and city (adv11c A1).
import type { MatchTable } from '../dedupe/match-table.js';
import { NONE } from '../dedupe/match-table.js';
import { hashOut, hashString64 } from '../dedupe/hash-string64.js';
import { nameMatchKey } from '../normalize/fold.js';
import { countryBucket, UNRECOGNISED_COUNTRY } from '../tally/country-bucket.js';
import { msg, withText } from '../i18n/message.js';
import { english } from '../i18n/translator.js';
import type { Problem, Rejection, Signature } from '../types.js';
import type { EachEmail } from '../dedupe/spill/spilled-table.js';

export type AskedIdentity = Pick<Signature, 'emailKey' | 'nameKey' | 'postcodeKey' | 'cityKey' | 'country' | 'countryUnrecognised'>;

/** Whether an exact rule could merge the row with another: an email, or a name with a postcode or city. */
export function identifies(who: AskedIdentity): boolean {
  return who.emailKey !== '' || (who.nameKey !== '' && (who.postcodeKey !== '' || who.cityKey !== ''));
}

interface ByPlace {
  rejection: Rejection;
  hasPostcode: boolean;
}

function hashKey(text: string): string {
  hashString64(text);
  return `${hashOut[0]}:${hashOut[1]}`;
}

/** The country the exact rules compare: a cell naming no country matches a blank one (MatchTable.matchCountry). */
function matchCountryName(who: AskedIdentity): string {
  const bucket = countryBucket(who);
  return bucket === UNRECOGNISED_COUNTRY ? 'unknown' : bucket;
}

/** The wishes of rejected rows, looked up by email, by name + postcode + country and by name + city + country. */
export class RejectedWishes {
  private readonly byEmail = new Map<string, Rejection>();
  private readonly byPostcode = new Map<string, ByPlace>();
  private readonly byCity = new Map<string, ByPlace>();

  get size(): number {
    return this.byEmail.size + this.byPostcode.size + this.byCity.size;
  }

  add(who: AskedIdentity, rejection: Rejection): void {
    if (who.emailKey) this.byEmail.set(hashKey(who.emailKey), rejection);
    if (!who.nameKey) return;
    const name = hashKey(nameMatchKey(who.nameKey));
    const country = matchCountryName(who);
    const hasPostcode = who.postcodeKey !== '';
    if (hasPostcode) this.byPostcode.set(`${name}|${who.postcodeKey}|${country}`, { rejection, hasPostcode });
    if (who.cityKey) this.byCity.set(`${name}|${who.cityKey}|${country}`, { rejection, hasPostcode });
  }

  /**
   * Marks as anonymous the signer of every accepted row one of the wishes belongs to, and returns a warning per
   * rejected row: by email with how many rows, by name naming each accepted row hidden, so the organizer can check
   * that it is the same person. The rejected row stays rejected, so read = rejected + accepted holds.
   */
  withhold(anonymous: Uint8Array, cluster: Int32Array, table: MatchTable): Problem[] {
    const byEmail = new Map<Rejection, number>();
    const byName: Array<{ rejection: Rejection; place: 'postcode' | 'city'; row: number }> = [];
    for (let i = 0; i < table.size; i++) {
      const email = table.hasEmail(i) ? this.byEmail.get(`${table.emailHi(i)}:${table.emailLo(i)}`) : undefined;
      if (email) {
        anonymous[cluster[i]] = 1;
        byEmail.set(email, (byEmail.get(email) ?? 0) + 1);
        continue;
      }
      const named = table.hasName(i) ? this.byName(table, i) : null;
      if (!named) continue;
      anonymous[cluster[i]] = 1;
      byName.push({ ...named, row: i });
    }
    const problems = [...byEmail].map(([rejection, rows]) => warning(rejection, msg('problem.anonymity-from-rejected-row', { rows })));
    for (const { rejection, place, row } of byName) {
      problems.push(warning(rejection, msg('problem.anonymity-from-rejected-row-by-name', { place, source: table.sources.name(table.source(row)), row: table.row(row) })));
    }
    return problems;
  }

  /** The same for rows spilled to disk, whose emails are read back but whose names and places are not kept. */
  withholdByEmail(anonymous: Uint8Array, cluster: Int32Array, eachEmail: EachEmail): Problem[] {
    const byEmail = new Map<Rejection, number>();
    eachEmail((i, hi, lo) => {
      const rejection = this.byEmail.get(`${hi}:${lo}`);
      if (!rejection) return;
      anonymous[cluster[i]] = 1;
      byEmail.set(rejection, (byEmail.get(rejection) ?? 0) + 1);
    });
    return [...byEmail].map(([rejection, rows]) => warning(rejection, msg('problem.anonymity-from-rejected-row', { rows })));
  }

  /** The wish of a rejected row the accepted row `i` would have merged with by the name rules, if any. */
  private byName(table: MatchTable, i: number): { rejection: Rejection; place: 'postcode' | 'city' } | null {
    const key = `${table.nameHi(i)}:${table.nameLo(i)}`;
    const country = table.countries.name(table.matchCountry(i));
    const postcode = table.postcode(i);
    if (postcode !== NONE) {
      const found = this.byPostcode.get(`${key}|${table.postcodes.name(postcode)}|${country}`);
      if (found) return { rejection: found.rejection, place: 'postcode' };
    }
    const city = table.city(i);
    if (city === NONE) return null;
    const found = this.byCity.get(`${key}|${table.cities.name(city)}|${country}`);
    // Two postcodes on one name and city are two people (exact-dedupe's rule 3): a city alone decides only when a postcode is missing.
    return found && (!found.hasPostcode || postcode === NONE) ? { rejection: found.rejection, place: 'city' } : null;
  }
}

function warning(rejection: Rejection, text: ReturnType<typeof msg>): Problem {
  return withText({ source: rejection.source, row: rejection.row, line: rejection.line, code: 'anonymity_from_rejected_row', message: english().say(text) }, text);
}

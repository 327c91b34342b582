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
import { ShardedMap } from '../dedupe/sharded-map.js';

export type AskedIdentity = Pick<Signature, 'emailKey' | 'nameKey' | 'postcodeKey' | 'cityKey' | 'country' | 'countryUnrecognised'>;

/** Whether an exact rule could merge the row with another: an email, or a name with a postcode or city. */
export function identifies(who: AskedIdentity): boolean {
  return who.emailKey !== '' || (who.nameKey !== '' && (who.postcodeKey !== '' || who.cityKey !== ''));
}

interface ByPlace {
  /** The rejected row's place in RejectedWishes.rejections. */
  wish: number;
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
  // Sharded, and holding numbers (a place in `rejections`) rather than keyed by the rejection: one entry per rejected
  // row asking for anonymity, and a big export may reject millions of rows.
  private readonly rejections: Rejection[] = [];
  private readonly byEmail = new ShardedMap<string, number>();
  private readonly byPostcode = new ShardedMap<string, ByPlace>();
  private readonly byCity = new ShardedMap<string, ByPlace>();

  get size(): number {
    return this.byEmail.size + this.byPostcode.size + this.byCity.size;
  }

  add(who: AskedIdentity, rejection: Rejection): void {
    const wish = this.rejections.length;
    this.rejections.push(rejection);
    if (who.emailKey) this.byEmail.set(hashKey(who.emailKey), wish);
    if (!who.nameKey) return;
    const name = hashKey(nameMatchKey(who.nameKey));
    const country = matchCountryName(who);
    const hasPostcode = who.postcodeKey !== '';
    if (hasPostcode) this.byPostcode.set(`${name}|${who.postcodeKey}|${country}`, { wish, hasPostcode });
    if (who.cityKey) this.byCity.set(`${name}|${who.cityKey}|${country}`, { wish, hasPostcode });
  }

  /**
   * Marks as anonymous the signer of every accepted row one of the wishes belongs to, and returns a warning per
   * rejected row: by email with how many rows, by name naming each accepted row hidden, so the organizer can check
   * that it is the same person. The rejected row stays rejected, so read = rejected + accepted holds.
   */
  withhold(anonymous: Uint8Array, cluster: Int32Array, table: MatchTable): Problem[] {
    const byEmail = new RowsPerWish(this.rejections);
    const byName: Array<{ rejection: Rejection; place: 'postcode' | 'city'; row: number }> = [];
    for (let i = 0; i < table.size; i++) {
      const email = table.hasEmail(i) ? this.byEmail.get(`${table.emailHi(i)}:${table.emailLo(i)}`) : undefined;
      if (email !== undefined) {
        anonymous[cluster[i]] = 1;
        byEmail.count(email);
        continue;
      }
      const named = table.hasName(i) ? this.byName(table, i) : null;
      if (!named) continue;
      anonymous[cluster[i]] = 1;
      byName.push({ ...named, row: i });
    }
    const problems = byEmail.warnings();
    for (const { rejection, place, row } of byName) {
      problems.push(warning(rejection, msg('problem.anonymity-from-rejected-row-by-name', { place, source: table.sources.name(table.source(row)), row: table.row(row) })));
    }
    return problems;
  }

  /** The same for rows spilled to disk, whose emails are read back but whose names and places are not kept. */
  withholdByEmail(anonymous: Uint8Array, cluster: Int32Array, eachEmail: EachEmail): Problem[] {
    const byEmail = new RowsPerWish(this.rejections);
    eachEmail((i, hi, lo) => {
      const wish = this.byEmail.get(`${hi}:${lo}`);
      if (wish === undefined) return;
      anonymous[cluster[i]] = 1;
      byEmail.count(wish);
    });
    return byEmail.warnings();
  }

  /** The wish of a rejected row the accepted row `i` would have merged with by the name rules, if any. */
  private byName(table: MatchTable, i: number): { rejection: Rejection; place: 'postcode' | 'city' } | null {
    const key = `${table.nameHi(i)}:${table.nameLo(i)}`;
    const country = table.countries.name(table.matchCountry(i));
    const postcode = table.postcode(i);
    if (postcode !== NONE) {
      const found = this.byPostcode.get(`${key}|${table.postcodes.name(postcode)}|${country}`);
      if (found) return { rejection: this.rejections[found.wish], place: 'postcode' };
    }
    const city = table.city(i);
    if (city === NONE) return null;
    const found = this.byCity.get(`${key}|${table.cities.name(city)}|${country}`);
    // Two postcodes on one name and city are two people (exact-dedupe's rule 3): a city alone decides only when a postcode is missing.
    return found && (!found.hasPostcode || postcode === NONE) ? { rejection: this.rejections[found.wish], place: 'city' } : null;
  }
}

/** Accepted rows hidden per rejected row, in the order the rejected rows are first met (a warning each). */
class RowsPerWish {
  private readonly met: number[] = [];
  private readonly rows: Float64Array;

  constructor(private readonly rejections: readonly Rejection[]) {
    this.rows = new Float64Array(rejections.length);
  }

  count(wish: number): void {
    if (this.rows[wish]++ === 0) this.met.push(wish);
  }

  warnings(): Problem[] {
    return this.met.map((wish) => warning(this.rejections[wish], msg('problem.anonymity-from-rejected-row', { rows: this.rows[wish] })));
  }
}

function warning(rejection: Rejection, text: ReturnType<typeof msg>): Problem {
  return withText({ source: rejection.source, row: rejection.row, line: rejection.line, code: 'anonymity_from_rejected_row', message: english().say(text) }, text);
}

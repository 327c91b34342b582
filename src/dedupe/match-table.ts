// The compact per-row keys of accepted signatures that dedupe and tally work on: no Signature objects are kept.
import type { Signature } from '../types.js';
import { IdColumn, Int32Column, TimeColumn, Uint16Column } from './chunked-column.js';
import { hashOut, hashString64, hashString64Without } from './hash-string64.js';
import { Interner } from './interner.js';
import { countryBucket, UNRECOGNISED_COUNTRY } from '../tally/country-bucket.js';
import { givenIdentity } from '../normalize/korean-skeleton.js';
import { koreanDistrict } from '../normalize/city-from-korean-address.js';

export interface MatchTableOptions {
  /** YYYY-MM-DD of an instant in the campaign's time zone (byDay keys). */
  dayOf: (signedAt: number) => string;
}

/** Int32 slots of one row as a spilled record (MatchTable.writeRecord / addRecord): where each column goes. */
export const RECORD_INTS = 15;
export const AT_EMAIL_HI = 0;
export const AT_EMAIL_LO = 1;
export const AT_NAME_HI = 2;
export const AT_NAME_LO = 3;
const AT_GIVEN = 4;
const AT_GIVEN_INITIAL = 5;
export const AT_POSTCODE = 6;
export const AT_CITY = 7;
export const AT_COUNTRY = 8;
export const AT_SOURCE = 9;
export const AT_LANGUAGE = 10;
const AT_ROW = 11;
/** Two slots: the float64 bits of the signing time. */
const AT_TIME = 12;
const AT_DISTRICT = 14;
/** The code unit nameMatchKey takes out of a name key. */
const SPACE = 0x20;
const timeBits = new Float64Array(1);
const timeHalves = new Int32Array(timeBits.buffer);

/** 32 bits are enough for given names: they are only compared between rows of one email. 0 means none. */
function givenHash(givenKey: string): number {
  if (givenKey === '') return 0;
  hashString64(givenKey);
  return hashOut[1] || 1;
}

/** The value every id column uses for "not given": id 0 of the postcode and city interners. */
export const NONE = 0;
export const UNKNOWN = 'unknown';

/**
 * Rows are numbered 0, 1, … in the order they were added (acceptance order); that number is the
 * row's identity everywhere downstream (DedupeOutcome arrays, Link.a/b).
 *
 * 31 to 50 bytes a row: 64-bit hashes of emailKey and nameKey; a 32-bit hash and the first letter of givenKey;
 * signedAt (4 bytes while every time is a whole second, else 8); interned ids of postcodeKey, cityKey, country,
 * source and language, and the row number in its file, each 1, 2 or 4 bytes wide as their values need.
 * The day is not stored: it is looked up from signedAt (memoized per quarter hour).
 * Columns grow in chunks of 65,536 rows, so memory tracks the row count with neither a doubling peak nor copying.
 */
export class MatchTable {
  readonly postcodes: Interner;
  readonly cities: Interner;
  /** A Korean address's city and district ("서울 금천구"); id 0 (NONE) where a row names none. */
  readonly districts: Interner;
  readonly countries: Interner;
  readonly sources: Interner;
  readonly languages: Interner;
  /** Id 0 is 'unknown': rows without a signing time. */
  readonly days: Interner;

  private readonly emailHiCol = new Int32Column();
  private readonly emailLoCol = new Int32Column();
  private readonly nameHiCol = new Int32Column();
  private readonly nameLoCol = new Int32Column();
  private readonly givenCol = new Int32Column();
  private readonly givenInitialCol = new Uint16Column();
  private readonly postcodeCol = new IdColumn();
  private readonly cityCol = new IdColumn();
  private readonly districtCol = new IdColumn();
  private readonly countryCol = new IdColumn();
  private readonly sourceCol = new IdColumn();
  private readonly languageCol = new IdColumn();
  /** Unknown signing times are stored as +Infinity, so they sort after every known one. */
  private readonly timeCol = new TimeColumn();
  private readonly rowCol = new IdColumn();
  private length = 0;

  private readonly dayOf: (signedAt: number) => string;
  // Day ids memoized per quarter hour: UTC offsets change only on quarter-hour boundaries.
  private readonly dayByQuarter = new Map<number, number>();
  private lastQuarter = Number.NaN;
  private lastDay = 0;
  /** matchCountryOf's id of UNRECOGNISED_COUNTRY (-1 while not interned), as of `countriesSeen` interned countries. */
  private unrecognisedId = -1;
  private countriesSeen = -1;

  /** With `sharing`, the new table uses that table's interned ids, so records move between the two unchanged. */
  constructor(options: MatchTableOptions, sharing?: MatchTable) {
    this.dayOf = options.dayOf;
    this.postcodes = sharing?.postcodes ?? new Interner(['']);
    this.cities = sharing?.cities ?? new Interner(['']);
    this.districts = sharing?.districts ?? new Interner(['']);
    this.countries = sharing?.countries ?? new Interner();
    this.sources = sharing?.sources ?? new Interner();
    this.languages = sharing?.languages ?? new Interner();
    this.days = sharing?.days ?? new Interner([UNKNOWN]);
  }

  /** An empty table on the same interned ids (and day lookup) as this one. */
  emptyLikeThis(): MatchTable {
    return new MatchTable({ dayOf: this.dayOf }, this);
  }

  /** Forgets every row but keeps the columns' memory for the rows added next (and the interned ids). */
  clearRows(): void {
    this.length = 0;
  }

  /** Writes row i as RECORD_INTS int32s at out[at…]. */
  writeRecord(i: number, out: Int32Array, at: number): void {
    out[at + AT_EMAIL_HI] = this.emailHiCol.get(i);
    out[at + AT_EMAIL_LO] = this.emailLoCol.get(i);
    out[at + AT_NAME_HI] = this.nameHiCol.get(i);
    out[at + AT_NAME_LO] = this.nameLoCol.get(i);
    out[at + AT_GIVEN] = this.givenCol.get(i);
    out[at + AT_GIVEN_INITIAL] = this.givenInitialCol.get(i);
    out[at + AT_POSTCODE] = this.postcodeCol.get(i);
    out[at + AT_CITY] = this.cityCol.get(i);
    out[at + AT_DISTRICT] = this.districtCol.get(i);
    out[at + AT_COUNTRY] = this.countryCol.get(i);
    out[at + AT_SOURCE] = this.sourceCol.get(i);
    out[at + AT_LANGUAGE] = this.languageCol.get(i);
    out[at + AT_ROW] = this.rowCol.get(i);
    timeBits[0] = this.timeCol.get(i);
    out[at + AT_TIME] = timeHalves[0];
    out[at + AT_TIME + 1] = timeHalves[1];
  }

  /** Adds a row written by writeRecord (of this table or one sharing its ids); returns its index. */
  addRecord(record: Int32Array, at: number): number {
    const i = this.length;
    this.emailHiCol.set(i, record[at + AT_EMAIL_HI]);
    this.emailLoCol.set(i, record[at + AT_EMAIL_LO]);
    this.nameHiCol.set(i, record[at + AT_NAME_HI]);
    this.nameLoCol.set(i, record[at + AT_NAME_LO]);
    this.givenCol.set(i, record[at + AT_GIVEN]);
    this.givenInitialCol.set(i, record[at + AT_GIVEN_INITIAL]);
    this.postcodeCol.set(i, record[at + AT_POSTCODE]);
    this.cityCol.set(i, record[at + AT_CITY]);
    this.districtCol.set(i, record[at + AT_DISTRICT]);
    this.countryCol.set(i, record[at + AT_COUNTRY]);
    this.sourceCol.set(i, record[at + AT_SOURCE]);
    this.languageCol.set(i, record[at + AT_LANGUAGE]);
    this.rowCol.set(i, record[at + AT_ROW]);
    this.timeCol.set(i, recordTime(record, at));
    this.length = i + 1;
    return i;
  }

  /** Adds one accepted signature; returns its index (0-based, in acceptance order). */
  add(sig: Signature): number {
    const i = this.length;
    hashString64(sig.emailKey);
    this.emailHiCol.set(i, hashOut[0]);
    this.emailLoCol.set(i, hashOut[1]);
    // hashString64(nameMatchKey(sig.nameKey)): the key without its spaces.
    hashString64Without(sig.nameKey, SPACE);
    this.nameHiCol.set(i, hashOut[0]);
    this.nameLoCol.set(i, hashOut[1]);
    // Given names are compared in one form for every script and romanization: 혜원 and Hyewon are one name.
    const given = givenIdentity(sig.givenKey);
    this.givenCol.set(i, givenHash(given));
    this.givenInitialCol.set(i, given === '' ? 0 : given.charCodeAt(0));
    this.postcodeCol.set(i, sig.postcodeKey === '' ? NONE : this.postcodes.id(sig.postcodeKey));
    this.cityCol.set(i, sig.cityKey === '' ? NONE : this.cities.id(sig.cityKey));
    const district = koreanDistrict(sig.city) || koreanDistrict(sig.street);
    this.districtCol.set(i, district === '' ? NONE : this.districts.id(district));
    this.countryCol.set(i, this.countries.id(countryBucket(sig)));
    this.sourceCol.set(i, this.sources.id(sig.source));
    this.languageCol.set(i, this.languages.id(sig.language === '' ? UNKNOWN : sig.language));
    const time = sig.signedAt ?? Number.POSITIVE_INFINITY;
    this.timeCol.set(i, time);
    if (sig.signedAt !== null) this.dayId(sig.signedAt);
    this.rowCol.set(i, sig.row);
    this.length = i + 1;
    return i;
  }

  get size(): number {
    return this.length;
  }

  /** Interned YYYY-MM-DD of an instant (epoch ms), or id 0 'unknown' for +Infinity. */
  dayIdOf(signedAt: number): number {
    return signedAt === Number.POSITIVE_INFINITY ? 0 : this.dayId(signedAt);
  }

  private dayId(signedAt: number): number {
    const quarter = Math.floor(signedAt / 900_000);
    if (quarter === this.lastQuarter) return this.lastDay;
    let id = this.dayByQuarter.get(quarter);
    if (id === undefined) {
      id = this.days.id(this.dayOf(signedAt));
      // Bounded like tz-clock's caches: a few years of quarter hours, whatever the dates.
      if (this.dayByQuarter.size >= 200_000) this.dayByQuarter.clear();
      this.dayByQuarter.set(quarter, id);
    }
    this.lastQuarter = quarter;
    this.lastDay = id;
    return id;
  }

  emailHi(i: number): number {
    return this.emailHiCol.get(i);
  }
  emailLo(i: number): number {
    return this.emailLoCol.get(i);
  }
  /** True when the row has a valid canonical email. */
  hasEmail(i: number): boolean {
    return (this.emailHiCol.get(i) | this.emailLoCol.get(i)) !== 0;
  }
  sameEmail(a: number, b: number): boolean {
    return this.emailHiCol.get(a) === this.emailHiCol.get(b) && this.emailLoCol.get(a) === this.emailLoCol.get(b);
  }
  nameHi(i: number): number {
    return this.nameHiCol.get(i);
  }
  nameLo(i: number): number {
    return this.nameLoCol.get(i);
  }
  hasName(i: number): boolean {
    return (this.nameHiCol.get(i) | this.nameLoCol.get(i)) !== 0;
  }
  /** 32-bit hash of givenIdentity(givenKey); 0 when there is none. */
  given(i: number): number {
    return this.givenCol.get(i);
  }
  /** True when the given name's identity is one letter: an initial, not clearly different from a name it starts. */
  givenIsInitial(i: number): boolean {
    const initial = this.givenInitialCol.get(i);
    return initial !== 0 && this.givenCol.get(i) === givenHash(String.fromCharCode(initial));
  }
  /** First UTF-16 unit of the given name's identity; 0 when there is none. */
  givenInitial(i: number): number {
    return this.givenInitialCol.get(i);
  }
  /** Interned postcodeKey; NONE (0) when there is none. Name: postcodes.name(id). */
  postcode(i: number): number {
    return this.postcodeCol.get(i);
  }
  /** Interned Korean city and district; NONE (0) when the row names none. */
  district(i: number): number {
    return this.districtCol.get(i);
  }

  /** Interned cityKey; NONE (0) when there is none. Name: cities.name(id). */
  city(i: number): number {
    return this.cityCol.get(i);
  }
  /** Interned ISO 3166-1 alpha-2 code or 'unknown'. Name: countries.name(id). */
  country(i: number): number {
    return this.countryCol.get(i);
  }
  /**
   * The country id exact matching compares: a cell naming no country ("Atlantis") matches a blank one, as it did
   * before the tally counted the two apart.
   */
  matchCountry(i: number): number {
    return this.matchCountryOf(this.countryCol.get(i));
  }
  /** matchCountry of an interned country id, for records read back from disk. */
  matchCountryOf(id: number): number {
    // Asked for every row of every name group: the unrecognised bucket's id is looked up again only when the
    // interner has grown, not hashed from its name each time.
    if (this.countries.size !== this.countriesSeen) {
      this.countriesSeen = this.countries.size;
      this.unrecognisedId = this.countries.find(UNRECOGNISED_COUNTRY);
    }
    return id === this.unrecognisedId ? this.countries.id(UNKNOWN) : id;
  }
  /** Interned source path as given. Name: sources.name(id). */
  source(i: number): number {
    return this.sourceCol.get(i);
  }
  /** Interned language, 'unknown' when none. Name: languages.name(id). */
  language(i: number): number {
    return this.languageCol.get(i);
  }
  /** Interned YYYY-MM-DD, or id 0 'unknown'. Name: days.name(id). Looked up (memoized) rather than stored. */
  day(i: number): number {
    return this.dayIdOf(this.timeCol.get(i));
  }
  /** Epoch ms, or null when unknown. */
  signedAt(i: number): number | null {
    const time = this.timeCol.get(i);
    return time === Number.POSITIVE_INFINITY ? null : time;
  }
  /** Epoch ms, +Infinity when unknown: the order in which "earliest" is decided. */
  sortTime(i: number): number {
    return this.timeCol.get(i);
  }
  /** True when row a signed before row b; equal or unknown times fall back to input order. */
  earlier(a: number, b: number): boolean {
    const ta = this.timeCol.get(a);
    const tb = this.timeCol.get(b);
    return ta < tb || (ta === tb && a < b);
  }
  /** 1-based data record number within its source file. */
  row(i: number): number {
    return this.rowCol.get(i);
  }
}

/** The signing time of a spilled record: epoch ms, +Infinity when unknown. */
export function recordTime(record: Int32Array, at: number): number {
  timeHalves[0] = record[at + AT_TIME];
  timeHalves[1] = record[at + AT_TIME + 1];
  return timeBits[0];
}

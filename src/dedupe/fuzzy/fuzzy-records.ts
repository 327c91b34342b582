// A slim per-row store of what fuzzy comparisons need, filled while reading so full Signatures need not be kept.

import { koreanDistrict } from '../../normalize/city-from-korean-address.js';
import { foldText } from '../../normalize/fold.js';
import { canonicalPhone } from '../../normalize/canonical-phone.js';
import type { Signature } from '../../types.js';
import { nameForm, placeKey, type NameForm } from './name-forms.js';
import { GrowableInt32, ValueTable } from './value-table.js';
import { ShardedMap } from '../sharded-map.js';

const NOT_DIGIT = /\D+/g;
const SPACES = /\s+/g;
const LINE_BREAK = /\s*[\n;,]\s*/;

/** Distinct name parts and their comparable forms, shared by given and family names so swapped orders compare. */
export class NameTable {
  readonly raw = new ValueTable();
  readonly forms: NameForm[] = [];
  /** Interned canonical, skeleton and first-word forms: equal forms have equal ids. */
  readonly canonical = new ValueTable();
  canonicalId: number[] = [];
  skeletonId: number[] = [];
  chineseSkeletonId: number[] = [];
  /** How often each canonical form is used as a given name and as a family name (term frequencies). */
  readonly givenCounts: number[] = [];
  readonly familyCounts: number[] = [];
  private readonly skeletons = new ValueTable();

  add(part: string, asFamily: boolean): number {
    const id = this.raw.add(part);
    if (id < 0) return -1;
    if (id === this.forms.length) {
      const form = nameForm(part);
      this.forms.push(form);
      const canonical = this.canonical.add(form.canonical);
      this.canonicalId.push(canonical);
      this.skeletonId.push(this.skeletons.add(form.skeleton));
      this.chineseSkeletonId.push(this.skeletons.add(form.chineseSkeleton));
      while (this.givenCounts.length <= canonical) {
        this.givenCounts.push(0);
        this.familyCounts.push(0);
      }
    }
    const canonical = this.canonicalId[id];
    if (canonical >= 0) {
      if (asFamily) this.familyCounts[canonical]++;
      else this.givenCounts[canonical]++;
    }
    return id;
  }
}

const WHITESPACE = /\s+/;

export class FuzzyRecords {
  readonly sources = new ValueTable();
  readonly names = new NameTable();
  readonly emails = new ValueTable();
  readonly emailLocals = new ValueTable();
  readonly emailDomains = new ValueTable();
  readonly postcodes = new ValueTable();
  readonly cities = new ValueTable();
  readonly regions = new ValueTable();
  readonly streets = new ValueTable();
  readonly streetLines2 = new ValueTable();
  readonly countries = new ValueTable();
  readonly birthDates = new ValueTable();
  readonly idNumbers = new ValueTable();
  /** Phone numbers in their international digits (canonical-phone.ts). */
  readonly phones = new ValueTable();
  /** A Korean address's city and district ("서울 금천구"), from the city cell or the address (koreanDistrict). */
  readonly districts = new ValueTable();

  /** Signing time per row (epoch ms; Infinity when unknown): ties are broken by it, never by input order. */
  readonly signedAt: number[] = [];

  readonly columns = {
    source: new GrowableInt32(),
    row: new GrowableInt32(),
    given: new GrowableInt32(),
    family: new GrowableInt32(),
    /** The name read with the boundary after its first word (see add); -1 where there is no other reading. */
    otherGiven: new GrowableInt32(),
    otherFamily: new GrowableInt32(),
    /**
     * How many words the name is written in ("王芳" one, "王 芳" two): the given and family split above does not say,
     * and a row in another script at the same place is hidden by it (RejectedWishes, outside tester J, F8).
     */
    nameWords: new GrowableInt32(),
    email: new GrowableInt32(),
    emailLocal: new GrowableInt32(),
    emailDomain: new GrowableInt32(),
    postcode: new GrowableInt32(),
    city: new GrowableInt32(),
    region: new GrowableInt32(),
    street: new GrowableInt32(),
    street2: new GrowableInt32(),
    country: new GrowableInt32(),
    birthDate: new GrowableInt32(),
    idNumber: new GrowableInt32(),
    phone: new GrowableInt32(),
    district: new GrowableInt32(),
  };

  /** Adds one accepted signature; rows are numbered in the order added, as the exact engine numbers them. */
  add(sig: Signature): void {
    const c = this.columns;
    c.source.push(this.sources.add(sig.source));
    c.row.push(sig.row);
    this.signedAt.push(sig.signedAt ?? Infinity);
    const family = sig.family;
    // A name the normalizer could not split (a Japanese name in kana, say) is compared as one given name; a name
    // cell that only asks not to be named ("Anonymous": no name key) is no name to compare.
    const given = sig.given || family ? sig.given : sig.nameKey === '' ? '' : sig.name;
    c.given.push(this.names.add(given.trim(), false));
    c.family.push(this.names.add(family.trim(), true));
    // "Laura Giménez Gallego" is read given "Laura Giménez", family "Gallego"; a Spanish or Portuguese signer means
    // "Laura", "Giménez Gallego". Where the given part holds more than one word, the other reading is kept too.
    const words = given.trim().split(WHITESPACE);
    const otherSplit = words.length > 1 && family.trim() !== '';
    c.otherGiven.push(otherSplit ? this.names.add(words[0], false) : -1);
    c.otherFamily.push(otherSplit ? this.names.add(`${words.slice(1).join(' ')} ${family.trim()}`, true) : -1);
    c.nameWords.push(sig.nameKey === '' ? 0 : sig.name.split(WHITESPACE).filter((word) => word !== '').length);

    const at = sig.emailKey.lastIndexOf('@');
    c.email.push(this.emails.add(sig.emailKey));
    c.emailLocal.push(at > 0 ? this.emailLocals.add(sig.emailKey.slice(0, at)) : -1);
    c.emailDomain.push(at > 0 ? this.emailDomains.add(sig.emailKey.slice(at + 1)) : -1);

    c.postcode.push(this.postcodes.add(sig.postcodeKey));
    c.city.push(this.cities.add(this.cityKey(sig.cityKey || foldText(sig.city))));
    c.region.push(this.regions.add(sig.region ? foldText(sig.region) : ''));
    const [line1 = '', ...rest] = sig.street ? sig.street.split(LINE_BREAK) : [];
    c.street.push(this.streets.add(foldText(line1)));
    c.street2.push(this.streetLines2.add(foldText(rest.join(' '))));
    c.country.push(this.countries.add(sig.country === 'unknown' ? '' : sig.country));
    c.birthDate.push(this.birthDates.add(sig.birthDate.replace(NOT_DIGIT, '')));
    c.idNumber.push(this.idNumbers.add(foldText(sig.idNumber).replace(SPACES, '')));
    c.phone.push(this.phones.add(sig.phone ? canonicalPhone(sig.phone, sig.country) : ''));
    c.district.push(this.districts.add(koreanDistrict(sig.city) || koreanDistrict(line1)));
  }

  get size(): number {
    return this.columns.source.length;
  }

  private readonly placeKeys = new ShardedMap<string, string>();

  /** "서울" compares equal to "Seoul": Hangul place names are romanized once per distinct value. */
  private cityKey(folded: string): string {
    let key = this.placeKeys.get(folded);
    if (key === undefined) {
      key = placeKey(folded);
      this.placeKeys.set(folded, key);
    }
    return key;
  }

  /** The record's valid email, normalized as the exact rules compare it; '' when it has none. */
  emailOf(index: number): string {
    const id = this.columns.email.get(index);
    return id < 0 ? '' : this.emails.values[id];
  }

  /** The (source, row) of a stored record, as review files and decisions name it. */
  where(index: number): { source: string; row: number } {
    return { source: this.sources.values[this.columns.source.get(index)], row: this.columns.row.get(index) };
  }
}

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
import { GrowableInt32 } from '../dedupe/fuzzy/value-table.js';
import type { FuzzyRecords } from '../dedupe/fuzzy/fuzzy-records.js';
import { nameForm, placeKey, type NameForm } from '../dedupe/fuzzy/name-forms.js';
import { foldText } from '../normalize/fold.js';
import { jaroWinkler } from '../dedupe/fuzzy/jaro-winkler.js';
import { nameSkeleton, ROMANIZED_SCRIPT, romanizedPart, skeletonsAlike } from '../normalize/name-skeleton.js';
import { ALIKE_ACROSS_SCRIPTS } from '../dedupe/fuzzy/transliterated-names.js';
import { mayBeOnePerson, type WrittenPart } from './may-be-one-person.js';

export type AskedIdentity = Pick<Signature, 'emailKey' | 'nameKey' | 'postcodeKey' | 'cityKey' | 'country' | 'countryUnrecognised'>
  & Partial<Pick<Signature, 'phone' | 'given' | 'family' | 'name' | 'city'>>;

/** Whether an exact rule could merge the row with another: an email, or a name with a postcode or city. */
export function identifies(who: AskedIdentity): boolean {
  return who.emailKey !== '' || (who.nameKey !== '' && (who.postcodeKey !== '' || who.cityKey !== ''));
}

/**
 * Whether a rejected row names a person its wish can be carried to: by the exact rules' keys, by a phone, or (when
 * `byNameAlone`) by a name alone, matched across scripts and spellings; where places cannot tell, the accepted row
 * is hidden as a doubt, with a warning.
 */
export function findable(who: AskedIdentity, byNameAlone = true): boolean {
  return identifies(who) || phoneKey(who.phone ?? '') !== '' || (byNameAlone && who.nameKey !== '');
}

/**
 * A phone number as two rows of one person give it: the last nine digits, so "010-1234-5678" and
 * "+82 10-1234-5678" agree; '' for fewer than seven digits (no phone).
 */
export function phoneKey(phone: string): string {
  // Most rows have no phone: asked of every accepted row, the Unicode passes over '' were a thirtieth of count --exact.
  if (phone === '') return '';
  const digits = phone.normalize('NFKC').replace(/\D+/gu, '');
  return digits.length < 7 ? '' : digits.slice(-9);
}

/**
 * A name in a form its other spellings share: each part romanized (Hangul, Han), a Korean surname as its Hangul
 * ("Kim", "Gim", "김"), a given name by its romanization skeleton ("Chulsoo", "철수"), the parts in either order.
 * The Korean and the Chinese skeleton are two keys; '' when no name.
 */
export function nameFormKeys(parts: ReadonlyArray<NameForm | null>): [string, string] {
  const forms = parts.filter((form): form is NameForm => form !== null && form.compact !== '');
  if (forms.length === 0) return ['', ''];
  const korean = forms.map((form) => (form.canonical !== form.compact ? form.canonical : form.skeleton || form.compact)).sort().join(' ');
  const chinese = forms.map((form) => form.chineseSkeleton || form.compact).sort().join(' ');
  return [korean, chinese];
}

/** The name parts of a signature or a rejected row, as the fuzzy matcher reads them. */
function namePartsOf(who: AskedIdentity): string[] {
  // No name key: no name, or a name cell that only asks not to be named ("Anonymous").
  if (who.nameKey === '') return [];
  const given = (who.given ?? '').trim();
  const family = (who.family ?? '').trim();
  if (given !== '' || family !== '') return [given, family].filter((part) => part !== '');
  return (who.name ?? '').trim().split(/\s+/u).filter((part) => part !== '');
}

/** The name of a signature or a rejected row as written, in its words ("王芳" one, "王 芳" two). */
function writtenParts(who: AskedIdentity): string[] {
  if (who.nameKey === '') return [];
  const name = (who.name ?? '').trim();
  return name !== '' ? name.split(/\s+/u) : namePartsOf(who);
}

/** A rejected row's wish as the looser matching reads it: by phone, and by name forms with its places. */
interface LooseWish {
  wish: number;
  country: string;
  postcode: string;
  place: string;
  /** The romanization skeleton of the given name, beside a Korean surname ("Jorsu" for 철수); '' otherwise. */
  given?: string;
  /** That given name as written, when it is written in Hangul ("철수"); '' otherwise. */
  givenInHangul?: string;
}

/** Given names whose skeletons are this alike beside one surname may be one name spelled two ways (철수, Chulsoo). */
const ALIKE_GIVEN = 0.85;
/** Rejected rows compared by surname with one accepted row at most: beyond, a common surname is left to the exact keys. */
const MAX_BY_SURNAME = 256;

/** The Korean surname (as Hangul) and the given name's skeleton of a two-part name, with the given name's place, or null. */
function surnameAndGiven(parts: ReadonlyArray<NameForm | null>): { surname: string; given: string; givenAt: 0 | 1 } | null {
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  const [a, b] = parts;
  const surname = (form: NameForm) => form.canonical !== form.compact;
  if (surname(b) && !surname(a)) return { surname: b.canonical, given: a.skeleton, givenAt: 0 };
  if (surname(a) && !surname(b)) return { surname: a.canonical, given: b.skeleton, givenAt: 1 };
  if (surname(a) && surname(b)) return { surname: b.canonical, given: a.skeleton, givenAt: 0 };
  return null;
}

const HANGUL_ONLY = /^[\uac00-\ud7a3]+$/u;

/** A given name as written when it is all Hangul, else '': two such names that differ are two names (민준, 민지). */
function inHangul(written: string | undefined): string {
  const text = (written ?? '').trim();
  return HANGUL_ONLY.test(text) ? text : '';
}

/** Rejected rows compared across scripts with one accepted row at most, per place: beyond, the place tells too little. */
const MAX_BY_PLACE = 256;

/**
 * The scripts a name may be written in, for the carry-over across scripts by place (outside tester J, F8): any
 * letter outside these is 'other', which is still another script than Latin. Hiragana and katakana are one (kana).
 */
const NAME_SCRIPTS: ReadonlyArray<[string, RegExp]> = [
  ['latin', /\p{Script=Latin}/u], ['cyrillic', /\p{Script=Cyrillic}/u], ['greek', /\p{Script=Greek}/u], ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u], ['thai', /\p{Script=Thai}/u], ['devanagari', /\p{Script=Devanagari}/u], ['bengali', /\p{Script=Bengali}/u],
  ['tamil', /\p{Script=Tamil}/u], ['han', /\p{Script=Han}/u], ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u], ['hangul', /\p{Script=Hangul}/u],
  ['georgian', /\p{Script=Georgian}/u], ['armenian', /\p{Script=Armenian}/u], ['ethiopic', /\p{Script=Ethiopic}/u], ['khmer', /\p{Script=Khmer}/u],
  ['lao', /\p{Script=Lao}/u], ['myanmar', /\p{Script=Myanmar}/u],
];
/**
 * A Japanese name in kana, or in Han and kana, is often written without a space ("たなかたろう"): one part may be any
 * number. Han alone and Hangul have a reading the name keys compare ("王芳" is no "Li Wei"); Han read as Japanese
 * beside Latin letters is acrossScripts' doubt.
 */
const UNSPACED_SCRIPTS = /^(?:han\+)?kana$/u;
/** A name with no letter outside the Latin script. */
const LATIN_ONLY = /^[\p{Script=Latin}\P{L}]*$/u;
/** More name parts than this are compared as this many: "Maria del Carmen Lopez Garcia" is one long name. */
const MAX_NAME_PARTS = 4;

/**
 * A name's script ("latin", "arabic", "han+kana"…; '' when it has no letter) and how many parts it is written in
 * (`words`, when known: the name as written, which a split into given and family names does not keep).
 */
export function nameScriptAndParts(parts: readonly string[], words?: number): { script: string; parts: number } {
  const text = parts.join(' ');
  const count = Math.min(words ?? text.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length, MAX_NAME_PARTS);
  // Most names are in Latin letters alone: one test, not one per letter (every accepted row is asked once a wish exists).
  if (LATIN_ONLY.test(text)) return { script: /\p{L}/u.test(text) ? 'latin' : '', parts: count };
  const scripts = new Set<string>();
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue;
    const found = NAME_SCRIPTS.find(([, pattern]) => pattern.test(char));
    scripts.add(found ? found[0] : 'other');
  }
  return { script: [...scripts].sort().join('+'), parts: count };
}

/** Scripts that write a whole name, family and given name, as one run ("김민수", "王芳", "たなかたろう", "田中たろう"). */
const ONE_RUN_SCRIPTS = /^(?:hangul|han|kana|han\+kana)$/u;

/**
 * Whether a name as written stands for one person where only its script, its number of parts and its place are
 * compared, with no reading (otherScriptAtPlace, and the doubt between Han and Latin letters): two parts or more, or a
 * run of two letters or more in a script that writes a whole name as one ("김민수", "田中太郎"). One word of another
 * script ("Kim", "Иван", "محمد") is a family or a given name alone, which many people in one city share: an anonymous
 * "Kim" in Seoul hid every one-word name in Hangul there (left27). Beside it only the usual rules tell: the email, the
 * phone, the name's readings.
 */
function standsForOnePerson(script: string, parts: number, text: string): boolean {
  if (parts >= 2) return true;
  return ONE_RUN_SCRIPTS.test(script) && text.replace(/\P{L}+/gu, '').length >= 2;
}

/** A name in Han, or in Han and kana, written as one run ("田中太郎"): a Japanese name may be any number of Latin parts. */
const UNSPACED_OR_HAN = /^(?:han\+)?kana$|^han$/u;
/** Scripts that join an article or a prefix to a name part ("المصري" for "Al Masri") or split a compound ("عبد الرحمن"). */
const ABJAD = new Set(['arabic', 'hebrew']);
/** Indic scripts, where a middle name of the Latin spelling ("Rahul Kumar Sharma") is often left out ("राहुल शर्मा"). */
const INDIC = new Set(['devanagari', 'bengali', 'tamil']);

/**
 * The part counts a wish's name in `wishScript` may have for a name of `parts` parts in `script` (outside tester K,
 * F3/F4): one more or fewer between Latin letters and an abjad; a Japanese name in Han as one run in Japan; one fewer in an Indic script than in Latin letters, so
 * "Rahul Sharma" beside "राहुल कुमार शर्मा" (one more part in Devanagari) stays told apart.
 */
function partCountsAcross(script: string, parts: number, wishScript: string, country: string): string[] {
  const counts = partCountsFor(script, parts);
  // A Japanese name in Han as one run ("田中太郎") beside its Latin spelling in parts ("Tanaka Taro"), in Japan.
  if (country === 'JP' && parts === 1 && UNSPACED_OR_HAN.test(script) && wishScript === 'latin') return [...counts, '2', '3', '4'];
  if (country === 'JP' && script === 'latin' && UNSPACED_OR_HAN.test(wishScript)) return [...counts, '1'];
  const near = (delta: number) => (parts + delta >= 1 && parts + delta <= MAX_NAME_PARTS ? [String(parts + delta)] : []);
  if ((script === 'latin' && ABJAD.has(wishScript)) || (ABJAD.has(script) && wishScript === 'latin')) return [...counts, ...near(-1), ...near(1)];
  if (script === 'latin' && INDIC.has(wishScript)) return [...counts, ...near(-1)];
  if (INDIC.has(script) && wishScript === 'latin') return [...counts, ...near(1)];
  return counts;
}

/** The script a place is written in ('' without a letter), as a name's script is read. */
function placeScriptOf(place: string): string {
  return nameScriptAndParts([place], 1).script;
}

/** The part counts a name of `parts` parts in `script` may be written with in another script. */
function partCountsFor(script: string, parts: number): string[] {
  if (parts === 1 && UNSPACED_SCRIPTS.test(script)) return Array.from({ length: MAX_NAME_PARTS }, (_, i) => String(i + 1)).concat('any');
  return [String(parts), 'any'];
}

/** How a name is written, for a carry-over across scripts: each part in Latin letters, or Han with no reading. */
interface WrittenName {
  script: 'latin' | 'romanized' | 'han';
  /** Each part in Latin letters a-z ('' for Han). */
  parts: string[];
}

/** The written form of a name's parts (NameForm.compact is folded: Cyrillic and Greek stay, Han is pinyin). */
function writtenName(forms: ReadonlyArray<NameForm | null>): WrittenName | null {
  const present = forms.filter((form): form is NameForm => form !== null && form.compact !== '');
  if (present.length === 0) return null;
  if (present.some((form) => form.han)) return { script: 'han', parts: [] };
  const romanized = present.some((form) => ROMANIZED_SCRIPT.test(form.compact));
  const parts = present.map((form) => (romanized ? romanizedPart(form.compact) : form.compact.toLowerCase().replace(/[^a-z]+/gu, '').replace(/oy/gu, 'ou')));
  return { script: romanized ? 'romanized' : 'latin', parts };
}

/** Whether two names' parts, romanized, are alike part by part, in either order. */
function alikeAcrossScripts(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length === 0 || a.length > 3) return false;
  const alike = (x: string, y: string) => x !== '' && y !== '' && jaroWinkler(x, y) >= ALIKE_ACROSS_SCRIPTS;
  if (a.every((part, i) => alike(part, b[i]))) return true;
  return a.length === 2 && alike(a[0], b[1]) && alike(a[1], b[0]);
}

/** The initials of a romanized name's parts, sorted: "Ivan Petrov" and "Иван Петров" both give "ip". */
function initialsOf(name: WrittenName): string {
  return name.parts.map((part) => part.charAt(0)).sort().join('');
}

/**
 * Where a wish is filed for the comparison across scripts: by postcode and by place with its name's initials, so a
 * big city's list stays short; a Han name, and a Latin one that may be a Japanese signer's, by postcode alone.
 */
function placeKeys(name: WrittenName, country: string, postcode: string, place: string): string[] {
  const keys: string[] = [];
  if (name.script === 'han' || (name.script === 'latin' && (country === 'JP' || country === ''))) {
    if (postcode !== '') keys.push(`${country}|${postcode}|${name.script}`);
    if (name.script === 'han') return keys;
  }
  const initials = initialsOf(name);
  if (postcode !== '') keys.push(`${country}|${postcode}#${initials}`);
  if (place !== '') keys.push(`${country}@${place}#${initials}`);
  return keys;
}

/** Where an accepted row's name in one script finds wishes in another (placeKeys), the wish's country blank or its own. */
function lookupKeys(own: WrittenName, country: string, postcode: string, place: string): string[] {
  const keys: string[] = [];
  for (const wishCountry of country === '' ? [''] : [country, '']) {
    if (own.script === 'han') {
      if (postcode !== '') keys.push(`${wishCountry}|${postcode}|latin`);
      continue;
    }
    if (own.script === 'latin' && postcode !== '') keys.push(`${wishCountry}|${postcode}|han`);
    const initials = initialsOf(own);
    if (postcode !== '') keys.push(`${wishCountry}|${postcode}#${initials}`);
    if (place !== '') keys.push(`${wishCountry}@${place}#${initials}`);
  }
  return keys;
}

/** A rejected row's wish by its place, for the comparison across scripts. */
interface PlacedWish extends LooseWish {
  name: WrittenName;
}

/** A wish filed by its place and its name's script, with the consonants of its name (null: Han or Hangul). */
interface ScriptWish {
  wish: number;
  skeleton: string[] | null;
}

interface ByPlace {
  /** The rejected row's place in RejectedWishes.rejections. */
  wish: number;
  hasPostcode: boolean;
}

function pushTo<T>(map: ShardedMap<string, T[]>, key: string, wish: T): void {
  const wishes = map.get(key);
  if (wishes) wishes.push(wish);
  else map.set(key, [wish]);
}

/** The address without a `+tag` in its local part ('' stays ''). */
function withoutPlusTag(email: string): string {
  const at = email.lastIndexOf('@');
  const plus = email.indexOf('+');
  return plus > 0 && plus < at ? email.slice(0, plus) + email.slice(at) : email;
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

/** The row a wish was read from, named in the warning. */
type WishRow = Pick<Rejection, 'source' | 'row' | 'line'>;

/**
 * The wishes of rejected rows, looked up by email, by name + postcode + country and by name + city + country; or
 * (`accepted`) of accepted rows that asked for anonymity, carried to the rows of other signers that could be the same
 * person by the looser reading alone (phone, a name in another spelling or script): the exact keys merged those
 * already. A valid signature protects at least as much as a rejected one (outside tester C, F2).
 */
export class RejectedWishes {
  // Sharded, and holding numbers (a place in `rejections`) rather than keyed by the rejection: one entry per rejected
  // row asking for anonymity, and a big export may reject millions of rows.
  private readonly rejections: WishRow[] = [];
  private readonly byEmail = new ShardedMap<string, number>();
  /** Accepted rows' wishes by email, with their names, for the household's other person on that email. */
  private readonly byEmailNamed = new ShardedMap<string, Array<{ wish: number; parts: WrittenPart[] }>>();
  private readonly byPostcode = new ShardedMap<string, ByPlace>();
  private readonly byCity = new ShardedMap<string, ByPlace>();
  private readonly byPhone = new ShardedMap<string, number>();
  private readonly byNameForm = new ShardedMap<string, LooseWish[]>();
  private readonly bySurname = new ShardedMap<string, LooseWish[]>();
  /** Wishes by country and postcode, and by country and place, with their names as written (the carry-over across scripts). */
  private readonly byPlace = new ShardedMap<string, PlacedWish[]>();
  /**
   * Wishes by place, name script and number of name parts: "p|country|postcode|script|parts", "c|country|place|…" (every
   * wish) and "C|country|place|…" (wishes without a postcode); country '*' holds every wish, '' those without one.
   */
  private readonly byScriptAtPlace = new ShardedMap<string, ScriptWish[]>();
  /** The name scripts of the wishes in byScriptAtPlace. */
  private readonly wishScripts = new Set<string>();
  /** The scripts the places of the wishes are written in ("latin", "han"…), for the keys "s|…" and "S|…" of byScriptAtPlace. */
  private readonly placeScripts = new Set<string>();
  /** Each accepted row's phone, hashed (0: none), in the order the rows are numbered. */
  private readonly acceptedPhones = new GrowableInt32();

  constructor(private readonly accepted = false) {}

  get size(): number {
    return this.byEmail.size + this.byEmailNamed.size + this.byPostcode.size + this.byCity.size + this.byPhone.size + this.byNameForm.size + this.bySurname.size + this.byPlace.size
      + this.byScriptAtPlace.size;
  }

  /** Notes an accepted row's phone (rows in the order the match table numbers them). */
  addAccepted(phone: string): void {
    const key = phoneKey(phone);
    if (key === '') {
      this.acceptedPhones.push(0);
      return;
    }
    hashString64(key);
    this.acceptedPhones.push(hashOut[0] | 1);
  }

  add(who: AskedIdentity, rejection: WishRow): void {
    const wish = this.rejections.length;
    this.rejections.push(rejection);
    if (who.emailKey && !this.accepted) this.byEmail.set(hashKey(who.emailKey), wish);
    // bob+petition@outlook.com is delivered to bob@outlook.com on most mail systems: outside Gmail the tag still counts
    // for matching (folding it would change delivered signers' ledger keys), but a wish reaches the untagged mailbox.
    const mailbox = withoutPlusTag(who.emailKey);
    if (mailbox !== who.emailKey) this.byEmail.set(hashKey(mailbox), wish);
    const phone = phoneKey(who.phone ?? '');
    if (phone !== '') {
      hashString64(phone);
      this.byPhone.set(String(hashOut[0] | 1), wish);
    }
    const loose: LooseWish = {
      wish, country: who.country === 'unknown' || who.countryUnrecognised ? '' : who.country, postcode: who.postcodeKey,
      place: who.cityKey || who.city ? placeKey(who.cityKey || foldText(who.city ?? '')) : '',
    };
    const nameParts = namePartsOf(who);
    const forms = nameParts.map((part) => nameForm(part));
    if (who.emailKey && this.accepted) pushTo(this.byEmailNamed, hashKey(who.emailKey), { wish, parts: nameParts.map((raw, at) => ({ raw, form: forms[at] })) });
    for (const key of new Set(nameFormKeys(forms))) if (key !== '') pushTo(this.byNameForm, key, loose);
    const korean = surnameAndGiven(forms);
    if (korean && korean.given !== '') pushTo(this.bySurname, korean.surname, { ...loose, given: korean.given, givenInHangul: inHangul(nameParts[korean.givenAt]) });
    const written = writtenName(forms);
    if (written) {
      const placed: PlacedWish = { ...loose, name: written };
      for (const key of placeKeys(written, loose.country, loose.postcode, loose.place)) pushTo(this.byPlace, key, placed);
    }
    this.fileByScript(writtenParts(who), loose, wish);
    if (!who.nameKey || this.accepted) return;
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
  withhold(anonymous: Uint8Array, cluster: Int32Array, table: MatchTable, records: FuzzyRecords | null = null): Problem[] {
    const byEmail = new RowsPerWish(this.rejections);
    const byName: Array<{ rejection: WishRow; place: 'postcode' | 'city'; row: number }> = [];
    const alike: Array<{ rejection: WishRow; how: 'phone' | 'name' | 'unsure' | 'script' | 'place' | 'email'; row: number }> = [];
    for (let i = 0; i < table.size; i++) {
      // An accepted row's wish is carried only to signers not hidden already (its own signer asked it).
      if (this.accepted && anonymous[cluster[i]] === 1) continue;
      const email = table.hasEmail(i) ? this.byEmail.get(`${table.emailHi(i)}:${table.emailLo(i)}`) : undefined;
      if (email !== undefined) {
        anonymous[cluster[i]] = 1;
        byEmail.count(email);
        continue;
      }
      const household = this.byEmailNamed.size > 0 && table.hasEmail(i) ? this.householdWish(i, table, records) : null;
      if (household) {
        anonymous[cluster[i]] = 1;
        alike.push({ rejection: household, how: 'email', row: i });
        continue;
      }
      const named = table.hasName(i) ? this.byName(table, i) : null;
      if (named) {
        anonymous[cluster[i]] = 1;
        byName.push({ ...named, row: i });
        continue;
      }
      const like = this.alike(i, records);
      if (!like) continue;
      anonymous[cluster[i]] = 1;
      alike.push({ ...like, row: i });
    }
    const problems = byEmail.warnings();
    for (const { rejection, place, row } of byName) {
      problems.push(warning(rejection, msg('problem.anonymity-from-rejected-row-by-name', { place, source: table.sources.name(table.source(row)), row: table.row(row) })));
    }
    const alikeKey = this.accepted ? 'problem.anonymity-from-anonymous-row-alike' : 'problem.anonymity-from-rejected-row-alike';
    for (const { rejection, how, row } of alike) {
      const text = msg(alikeKey, { how, source: table.sources.name(table.source(row)), row: table.row(row) });
      problems.push(this.accepted ? warning(rejection, text, 'anonymity_from_anonymous_row') : warning(rejection, text));
    }
    return problems;
  }

  /**
   * The wish of an anonymous row on the email of accepted row `i`, another signer (the exact rules kept it as a
   * household's other person), whose name may be the same person's (may-be-one-person.ts). Without the fuzzy records'
   * names (--exact) nothing tells: every such row is hidden.
   */
  private householdWish(i: number, table: MatchTable, records: FuzzyRecords | null): WishRow | null {
    const wishes = this.byEmailNamed.get(`${table.emailHi(i)}:${table.emailLo(i)}`);
    if (!wishes) return null;
    const own: WrittenPart[] = [];
    if (records && i < records.size) {
      for (const id of [records.columns.given.get(i), records.columns.family.get(i)]) {
        if (id >= 0) own.push({ raw: records.names.raw.values[id] ?? '', form: records.names.forms[id] });
      }
    }
    const found = records ? wishes.find((wish) => mayBeOnePerson(wish.parts, own)) : wishes[0];
    return found ? this.rejections[found.wish] : null;
  }

  /** The rejected row with the phone of accepted row `i`, if any. */
  private phoneWish(i: number): number | undefined {
    const phone = i < this.acceptedPhones.length ? this.acceptedPhones.get(i) : 0;
    return phone !== 0 && this.byPhone.size > 0 ? this.byPhone.get(String(phone)) : undefined;
  }

  /**
   * The wish of a rejected row the accepted row `i` is the same person as by a looser reading than the exact rules':
   * the same phone, or the same name in any script or spelling in the same country with a postcode or city in
   * common ('name'), or with no place to tell them apart ('unsure': hidden, as the signer may have asked). A
   * different postcode, or a different city, is another person. Names are read from the fuzzy records, so an
   * --exact run matches by phone only.
   */
  private alike(i: number, records: FuzzyRecords | null): { rejection: WishRow; how: 'phone' | 'name' | 'unsure' | 'script' | 'place' } | null {
    const byPhone = this.phoneWish(i);
    if (byPhone !== undefined) return { rejection: this.rejections[byPhone], how: 'phone' };
    if (!records || this.byNameForm.size === 0 || i >= records.size) return null;
    const c = records.columns;
    const formOf = (id: number) => (id < 0 ? null : records.names.forms[id]);
    const country = records.countries.values[c.country.get(i)] ?? '';
    const postcode = records.postcodes.values[c.postcode.get(i)] ?? '';
    const place = records.cities.values[c.city.get(i)] ?? '';
    const rawPart = (id: number) => (id < 0 ? '' : records.names.raw.values[id] ?? '');
    const readings = [[formOf(c.given.get(i)), formOf(c.family.get(i))]];
    const written = [[rawPart(c.given.get(i)), rawPart(c.family.get(i))]];
    if (c.otherGiven.get(i) >= 0) {
      readings.push([formOf(c.otherGiven.get(i)), formOf(c.otherFamily.get(i))]);
      written.push([rawPart(c.otherGiven.get(i)), rawPart(c.otherFamily.get(i))]);
    }
    let unsure: WishRow | null = null;
    const placesTell = (wish: LooseWish): 'same' | 'different' | 'cannot tell' => {
      if (wish.country !== '' && country !== '' && wish.country !== country) return 'different';
      if ((wish.postcode !== '' && wish.postcode === postcode) || (wish.place !== '' && wish.place === place)) return 'same';
      const postcodesDiffer = wish.postcode !== '' && postcode !== '' && wish.postcode !== postcode;
      const placesDiffer = wish.place !== '' && place !== '' && wish.place !== place;
      return postcodesDiffer || placesDiffer ? 'different' : 'cannot tell';
    };
    for (const [at, reading] of readings.entries()) {
      for (const key of nameFormKeys(reading)) {
        for (const wish of (key === '' ? undefined : this.byNameForm.get(key)) ?? []) {
          const places = placesTell(wish);
          if (places === 'same') return { rejection: this.rejections[wish.wish], how: 'name' };
          if (places === 'cannot tell') unsure ??= this.rejections[wish.wish];
        }
      }
      // One surname and given names spelled alike (이철수, Lee Chulsoo): maybe one person; hidden as a doubt. Two given
      // names both written in Hangul are read as written: 민준 and 민지 are two names (verifyR2 F11).
      const korean = unsure ? null : surnameAndGiven(reading);
      const wishes = korean ? this.bySurname.get(korean.surname) : undefined;
      if (!korean || !wishes || wishes.length > MAX_BY_SURNAME) continue;
      const ownInHangul = inHangul(written[at][korean.givenAt]);
      for (const wish of wishes) {
        if (ownInHangul !== '' && wish.givenInHangul && wish.givenInHangul !== ownInHangul) continue;
        if (placesTell(wish) !== 'different' && jaroWinkler(wish.given ?? '', korean.given) >= ALIKE_GIVEN) unsure ??= this.rejections[wish.wish];
      }
    }
    if (unsure) return { rejection: unsure, how: 'unsure' };
    const across = this.acrossScripts(readings[0], country, postcode, place, placesTell);
    if (across) return across;
    const nameParts = written[0].filter((part) => part.trim() !== '');
    const otherScript = this.otherScriptAtPlace(nameParts, c.nameWords.get(i), country, postcode, place);
    return otherScript ? { rejection: otherScript, how: 'place' } : null;
  }

  /**
   * The wish of a rejected row at the same place whose name is the accepted row's in another script (outside tester G,
   * F7): "Иван Петров" and "Ivan Petrov", "Γιώργος Παπαδόπουλος" and "Giorgos Papadopoulos", romanized by any-ascii
   * ('name'). A Japanese name in Han has no reading without a dictionary: beside a Latin name at the same postcode and
   * place ("田中太郎", "Tanaka Taro") it may be the same person, and is hidden as a doubt ('script'): privacy wins. This
   * only hides a name; no row is merged on it, so the count stays.
   */
  private acrossScripts(reading: ReadonlyArray<NameForm | null>, country: string, postcode: string, place: string,
    placesTell: (wish: LooseWish) => 'same' | 'different' | 'cannot tell'): { rejection: WishRow; how: 'name' | 'script' } | null {
    if (this.byPlace.size === 0) return null;
    const own = writtenName(reading);
    if (!own) return null;
    const candidates = lookupKeys(own, country, postcode, place).flatMap((key) => {
      const wishes = this.byPlace.get(key) ?? [];
      return wishes.length > MAX_BY_PLACE ? [] : wishes;
    });
    let unsure: WishRow | null = null;
    for (const wish of candidates) {
      if (wish.name.script === own.script || placesTell(wish) !== 'same') continue;
      const latinSide = wish.name.script === 'han' ? own : wish.name.script === 'latin' && own.script === 'han' ? wish.name : null;
      if (latinSide === null) {
        if (alikeAcrossScripts(wish.name.parts, own.parts)) return { rejection: this.rejections[wish.wish], how: 'name' };
        continue;
      }
      // Han beside Latin letters: a Japanese signer's (a Chinese name's pinyin was compared by the name keys above),
      // at the same postcode, in the same place where both give one.
      // A row naming no country may be a Japanese signer's too: privacy wins where neither row names one.
      const japanese = country === 'JP' || wish.country === 'JP' || (country === '' && wish.country === '');
      const samePostcode = wish.postcode !== '' && wish.postcode === postcode;
      // A Latin name of one part ("Tanaka") is a family name alone: no more one person than any Han name there.
      const whole = latinSide.parts.length >= 2;
      if (latinSide.script === 'latin' && whole && japanese && samePostcode && (wish.place === '' || place === '' || wish.place === place)) unsure ??= this.rejections[wish.wish];
    }
    return unsure ? { rejection: unsure, how: 'script' } : null;
  }

  /** Files a wish under its place, its name's script and its number of name parts (MAX_BY_PLACE wishes a key at most). */
  private fileByScript(nameParts: readonly string[], loose: LooseWish, wish: number): void {
    const { script, parts } = nameScriptAndParts(nameParts);
    if (script === '' || (loose.postcode === '' && loose.place === '') || !standsForOnePerson(script, parts, nameParts.join(''))) return;
    this.wishScripts.add(script);
    const count = parts === 1 && UNSPACED_SCRIPTS.test(script) ? 'any' : String(parts);
    const filed: ScriptWish = { wish, skeleton: nameSkeleton(nameParts) };
    const file = (key: string) => {
      const wishes = this.byScriptAtPlace.get(key);
      if (!wishes) this.byScriptAtPlace.set(key, [filed]);
      else if (wishes.length < MAX_BY_PLACE) wishes.push(filed);
    };
    for (const country of [loose.country, '*']) {
      if (loose.postcode !== '') file(`p|${country}|${loose.postcode}|${script}|${count}`);
      if (loose.place === '') continue;
      file(`c|${country}|${loose.place}|${script}|${count}`);
      if (loose.postcode === '') file(`C|${country}|${loose.place}|${script}|${count}`);
    }
    // The place written in another script than the other row's ("東京", "Tokyo"; "القاهرة", "Cairo") cannot be
    // compared without a table of town names: in one named country, with a postcode missing on either side, the place
    // is not what tells two rows apart (outside tester K, F4). "s|" holds every wish, "S|" those without a postcode.
    const placeScript = placeScriptOf(loose.place);
    if (loose.country === '' || placeScript === '') return;
    this.placeScripts.add(placeScript);
    const anyCount = parts === 1 && UNSPACED_OR_HAN.test(script) && loose.country === 'JP' ? 'any' : count;
    file(`s|${loose.country}|${placeScript}|${script}|${anyCount}`);
    if (loose.postcode === '') file(`S|${loose.country}|${placeScript}|${script}|${anyCount}`);
  }

  /**
   * The wish of a row at the same place (the same postcode; the same city and country where either has no postcode)
   * whose name is written in another script with as many parts (outside tester J, F8): "محمد علي" beside an anonymous
   * "Mohammed Ali", "สมชาย ใจดี" beside "Somchai Jaidee". No dictionary reading is needed, only the names' consonants
   * (name-skeleton.ts), so one anonymous Arabic name does not hide "John Smith" and every other Latin name of a city
   * (verifyR2 F10); Han and Hangul, which name-forms.ts reads, are compared by place and parts alone. Privacy wins, and
   * the row is only hidden, never merged, so the count stays. Two names in one script, or at two places, are told apart.
   */
  private otherScriptAtPlace(nameParts: readonly string[], words: number, country: string, postcode: string, place: string): WishRow | null {
    if (this.byScriptAtPlace.size === 0) return null;
    const { script, parts } = nameScriptAndParts(nameParts, words);
    if (script === '' || (postcode === '' && place === '') || (this.wishScripts.size === 1 && this.wishScripts.has(script))) return null;
    if (!standsForOnePerson(script, parts, nameParts.join(''))) return null;
    // A row naming no country meets wishes of any country; one naming a country meets its own and those naming none.
    const countries = country === '' ? ['*'] : [country, ''];
    const ownPlaceScript = placeScriptOf(place);
    const skeleton = nameSkeleton(nameParts);
    const alikeAt = (key: string): WishRow | null => {
      const found = this.byScriptAtPlace.get(key)?.find((filed) => skeletonsAlike(skeleton, filed.skeleton));
      return found ? this.rejections[found.wish] : null;
    };
    for (const wishScript of this.wishScripts) {
      if (wishScript === script) continue;
      const counts = partCountsAcross(script, parts, wishScript, country);
      for (const wishCountry of countries) {
        for (const count of counts) {
          const tail = `|${wishCountry}|`;
          const keys = postcode !== ''
            ? [`p${tail}${postcode}|${wishScript}|${count}`, ...(place !== '' ? [`C${tail}${place}|${wishScript}|${count}`] : [])]
            : [`c${tail}${place}|${wishScript}|${count}`];
          for (const key of keys) {
            const wish = alikeAt(key);
            if (wish) return wish;
          }
        }
      }
      if (country === '' || ownPlaceScript === '') continue;
      // The place in another script (see fileByScript): any wish where this row has no postcode, else one without.
      const placeCounts = parts === 1 && UNSPACED_OR_HAN.test(script) && country === 'JP' ? [...counts, ...['1', '2', '3', '4']] : [...counts, 'any'];
      for (const wishPlaceScript of this.placeScripts) {
        if (wishPlaceScript === ownPlaceScript) continue;
        for (const count of placeCounts) {
          const wish = alikeAt(`${postcode === '' ? 's' : 'S'}|${country}|${wishPlaceScript}|${wishScript}|${count}`);
          if (wish) return wish;
        }
      }
    }
    return null;
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
    // Spilled rows keep no source row to name: the phone matches are counted per rejected row, as emails are.
    const byPhone = new RowsPerWish(this.rejections, 'problem.anonymity-from-rejected-row-by-phone');
    for (let i = 0; i < this.acceptedPhones.length && i < cluster.length; i++) {
      const wish = this.phoneWish(i);
      if (wish === undefined) continue;
      anonymous[cluster[i]] = 1;
      byPhone.count(wish);
    }
    return [...byEmail.warnings(), ...byPhone.warnings()];
  }

  /** The wish of a rejected row the accepted row `i` would have merged with by the name rules, if any. */
  private byName(table: MatchTable, i: number): { rejection: WishRow; place: 'postcode' | 'city' } | null {
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

  constructor(private readonly rejections: readonly WishRow[], private readonly key = 'problem.anonymity-from-rejected-row') {
    this.rows = new Float64Array(rejections.length);
  }

  count(wish: number): void {
    if (this.rows[wish]++ === 0) this.met.push(wish);
  }

  warnings(): Problem[] {
    return this.met.map((wish) => warning(this.rejections[wish], msg(this.key, { rows: this.rows[wish] })));
  }
}

function warning(rejection: WishRow, text: ReturnType<typeof msg>, code = 'anonymity_from_rejected_row'): Problem {
  return withText({ source: rejection.source, row: rejection.row, line: rejection.line, code, message: english().say(text) }, text);
}

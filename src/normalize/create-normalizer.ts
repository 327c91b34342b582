// createNormalizer: one file's raw signatures → normalized signatures, with the file's problems gathered on the way.
import { isHidingWordAlone, nameAsksAnonymity, withoutAnonymityNote } from './anonymous-name.js';
import { commentAsksAnonymity, valueAsksAnonymity } from './comment-asks-anonymity.js';
import { UserError } from '../errors.js';
import type { AnonymityAnswer, NameContactFree, Problem, RawSignature, Signature } from '../types.js';
import { canonicalEmail } from './canonical-email.js';
import { createCityMemo, type CityCell } from './city-memo.js';
import { cityFromKoreanAddress } from './city-from-korean-address.js';
import { townOfDistrictCity } from './city-district.js';
import { cleanText, createCleanTextMemo } from './clean-text.js';
import { holdsControlCharacters } from '../text/control-characters.js';
import { createDateParser, detectDateStyle, type DateParser } from './date-parser.js';
import { decideDateOrder, type DateOrder, type DateOrderDecision } from './decide-date-order.js';
import { createFoldMemo, foldText, orderFreeKeyOfFolded, orderFreeKeyOfParts } from './fold.js';
import { UNRECOGNISED_LANGUAGE, languageGroup } from './language-group.js';
import { createPostcodeMemo, isPhoneForCountry, type NormalizedPostcode } from './normalize-postcode.js';
import { readAnonymous } from './parse-flag.js';
import { createProblemLog, type ProblemLog } from './problem-log.js';
import { resolveCountry } from './resolve-country.js';
import { splitName, type NameParts } from './split-name.js';
import { isMaskedName } from './masked-name.js';
import { withCompatibilityJamo } from './compatibility-jamo.js';
import { isPlausiblePersonName } from './plausible-name.js';
import { givesSafetyReason } from './safety-reason.js';
import { readNameNote, type NameNote } from './name-note.js';
import { hasLostLetters, lostAllLetters } from './lost-letters.js';
import { createTzClock, type TzClock } from './tz-clock.js';
import { maskContact, maskEmail, maskPlace } from '../output/mask.js';
import { msg } from '../i18n/message.js';
import { mixesScriptsInAWord } from './confusable-skeleton.js';
import { nameHoldsContact, nameWithoutContact } from './contact-in-place.js';
import { createPlaceScreens } from './place-screens.js';
import { AdaptiveMemo } from './adaptive-memo.js';
import { MAX_PLACE_CHARACTERS, placeFitsLength, townBesideStreet } from './printed-place.js';

export interface NormalizeOptions {
  source: string;
  /** Country for rows whose country cell is empty (a Seoul paper sheet has no country column): a code or a name. */
  defaultCountry?: string;
  /** IANA zone for timestamps without a zone and for the day of a signature; default 'UTC'. */
  tz?: string;
  /** Raw date values from the first rows of this file, to decide the day/month order. */
  dateSamples?: string[];
  /** The user's own answer to the day/month question; overrides the decision from the samples. */
  dateOrder?: DateOrder;
  /** The source is a workbook saved with the 1904 date system: an unformatted day number counts from 1904-01-01. */
  date1904?: boolean;
}

export interface Normalizer {
  normalize(raw: RawSignature): Signature;
  /** Aggregated: the date order decision, one problem per distinct unknown country or flag value, invalid emails, unreadable dates. */
  problems(): Problem[];
  /**
   * The row normalized last was rejected: what its email, country or date was is taken out of the problems (it is
   * neither matched nor counted, so "not used for matching" would name a row that never was). What it says about its
   * signer's wishes (anonymity, contact data in a name) stays: that is still theirs.
   */
  setAside(row: number): void;
  /** YYYY-MM-DD of an instant in the file's time zone. */
  dayOf(signedAt: number): string;
}


/** Unicode's private-use areas (General_Category Co): the BMP area and planes 15 and 16. */
const PRIVATE_USE = /\p{Co}/u;
const PRIVATE_USE_ALL = /\p{Co}/gu;
const NAME_COLUMNS = ['name', 'given', 'family'] as const;
type NameColumn = typeof NAME_COLUMNS[number];
/** The raw name cells of one row: a first or last name cell is read beside the others. */
type NameCells = Readonly<Record<NameColumn, string | undefined>>;

/**
 * What a name cell's text alone says, as nameCell reads it: the anonymity note taken off, whether the contact search
 * finds anything, and (for a cell without contact data) the script and private-use checks of the name kept. Cutting
 * contact data also reads the row's other name cells, so a cell that holds some is read afresh on every row.
 */
interface NameCellScreen {
  /** The clean cell without its anonymity note. */
  name: string;
  /** The cell carried an anonymity note. */
  asked: boolean;
  /** A note beside the name was taken off ('risk': it said why the signer is at risk), or null. */
  note: NameNote | null;
  holdsContact: boolean;
  /** Only read when !holdsContact: the name mixes scripts in a word. */
  mixesScripts: boolean;
  /** Only read when !holdsContact: the name without its private-use characters, or null when it has none. */
  withoutPrivateUse: string | null;
}

/**
 * Distinct cell texts remembered per name column before the memory starts over. A real export repeats its given and
 * family names (a few thousand in 178,921 rows); AdaptiveMemo stops remembering while the texts rarely repeat (whole
 * names of a large export), so no file grows it past this.
 */
const NAME_MEMO_LIMIT = 50_000;

/** Problems of a row's fields for matching and counting, taken back when the row is rejected (setAside). */
const SET_ASIDE_CODES: ReadonlySet<string> = new Set(['invalid_email', 'unknown_country', 'unparseable_date', 'date_order_conflict', 'street_in_city',
  'postcode_as_city']);

export function createNormalizer(options: NormalizeOptions): Normalizer {
  return new FileNormalizer(options);
}

class FileNormalizer implements Normalizer {
  private readonly log: ProblemLog;
  private readonly clock: TzClock;
  private readonly defaultCountry: string;
  private readonly cleanName = createCleanTextMemo();
  private readonly foldGiven = createFoldMemo();
  private readonly foldFamily = createFoldMemo();
  private readonly readCity = createCityMemo();
  private readonly normalizePostcode = createPostcodeMemo();
  private readonly screenPlace = createPlaceScreens();
  /** The screens of each name column's cells, remembered by the raw cell (see NameCellScreen). */
  private readonly nameScreens: Readonly<Record<NameColumn, AdaptiveMemo<NameCellScreen>>> = {
    name: new AdaptiveMemo((cell) => this.screenNameCell(cell), NAME_MEMO_LIMIT),
    given: new AdaptiveMemo((cell) => this.screenNameCell(cell), NAME_MEMO_LIMIT),
    family: new AdaptiveMemo((cell) => this.screenNameCell(cell), NAME_MEMO_LIMIT),
  };
  /** nameAsksAnonymity of a printed name, remembered: the printed name is most often a name cell as typed. */
  private readonly asksAnonymity = new AdaptiveMemo(nameAsksAnonymity, NAME_MEMO_LIMIT);
  /** Whether a language cell names a language, remembered: a campaign's rows name a few languages. */
  private readonly namedLanguage = new AdaptiveMemo((language: string) => languageGroup(language) !== UNRECOGNISED_LANGUAGE, NAME_MEMO_LIMIT);
  private dates: DateParser | null = null;
  /** Whether a name cell of the row being read carried an anonymity note (withoutAnonymityNote). */
  private noteAsked = false;
  /** Whether a name cell of the row being read carried a note saying why its signer is at risk (readNameNote). */
  private riskNoted = false;
  /** The name cells of the row being read that nameHoldsContact searched and found clean, as nameCell returned them. */
  private readonly contactFreeCells: string[] = [];

  constructor(private readonly options: NormalizeOptions) {
    this.log = createProblemLog(options.source);
    this.clock = createTzClock(options.tz ?? 'UTC');
    this.defaultCountry = this.resolveDefaultCountry(options.defaultCountry);
    const samples = (options.dateSamples ?? []).filter((sample) => cleanText(sample) !== '');
    if (options.dateOrder || samples.length > 0) this.dates = this.dateParserFor(samples);
  }

  normalize(raw: RawSignature): Signature {
    const fields = raw.fields;
    const { row, line } = raw;

    this.noteAsked = false;
    this.riskNoted = false;
    this.contactFreeCells.length = 0;
    const given = this.splitCellAsks(fields.name, fields.given, fields.family);
    const family = this.splitCellAsks(fields.name, fields.family, fields.given);
    // A first or last name cell that is only a request ("Eva" + "(anonymous)", "Ann" + "Anonymous") is the note of a
    // name split in two columns: it is taken off, and the signer is shown as anonymous. Both cells of it ("익명" +
    // "익명", "Anon" + "Anon") are a signer without a name (outside tester G, F5).
    const nameCells = { name: fields.name, given: given === 'note' ? '' : fields.given, family: family === 'note' ? '' : fields.family };
    // A first or last name cell of only a dash or sign ("Jane" + "-", "-" + "Kowalski", "Li" + "+") is the volunteer's
    // "no such name", an empty cell as "." is: the signer counts by the other cell. Read as a name part it was a
    // formula ("-" starts with "-") and the signer was lost (verifyR2 F4); a cell with more after the sign still is one.
    if (isBlankMark(nameCells.given) && hasLetterCell(nameCells.family)) nameCells.given = '';
    if (isBlankMark(nameCells.family) && hasLetterCell(nameCells.given)) nameCells.family = '';
    if (given === 'note' || family === 'note') this.noteAsked = true;
    const parts = withJamoAsTyped(splitName(this.nameCell('name', nameCells, row, line), this.nameCell('given', nameCells, row, line), this.nameCell('family', nameCells, row, line)));
    if (this.noteAsked) this.log.note('anonymity_in_name', '', row, line, 'name', (count, rows) => msg('problem.anonymity-in-name', { count, rows }));
    // A name cell that is only a request not to be named ("Anonymous", "익명", "Name withheld") names nobody: the
    // row is a signer without a name, so no name rule (nor the household rule's "different given name") reads it.
    const unnamed = given === 'unnamed' || family === 'unnamed' || this.nameAsksAnonymity(parts.name);
    // A reason in place of a name ("탈북민", "Family in North Korea") is read as a request the signer did not word as one.
    if (unnamed && givesSafetyReason(parts.name)) this.log.note('reason_as_name', '', row, line, 'name', (count, rows) => msg('problem.reason-as-name', { count, rows }));
    const foldedGiven = unnamed ? '' : this.foldGiven(parts.given);
    const foldedFamily = unnamed ? '' : this.foldFamily(parts.family);
    const split = foldedGiven !== '' || foldedFamily !== '';
    const wholeName = split || unnamed ? '' : foldText(parts.name);
    // A mask names no given name to tell a second person of a household by (verifyR2 F3: "이 OO" beside "이서준").
    const masked = !unnamed && isMaskedName(parts.name);
    // Nor do words that could be no one's name ("Secret signer", what a note leaves: "북한 가족 때문에"): verifyR2 F1.
    const noGivenName = masked || (parts.name !== '' && !isPlausiblePersonName(parts.name));

    const email = canonicalEmail(fields.email);
    if (!email.valid) {
      // Logs and --json never show an email in full, even one that does not parse.
      // An address without "@" masks to "…", which shows nothing: the sentence then goes without an example.
      const example = maskEmail(email.email);
      this.log.note('invalid_email', '', row, line, 'email',
        (count, rows) => msg('problem.invalid-email', { count, rows, example: example === '' || example === '…' ? 'none' : example }));
    }

    const country = this.countryOf(fields.country, row, line);
    const countryUnrecognised = country === 'unknown' && this.namesNoCountry(fields.country);
    // A state or ZIP inside the city cell ("Woodstock IL 60098") fills the region and postcode only when their own cells are empty.
    // Paper sheets typed up in Korea hold one address column: its first part names the city.
    const cityCell = this.readablePlace('city', fields.city, row, line);
    const cityInStreet = (): string | undefined => this.readablePlace('city', cityFromKoreanAddress(fields.street ?? ''), row, line);
    const place = this.screenedCity(this.readCity(cityCell || (fields.street ? cityInStreet() : ''), country), row, line);
    // A city cell that is only a postcode ("10115") names no town: it fills an empty postcode cell, and is said.
    if (place.city === '' && place.postcode !== '' && place.region === '') {
      this.log.note('postcode_as_city', '', row, line, 'city', (count, rows) => msg('problem.postcode-as-city', { count, rows }));
    }
    // The memory is keyed by the raw cell, so the usual row neither cleans nor re-reads its postcode.
    const ownPostcode = this.postcodeOf(this.placeCell('postcode', cleanText(this.readablePlace('postcode', fields.postcode, row, line)), row, line), country, row, line);
    const postcode = ownPostcode.postcode !== '' || place.postcode === '' ? ownPostcode : this.normalizePostcode(place.postcode, country);
    const anonymous = readAnonymous(fields.anonymous, raw.moreAnonymity);
    const slipped = raw.tickSlips !== undefined && raw.tickSlips.length > 0;
    for (const slip of raw.tickSlips ?? []) {
      const value = slip.value;
      this.log.note('tick_in_column', slip.column, row, line, slip.column,
        (count, rows) => msg('problem.tick-in-column', { column: slip.column, value: maskContact(value.trim()), count, rows }));
    }
    if (anonymous.unrecognised) {
      const value = anonymous.unrecognised;
      this.log.note('unknown_flag', value, row, line, anonymous.column,
        (count, rows) => msg('problem.unknown-flag', { value: maskContact(value), count, rows }));
    }

    const comment = cleanText(fields.comment);
    const commentAsks = commentAsksAnonymity(comment);
    if (commentAsks) this.log.note('anonymity_in_comment', '', row, line, 'comment', (count, rows) => msg('problem.anonymity-in-comment', { count, rows }));
    const extraAsks = this.extraAsking(raw.extra, raw.moreAnonymity, row, line);

    return {
      source: raw.source,
      row,
      line,
      name: parts.name,
      given: unnamed ? '' : parts.given,
      family: unnamed ? '' : parts.family,
      nameContactFree: this.nameContactFree(parts.name, unnamed ? '' : parts.given, unnamed ? '' : parts.family),
      nameOrder: parts.nameOrder,
      nameKey: split ? orderFreeKeyOfParts(foldedGiven, foldedFamily) : orderFreeKeyOfFolded(wholeName),
      // A family-first name that cannot be split (山田太郎) keeps its whole name as the given key, so two
      // different people on one email still differ.
      givenKey: noGivenName ? '' : split ? foldedGiven : wholeName,
      email: email.email,
      emailKey: email.key,
      phone: cleanText(fields.phone),
      street: cleanText(fields.street),
      city: place.city,
      cityKey: place.cityKey,
      region: this.placeCell('region', cleanText(this.readablePlace('region', fields.region, row, line)), row, line) || place.region,
      postcode: postcode.postcode,
      postcodeKey: postcode.key,
      country,
      ...(countryUnrecognised ? { countryUnrecognised } : {}),
      signedAt: this.signedAtOf(fields.date, row, line),
      language: this.languageOf(fields.language, row, line),
      anonymous: anonymous.anonymous || slipped || this.noteAsked || this.riskNoted || commentAsks || extraAsks || unnamed,
      ...(masked ? { maskedName: true } : {}),
      comment,
      birthDate: cleanText(fields.birth_date),
      idNumber: cleanText(fields.id_number),
      extra: cleanExtra(raw.extra),
    };
  }

  /**
   * A column the tool does not map (Options, memo, 備考, Tags, Organizer note) is read like a comment (adv-s10 E2, E3):
   * a value asking for anonymity there hides the name, and a warning names the column and rows.
   */
  private extraAsking(extra: Record<string, string>, readAsAnonymity: readonly AnonymityAnswer[] | undefined, row: number, line: number): boolean {
    let asks = false;
    for (const column in extra) {
      // A second show-name or anonymity column is read as one (readAnonymous), and said so by inspect: its answers
      // are no words of an unread column (verifyS2 F13).
      if (readAsAnonymity?.some((answer) => answer.column === column)) continue;
      const value = cleanText(extra[column]);
      if (value === '' || !valueAsksAnonymity(value)) continue;
      asks = true;
      this.log.note('anonymity_in_column', column, row, line, column, (count, rows) => msg('problem.anonymity-in-column', { count, rows }));
    }
    return asks;
  }

  setAside(row: number): void {
    this.log.retract(row, SET_ASIDE_CODES);
  }

  problems(): Problem[] {
    return this.log.problems();
  }

  dayOf(signedAt: number): string {
    return this.clock.dayOf(signedAt);
  }

  /**
   * What a first or last name cell says when it is only a request not to be named: 'note' beside a name in the
   * other cell, 'unnamed' when no cell holds a name; null when it is a name, empty, or the row has a whole-name cell.
   */
  private splitCellAsks(whole: string | undefined, cell: string | undefined, other: string | undefined): 'note' | 'unnamed' | null {
    if ((whole !== undefined && this.cleanName(whole) !== '') || cell === undefined) return null;
    const own = this.cleanName(cell);
    const beside = other === undefined ? '' : this.cleanName(other);
    // "Anon" + "Anon": each cell alone may be a name, both together are the request.
    if (own !== '' && beside !== '' && this.nameAsksAnonymity(`${own} ${beside}`)) return 'unnamed';
    if (own === '' || !this.nameAsksAnonymity(own)) return null;
    if (!/\p{L}/u.test(beside) || this.nameAsksAnonymity(beside)) return 'unnamed';
    return isHidingWordAlone(own) ? null : 'note';
  }

  /** nameAsksAnonymity, remembered per text ('' asks nothing). */
  private nameAsksAnonymity(text: string): boolean {
    return text !== '' && this.asksAnonymity.get(text);
  }

  /**
   * A name cell, clean. Private-use characters are a font's own glyphs (a sender's gaiji, a custom emoji): no font
   * of ours draws them and no one can read them back, so the name is kept without them everywhere (list, CSV,
   * matching) and the row is reported, so the organizer can correct the export.
   */
  private nameCell(column: NameColumn, cells: NameCells, row: number, line: number): string {
    const screen = this.nameScreens[column].get(cells[column] ?? '');
    if (screen.asked) this.noteAsked = true;
    if (screen.note !== null) this.sayNameNote(column, screen.note, row, line);
    const cleaned = screen.holdsContact ? this.withoutContact(column, screen.name, cells, row, line) : screen.name;
    // A Cyrillic "а" inside "Anna" is matched as "Anna" (foldText), but someone may have typed it to be counted twice.
    if (screen.holdsContact ? mixesScriptsInAWord(cleaned) : screen.mixesScripts) {
      this.log.note('mixed_scripts_in_name', column, row, line, column, (count, rows) => msg('problem.mixed-scripts-in-name', { count, rows }));
    }
    // Told here, where the row is known; the list shows such a signer as anonymous (packet/printable-entry.ts).
    if (hasLostLetters(cleaned) && !lostAllLetters(cleaned)) {
      this.log.note('letters_lost_in_name', column, row, line, column, (count, rows) => msg('problem.letters-lost-in-name', { count, rows }));
    }
    const withoutPrivateUse = screen.holdsContact ? withoutPrivateUseCharacters(cleaned) : screen.withoutPrivateUse;
    if (withoutPrivateUse === null) {
      // The contact search is the costliest step of a row: validation takes this verdict instead of searching again.
      if (!screen.holdsContact) this.contactFreeCells.push(cleaned);
      return cleaned;
    }
    this.log.note('private_use_in_name', column, row, line, column, (count, rows) => msg('problem.private-use-in-name', { count, rows }));
    return withoutPrivateUse;
  }

  /** What a name cell's text says by itself (NameCellScreen): computed once per distinct text of a column. */
  private screenNameCell(cell: string): NameCellScreen {
    const asking = withoutAnonymityNote(this.cleanName(cell));
    const note = readNameNote(asking.name);
    const holdsContact = note.name !== '' && nameHoldsContact(note.name);
    return {
      name: note.name,
      asked: asking.asked,
      note: note.note,
      holdsContact,
      mixesScripts: !holdsContact && mixesScriptsInAWord(note.name),
      withoutPrivateUse: holdsContact ? null : withoutPrivateUseCharacters(note.name),
    };
  }

  /**
   * A note beside a name ("Jane Doe (volunteer)", "Kang Il, defector") is left out of every document, and said once
   * with its rows; one saying why the signer is at risk ("(탈북민)", "(family still in Hyesan)") hides the name too.
   */
  private sayNameNote(column: NameColumn, note: NameNote, row: number, line: number): void {
    if (note === 'risk') {
      this.riskNoted = true;
      this.log.note('risk_note_in_name', '', row, line, column, (count, rows) => msg('problem.risk-note-in-name', { count, rows }));
    } else {
      this.log.note('note_in_name', '', row, line, column, (count, rows) => msg('problem.note-in-name', { count, rows }));
    }
  }

  /**
   * A name cell with contact data typed into it (an e-mail, a phone number, a street address, a messenger ID, a web
   * domain: nameHoldsContact has found it) loses it, with a warning naming the row and column: the name is printed in
   * the public list.
   */
  private withoutContact(column: NameColumn, name: string, cells: NameCells, row: number, line: number): string {
    const kept = nameWithoutContact(name);
    // A name that is only an address or number stays whole, so the check for such names rejects the row with its reason.
    // A first or last name cell is half of one name, though: "Sam" beside "sam@gmail.com" is the signer Sam, as the one
    // cell "Sam sam@gmail.com" is, so the cell holding only contact data is emptied when another name cell keeps a letter.
    if (!/\p{L}/u.test(kept) && (column === 'name' || !this.anotherNameCellHasLetter(column, cells))) return name;
    this.log.note('contact_in_name', column, row, line, column, (count, rows) => msg('problem.contact-in-name', { count, rows }));
    return /\p{L}/u.test(kept) ? kept : '';
  }

  /**
   * Which printed name parts are, as text, a name cell that the contact search found clean: splitName passes a cell on
   * whole, or joins or cuts it (those parts are searched again by validation).
   */
  private nameContactFree(name: string, given: string, family: string): NameContactFree {
    const cells = this.contactFreeCells;
    if (cells.length === 0) return CONTACT_FREE[0];
    return CONTACT_FREE[(cells.includes(name) ? 1 : 0) | (cells.includes(given) ? 2 : 0) | (cells.includes(family) ? 4 : 0)];
  }

  /** Whether a name cell of the row other than `column` has a letter once its own contact data is cut. */
  private anotherNameCellHasLetter(column: NameColumn, cells: NameCells): boolean {
    return NAME_COLUMNS.some((other) => {
      if (other === column) return false;
      const name = withoutAnonymityNote(this.cleanName(cells[other])).name;
      return /\p{L}/u.test(nameHoldsContact(name) ? nameWithoutContact(name) : name);
    });
  }

  /**
   * A region or postcode cell holding an e-mail, a phone number or a messenger ID is blanked; one holding a street
   * address keeps only its region, or only what looks like a postcode: either cell is printed for the official.
   */
  private placeCell(column: 'region' | 'postcode', cell: string, row: number, line: number): string {
    if (cell === '') return cell;
    const screen = this.screenPlace[column](cell);
    if (screen.kind === 'clean') return cell;
    if (screen.kind === 'contact') {
      this.log.note('contact_in_place', column, row, line, column, (count, rows) => msg('problem.contact-in-place', { count, rows }));
      // The region written before the contact data stays ("Oslo @eva_region" → "Oslo").
      return screen.town ?? '';
    }
    this.log.note(`street_in_${column}`, column, row, line, column, (count, rows) => msg(`problem.street-in-${column}`, { count, rows }));
    return screen.town;
  }

  /**
   * The language cell as written when it names a language ("es_ES", "Spanish", "español"); '' (counted as "unknown")
   * when it names none, said with the value masked: an e-mail or a phone number typed there went whole into the counts
   * and the packet's manifest (verifyR2 F7).
   */
  private languageOf(cell: string | undefined, row: number, line: number): string {
    const language = cleanText(cell);
    if (language === '' || this.namedLanguage.get(language)) return language;
    const value = maskContact(language);
    this.log.note('unknown_language', value, row, line, 'language', (count, rows) => msg('problem.unknown-language', { value, count, rows }));
    return '';
  }

  /**
   * The postcode cell normalized for its country; one of digits alone that its country's postcodes cannot be, as long as
   * a phone number ("555-0100" in Korea), is blanked and said as contact data is: the recipient's list prints it.
   */
  private postcodeOf(cell: string, country: string, row: number, line: number): NormalizedPostcode {
    const postcode = this.normalizePostcode(cell, country);
    if (postcode.postcode === '' && cell !== '' && isPhoneForCountry(cell.replace(/[^0-9A-Za-z]/gu, ''), country)) {
      this.log.note('contact_in_place', 'postcode', row, line, 'postcode', (count, rows) => msg('problem.contact-in-place', { count, rows }));
    }
    return postcode;
  }

  /**
   * A place cell holding control characters ("Ber\x1b[31mlin", "\x1b[2J") is read as empty, and said with the cell:
   * once cleaned, what is left of an escape sequence ("[31m") read as a house number (verifyN F12). So is one longer
   * than any place (MAX_PLACE_CHARACTERS): the street and contact screens took seconds over a 10,000-letter cell.
   */
  private readablePlace(column: 'city' | 'region' | 'postcode', cell: string | undefined, row: number, line: number): string | undefined {
    if (cell === undefined) return cell;
    if (!placeFitsLength(cell)) {
      this.log.note('place_too_long', column, row, line, column, (count, rows) => msg('problem.place-too-long', { count, rows, column, limit: MAX_PLACE_CHARACTERS }));
      return '';
    }
    if (!holdsControlCharacters(cell)) return cell;
    // The cell is quoted masked: it may hold an e-mail, a phone, a handle or a street (verifyP F7).
    this.log.note('control_in_place', column, row, line, column, (count, rows) => msg('problem.control-in-place', { count, rows, column, example: maskPlace(cell) }));
    return '';
  }

  /** A city cell holding an e-mail or phone is blanked; one holding a street address keeps only its town. */
  private screenedCity(place: CityCell, row: number, line: number): CityCell {
    const screen = this.screenPlace.city(place.city);
    if (screen.kind === 'clean') return place;
    if (screen.kind === 'contact') {
      this.log.note('contact_in_place', 'city', row, line, 'city', (count, rows) => msg('problem.contact-in-place', { count, rows }));
      // The town written before the contact data stays ("Oslo @eva" → "Oslo"): the signer is still placed.
      const town = screen.town ?? '';
      return { ...place, city: town, cityKey: town === '' ? '' : foldText(townOfDistrictCity(town) ?? town) };
    }
    // Where screenCity found no town or cut one short ("Quận 1, Thành phố Hồ Chí Minh", "Bangkok ๑๒/๓", "東京都港区芝公園
    // 4-2-8"), the list's reading finds it: the list prints this city, so a town blanked here was never printed.
    const town = townBesideStreet(place.city, screen.town);
    // Read whole as a place ("Thành phố Hồ Chí Minh, Quận 1": a district's number, not a house's), nothing is cut or said.
    if (town === place.city) return place;
    this.log.note('street_in_city', '', row, line, 'city', (count, rows) => msg('problem.street-in-city', { count, rows }));
    return { ...place, city: town, cityKey: foldText(townOfDistrictCity(town) ?? town) };
  }

  private resolveDefaultCountry(text: string | undefined): string {
    if (text === undefined || cleanText(text) === '') return 'unknown';
    const code = resolveCountry(text);
    if (code === 'unknown') {
      throw new UserError(msg('country.unknown-default', { text }), { file: this.options.source });
    }
    return code;
  }

  private countryOf(text: string | undefined, row: number, line: number): string {
    if (text === undefined || text === '') return this.defaultCountry;
    // resolveCountry remembers raw cells, so the usual row costs one Map lookup and no cleaning.
    const code = resolveCountry(text);
    if (code !== 'unknown') return code;
    const cleaned = cleanText(text);
    if (cleaned === '') return this.defaultCountry;
    this.log.note('unknown_country', cleaned, row, line, 'country',
      (count, rows) => msg('problem.unknown-country', { value: maskPlace(cleaned), count, rows }));
    return code;
  }

  /** A cell with text in it that resolveCountry could not read (countryOf has noted it as a problem). */
  private namesNoCountry(text: string | undefined): boolean {
    return text !== undefined && text !== '' && cleanText(text) !== '';
  }

  private signedAtOf(text: string | undefined, row: number, line: number): number | null {
    if (text === undefined || text === '') return null;
    // Without samples from the caller, the first date of the file is the sample.
    const dates = this.dates ?? (this.dates = this.dateParserFor([text]));
    const signedAt = dates.parse(text);
    if (signedAt === null && cleanText(text) === '') return null;
    // Masked only when a message needs it: masking runs two regular expressions over the cell.
    const cleaned = (): string => maskContact(text.trim());
    if (signedAt === null) {
      this.log.note('unparseable_date', '', row, line, 'date',
        (count, rows) => msg('problem.unparseable-date', { count, rows, example: cleaned() }));
    } else if (dates.swapped) {
      this.log.note('date_order_conflict', '', row, line, 'date',
        (count, rows) => msg('problem.date-order-conflict', { count, rows, example: cleaned() }));
    }
    return signedAt;
  }

  private dateParserFor(samples: readonly string[]): DateParser {
    const cleaned = samples.map((s) => cleanText(s)).filter((s) => s !== '');
    const style = detectDateStyle(cleaned);
    if (this.options.dateOrder) return createDateParser({ order: this.options.dateOrder, clock: this.clock, style, date1904: this.options.date1904 });
    const decision = decideDateOrder(cleaned);
    this.reportDecision(decision);
    return createDateParser({ order: decision.order, clock: this.clock, style, date1904: this.options.date1904 });
  }

  private reportDecision(decision: DateOrderDecision): void {
    if (decision.order === 'YMD' && !decision.ambiguous) return;
    const order = msg(`date-order.${decision.order}`);
    if (decision.ambiguous) {
      this.log.noteFile('date_order_ambiguous', msg('problem.date-order-ambiguous', { order, evidence: decision.evidence }), 'date');
    } else {
      this.log.noteFile('date_order', msg('problem.date-order', { order, evidence: decision.evidence }), 'date');
    }
  }
}

/**
 * Private-use characters are a font's own glyphs (a sender's gaiji, a custom emoji): no font of ours draws them and
 * no one can read them back. The name without them, or null when it has none.
 */
function withoutPrivateUseCharacters(name: string): string | null {
  if (!PRIVATE_USE.test(name)) return null;
  return name.replace(PRIVATE_USE_ALL, '').replace(/ {2,}/gu, ' ').trim();
}

/** The eight verdicts of nameContactFree, indexed by bits name 1, given 2, family 4: no object per row. */
const CONTACT_FREE: readonly NameContactFree[] = Array.from({ length: 8 }, (_, bits) => Object.freeze({
  name: (bits & 1) !== 0, given: (bits & 2) !== 0, family: (bits & 4) !== 0,
}));

/** Extra cells cleaned like the rest; the same object back when nothing changes (the usual case). */
/** A name's jamo left without a syllable ("권ㅁㅈ") printed as typed, not as the broken conjoining forms NFKC made of them. */
function withJamoAsTyped(parts: NameParts): NameParts {
  const name = withCompatibilityJamo(parts.name);
  return name === parts.name ? parts : { ...parts, name, given: withCompatibilityJamo(parts.given), family: withCompatibilityJamo(parts.family) };
}

function cleanExtra(extra: Record<string, string>): Record<string, string> {
  let cleaned: Record<string, string> | null = null;
  for (const key in extra) {
    const value = extra[key];
    const clean = cleanText(value);
    if (clean !== value) {
      cleaned ??= { ...extra };
      cleaned[key] = clean;
    }
  }
  return cleaned ?? extra;
}

/** A cell of only the marks a volunteer puts for "none" (dashes, dots, a sign): no name part, whatever column. */
const BLANK_MARK = /^[\s\-\u2010-\u2015.\u00B7\u30FB?\uFF1F/_=~^+@\uFF20*]+$/u;

function isBlankMark(cell: string | undefined): boolean {
  return cell !== undefined && cell !== '' && BLANK_MARK.test(cell);
}

function hasLetterCell(cell: string | undefined): boolean {
  return cell !== undefined && /\p{L}/u.test(cell);
}

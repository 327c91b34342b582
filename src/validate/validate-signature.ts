// validateSignature: the reasons a signature is not counted (no name, a sheet's totals row, a note typed on a sheet's
// row, a section title, a name without letters, a formula, a contact as the name, a date outside the date window).
import { isLoneReply, isPlaceholderName } from './placeholder-name.js';
import { isTotalsLabel } from './totals-label.js';
import { sectionTitleSign } from './section-title.js';
import { noteKind, sheetNoteKind, type SheetNoteKind } from './sheet-note.js';
import { isTitleOnly } from './title-only.js';
import { shortenText } from '../text/shorten.js';
import { hasLetter } from '../normalize/has-letter.js';
import { lostAllLetters } from '../normalize/lost-letters.js';
import { maskContactInName } from '../output/mask.js';
import type { NameContactFree, RawSignature, Rejection, Signature } from '../types.js';
import { msg } from '../i18n/message.js';
import { withDetail } from '../i18n/detail.js';
import { holdsEmail, nameHoldsContact } from '../normalize/contact-in-place.js';
import { AdaptiveMemo } from '../normalize/adaptive-memo.js';

export interface DateWindow {
  /** Earliest accepted signing time, epoch ms, inclusive. */
  from?: number;
  /** Latest accepted signing time, epoch ms, inclusive. */
  to?: number;
}

export type Verdict = Omit<Rejection, 'source' | 'row' | 'line'>;

/**
 * Characters that make a spreadsheet run a cell as a formula. UK Parliament e-petitions rejects names that start
 * with them; other fields that do are kept and escaped when written (src/output/csv-cell.ts).
 */
const FORMULA_START = /^[=+\-@]/;
const DETAIL_LENGTH = 60;
/** What a decoder gives for bytes not valid in the file's encoding. */
const UNDECODABLE = /\uFFFD/;
/**
 * A web address anywhere in a name: the public list prints names, so a link an attacker wants an official to see
 * there would be published. "J.R.R. Tolkien" stays a name. E-mail addresses are found by the one e-mail pattern of
 * place and name cells (normalize/contact-in-place.ts), full-width, spaced and "(at)" forms included.
 */
const WEB_IN_NAME = /\b[a-z][a-z0-9+.-]*:\/\/\S|\bwww\.[^\s.]+\.\S/i;

/**
 * Whether a part of the name, as left after its contact data was taken out, is or holds contact data: an e-mail or web
 * address, or a street address, messenger ID or phone number with nothing name-like beside it ("Kakao ID: lee1234").
 * The normalizer has already run the full search (nameHoldsContact) on a part that is a name cell as typed
 * (`searched`): a million rows would pay for it twice.
 */
function holdsContactInName(part: string, searched: boolean | undefined, screens: NameScreens): boolean {
  return screens.emailOrWeb(part) || (!searched && screens.contact(part));
}

/** An e-mail or web address anywhere in the text. */
function holdsEmailOrWeb(part: string): boolean {
  return holdsEmail(part) || ((part.includes(':') || part.includes('.')) && WEB_IN_NAME.test(part));
}

/** The checks of validation that read a name's text alone, each a pure function of it. */
interface NameScreens {
  totalsLabel(name: string): boolean;
  placeholder(name: string): boolean;
  titleOnly(name: string): boolean;
  sheetNote(name: string): SheetNoteKind | null;
  emailOrWeb(part: string): boolean;
  contact(part: string): boolean;
}

const DIRECT: NameScreens = {
  totalsLabel: isTotalsLabel, placeholder: isPlaceholderName, titleOnly: isTitleOnly, sheetNote: noteKind, emailOrWeb: holdsEmailOrWeb,
  contact: nameHoldsContact,
};

/** The screens of each name part (name, given, family): the texts of each part repeat among themselves. */
type PartScreens = Readonly<Record<'name' | 'given' | 'family', NameScreens>>;

const DIRECT_PARTS: PartScreens = { name: DIRECT, given: DIRECT, family: DIRECT };

/** The name part of the signature that holds contact data (name, given, family in that order); undefined when none. */
function contactInName(sig: Signature, raw: RawSignature, screens: PartScreens): string | undefined {
  const free: NameContactFree | undefined = sig.nameContactFree;
  if (holdsContactInName(sig.name, free?.name, screens.name)) return sig.name;
  // A first or last name is read alone only when it was typed in a cell of its own: split out of the name cell, it is a
  // piece of a name already read whole, and its end is no cell's end ("Raj Mehta एमजी रोड बारह" split before "बारह"
  // left "… एमजी रोड" ending in a street, and the signer was rejected though the whole cell was a name; verifyN F4).
  if (raw.fields.given !== undefined && holdsContactInName(sig.given, free?.given, screens.given)) return sig.given;
  if (raw.fields.family !== undefined && holdsContactInName(sig.family, free?.family, screens.family)) return sig.family;
  return undefined;
}

/**
 * Distinct texts remembered per check before its memory starts over; AdaptiveMemo also stops remembering while the
 * texts rarely repeat, so a file of distinct names neither grows it nor pays for it.
 */
const MEMO_LIMIT = 50_000;

function rememberedScreens(limit: number): NameScreens {
  const totals = new AdaptiveMemo(isTotalsLabel, limit);
  const placeholder = new AdaptiveMemo(isPlaceholderName, limit);
  const titleOnly = new AdaptiveMemo(isTitleOnly, limit);
  const sheetNote = new AdaptiveMemo(noteKind, limit);
  const emailOrWeb = new AdaptiveMemo(holdsEmailOrWeb, limit);
  const contact = new AdaptiveMemo(nameHoldsContact, limit);
  return {
    totalsLabel: (name) => totals.get(name),
    placeholder: (name) => placeholder.get(name),
    titleOnly: (name) => titleOnly.get(name),
    sheetNote: (name) => sheetNote.get(name),
    // '' holds nothing, and is the usual family part of a whole-name file's rows.
    emailOrWeb: (part) => part !== '' && emailOrWeb.get(part),
    contact: (part) => part !== '' && contact.get(part),
  };
}

/**
 * validateSignature for the rows of one file, with the checks that read a name's text alone remembered per text and
 * part (bounded, see MEMO_LIMIT): names repeat across a large export, and these checks were a fifth of a row's time.
 */
export function createSignatureValidator(limit = MEMO_LIMIT): (sig: Signature, raw: RawSignature, window?: DateWindow) => Verdict | null {
  const parts: PartScreens = { name: rememberedScreens(limit), given: rememberedScreens(limit), family: rememberedScreens(limit) };
  return (sig, raw, window) => judge(sig, raw, window, parts);
}

/**
 * null when the signature counts. Checks in this order: no name; a name with no letter in any script (so "-" and
 * "+44 7700 900123" say that, the plainer reason); a name that would run as a formula; a name that is or holds an email or web address; a signing time outside the window. A signature without a known time,
 * its date cell blank or unreadable ("11월 초", "last week"), is not rejected by the window: a person who signed does not
 * leave the count for a date nobody can read, and nothing shows it is outside (scan-sources names such rows, exit 1).
 */
export function validateSignature(sig: Signature, raw: RawSignature, window?: DateWindow): Verdict | null {
  return judge(sig, raw, window, DIRECT_PARTS);
}

function judge(sig: Signature, raw: RawSignature, window: DateWindow | undefined, screens: PartScreens): Verdict | null {
  const column = nameColumn(raw);
  if (sig.name === '' && sig.given === '' && sig.family === '') {
    const invisible = invisibleName(raw);
    if (invisible) return withDetail({ reason: 'name_without_letters', column }, msg('reject.invisible-name', { characters: invisible }));
    return withDetail({ reason: 'no_name', column }, msg('reject.empty-name'));
  }
  // A formula (=SUM(A1:A9)) is said as a formula, the graver thing, not as a sum line.
  if (!FORMULA_START.test(sig.name) && screens.name.totalsLabel(sig.name)) {
    return withDetail({ reason: 'totals_row', column }, msg('reject.totals-row', { name: shorten(sig.name) }));
  }
  // Before the placeholder check ("Test 2" stays a placeholder: no sign of a title); a formula keeps its graver reason.
  const typedName = sig.name || `${sig.given} ${sig.family}`.trim();
  // A title is judged as typed: contact data is cut from a name cell by its first digit, and "Day 2" or "서울 집회
  // (3월 9일)" would lose the very date that shows it is a title and be counted as a signer.
  const nameAsTyped = raw.fields.name?.trim() || typedName;
  // A placeholder for a name that could not be read ("확인 불가", "N/A") is no_name before it is a note: a no_name row
  // hides its e-mail's named rows, as the signer who left it may have meant (fixQ2 H3).
  // "Hi" or "Ok" alone is a family name too (옥 romanized): no name only where the row gives no email or phone either.
  const placeholder = screens.name.placeholder(typedName) || (sig.emailKey === '' && sig.phone === '' && isLoneReply(typedName));
  // A note framed by dashes ("- 이하 여백 -") is said as the note it is: no spreadsheet formula is that row's story.
  const note = placeholder ? null : sheetNoteKind(raw, nameAsTyped, screens.name.sheetNote);
  if (note) return withDetail({ reason: 'sheet_note', column }, msg('reject.sheet-note', { note: shortenText(nameAsTyped, DETAIL_LENGTH), kind: note }));
  const title = FORMULA_START.test(sig.name) ? null : sectionTitleSign(raw, nameAsTyped, sig.anonymous);
  if (title) return withDetail({ reason: 'section_title', column }, msg('reject.section-title-text', { title: shortenText(nameAsTyped, DETAIL_LENGTH), why: title }));
  if (placeholder) {
    return withDetail({ reason: 'no_name', column }, msg('reject.placeholder-name', { name: shorten(raw.fields.name?.trim() || typedName) }));
  }
  if (screens.name.titleOnly(typedName)) {
    return withDetail({ reason: 'no_name', column }, msg('reject.title-only', { name: shorten(raw.fields.name?.trim() || typedName) }));
  }
  if (!hasLetter(sig.name) && !hasLetter(sig.given) && !hasLetter(sig.family)) {
    // "�̼���" is a CP949 row in a UTF-8 file, not a name typed without letters: said so, the organizer re-saves the
    // file and the signer counts. Not read as CP949 by guess: the same bytes are valid Shift-JIS, GBK and Big5 too.
    if (UNDECODABLE.test(`${sig.name}${sig.given}${sig.family}`)) {
      return withDetail({ reason: 'undecodable', column }, msg('reject.undecodable-name', { name: shorten(sig.name || typedName) }));
    }
    // "??" is a name whose every letter the file lost when it was saved ("张伟" by Korean Excel): a signer's name the
    // save destroyed, not a name typed without letters (verifyS1 F6); no name is left to count the signer under.
    if (lostAllLetters(typedName)) {
      return withDetail({ reason: 'undecodable', column }, msg('reject.letters-lost-name', { name: shorten(typedName) }));
    }
    return withDetail({ reason: 'name_without_letters', column }, msg('reject.no-letters', { name: shorten(sig.name) }));
  }
  const formula = formulaCell(sig, raw);
  if (formula !== null) {
    const text = formula.column === 'name' ? formula.text : raw.fields[formula.column]?.trim() || formula.text;
    return withDetail({ reason: 'formula_name', column: formula.column }, msg('reject.formula', { name: shorten(text), first: text[0] }));
  }
  const contact = contactInName(sig, raw, screens);
  if (contact !== undefined) {
    return withDetail({ reason: 'name_is_contact', column: contactColumn(sig, raw) ?? column }, msg('reject.name-is-contact', { name: shorten(contact) }));
  }
  if (window && sig.signedAt !== null) {
    if (window.from !== undefined && sig.signedAt < window.from) {
      return withDetail({ reason: 'outside_date_window', column: 'date' }, msg('reject.before-window', { signed: iso(sig.signedAt), from: iso(window.from) }));
    }
    if (window.to !== undefined && sig.signedAt > window.to) {
      return withDetail({ reason: 'outside_date_window', column: 'date' }, msg('reject.after-window', { signed: iso(sig.signedAt), to: iso(window.to) }));
    }
  }
  return null;
}

/**
 * A name cell that was filled, but only with characters cleaning removed (zero-width, fillers, controls): their code
 * points, "U+3164 U+3164", so the reason is not "empty"; '' when the cells were blank.
 */
function invisibleName(raw: RawSignature): string {
  const text = [raw.fields.name, raw.fields.given, raw.fields.family].join('').replace(/\s/g, '');
  if (text === '') return '';
  const points = [...text].map((ch) => `U+${(ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`);
  return points.length > 4 ? `${points.slice(0, 4).join(' ')} …` : points.join(' ');
}

/**
 * The name cell a spreadsheet would run as a formula, and its column; null when none. The rule is about cells as
 * typed: given and family split out of one name cell are words inside it, not cells (`김민지 -` starts with 김, and no
 * spreadsheet runs it). A first or last name cell is named and quoted by itself, not as the name joined from both.
 */
function formulaCell(sig: Signature, raw: RawSignature): { column: 'name' | 'given' | 'family'; text: string } | null {
  if (raw.fields.name?.trim() && FORMULA_START.test(sig.name)) return { column: 'name', text: sig.name };
  if (raw.fields.given !== undefined && FORMULA_START.test(sig.given)) return { column: 'given', text: sig.given };
  if (raw.fields.family !== undefined && FORMULA_START.test(sig.family)) return { column: 'family', text: sig.family };
  return FORMULA_START.test(sig.name) ? { column: nameColumn(raw), text: sig.name } : null;
}

/** The canonical field the row's name came from, for the rejection's column. */
function nameColumn(raw: RawSignature): 'name' | 'given' | 'family' {
  if (raw.fields.name !== undefined) return 'name';
  if (raw.fields.given !== undefined) return 'given';
  if (raw.fields.family !== undefined) return 'family';
  return 'name';
}

/**
 * The first or last name cell that holds the contact data, so the organizer corrects that cell ("Sam" and
 * "sam@gmail.com": the last name); null when the row has no such cells or the contact is in the name cell.
 */
function contactColumn(sig: Signature, raw: RawSignature): 'given' | 'family' | null {
  if (raw.fields.name?.trim()) return null;
  if (raw.fields.given !== undefined && holdsContactInName(sig.given, sig.nameContactFree?.given, DIRECT)) return 'given';
  if (raw.fields.family !== undefined && holdsContactInName(sig.family, sig.nameContactFree?.family, DIRECT)) return 'family';
  return null;
}

/**
 * A name quoted in a rejection: a shifted row can put an email or phone there, and a name cell can hold an address,
 * messenger ID or web address, so those are masked.
 */
function shorten(name: string): string {
  const text = maskContactInName(name);
  return shortenText(text, DETAIL_LENGTH);
}

function iso(epochMs: number): string {
  return new Date(epochMs).toISOString().replace('.000Z', 'Z');
}

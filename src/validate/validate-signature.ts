// validateSignature: the reasons a signature is not counted (no name, a name without letters, a formula, outside the date window).
import { hasLetter } from '../normalize/has-letter.js';
import { maskContact } from '../output/mask.js';
import type { RawSignature, Rejection, Signature } from '../types.js';

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

/**
 * null when the signature counts. Checks in this order: no name; a name with no letter in any script (so "-" and
 * "+44 7700 900123" say that, the plainer reason); a name that would run as a formula; a signing time outside the window. A signature without a known time is not
 * rejected by the window: nothing shows it is outside.
 */
export function validateSignature(sig: Signature, raw: RawSignature, window?: DateWindow): Verdict | null {
  const column = nameColumn(raw);
  if (sig.name === '' && sig.given === '' && sig.family === '') {
    const invisible = invisibleName(raw);
    if (invisible) return { reason: 'name_without_letters', detail: `the name holds only characters that print as nothing (${invisible})`, column };
    return { reason: 'no_name', detail: 'the name is empty', column };
  }
  if (!hasLetter(sig.name) && !hasLetter(sig.given) && !hasLetter(sig.family)) {
    return { reason: 'name_without_letters', detail: `the name "${shorten(sig.name)}" has no letters`, column };
  }
  const formula = FORMULA_START.test(sig.name) ? sig.name : FORMULA_START.test(sig.given) ? sig.given
    : FORMULA_START.test(sig.family) ? sig.family : null;
  if (formula !== null) {
    return {
      reason: 'formula_name',
      detail: `the name "${shorten(formula)}" starts with "${formula[0]}", so a spreadsheet would run it as a formula`,
      column,
    };
  }
  if (window && sig.signedAt !== null) {
    if (window.from !== undefined && sig.signedAt < window.from) {
      return { reason: 'outside_date_window', detail: `signed ${iso(sig.signedAt)}, before ${iso(window.from)}`, column: 'date' };
    }
    if (window.to !== undefined && sig.signedAt > window.to) {
      return { reason: 'outside_date_window', detail: `signed ${iso(sig.signedAt)}, after ${iso(window.to)}`, column: 'date' };
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

/** The canonical field the row's name came from, for the rejection's column. */
function nameColumn(raw: RawSignature): string {
  if (raw.fields.name !== undefined) return 'name';
  if (raw.fields.given !== undefined) return 'given';
  if (raw.fields.family !== undefined) return 'family';
  return 'name';
}

/** A name quoted in a rejection: a shifted row can put an email or phone there, so those are masked. */
function shorten(name: string): string {
  const text = maskContact(name);
  return text.length > DETAIL_LENGTH ? `${text.slice(0, DETAIL_LENGTH - 1)}…` : text;
}

function iso(epochMs: number): string {
  return new Date(epochMs).toISOString().replace('.000Z', 'Z');
}

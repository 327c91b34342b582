// Paper sheet IDs: campaign code, batch and sequence, and check characters that catch a mistyped character or two
// swapped ones (neighbours or not) when a volunteer types the ID from the sheet's footer.

export interface SheetId {
  code: string;
  batch: number;
  sequence: number;
}

/**
 * How a batch's IDs were checked. 1: one Luhn mod 36 character, which misses a swap of two characters that are not
 * neighbours (805 typed 508); sheets printed so, before version 2, keep it. 2: two ISO 7064 MOD 1271-36 characters.
 */
export type CheckVersion = 1 | 2;
export const CHECK_VERSION: CheckVersion = 2;

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const SHAPE = /^([A-Z0-9]{1,8})-(\d{2,})-(\d{3,})-([0-9A-Z]{1,2})$/;

/** `NKR-03-012-4K` (check version 2) or `NKR-03-012-K` (version 1). */
export function formatSheetId(id: SheetId, check: CheckVersion = CHECK_VERSION): string {
  const body = `${id.code}-${String(id.batch).padStart(2, '0')}-${String(id.sequence).padStart(3, '0')}`;
  return `${body}-${CHECKS[check](body)}`;
}

export type ParsedSheetId = { ok: true; id: SheetId; text: string } | { ok: false; problem: 'not_a_sheet_id' | 'bad_check_digit'; text: string };

/**
 * Reads an ID as typed (spaces, case, full-width characters and dashes forgiven); says whether its shape or its check
 * characters are wrong. The number of check characters says which version printed it.
 */
export function parseSheetId(typed: string): ParsedSheetId {
  // A Korean keyboard may type full-width letters and digits (NFKC makes them plain), a word processor en dashes.
  // A copy-paste can carry invisible characters (zero-width space, word joiner, soft hyphen): they are no part of an ID.
  const text = typed.normalize('NFKC').toUpperCase().replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\s\u00AD\u200B-\u200D\u2060]+/g, '');
  const match = SHAPE.exec(text);
  if (!match) return { ok: false, problem: 'not_a_sheet_id', text };
  const body = text.slice(0, text.length - match[4].length - 1);
  const check = CHECKS[match[4].length === 1 ? 1 : 2];
  if (check(body) !== match[4]) return { ok: false, problem: 'bad_check_digit', text };
  return { ok: true, id: { code: match[1], batch: Number(match[2]), sequence: Number(match[3]) }, text };
}

const valuesOf = (body: string): number[] => [...body].filter((c) => c !== '-').map((c) => ALPHABET.indexOf(c));

/** Version 1: Luhn mod 36 over the ID's letters and digits (the dashes do not count). */
function luhnMod36(body: string): string {
  const n = ALPHABET.length;
  const values = valuesOf(body);
  let factor = 2;
  let sum = 0;
  for (let i = values.length - 1; i >= 0; i--) {
    const addend = factor * values[i];
    sum += Math.floor(addend / n) + (addend % n);
    factor = factor === 2 ? 1 : 2;
  }
  return ALPHABET[(n - (sum % n)) % n];
}

/**
 * Version 2: ISO 7064 MOD 1271-36, a pure system: each character weighted by a power of 36 modulo 1271: one character
 * changed, or two different ones swapped, near or far, changes the check (test/sheets/sheet-id.test.ts tries every
 * such typo on a batch's IDs).
 */
function mod1271(body: string): string {
  const modulus = 1271;
  let sum = 0;
  for (const value of valuesOf(body)) sum = ((sum + value) * 36) % modulus;
  sum = (sum * 36) % modulus;
  const check = (modulus + 1 - sum) % modulus;
  return ALPHABET[Math.floor(check / 36)] + ALPHABET[check % 36];
}

const CHECKS: Record<CheckVersion, (body: string) => string> = { 1: luhnMod36, 2: mod1271 };

/**
 * The QR code in a sheet's footer holds its ID, then the campaign's URL: a volunteer with a scanner types both (and
 * often an Enter). The ID is what counts; the URL is the campaign's own.
 */
export function withoutScannedUrl(typed: string): string {
  const scanned = /^\s*(\S+)\s+https?:\/\/\S*\s*$/i.exec(typed);
  return scanned ? scanned[1] : typed;
}

// Paper sheet IDs: campaign code, batch and sequence, and a check character that catches a mistyped character
// or two swapped neighbours when a volunteer types the ID from the sheet's footer.

export interface SheetId {
  code: string;
  batch: number;
  sequence: number;
}

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const SHAPE = /^([A-Z0-9]{1,8})-(\d{2,})-(\d{3,})-([0-9A-Z])$/;

/** `NKR-03-012-K`. */
export function formatSheetId(id: SheetId): string {
  const body = `${id.code}-${String(id.batch).padStart(2, '0')}-${String(id.sequence).padStart(3, '0')}`;
  return `${body}-${checkCharacter(body)}`;
}

export type ParsedSheetId = { ok: true; id: SheetId; text: string } | { ok: false; problem: 'not_a_sheet_id' | 'bad_check_digit'; text: string };

/** Reads an ID as typed (spaces, case, full-width characters and dashes forgiven); says whether its shape or its check character is wrong. */
export function parseSheetId(typed: string): ParsedSheetId {
  // A Korean keyboard may type full-width letters and digits (NFKC makes them plain), a word processor en dashes.
  // A copy-paste can carry invisible characters (zero-width space, word joiner, soft hyphen): they are no part of an ID.
  const text = typed.normalize('NFKC').toUpperCase().replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\s\u00AD\u200B-\u200D\u2060]+/g, '');
  const match = SHAPE.exec(text);
  if (!match) return { ok: false, problem: 'not_a_sheet_id', text };
  const body = text.slice(0, text.length - 2);
  if (checkCharacter(body) !== match[4]) return { ok: false, problem: 'bad_check_digit', text };
  return { ok: true, id: { code: match[1], batch: Number(match[2]), sequence: Number(match[3]) }, text };
}

/** Luhn mod 36 over the ID's letters and digits (the dashes do not count). */
export function checkCharacter(body: string): string {
  const n = ALPHABET.length;
  const values = [...body].filter((c) => c !== '-').map((c) => ALPHABET.indexOf(c));
  let factor = 2;
  let sum = 0;
  for (let i = values.length - 1; i >= 0; i--) {
    const addend = factor * values[i];
    sum += Math.floor(addend / n) + (addend % n);
    factor = factor === 2 ? 1 : 2;
  }
  return ALPHABET[(n - (sum % n)) % n];
}

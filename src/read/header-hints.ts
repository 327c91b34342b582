// A row of hints under the header, as sign-up forms have: "(한글)", "(이메일, 선택)", "(YYYY.MM.DD)", "Please print
// clearly", "optional", "dd/mm/yyyy". It tells the person filling the sheet what to write; it is not a signer.
// Decided by shape (a bracketed cell, a date or number mask) and instruction vocabulary in several languages.

import { AdaptiveMemo } from '../normalize/adaptive-memo.js';

const BRACKETED = /^[([（【〔「<［〈].*[)\]）】〕」>］〉]$/su;
/** A date or number mask once separators and Korean/CJK date units are gone: yyyy, mm, dd, 0000, xx, ##. */
const MASK = /^(?:[ymd]{2,}|0{2,}|x{2,}|#{2,}|[ymdjat]{2,}|[0x#]{2,}|[ymd0]{2,})$/u;
const MASK_SEPARATORS = /[\s./\-:_,년월일年月日]+/gu;
/** Words that tell the person filling a form what to do (matched as whole words, lower case). */
const INSTRUCTION_WORDS = [
  'please', 'print clearly', 'legibly', 'optional', 'required', 'mandatory', 'capitals', 'capital letters', 'block letters', 'e.g', 'for example',
  'por favor', 'opcional', 'obligatorio', 'letra clara', 'p.ej', 'mayúsculas', 'ejemplo',
  'bitte', 'druckbuchstaben', 'freiwillig', 'optional', 'pflichtfeld', 'z.b', 'beispiel', 'leserlich',
  'svp', 'optionnel', 'facultatif', 'obligatoire', 'majuscules', 'lisiblement', 'exemple',
  'facoltativo', 'obbligatorio', 'stampatello', 'esempio', 'obrigatório', 'legível', 'exemplo',
];
/** Korean and CJK instruction words, looked for anywhere in the cell (no spaces between a word and its endings). */
const INSTRUCTION_CJK = ['선택', '필수', '정자로', '써 주세요', '써주세요', '적어', '기입', '기재', '입력', '예시', '예:', '任意', '必須', '必填', '选填', '例'];

const instructionPattern = new RegExp(`(?<![\\p{L}\\p{M}])(?:${INSTRUCTION_WORDS.map(escape).join('|')})(?![\\p{L}\\p{M}])`, 'u');
const BEYOND_ASCII = /[\u0080-\uffff]/;
/** instructionPattern for ASCII text: only its ASCII words can be there, and a letter beside one is a-z. */
const asciiInstructionPattern = new RegExp(`(?<![a-z])(?:${INSTRUCTION_WORDS.filter((word) => !BEYOND_ASCII.test(word)).map(escape).join('|')})(?![a-z])`);
/** The characters of an ASCII mask and its separators (MASK, MASK_SEPARATORS): text with any other is no mask. */
const ASCII_MASK_CHARACTERS = /^[ymdjat0x#\s./\-:_,]+$/;
/**
 * Cells beyond ASCII remembered (AdaptiveMemo): asked of the first cell of every record, mostly a name, and the
 * Unicode passes over each were a tenth of count --exact.
 */
const instructionBeyondAscii = new AdaptiveMemo(instructionByUnicode, 10_000);

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A cell that says how to fill the column rather than a value: an instruction or a date/number mask. */
export function isInstruction(cell: string): boolean {
  if (BEYOND_ASCII.test(cell)) return instructionBeyondAscii.get(cell);
  // ASCII is its own NFKC form and holds no CJK instruction word.
  const text = cell.toLowerCase().replace(/^[([<]|[)\]>]$/g, '').trim();
  if (ASCII_MASK_CHARACTERS.test(text) && MASK.test(text.replace(MASK_SEPARATORS, ''))) return true;
  return asciiInstructionPattern.test(text);
}

/** isInstruction by the Unicode passes, for any text. */
export function instructionByUnicode(cell: string): boolean {
  const text = cell.normalize('NFKC').toLowerCase().replace(/^[([（【〔「<［〈]|[)\]）】〕」>］〉]$/gu, '').trim();
  if (MASK.test(text.replace(MASK_SEPARATORS, ''))) return true;
  if (INSTRUCTION_CJK.some((word) => text.includes(word))) return true;
  return instructionPattern.test(text);
}

/**
 * True when every filled cell of the row is a hint (bracketed, a mask, an instruction, or the header's own label
 * repeated by a merged cell) and the row is plainly a form's, not a person's: it holds an instruction or a mask, or
 * three bracketed cells. "(anonymous)" alone, or beside a city, is left to the other checks.
 */
export function isHintRow(cells: readonly string[], header: readonly string[], sameAsHeader: (cell: string, column: number) => boolean): boolean {
  let filled = 0;
  let bracketed = 0;
  let instruction = false;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i].trim();
    if (cell === '') continue;
    filled++;
    if (i < header.length && sameAsHeader(cell, i)) continue;
    if (isInstruction(cell)) instruction = true;
    else if (BRACKETED.test(cell)) bracketed++;
    else return false;
  }
  return filled > 0 && (instruction || bracketed >= 3);
}

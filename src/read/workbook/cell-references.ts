// Rows and cells without an `r` attribute, as ECMA-376 allows and some writers produce: a row without one is the
// row after the previous row, a cell without one the column after the previous cell in its row. exceljs's streaming
// reader needs every reference, so they are written in before it parses the sheet.
import type { CellRewrite } from './sheet-cells.js';

const REFERENCE = /\sr\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const TAG_NAME = /^<(?:row|c)/;

function referenceOf(tag: string): string | undefined {
  const found = REFERENCE.exec(tag.slice(0, tag.indexOf('>') + 1));
  return found ? (found[1] ?? found[2]) : undefined;
}

/** The element with `reference` as its `r`, in place of a missing or unusable one. */
function withReference(xml: string, given: string | undefined, reference: string): string {
  return given === undefined ? xml.replace(TAG_NAME, (name) => `${name} r="${reference}"`) : xml.replace(REFERENCE, ` r="${reference}"`);
}

/** 1 → A, 27 → AA: the column as Excel names it. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A → 1, AA → 27; 0 when the reference starts with no column letters. */
function columnNumber(reference: string): number {
  const letters = /^\$?([A-Za-z]+)/.exec(reference)?.[1].toUpperCase() ?? '';
  let column = 0;
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column;
}

/** The references of one sheet part, given in as it is read (one per part: it counts rows and columns). */
export function cellReferences(): CellRewrite {
  let row = 0;
  let column = 0;
  return {
    row(tag) {
      const given = Number.parseInt(referenceOf(tag) ?? '', 10);
      column = 0;
      if (Number.isFinite(given) && given > 0) {
        row = given;
        return tag;
      }
      row += 1;
      return withReference(tag, referenceOf(tag), String(row));
    },
    cell(xml) {
      const given = referenceOf(xml);
      if (given !== undefined && columnNumber(given) > 0) {
        column = columnNumber(given);
        return xml;
      }
      column += 1;
      return withReference(xml, given, `${columnLetters(column)}${row}`);
    },
  };
}

// Whether the page numbers a file's pages print ("Page 4 of 9", "9쪽 중 7쪽") run from where they should, one after
// another, to the total they all print: a forger who takes out a page that prints no signatures (the count-only
// certificate, a page of the letter or of the petition text) and patches the hash and page count into manifest.json
// cannot patch the "of 9" every other page prints. packet.pdf and the list's volumes number their pages in one sequence;
// the other documents number each of their parts (a letter in each language) from 1.
import { msg, withText } from '../../i18n/message.js';
import type { Difference } from './verify-packet.js';

/** "Page n of total", read back from a page's foot. */
export interface PrintedPageNumber {
  n: number;
  total: number;
  /** The words it was printed in ("Page {n} of {total}"): each language prints its own, so they tell a letter's language. */
  words?: string;
}

/** What a file's pages printed, and the first page number it must start at (1, or where the volume before it ended). */
export interface NumberedFile {
  path: string;
  pages: ReadonlyArray<PrintedPageNumber | null>;
  first: number;
  /** Whether the file's last page must be the last of the sequence (a document on its own, or the last volume). */
  ends: boolean;
  /** The total the volume before it printed; a file on its own sets its own. */
  total?: number;
  /**
   * Whether a part may start its own numbering once the one before it is complete: letter.pdf holds a letter in each
   * language, each "Page 1 of 1"; packet.pdf and the list's volumes run in one sequence.
   */
  restarts?: boolean;
}

function pageDifference(path: string, page: number, expected: string, actual: string): Difference {
  return withText<Difference>({ path, problem: 'numbering', page, expected, actual }, msg('verify.difference.numbering', { path, page, expected, actual }));
}

/** The first page of `file` that does not print the number it should, or null when every page does. */
export function pageNumberDifference(file: NumberedFile): Difference | null {
  let expected = file.first;
  let total = file.total ?? file.pages.find((page) => page !== null)?.total ?? 0;
  for (const [index, printed] of file.pages.entries()) {
    if (file.restarts && printed?.n === 1 && expected === total + 1) {
      expected = 1;
      total = printed.total;
    }
    if (printed === null || printed.n !== expected || printed.total !== total) {
      return pageDifference(file.path, index + 1, `${expected} / ${total}`, printed === null ? 'none' : `${printed.n} / ${printed.total}`);
    }
    expected++;
  }
  if (file.ends && file.pages.length > 0 && expected !== total + 1) return pageDifference(file.path, file.pages.length + 1, `${expected} / ${total}`, 'none');
  return null;
}

/** Where the next volume's numbering must start: after the last page this one printed. */
export function nextPageNumber(file: NumberedFile): number {
  const last = file.pages.at(-1);
  return last ? last.n + 1 : file.first;
}

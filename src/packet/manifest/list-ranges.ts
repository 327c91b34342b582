// Whether the pages of a list file (or of packet.pdf, which holds the whole list) print the signatures the manifest's
// fingerprinted listParts give it, page after page with none left out: a forger who takes list pages out and patches
// the hash and page count into manifest.json cannot patch what the remaining pages print.
import { msg, withText } from '../../i18n/message.js';
import type { PrintedRange } from './printed-fingerprints.js';
import type { Difference } from './verify-packet.js';

/** The signatures a file must print, `first` to `last`, of the list's `total`; `printed` says whether this list prints ranges. */
export interface ExpectedRange {
  first: number;
  last: number;
  total: number;
  /**
   * A list of names prints "signatures a–b of N" at the foot of each page; a certificate of the count (privacy
   * count-only) prints none, and neither does a list of no one. Where it is printed, a file that prints none has lost its list.
   */
  printed: boolean;
}

/** One page's printed range, with the page (from 1) it is on. */
export interface PagedRange extends PrintedRange {
  page: number;
}

/**
 * The first way the ranges `pages` print (in page order) fail to be `expected`: none printed where a list prints them,
 * another first or last signature or total, or a page that does not start where the one before it ended (a page
 * taken out, repeated or moved). Null when they tile `expected` exactly.
 */
export function rangeDifference(path: string, expected: ExpectedRange, pages: readonly PagedRange[]): Difference | null {
  const { first, last, total } = expected;
  const stated = `${first}–${last} of ${total}`;
  if (pages.length === 0) {
    if (!expected.printed || last < first) return null;
    return withText<Difference>({ path, problem: 'range', expected: stated, actual: 'none' }, msg('verify.difference.range-none', { path, first, last, total }));
  }
  const actual = {
    first: Math.min(...pages.map((range) => range.first)),
    last: Math.max(...pages.map((range) => range.last)),
    total: pages.find((range) => range.total !== total)?.total ?? total,
  };
  if (actual.first !== first || actual.last !== last || actual.total !== total) {
    return withText<Difference>({ path, problem: 'range', expected: stated, actual: `${actual.first}–${actual.last} of ${actual.total}` },
      msg('verify.difference.range', { path, first: actual.first, last: actual.last, total: actual.total, expectedFirst: first, expectedLast: last, expectedTotal: total }));
  }
  for (let index = 1; index < pages.length; index++) {
    const before = pages[index - 1];
    const page = pages[index];
    if (page.first === before.last + 1) continue;
    return withText<Difference>({ path, problem: 'range', page: page.page, expected: `${before.last + 1}–`, actual: `${page.first}–${page.last}` },
      msg('verify.difference.range-gap', { path, page: page.page, first: page.first, ended: before.last }));
  }
  return null;
}

// letter.pdf holds every letter the manifest states, in order, each numbered from its page 1 in its own language
// ("Page 1 of 1", "第1页，共1页"): a one-page letter taken out whole, or another letter's page put in its place, leaves
// every page number running as built, but not as many letters as the fingerprint covers, nor each in its language.
import { msg, withText } from '../../i18n/message.js';
import { fillWords, hasPacketWords, packetWords } from '../pages/packet-words.js';
import type { PrintedPageNumber } from './page-numbers.js';
import type { Difference } from './verify-packet.js';

/**
 * Where the letters read from a file's page numbers (a letter starts at each page 1) differ from the letters the
 * manifest states, given by their languages in order; null when they agree. Meant for pages already found to run as built.
 */
export function letterPartsDifference(path: string, pages: ReadonlyArray<PrintedPageNumber | null>, languages: ReadonlyArray<string | undefined>): Difference | null {
  const starts = pages.flatMap((page, index) => (page?.n === 1 ? [index] : []));
  if (starts.length !== languages.length) {
    return withText<Difference>(
      { path, problem: 'letters', expected: String(languages.length), actual: String(starts.length) },
      msg('verify.difference.letters', { path, expected: languages.length, actual: starts.length }),
    );
  }
  for (const [letter, start] of starts.entries()) {
    const language = languages[letter];
    // A letter in a language without packet words is numbered in the packet's, which the manifest does not state.
    if (language === undefined || !hasPacketWords(language)) continue;
    const expected = packetWords(language).page;
    for (let index = start; index < (starts[letter + 1] ?? pages.length); index++) {
      const printed = pages[index];
      if (!printed?.words || printed.words === expected) continue;
      const actual = fillWords(printed.words, { n: printed.n, total: printed.total });
      return withText<Difference>(
        { path, problem: 'letters', page: index + 1, expected: language, actual },
        msg('verify.difference.letter-language', { path, page: index + 1, expected: language, actual }),
      );
    }
  }
  return null;
}

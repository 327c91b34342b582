// What `petition verify` prints: one plain line per file that differs from the manifest.
import { english, type Translator } from '../../i18n/translator.js';
import type { Difference } from './verify-packet.js';
import { visibleInLine } from '../../text/visible-in-line.js';

function short(hash: string | undefined): string {
  return hash ? hash.slice(0, 16) : '?';
}

function shown(value: string | undefined): string | undefined {
  return value === undefined ? undefined : visibleInLine(value);
}

export function describeDifference(difference: Difference, words: Translator = english()): string {
  if (difference.text) return words.say(difference.text);
  // A file name is the folder's, made by whoever handed it over: shown so that it can forge no line and pass for no other name.
  const path = visibleInLine(difference.path);
  const expected = shown(difference.expected);
  const actual = shown(difference.actual);
  switch (difference.problem) {
    case 'missing':
      return actual ? words.t('verify.difference.missing-because', { path, reason: actual }) : words.t('verify.difference.missing', { path });
    case 'size':
      return words.t('verify.difference.size-text', { path, expected: expected ?? '?', actual: actual ?? '?' });
    case 'changed':
      return words.t('verify.difference.changed', { path, expected: short(expected), actual: short(actual) });
    case 'unlisted':
      return words.t('verify.difference.unlisted', { path });
    case 'unsealed':
      return words.t('verify.difference.unsealed', { path, reason: actual ?? '' });
    case 'fingerprint':
      return words.t('verify.difference.fingerprint', { path, expected: expected ?? '', actual: actual ?? '' });
    case 'paper':
      return words.t('verify.difference.paper', { path, expected: expected ?? '', actual: actual ?? '' });
    case 'printed':
      return difference.page === undefined
        ? words.t('verify.difference.printed-unreadable', { path, reason: actual ?? '' })
        : actual === 'none'
          ? words.t('verify.difference.printed-none', { path, page: difference.page, expected: expected ?? '' })
          : words.t('verify.difference.printed', { path, page: difference.page, expected: expected ?? '', actual: actual ?? '' });
    case 'pages':
      return words.t('verify.difference.pages', { path, expected: Number(expected), actual: Number(actual) });
    case 'range':
      return words.t('verify.difference.range-text', { path, expected: expected ?? '', actual: actual ?? '' });
    case 'numbering':
      return words.t('verify.difference.numbering', { path, page: difference.page ?? 0, expected: expected ?? '', actual: actual ?? '' });
    case 'letters':
      return difference.page === undefined
        ? words.t('verify.difference.letters', { path, expected: Number(expected), actual: Number(actual) })
        : words.t('verify.difference.letter-language', { path, page: difference.page, expected: expected ?? '', actual: actual ?? '' });
    case 'extra':
      return words.t('verify.difference.not-a-part', { path });
    case 'ledger':
      return expected === undefined
        ? words.t('verify.difference.ledger-unchecked', { path, reason: actual ?? '' })
        : words.t('verify.difference.ledger', { path, expected: short(expected), actual: short(actual) });
  }
}

export function describeDifferences(differences: readonly Difference[], words: Translator = english()): string[] {
  return differences.map((difference) => describeDifference(difference, words));
}

// What the pages could not print as written, in words for the manifest: the record of a packet's compromises.
import type { Message } from '../../i18n/message.js';
import { english } from '../../i18n/translator.js';

const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}/u;

/**
 * `missing` are the characters no font has (an emoji among them is left out of the printed name, anything else is
 * transliterated); `untranslated` the sentences naming a missing translation.
 */
export function manifestWarnings(missing: readonly string[], untranslated: readonly Message[]): string[] {
  const dropped = missing.filter((ch) => EMOJI.test(ch));
  const latin = missing.filter((ch) => !EMOJI.test(ch));
  return [
    ...(dropped.length ? [`left out of printed names (no font has them): ${dropped.join(' ')}`] : []),
    ...(latin.length ? [`printed in Latin letters (no font has them): ${latin.join(' ')}`] : []),
    ...untranslated.map((missing) => english().t('packet.untranslated', { missing })),
  ];
}

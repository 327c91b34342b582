// What the pages could not print as written, in words for the manifest: the record of a packet's compromises.
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}/u;

/**
 * `missing` are the characters no font has (an emoji among them is left out of the printed name, anything else is
 * transliterated); `untranslated` the sentences naming a missing translation.
 */
export function manifestWarnings(missing: readonly string[], untranslated: readonly string[]): string[] {
  const dropped = missing.filter((ch) => EMOJI.test(ch));
  const latin = missing.filter((ch) => !EMOJI.test(ch));
  return [
    ...(dropped.length ? [`left out of printed names (no font has them): ${dropped.join(' ')}`] : []),
    ...(latin.length ? [`printed in Latin letters (no font has them): ${latin.join(' ')}`] : []),
    ...untranslated.map((sentence) => `missing translation: ${sentence}`),
  ];
}

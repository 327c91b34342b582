// Text cut to a length for a message, between user-perceived characters: a cut inside a surrogate pair prints "�",
// one inside an emoji sequence or before a combining mark changes what was written.

const GRAPHEMES = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** `text` when it is at most `max` UTF-16 units long; otherwise its first whole characters and "…", `max` units at most. */
export function shortenText(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = '';
  for (const { segment } of GRAPHEMES.segment(text)) {
    if (kept.length + segment.length > max - 1) break;
    kept += segment;
  }
  return `${kept}…`;
}

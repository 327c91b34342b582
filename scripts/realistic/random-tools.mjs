// Small helpers over one seeded generator (scripts/synthetic-export.mjs), so a seed always gives the same set.

export const pick = (random, list) => list[Math.floor(random() * list.length)];

/** An item of `list` drawn with probability proportional to weightOf(item). */
export function weighted(random, list, weightOf) {
  let total = 0;
  for (const item of list) total += weightOf(item);
  let x = random() * total;
  for (const item of list) {
    x -= weightOf(item);
    if (x < 0) return item;
  }
  return list[list.length - 1];
}

/** A key of `weights` ({ key: weight }) drawn by weight. */
export const weightedKey = (random, weights) => weighted(random, Object.keys(weights), (key) => weights[key]);

export const capital = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/** Latin letters without their accents, as people type them on a keyboard without them (José → Jose, Weiß → Weiss). */
export function stripAccents(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/ł/g, 'l').replace(/œ/g, 'oe');
}

/** German umlauts written out (Müller → Mueller), as Germans do when a form refuses them. */
export const spellOutUmlauts = (text) => text.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae')
  .replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue').replace(/ß/g, 'ss');

const KEYBOARD_NEIGHBOURS = { a: 'sq', e: 'wr', i: 'uo', o: 'ip', u: 'yi', n: 'mb', m: 'n', r: 'et', t: 'ry', s: 'ad', l: 'k', h: 'gj', c: 'xv', d: 'sf' };

/** One slip of the keyboard: a letter dropped, doubled, swapped with the next, or replaced by a neighbour. */
export function typo(random, text) {
  if (/[^\p{Script=Latin}\s\-'.]/u.test(text)) return /[가-힣]/.test(text) ? hangulTypo(random, text) : text;
  const chars = [...text];
  if (chars.length < 3) return text;
  const at = 1 + Math.floor(random() * (chars.length - 2));
  const kind = random();
  if (kind < 0.3) chars.splice(at, 1);
  else if (kind < 0.5) chars.splice(at, 0, chars[at]);
  else if (kind < 0.75) [chars[at], chars[at + 1]] = [chars[at + 1] ?? chars[at], chars[at]];
  else {
    const lower = chars[at].toLowerCase();
    const near = KEYBOARD_NEIGHBOURS[lower];
    chars[at] = near ? pick(random, [...near]) : lower === chars[at] ? 'e' : 'E';
  }
  return chars.join('');
}

/**
 * A slip of the pen or keyboard in a Hangul name, as a volunteer typing up a paper sheet makes it: one syllable's
 * vowel or final consonant changed (은 → 운, 현 → 헌, 민 → 빈 is left out: the initial stays).
 */
export function hangulTypo(random, text) {
  const chars = [...text];
  const syllables = chars.map((c, i) => (c >= '가' && c <= '힣' ? i : -1)).filter((i) => i > 0);
  if (syllables.length === 0) return text;
  const at = pick(random, syllables);
  const code = chars[at].charCodeAt(0) - 0xac00;
  const initial = Math.floor(code / 588);
  let vowel = Math.floor((code % 588) / 28);
  let final = code % 28;
  if (random() < 0.6) vowel = (vowel + (random() < 0.5 ? 1 : 20)) % 21;
  else final = final === 0 ? 4 : 0;
  chars[at] = String.fromCharCode(0xac00 + initial * 588 + vowel * 28 + final);
  return chars.join('');
}

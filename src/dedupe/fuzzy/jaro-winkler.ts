// Jaro-Winkler similarity of two short strings (names, cities, streets): 1 for equal, 0 for nothing in common.

// Reused across calls so a million comparisons allocate nothing; names longer than this fall back to fresh arrays.
const SCRATCH_LENGTH = 64;
const scratchA = new Uint8Array(SCRATCH_LENGTH);
const scratchB = new Uint8Array(SCRATCH_LENGTH);

/** Winkler's variant: common prefixes up to 4 characters raise the Jaro score by 0.1 each step. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1;
  const lengthA = a.length;
  const lengthB = b.length;
  if (lengthA === 0 || lengthB === 0) return 0;
  const matchedA = lengthA <= SCRATCH_LENGTH ? scratchA : new Uint8Array(lengthA);
  const matchedB = lengthB <= SCRATCH_LENGTH ? scratchB : new Uint8Array(lengthB);
  matchedA.fill(0, 0, lengthA);
  matchedB.fill(0, 0, lengthB);
  const window = Math.max(0, (Math.max(lengthA, lengthB) >> 1) - 1);
  let matches = 0;
  for (let i = 0; i < lengthA; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(lengthB - 1, i + window);
    const code = a.charCodeAt(i);
    for (let j = from; j <= to; j++) {
      if (matchedB[j] === 0 && b.charCodeAt(j) === code) {
        matchedA[i] = 1;
        matchedB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let halfTranspositions = 0;
  let k = 0;
  for (let i = 0; i < lengthA; i++) {
    if (matchedA[i] === 0) continue;
    while (matchedB[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) halfTranspositions++;
    k++;
  }
  const jaro = (matches / lengthA + matches / lengthB + (matches - halfTranspositions / 2) / matches) / 3;
  let prefix = 0;
  const prefixLimit = Math.min(4, lengthA, lengthB);
  while (prefix < prefixLimit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

// sortedDistinct: strings sorted and each kept once, for lists of signers' keys too long for a Set.
/**
 * The strings sorted by code unit (as `sort()` does), each once: what `[...new Set(values)].sort()` gives, without a
 * Set, which would pass V8's 2^24-entry limit on 20 million signers' keys. Sorts `values` in place.
 */
export function sortedDistinct(values: string[]): string[] {
  values.sort();
  let kept = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[kept - 1]) values[kept++] = values[i];
  values.length = kept;
  return values;
}

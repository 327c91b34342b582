// Finds the header a user most likely meant, for "did you mean" hints in error messages.
import { headerKey } from './header-key.js';

/** The header whose folded form is nearest (by edit distance) to `wanted`; undefined when there are no headers. */
export function closestHeader(wanted: string, headers: readonly string[]): string | undefined {
  const wantedKey = headerKey(wanted);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const header of headers) {
    const distance = editDistance(wantedKey, headerKey(header));
    if (distance < bestDistance) {
      best = header;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance over UTF-16 code units: headers are short, so the simple two-row table is enough. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

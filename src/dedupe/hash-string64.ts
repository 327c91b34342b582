// A 64-bit string hash as two 32-bit halves, so millions of distinct keys collide with negligible probability.

/** The two halves of the last hash; read them right after calling hashString64 (no allocation per row). */
export const hashOut = new Int32Array(2);

/**
 * Hashes `text` into hashOut[0] (high half) and hashOut[1] (low half).
 * The empty string hashes to 0:0, which means "no key"; any other text never does.
 * Two independent multiply-xor lanes with a final avalanche (cyrb53's construction, both lanes kept at 32 bits):
 * for 5,000,000 distinct keys the chance of any collision is about n²/2⁶⁵ ≈ 7·10⁻⁷.
 */
export function hashString64(text: string): void {
  hashString64Without(text, -1);
}

/**
 * hashString64 of `text` with every code unit `left` taken out, without building that text: the exact rules' name key
 * is the name key without its spaces (nameMatchKey), and a copy of it per row was a fiftieth of count --exact.
 */
export function hashString64Without(text: string, left: number): void {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === left) continue;
    kept++;
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  if (kept === 0) {
    hashOut[0] = 0;
    hashOut[1] = 0;
    return;
  }
  finish(h1, h2);
}

/** The final mix of the two lanes into hashOut; 0:0 is reserved for "no key". */
function finish(lane1: number, lane2: number): void {
  let h1 = Math.imul(lane1 ^ (lane1 >>> 16), 2246822507);
  h1 ^= Math.imul(lane2 ^ (lane2 >>> 13), 3266489909);
  let h2 = Math.imul(lane2 ^ (lane2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  hashOut[0] = h1;
  hashOut[1] = h1 === 0 && h2 === 0 ? 1 : h2;
}

// Several texts hashed as one key without joining them into a string first (a JSON array per row was most of the
// pasted-twice check's time at a million rows): hashBegin, hashText for each text, hashEnd; the result in hashOut.
// Each text is preceded by its length, so ["ab", "c"] and ["a", "bc"] are different keys.
let lane1 = 0;
let lane2 = 0;

export function hashBegin(): void {
  lane1 = 0xdeadbeef;
  lane2 = 0x41c6ce57;
}

export function hashText(text: string): void {
  mix(text.length);
  for (let i = 0; i < text.length; i++) mix(text.charCodeAt(i));
}

function mix(unit: number): void {
  lane1 = Math.imul(lane1 ^ unit, 2654435761);
  lane2 = Math.imul(lane2 ^ unit, 1597334677);
}

export function hashEnd(): void {
  finish(lane1, lane2);
}

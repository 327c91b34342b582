// A short fingerprint of who signed, independent of file order, so two packets can be compared at a glance.
import { createHash } from 'node:crypto';
import { sortedDistinct } from '../../text/sorted-distinct.js';

/** Keys hashed per update: one `hash.update` per key costs more than the hashing itself. */
const CHUNK_CHARS = 64 * 1024;

/** First 12 hex digits of SHA-256 over the sorted, distinct signer keys, one per line. */
export function signerListFingerprint(keys: Iterable<string>): string {
  return fingerprintOfSortedKeys(sortedDistinct([...keys]));
}

/** The same fingerprint for keys already sorted and distinct (e.g. streamed from SignerKeys, never all held as strings). */
export function fingerprintOfSortedKeys(sortedDistinct: Iterable<string>): string {
  const hash = createHash('sha256');
  let chunk = '';
  for (const key of sortedDistinct) {
    chunk += `${key}\n`;
    if (chunk.length >= CHUNK_CHARS) {
      hash.update(chunk);
      chunk = '';
    }
  }
  if (chunk) hash.update(chunk);
  return hash.digest('hex').slice(0, 12);
}

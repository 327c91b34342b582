// A short fingerprint of who signed, independent of file order, so two packets can be compared at a glance.
import { createHash } from 'node:crypto';

/** First 12 hex digits of SHA-256 over the sorted, distinct signer keys, one per line. */
export function signerListFingerprint(keys: Iterable<string>): string {
  const sorted = [...new Set(keys)].sort();
  const hash = createHash('sha256');
  for (const key of sorted) hash.update(`${key}\n`);
  return hash.digest('hex').slice(0, 12);
}

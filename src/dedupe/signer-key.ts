// A stable, non-reversible key per signer: the same person gives the same key on every run, and no personal data.
import { createHash } from 'node:crypto';
import type { Signature } from '../types.js';

/** SHA-256 of the canonical email, or of name + postcode (or city) + country when there is no valid email; 16 hex. */
export function signerKey(signature: Signature): string {
  const basis = signature.emailKey
    ? `e:${signature.emailKey}`
    : `n:${signature.nameKey}|${signature.postcodeKey || signature.cityKey}|${signature.country}`;
  return createHash('sha256').update(basis).digest('hex').slice(0, 16);
}

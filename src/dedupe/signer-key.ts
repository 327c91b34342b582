// A stable, non-reversible key per signer: the same person gives the same key on every run, and no personal data.
import { createHash } from 'node:crypto';
import type { Signature } from '../types.js';

/**
 * SHA-256 of the canonical email, or of name + postcode (or city) + country when there is no valid email; 16 hex. A
 * signer with neither (an "Anonymous" name cell on an export without emails) is keyed by when they signed as well:
 * by place alone, every later anonymous signer of that city would look delivered already, and a follow-up would not
 * count them.
 */
export function signerKey(signature: Signature): string {
  const place = `${signature.postcodeKey || signature.cityKey}|${signature.country}`;
  const basis = signature.emailKey
    ? `e:${signature.emailKey}`
    : signature.nameKey ? `n:${signature.nameKey}|${place}` : `a:${signature.signedAt ?? ''}|${place}`;
  return createHash('sha256').update(basis).digest('hex').slice(0, 16);
}

/**
 * The weaker key of a signer: name + country only, so that a city, postcode or email corrected in the export after a
 * delivery (added, removed or changed) still finds them (src/ledger/delivered-matcher.ts). Namesakes share it, so it
 * never decides alone. Null for a row without a name.
 */
export function weakSignerKey(signature: Signature): string | null {
  if (!signature.nameKey) return null;
  return createHash('sha256').update(`w:${signature.nameKey}|${signature.country}`).digest('hex').slice(0, 16);
}

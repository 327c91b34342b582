// The one privacy rule for naming a country beside its number of signers: "1 signer from Denmark" can point at a person
// (some signers have family in North Korea). The press kit and the count-only packet's certificate and summary use it.
import type { Delivery } from '../campaign/campaign-schema.js';

/** Fewer signers than this from one country, and a document the rule covers sums it into "other countries". */
export const MIN_SIGNERS_NAMED = 3;

/**
 * The fewest signers a country needs to be named: `public` readers (a press kit) or the `official` receiving the packet.
 * A public list names everyone already; a packet whose list shows each signer's country to the official names it too;
 * a count-only packet (chosen so that names do not reach the official) and a press kit of a non-public list do not.
 */
export function fewestSignersNamed(privacy: Delivery['privacy'], readers: 'public' | 'official'): number {
  if (privacy === 'public') return 1;
  if (readers === 'official' && privacy !== 'count-only') return 1;
  return MIN_SIGNERS_NAMED;
}

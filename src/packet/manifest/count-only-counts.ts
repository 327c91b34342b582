// The counts a count-only packet's manifest.json carries: only what its documents state. The folder is handed over
// with the packet, so a table the certificate and summary fold ("Other countries (13)") is folded here too, and the
// per-day and per-source tables and the export paths stay with the organizer (the ledger and the exports hold them).
import type { Delivery } from '../../campaign/campaign-schema.js';
import type { CountBucket, Counts } from '../../types.js';
import { namesCountry } from '../../tally/country-bucket.js';
import { fewestSignersNamed } from '../../tally/fewest-named.js';

/** The key the folded rows of a table are summed under. */
export const FOLDED_KEY = 'other';

function add(sum: CountBucket, bucket: CountBucket): CountBucket {
  return { rows: sum.rows + bucket.rows, rejected: sum.rejected + bucket.rejected, accepted: sum.accepted + bucket.accepted, duplicates: sum.duplicates + bucket.duplicates, unique: sum.unique + bucket.unique };
}

/** Rows with fewer signers than `fewest` summed into one row; a single folded row is summed with none other, so it goes too. */
function folded(table: Record<string, CountBucket>, fewest: number, foldable: (key: string) => boolean): Record<string, CountBucket> {
  const kept: Record<string, CountBucket> = {};
  let other: CountBucket | null = null;
  for (const [key, bucket] of Object.entries(table)) {
    if (bucket.unique >= fewest || !foldable(key)) kept[key] = bucket;
    else other = add(other ?? { rows: 0, rejected: 0, accepted: 0, duplicates: 0, unique: 0 }, bucket);
  }
  if (other) kept[FOLDED_KEY] = other;
  return kept;
}

/** The counts as the manifest records them for a packet with this privacy profile. */
export function manifestCounts(counts: Counts, privacy: Delivery['privacy']): Counts {
  if (privacy !== 'count-only') return counts;
  const fewest = fewestSignersNamed(privacy, 'official');
  return {
    ...counts,
    rejectReasons: {},
    duplicatesByRule: {},
    byCountry: folded(counts.byCountry, fewest, namesCountry),
    byLanguage: folded(counts.byLanguage, fewest, () => true),
    byDay: {},
    bySource: {},
  };
}

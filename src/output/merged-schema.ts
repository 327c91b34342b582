// The canonical schema of merged.csv: one row per unique signer (documented in docs/merged-csv.md).
import type { Signature } from '../types.js';

export const MERGED_COLUMNS = [
  'signer', 'source', 'source_row', 'name', 'given', 'family', 'email', 'phone', 'street', 'city', 'region',
  'postcode', 'country', 'signed_at', 'language', 'anonymous', 'comment', 'birth_date', 'id_number', 'duplicates',
] as const;

export function mergedRow(signer: string, signature: Signature, duplicates: number): Array<string | number> {
  return [
    signer, signature.source, signature.row, signature.name, signature.given, signature.family, signature.email,
    signature.phone, signature.street, signature.city, signature.region, signature.postcode, signature.country,
    signature.signedAt === null ? '' : new Date(signature.signedAt).toISOString(), signature.language,
    signature.anonymous ? 'yes' : 'no', signature.comment, signature.birthDate, signature.idNumber, duplicates,
  ];
}

/** "S1", "S2", …: the name of a signer (a cluster) in clusters.csv and merged.csv. */
export function signerName(cluster: number): string {
  return `S${cluster + 1}`;
}

// What `petition verify` prints: one plain line per file that differs from the manifest.
import type { Difference } from './verify-packet.js';

function short(hash: string | undefined): string {
  return hash ? hash.slice(0, 16) : '?';
}

export function describeDifference(difference: Difference): string {
  switch (difference.problem) {
    case 'missing':
      return `${difference.path}: missing${difference.actual ? ` (${difference.actual})` : ''}`;
    case 'size':
      return `${difference.path}: size differs: manifest says ${difference.expected}, file has ${difference.actual}`;
    case 'changed':
      return `${difference.path}: content changed: SHA-256 ${short(difference.actual)}… where the manifest says ${short(difference.expected)}…`;
    case 'unlisted':
      return `${difference.path}: not listed in the manifest (added to the folder after the packet was built?)`;
    case 'unsealed':
      return `${difference.path}: carries no packet fingerprint (${difference.actual}); it can only be checked against itself`;
    case 'fingerprint':
      return `${difference.path}: its figures give the packet fingerprint ${difference.actual}, but it says ${difference.expected}: counts, inputs or delivery were edited`;
    case 'paper':
      return `${difference.path}: its figures give the packet fingerprint ${difference.actual}, but the paper says ${difference.expected}`;
    case 'ledger':
      return difference.expected === undefined
        ? `${difference.path}: cannot be checked against the ledger: ${difference.actual}`
        : `${difference.path}: differs from the one the ledger recorded when the packet was marked delivered (${short(difference.actual)}… where the ledger says ${short(difference.expected)}…)`;
  }
}

export function describeDifferences(differences: readonly Difference[]): string[] {
  return differences.map(describeDifference);
}

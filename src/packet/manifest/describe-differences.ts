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
  }
}

export function describeDifferences(differences: readonly Difference[]): string[] {
  return differences.map(describeDifference);
}

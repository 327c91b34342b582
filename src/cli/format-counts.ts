// The readable summary of `petition count`: rows read, rejected by reason, duplicates by rule, unique signers.
import { petitionCommand } from './shell-words.js';
import { withoutLineBreaks } from '../errors.js';
import type { ChalkInstance } from 'chalk';
import type { Counts, CountBucket } from '../types.js';
import { pluralForm } from '../text/counted.js';

const TOP_COUNTRIES = 10;
const n = (value: number): string => value.toLocaleString('en-US');

function breakdown(values: Record<string, number>): string {
  const parts = Object.entries(values).filter(([, count]) => count > 0).sort((a, b) => b[1] - a[1]).map(([key, count]) => `${key.replaceAll('_', ' ')} ${n(count)}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function topBuckets(buckets: Record<string, CountBucket>, limit: number): Array<[string, CountBucket]> {
  return Object.entries(buckets).filter(([, b]) => b.unique > 0).sort((a, b) => b[1].unique - a[1].unique || a[0].localeCompare(b[0])).slice(0, limit);
}

/**
 * The counts as a table. `inputs` are the arguments that name the inputs again (`['--campaign', 'c.yaml']` or the
 * files), so the hint for pairs awaiting review is a command that runs as pasted.
 */
export function formatCounts(counts: Counts, color: ChalkInstance, inputs: readonly string[]): string {
  const width = Math.max(n(counts.rows).length, 7);
  const line = (label: string, value: number, extra = ''): string => `  ${label.padEnd(16)}${n(value).padStart(width)}${extra}\n`;
  let text = '';
  text += line('rows read', counts.rows);
  text += line('rejected', counts.rejected, color.dim(breakdown(counts.rejectReasons)));
  text += line('accepted', counts.accepted);
  text += line('duplicates', counts.duplicates, color.dim(breakdown(counts.duplicatesByRule)));
  text += `  ${color.bold('unique signers'.padEnd(16))}${color.bold(n(counts.unique).padStart(width))}\n`;
  if (counts.pendingReview > 0) {
    const pairs = pluralForm({ one: 'pair', other: 'pairs' }, counts.pendingReview);
    const decided = pluralForm({ one: 'is decided', other: 'are decided' }, counts.pendingReview);
    text += `  ${'range'.padEnd(16)}${`between ${n(counts.uniqueLow)} and ${n(counts.uniqueHigh)} until the ${n(counts.pendingReview)} ${pairs} awaiting review ${decided}`}\n`;
    text += line('awaiting review', counts.pendingReview, ` ${pairs}, counted as two people until decided (decide them with: ${petitionCommand(['dedupe', ...inputs, '-o', 'merged.csv', '--review', 'review.csv'])}, then ${petitionCommand(['review', 'review.csv'])})`);
  }

  const countries = topBuckets(counts.byCountry, TOP_COUNTRIES);
  if (countries.length) {
    const rest = Object.keys(counts.byCountry).filter((k) => counts.byCountry[k].unique > 0).length - countries.length;
    text += `\nTop countries: ${countries.map(([code, b]) => `${code} ${n(b.unique)}`).join(' · ')}${rest > 0 ? ` · ${rest} more` : ''}\n`;
  }

  const sources = Object.entries(counts.bySource);
  if (sources.length) {
    const nameWidth = Math.min(Math.max(...sources.map(([s]) => s.length), 6), 48);
    text += `\n  ${'source'.padEnd(nameWidth)}  ${'rows'.padStart(8)}  ${'rejected'.padStart(8)}  ${'dupes'.padStart(8)}  ${'unique'.padStart(8)}\n`;
    for (const [source, b] of sources) {
      text += `  ${withoutLineBreaks(source).padEnd(nameWidth)}  ${n(b.rows).padStart(8)}  ${n(b.rejected).padStart(8)}  ${n(b.duplicates).padStart(8)}  ${n(b.unique).padStart(8)}\n`;
    }
  }
  if (counts.firstSigned) text += `\nFirst signature ${counts.firstSigned.slice(0, 10)}, last ${(counts.lastSigned ?? '').slice(0, 10)}\n`;
  return text;
}

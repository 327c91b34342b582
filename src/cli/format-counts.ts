// The readable summary of `petition count`: rows read, rejected by reason, duplicates by rule, unique signers.
import { dirname, join } from 'node:path';
import { petitionCommand } from '../text/shell-words.js';
import { visibleInLine } from '../errors.js';
import type { ChalkInstance } from 'chalk';
import type { Counts } from '../types.js';
import { english, type Translator } from '../i18n/translator.js';
import { reasonText } from '../i18n/reason-text.js';
import { countryLines, NAMED_COUNTRIES } from '../packet/pages/country-lines.js';
import { displayWidth, padStartToWidth, padToWidth } from '../dedupe/explain/display-width.js';

/**
 * How to decide the pairs, with the user's own paths: the review file this run wrote, else a dedupe run that writes
 * one beside the user's merged list (`-o`), with the same inputs.
 */
function reviewHint(pairs: number, words: Translator, inputs: readonly string[], written: WrittenFiles): string {
  if (written.review !== undefined) return words.t('counts.review-written', { pairs, review: petitionCommand(['review', written.review]) });
  const merged = written.merged ?? 'merged.csv';
  const review = written.merged === undefined ? 'review.csv' : join(dirname(written.merged), 'review.csv');
  return words.t('counts.review', {
    pairs,
    dedupe: petitionCommand(['dedupe', ...inputs, '-o', merged, '--review', review]),
    review: petitionCommand(['review', review]),
  });
}

/** The files this run wrote, as the user named them: the review hint names these, not files of its own. */
export interface WrittenFiles {
  /** `-o`: the merged list. */
  merged?: string;
  /** `--review`: the pairs awaiting review, written by this run. */
  review?: string;
}

/**
 * Which countries the line of top countries names: the packet's rule (countryLines) with the delivery's privacy
 * (`fewest`, fewestSignersNamed) and the countries its other tables fold (`alsoFolded`), so the console names and
 * folds ("· 13 more countries") exactly the countries the packet's summary and certificate do.
 */
export interface CountryFold {
  fewest?: number;
  alsoFolded?: readonly string[];
}

/**
 * The counts as a table, in the organizer's language. `inputs` are the arguments that name the inputs again
 * (`['--campaign', 'c.yaml']` or the files), so the hint for pairs awaiting review is a command that runs as pasted;
 * `written` are the user's own output paths, which the hint reuses (a review file already written needs no new run).
 */
export function formatCounts(counts: Counts, color: ChalkInstance, words: Translator = english(), inputs: readonly string[] = [], written: WrittenFiles = {}, fold: CountryFold = {}): string {
  const { t } = words;
  const n = (value: number): string => t('number', { value });
  /** " (no name 3, broken row 1)": reasons (or rules) by how often they happened. */
  const breakdown = (values: Record<string, number>, name: (key: string) => string): string => {
    const parts = Object.entries(values).filter(([, count]) => count > 0).sort((a, b) => b[1] - a[1]).map(([key, count]) => `${name(key)} ${n(count)}`);
    return parts.length ? ` (${parts.join(', ')})` : '';
  };
  const width = Math.max(n(counts.rows).length, 7);
  const line = (label: string, value: number, extra = ''): string => `  ${padToWidth(label, 16)}${n(value).padStart(width)}${extra}\n`;
  let text = '';
  text += line(t('counts.rows'), counts.rows);
  text += line(t('counts.rejected'), counts.rejected, color.dim(breakdown(counts.rejectReasons, (reason) => reasonText(reason, words))));
  text += line(t('counts.accepted'), counts.accepted);
  text += line(t('counts.duplicates'), counts.duplicates, color.dim(breakdown(counts.duplicatesByRule, (rule) => words.known(`rule.${rule}`) ?? rule.replaceAll('_', ' '))));
  text += `  ${color.bold(padToWidth(t('counts.unique'), 16))}${color.bold(n(counts.unique).padStart(width))}\n`;
  if (counts.pendingReview > 0) {
    text += `  ${padToWidth(t('counts.range-label'), 16)}${t('counts.range', { low: counts.uniqueLow, high: counts.uniqueHigh, pairs: counts.pendingReview })}\n`;
    text += line(t('counts.review-label'), counts.pendingReview, ` ${reviewHint(counts.pendingReview, words, inputs, written)}`);
  }

  // "No country" is no country: its signers are said apart, so the countries shown and "N more" add up to the
  // number of countries the letter states.
  // The packet's one folding rule (countryLines), from the same tally: no country named here and folded there.
  const lines = countryLines(Object.entries(counts.byCountry).map(([code, b]) => [code, b.unique] as const), words.language, NAMED_COUNTRIES, fold.fewest ?? 1, fold.alsoFolded ?? []);
  const without = lines.unnamed.reduce((sum, [, signers]) => sum + signers, 0);
  if (lines.named.length || lines.others) {
    const rest = lines.others?.countries ?? 0;
    const top = lines.named.map(([code, signers]) => `${code} ${n(signers)}`).join(' · ');
    const key = rest > 0 ? (without > 0 ? 'counts.top-countries-more-without' : 'counts.top-countries-more') : without > 0 ? 'counts.top-countries-without' : 'counts.top-countries';
    text += `\n${t(key, { top, rest, without })}\n`;
  }

  const sources = Object.entries(counts.bySource);
  if (sources.length) {
    // Columns on the terminal, not characters: a sheet named in Hangul takes two a letter (verifyR1 F-L5).
    const nameWidth = Math.min(Math.max(...sources.map(([s]) => displayWidth(visibleInLine(s))), 6), 48);
    text += `\n  ${padToWidth(t('counts.col.source'), nameWidth)}  ${padStartToWidth(t('counts.col.rows'), 8)}  ${padStartToWidth(t('counts.col.rejected'), 8)}  ${padStartToWidth(t('counts.col.dupes'), 8)}  ${padStartToWidth(t('counts.col.unique'), 8)}\n`;
    for (const [source, b] of sources) {
      text += `  ${padToWidth(visibleInLine(source), nameWidth)}  ${n(b.rows).padStart(8)}  ${n(b.rejected).padStart(8)}  ${n(b.duplicates).padStart(8)}  ${n(b.unique).padStart(8)}\n`;
    }
  }
  // The days of the by-day tally, which are in the campaign's time zone: the UTC date of the first and last
  // instants can fall on another day than the tally and the letter say.
  const days = Object.entries(counts.byDay).filter(([day, bucket]) => day !== 'unknown' && bucket.accepted > 0).map(([day]) => day).sort();
  // Paper lines with no date of their own are on their sheet's day in byDay, but signed no one knows when: the period
  // is the dated signatures', as the letter and the press release say it, and they are named apart.
  if (counts.sheetDated) {
    const period = counts.datedDays ? t('counts.first-last', { first: counts.datedDays.first, last: counts.datedDays.last }) : '';
    text += `\n${[period, t('counts.sheet-dated', { count: counts.sheetDated })].filter(Boolean).join('; ')}\n`;
  } else if (days.length > 0) text += `\n${t('counts.first-last', { first: days[0], last: days[days.length - 1] })}\n`;
  return text;
}

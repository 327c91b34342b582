// One uncertain pair on screen: both records aligned field by field, the fields that differ highlighted.
import type { ChalkInstance } from 'chalk';
import { maskEmail } from '../../output/mask.js';
import type { ReviewSide } from '../fuzzy/review-csv.js';
import { displayWidth, fitTailToWidth, fitToWidth, padToWidth } from './display-width.js';
import type { ReviewPair } from './review-file.js';
import { english, type Translator } from '../../i18n/translator.js';

const FIELDS = ['name', 'email', 'city', 'postcode', 'country', 'date', 'source', 'row'] as const;
type Field = (typeof FIELDS)[number];
/** Widest a column gets, so two records fit an 80-column terminal beside the labels. */
const MAX_COLUMN = 34;
const LABEL = 10;

/** How two values compare: equal, one missing, or different (what the reviewer should look at). */
export type Agreement = 'same' | 'missing' | 'different';

export function compareValues(a: string, b: string): Agreement {
  const x = a.normalize('NFKC').trim().toLowerCase();
  const y = b.normalize('NFKC').trim().toLowerCase();
  if (!x || !y) return x === y ? 'same' : 'missing';
  return x === y ? 'same' : 'different';
}

export function formatReviewPair(pair: ReviewPair, position: { at: number; of: number }, color: ChalkInstance, words: Translator = english()): string {
  const shown = (side: ReviewSide, field: Field): string => {
    if (field === 'email') return maskEmail(side.email);
    if (field === 'row') return Number.isFinite(side.row) && side.row > 0 ? String(side.row) : '';
    return side[field];
  };
  const width = Math.min(MAX_COLUMN, Math.max(8, ...FIELDS.map((f) => Math.max(displayWidth(shown(pair.a, f)), displayWidth(shown(pair.b, f))))));
  const lines: string[] = [];
  const label = (field: string): string => padToWidth(words.t(`label.${field}`), LABEL);
  lines.push(color.bold(words.t('review.pair-of', position)) + (pair.score ? `  ·  ${words.t('review.score', { score: Number.isFinite(Number(pair.score)) ? words.t('number.one-decimal', { value: Number(pair.score) }) : pair.score })}` : ''));
  lines.push(`  ${' '.repeat(LABEL)} ${padToWidth(color.dim('A'), width)}   ${color.dim('B')}`);
  for (const field of FIELDS) {
    // Compare the unmasked values: two emails can differ where the mask hides it.
    const raw = (side: ReviewSide): string => (field === 'row' ? String(side.row) : side[field]);
    const agreement = field === 'source' || field === 'row' ? 'same' : compareValues(raw(pair.a), raw(pair.b));
    const cell = (side: ReviewSide): string => {
      const text = (field === 'source' ? fitTailToWidth : fitToWidth)(shown(side, field), width);
      if (!text) return color.dim('—');
      return agreement === 'different' ? color.yellow.bold(text) : text;
    };
    const marker = agreement === 'different' ? color.yellow(' ≠') : '';
    lines.push(`  ${label(field)} ${padToWidth(cell(pair.a), width)}   ${cell(pair.b)}${marker}`);
  }
  if (pair.reasons) lines.push(color.dim(`  ${label('evidence')} ${pair.reasons}`));
  return lines.join('\n') + '\n';
}

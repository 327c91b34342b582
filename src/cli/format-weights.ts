// The weights matching used, in words: what each field's levels weighed, learned from these files or the defaults.
import type { WeightReport } from '../dedupe/fuzzy/estimate-weights.js';
import { english, type Translator } from '../i18n/translator.js';
import { padToWidth } from '../dedupe/explain/display-width.js';
import { fieldName } from '../i18n/field-name.js';

/** Fields every petition export has some of: shown even when nothing was learned about them. */
const PETITION_FIELDS = new Set(['given', 'family', 'email', 'postcode', 'city', 'country']);

const round1 = (bits: number): number => Math.round(bits * 10) / 10;

export function formatWeights(report: WeightReport, words: Translator = english()): string {
  const strict = new Set(report.strictFields.filter((f) => f.strict).map((f) => f.field));
  let text = `\n${words.t('weights.heading', { candidates: report.candidatePairs, random: report.randomPairs })}\n`;
  for (const [field, levels] of Object.entries(report.fields)) {
    const learnedAny = levels.some((level) => level.m_source === 'learned' || level.u_source === 'learned');
    if (!learnedAny && !PETITION_FIELDS.has(field)) continue;
    const learned = levels.some((level) => level.m_source === 'learned') ? 'yes' : 'no';
    const parts = levels.map((level) => `${level.level} ${words.t('number.one-decimal-signed', { value: level.bits })}`).join(', ');
    text += `  ${padToWidth(fieldName(field, words), 16)}${words.t('weights.field', { levels: parts, learned, strict: strict.has(field as never) ? 'yes' : 'no' })}\n`;
  }
  const overlaps = report.placeOverlap.filter((entry) => entry.share >= 0.05);
  if (overlaps.length) {
    const parts = overlaps.map((entry) => `${fieldName(entry.field, words)}→${fieldName(entry.tells, words)} ${words.t('number.percent', { value: entry.share })}`).join(', ');
    text += `  ${words.t('weights.place-overlap', { overlaps: parts })}\n`;
  }
  const source = report.sourcePrior;
  if (source) {
    text += `  ${words.t('weights.source', {
      same: words.t('number.one-decimal-signed', { value: round1(source.sameBits) }), other: words.t('number.one-decimal-signed', { value: round1(source.otherBits) }),
      sure: source.shareOfSurePairs, all: source.shareOfAllPairs,
    })}\n`;
  }
  text += `  ${words.t('weights.thresholds', report.thresholds)}\n`;
  text += `  ${words.t(report.householdsApart ? 'weights.households-apart' : 'weights.households-by-address')}\n`;
  return text;
}

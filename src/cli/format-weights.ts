// The weights matching used, in words: what each field's levels weighed, learned from these files or the defaults.
import type { WeightReport } from '../dedupe/fuzzy/estimate-weights.js';

/** Fields every petition export has some of: shown even when nothing was learned about them. */
const PETITION_FIELDS = new Set(['given', 'family', 'email', 'postcode', 'city', 'country']);

const signed = (bits: number): string => `${bits >= 0 ? '+' : ''}${bits.toFixed(1)}`;

export function formatWeights(report: WeightReport): string {
  const strict = new Set(report.strictFields.filter((f) => f.strict).map((f) => f.field));
  let text = `\nMatch weights, in bits (log2 of m/u: how much likelier the level is for one person than for two), `
    + `from ${report.candidatePairs.toLocaleString('en-US')} candidate and ${report.randomPairs.toLocaleString('en-US')} random pairs of these files:\n`;
  for (const [field, levels] of Object.entries(report.fields)) {
    const learnedAny = levels.some((level) => level.m_source === 'learned' || level.u_source === 'learned');
    if (!learnedAny && !PETITION_FIELDS.has(field)) continue;
    const learned = levels.some((level) => level.m_source === 'learned') ? 'm learned' : 'm default';
    const parts = levels.map((level) => `${level.level} ${signed(level.bits)}`).join(', ');
    text += `  ${field.padEnd(14)}${parts} (${learned}${strict.has(field as never) ? '; a disagreement means two people' : ''})\n`;
  }
  text += `  Pairs scoring ${report.thresholds.merge} bits or more were merged, from ${report.thresholds.review} they went to review (these files' thresholds).\n`;
  text += report.householdsApart
    ? '  A clearly different given name under one family name at a shared address or email is another person of the household.\n'
    : '  A clearly different given name at a shared address only weighs against a match: these files hold no email, so a household can\'t be told from a typing slip.\n';
  return text;
}

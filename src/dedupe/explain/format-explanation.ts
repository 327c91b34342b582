// The readable text of `petition explain`: the row as read, why it was kept, merged or rejected, and its signer.
import type { ChalkInstance } from 'chalk';
import { describeReasons } from '../fuzzy/review-csv.js';
import { displayWidth, fitToWidth, padToWidth } from './display-width.js';
import { placeText, type RowExplanation, type RowPlace } from './explain-row.js';
import type { ShownRecord } from './shown-record.js';
import { english, type Translator } from '../../i18n/translator.js';

/** A signer of thousands of rows (a shared placeholder email) is listed in part. */
const MAX_MEMBERS_SHOWN = 20;
const FIELDS = ['name', 'email', 'city', 'postcode', 'country', 'date'] as const;
const LABEL = 10;

export function formatExplanation(explanation: RowExplanation, color: ChalkInstance, words: Translator = english()): string {
  const e = explanation;
  const none = color.dim('—');
  const place = (at: RowPlace): string => words.say(placeText(at));
  const label = (field: string): string => padToWidth(words.t(`label.${field}`), LABEL);
  const lines: string[] = [];
  lines.push(color.bold(words.t('explain.heading', { place: placeText(e), line: e.line })));
  if (e.record) {
    for (const field of FIELDS) lines.push(`  ${label(field)} ${e.record[field] || none}`);
    if (e.record.paper) lines.push(`  ${label('paper')} ${e.record.paper}`);
  } else {
    lines.push(`  ${color.dim(words.t('explain.unsplit'))}`);
  }
  lines.push('');
  lines.push(`  ${label('status')} ${statusText(e, color, words)}`);
  lines.push(`  ${label('because')} ${words.say(e.becauseText ?? e.because)}`);

  if (e.fuzzy.length) {
    lines.push('', `  ${words.t('explain.fuzzy-heading', e.thresholds)}`);
    for (const link of e.fuzzy) {
      const from = link.from.file === e.file && link.from.row === e.row ? words.t('explain.this-row') : place(link.from);
      const values = { from, to: place(link.to), score: color.bold(words.t('number.one-decimal', { value: link.score })) };
      lines.push(`    ${words.t(link.rule === 'review_same' ? 'explain.link-decided' : 'explain.link', values)}`);
      for (const reason of link.reasons) {
        // The 'review' pseudo-field records a person's answer; it weighs nothing.
        const weight = Number.isFinite(reason.weight) && reason.field !== 'review' ? words.t('number.one-decimal-signed', { value: reason.weight }) : '';
        const paint = reason.weight < 0 ? color.red : reason.weight > 0 ? color.green : (text: string) => text;
        lines.push(`      ${reason.field.padEnd(12)} ${reason.level.padEnd(14)} ${paint(weight.padStart(6))}`);
      }
    }
  }

  if (e.members.length > 1) {
    lines.push('', `  ${words.t('explain.signer-rows', { signer: e.signer ?? '', rows: e.members.length })}`);
    const shown = e.members.slice(0, MAX_MEMBERS_SHOWN);
    const ruleWidth = Math.max(...shown.map((m) => m.rule.length));
    const placeWidth = Math.max(...shown.map((m) => displayWidth(place(m.record))));
    for (const member of shown) {
      const here = member.record.file === e.file && member.record.row === e.row;
      const text = `    ${member.rule.padEnd(ruleWidth)}  ${padToWidth(place(member.record), placeWidth)}  ${recordSummary(member.record)}`;
      lines.push(here ? `${color.bold(text)}  ${color.cyan(words.t('explain.this-row-marker'))}` : text);
    }
    if (e.members.length > shown.length) lines.push(color.dim(`    ${words.t('explain.more', { more: e.members.length - shown.length })}`));
  }

  if (e.review.length) {
    lines.push('', `  ${words.t('explain.awaiting-review', { pairs: e.review.length })}`);
    for (const pair of e.review) {
      lines.push(`    ${words.t('explain.review-pair', { score: words.t('number.one-decimal', { value: pair.score }), a: `${place(pair.a)} ${pair.a.name}`, b: `${place(pair.b)} ${pair.b.name}` })}`);
      lines.push(color.dim(`      ${describeReasons(pair.reasons)}`));
    }
  }
  return lines.join('\n') + '\n';
}

function statusText(e: RowExplanation, color: ChalkInstance, words: Translator): string {
  if (e.status === 'rejected') return color.yellow(words.t('explain.status.rejected'));
  if (e.status === 'kept') return color.green(words.t('explain.status.kept', { signer: e.signer ?? '' }));
  const keptRow = e.keptRow ? words.say(placeText(e.keptRow)) : 'none';
  return color.cyan(words.t('explain.status.duplicate', { signer: e.signer ?? '', keptRow }));
}

function recordSummary(record: ShownRecord): string {
  return [fitToWidth(record.name, 32), record.email, record.city, record.postcode, record.country, record.date.slice(0, 10), record.paper].filter(Boolean).join(' · ');
}

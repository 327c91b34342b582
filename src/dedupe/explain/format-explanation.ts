// The readable text of `petition explain`: the row as read, why it was kept, merged or rejected, and its signer.
import type { ChalkInstance } from 'chalk';
import { describeReasons } from '../fuzzy/review-csv.js';
import { displayWidth, fitToWidth, padToWidth } from './display-width.js';
import { describePlace, type RowExplanation } from './explain-row.js';
import type { ShownRecord } from './shown-record.js';
import { counted } from '../../text/counted.js';

/** A signer of thousands of rows (a shared placeholder email) is listed in part. */
const MAX_MEMBERS_SHOWN = 20;
const FIELDS = ['name', 'email', 'city', 'postcode', 'country', 'date'] as const;

export function formatExplanation(explanation: RowExplanation, color: ChalkInstance): string {
  const e = explanation;
  const none = color.dim('—');
  const lines: string[] = [];
  lines.push(color.bold(`${describePlace(e)} (line ${e.line})`));
  if (e.record) {
    for (const field of FIELDS) lines.push(`  ${field.padEnd(10)} ${e.record[field] || none}`);
    if (e.record.paper) lines.push(`  ${'paper'.padEnd(10)} ${e.record.paper}`);
  } else {
    lines.push(`  ${color.dim('(the row could not be split into fields)')}`);
  }
  lines.push('');
  lines.push(`  ${'status'.padEnd(10)} ${statusText(e, color)}`);
  lines.push(`  ${'because'.padEnd(10)} ${e.because}`);

  if (e.fuzzy.length) {
    lines.push('', `  fuzzy evidence (bits; merged at ${e.thresholds.merge} or more, reviewed from ${e.thresholds.review}):`);
    for (const link of e.fuzzy) {
      const from = link.from.file === e.file && link.from.row === e.row ? 'this row' : describePlace(link.from);
      const how = link.rule === 'review_same' ? ', decided "same" by a person' : '';
      lines.push(`    ${from} ↔ ${describePlace(link.to)}: score ${color.bold(link.score.toFixed(1))}${how}`);
      for (const reason of link.reasons) {
        // The 'review' pseudo-field records a person's answer; it weighs nothing.
        const weight = Number.isFinite(reason.weight) && reason.field !== 'review' ? `${reason.weight >= 0 ? '+' : ''}${reason.weight.toFixed(1)}` : '';
        const paint = reason.weight < 0 ? color.red : reason.weight > 0 ? color.green : (text: string) => text;
        lines.push(`      ${reason.field.padEnd(12)} ${reason.level.padEnd(14)} ${paint(weight.padStart(6))}`);
      }
    }
  }

  if (e.members.length > 1) {
    lines.push('', `  signer ${e.signer}: ${counted(e.members.length, 'row')}`);
    const shown = e.members.slice(0, MAX_MEMBERS_SHOWN);
    const ruleWidth = Math.max(...shown.map((m) => m.rule.length));
    const placeWidth = Math.max(...shown.map((m) => displayWidth(describePlace(m.record))));
    for (const member of shown) {
      const here = member.record.file === e.file && member.record.row === e.row;
      const text = `    ${member.rule.padEnd(ruleWidth)}  ${padToWidth(describePlace(member.record), placeWidth)}  ${recordSummary(member.record)}`;
      lines.push(here ? `${color.bold(text)}  ${color.cyan('← this row')}` : text);
    }
    if (e.members.length > shown.length) lines.push(color.dim(`    … and ${e.members.length - shown.length} more`));
  }

  if (e.review.length) {
    lines.push('', `  awaiting review (${e.review.length === 1 ? 'a pair' : counted(e.review.length, 'pair')}, counted as two people until decided: petition review review.csv):`);
    for (const pair of e.review) {
      lines.push(`    score ${pair.score.toFixed(1)}: ${describePlace(pair.a)} ${pair.a.name} ↔ ${describePlace(pair.b)} ${pair.b.name}`);
      lines.push(color.dim(`      ${describeReasons(pair.reasons)}`));
    }
  }
  return lines.join('\n') + '\n';
}

function statusText(e: RowExplanation, color: ChalkInstance): string {
  if (e.status === 'rejected') return color.yellow('rejected');
  if (e.status === 'kept') return `${color.green('kept')}, signer ${e.signer}`;
  return `${color.cyan('duplicate')} of signer ${e.signer}${e.keptRow ? ` (kept row: ${describePlace(e.keptRow)})` : ''}`;
}

function recordSummary(record: ShownRecord): string {
  return [fitToWidth(record.name, 32), record.email, record.city, record.postcode, record.country, record.date.slice(0, 10), record.paper].filter(Boolean).join(' · ');
}

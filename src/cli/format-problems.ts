// Problems and rejections as lines on stderr: file, row, column and what to do. Never prints an email or phone.
import type { Problem, Rejection } from '../types.js';
import { withoutLineBreaks } from '../errors.js';

const MAX_REJECTIONS_SHOWN = 10;

export function formatProblems(problems: Problem[], rejections: Rejection[], totalRejected = rejections.length): string {
  let text = '';
  for (const p of problems) {
    const where = [withoutLineBreaks(p.source), p.row !== undefined ? `row ${p.row}` : '', p.line !== undefined ? `line ${p.line}` : '', p.column ? `column "${withoutLineBreaks(p.column)}"` : ''].filter(Boolean).join(', ');
    text += `warning: ${where}: ${p.message}\n`;
  }
  for (const r of rejections.slice(0, MAX_REJECTIONS_SHOWN)) {
    const column = r.column ? `, column "${withoutLineBreaks(r.column)}"` : '';
    text += `rejected: ${withoutLineBreaks(r.source)}, row ${r.row} (line ${r.line}${column}): ${r.reason.replaceAll('_', ' ')}${r.detail ? ` — ${r.detail}` : ''}\n`;
  }
  if (totalRejected > MAX_REJECTIONS_SHOWN) {
    text += `rejected: … and ${(totalRejected - MAX_REJECTIONS_SHOWN).toLocaleString('en-US')} more (write them all with --rejects rejects.csv)\n`;
  }
  return text;
}
